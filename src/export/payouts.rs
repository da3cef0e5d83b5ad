//! The payroll file of a payout batch: one row per person — name, korps number (two people of
//! one name are told apart), payroll number, amount, number of events, first and last date
//! earned — as CSV (`;`, UTF-8 with BOM, formula-safe, see [`super::csv`]) or as an Excel
//! workbook (typed cells: the payroll number a text cell, the amount a number in
//! `#.##0,00 kr.`, dates as date cells; header frozen, autofilter, fitted widths).
//!
//! Decisions:
//! - The payroll number is written exactly as stored, as text: `0123` stays `0123` in the file
//!   (payroll systems import it as a text field). A spreadsheet that opens a CSV guesses types
//!   and may drop leading zeros; writing `="0123"` would stop that but is a formula in the file,
//!   which the formula-injection rule of DESIGN.md §7 forbids. The Excel workbook of the batch
//!   is the file for a spreadsheet: there the payroll number is a text cell.
//! - Dates as in every other export, not zero-padded (`3.12.2026`), the first and the last in
//!   columns of their own so they sort; the amount as `1.234,50` in a numeric column (a negative
//!   correction keeps its minus).

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use super::document::{Column, Table};
use super::xlsx::{self, excel_date, kroner, number, write_header, write_text};
use super::{ExportError, csv};
use crate::domain::date::format_date_short;
use crate::i18n::{self, Lang};
use crate::storage::payouts::PayoutLine;

/// The column headers, in order.
pub fn headers(lang: Lang) -> [&'static str; 7] {
    [
        i18n::HON_CSV_PERSON.get(lang),
        i18n::HON_CSV_NUMBER.get(lang),
        i18n::HON_CSV_PAYROLL.get(lang),
        i18n::HON_CSV_AMOUNT.get(lang),
        i18n::HON_CSV_EVENTS.get(lang),
        i18n::HON_CSV_FROM.get(lang),
        i18n::HON_CSV_TO.get(lang),
    ]
}

/// The CSV bytes for `lines`.
pub fn payroll_csv(lines: &[PayoutLine], lang: Lang) -> Vec<u8> {
    let [name, number, payroll, amount, events, from, to] = headers(lang);
    let mut table = Table::new(vec![
        Column::left(name, 3.0),
        Column::right(number, 1.0).numeric(),
        Column::left(payroll, 1.0),
        Column::right(amount, 1.0).numeric(),
        Column::right(events, 1.0).numeric(),
        Column::left(from, 1.0),
        Column::left(to, 1.0),
    ]);
    for line in lines {
        table.push_row([
            line.person_name.clone(),
            line.person_id.to_string(),
            line.payroll_number.clone(),
            line.amount.format_plain(),
            line.events.to_string(),
            format_date_short(line.first),
            format_date_short(line.last),
        ]);
    }
    csv::render_table(&table)
}

/// The workbook bytes for `lines`.
pub fn payroll_xlsx(lines: &[PayoutLine], lang: Lang) -> Result<Vec<u8>, ExportError> {
    let mut workbook = Workbook::new();
    payroll_sheet(workbook.add_worksheet(), lines, lang).map_err(xlsx::into_error)?;
    xlsx::finish(&mut workbook)
}

fn payroll_sheet(ws: &mut Worksheet, lines: &[PayoutLine], lang: Lang) -> Result<(), XlsxError> {
    let headers: Vec<String> = headers(lang).iter().map(ToString::to_string).collect();
    write_header(ws, 0, &headers)?;
    let (money, date, count) = (xlsx::money(), xlsx::date(), xlsx::count());
    for (row, line) in (1u32..).zip(lines) {
        write_text(ws, row, 0, &line.person_name)?;
        ws.write_number(row, 1, number(line.person_id))?;
        // Text, so a payroll number such as 0123 keeps its leading zero.
        write_text(ws, row, 2, &line.payroll_number)?;
        ws.write_number_with_format(row, 3, kroner(line.amount.ore()), &money)?;
        ws.write_number_with_format(row, 4, number(line.events as i64), &count)?;
        ws.write_datetime_with_format(row, 5, excel_date(line.first)?, &date)?;
        ws.write_datetime_with_format(row, 6, excel_date(line.last)?, &date)?;
    }
    let last = u32::try_from(lines.len()).unwrap_or(u32::MAX);
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, last, 6)?;
    ws.autofit();
    Ok(())
}

/// The lines without a payroll number: payroll cannot pay them from the file.
pub fn missing_payroll(lines: &[PayoutLine]) -> Vec<&PayoutLine> {
    lines
        .iter()
        .filter(|l| l.payroll_number.trim().is_empty())
        .collect()
}
