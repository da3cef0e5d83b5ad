//! The payroll file of a payout batch: one CSV row per person — name, payroll number, amount,
//! number of events, period — `;`-separated, UTF-8 with BOM, formula-safe (see [`super::csv`]),
//! the amount as `1.234,50` in a numeric column (a negative correction keeps its minus).

use super::csv;
use super::document::{Column, Table};
use crate::i18n::{self, Lang};
use crate::storage::payouts::PayoutLine;

/// The CSV bytes for `lines`.
pub fn payroll_csv(lines: &[PayoutLine], lang: Lang) -> Vec<u8> {
    let mut table = Table::new(vec![
        Column::left(i18n::HON_CSV_PERSON.get(lang), 3.0),
        Column::left(i18n::HON_CSV_PAYROLL.get(lang), 1.0),
        Column::right(i18n::HON_CSV_AMOUNT.get(lang), 1.0).numeric(),
        Column::right(i18n::HON_CSV_EVENTS.get(lang), 1.0).numeric(),
        Column::left(i18n::HON_CSV_PERIOD.get(lang), 2.0),
    ]);
    for line in lines {
        table.push_row([
            line.person_name.clone(),
            line.payroll_number.clone(),
            line.amount.format_plain(),
            line.events.to_string(),
            format!(
                "{}–{}",
                line.first.format("%d.%m.%Y"),
                line.last.format("%d.%m.%Y")
            ),
        ]);
    }
    csv::render_table(&table)
}
