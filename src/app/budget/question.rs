//! The budget gate's question in words (storage's `gate::GateReport`): for every year that
//! asks, the forecast before → after against the budget, each newly raised flag (or the flag
//! that grows) with the numbers that cause it, and what yes does — one part a line (`\n`), so
//! the dialog wraps each part on its own. The dialog answers j/n in Danish and y/n in English
//! (`Overlay::Confirm`).

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::effect::kr;
use crate::i18n::{self, Lang};
use crate::storage::gate::GateReport;

/// The title and the closing question for a command (by its audit code).
fn words(command: &str) -> (i18n::Text, i18n::Text) {
    match command {
        "booking" => (i18n::BUD_OVERRUN_TITLE, i18n::BUD_OVERRUN_ASK),
        "approval" | "payout" => (i18n::BUD_OVERRUN_TITLE_EVENT, i18n::BUD_APPROVAL_ASK),
        _ => (i18n::BUD_OVERRUN_TITLE_EVENT, i18n::BUD_OVERRUN_ASK_EVENT),
    }
}

/// The question of `report` in `lang`.
pub fn text(report: &GateReport, today: NaiveDate, lang: Lang) -> String {
    let (title, ask) = words(report.command);
    let mut out = title.get(lang).to_string();
    for y in report.years.iter().filter(|y| y.asks) {
        let line = i18n::BUD_OVERRUN_LINE.fill(
            lang,
            &[
                ("before", &kr(y.before.forecast)),
                ("after", &kr(y.after.forecast)),
                ("budget", &kr(y.after.budget)),
            ],
        );
        let year = i18n::BUD_YEAR.fill(lang, &[("year", &y.year.to_string())]);
        let _ = write!(out, "\n{year}: {line}");
        let new = y.new_flags();
        // A flag already raised that the change makes worse is named too.
        let shown = if new.is_empty() {
            y.flags_after.first().copied().into_iter().collect()
        } else {
            new
        };
        for f in shown {
            let why = i18n::describe_budget_flag(f, &y.after, y.year, today, lang, kr);
            let _ = write!(out, "\n⚠ {}: {why}", i18n::budget_flag(f).get(lang));
        }
    }
    let _ = write!(out, "\n{}", ask.get(lang));
    out
}

/// Adds the forecast before → after to the message of a saved change that moved it.
pub fn tell_forecast(message: &mut String, report: &GateReport, lang: Lang) {
    for y in report
        .years
        .iter()
        .filter(|y| y.before.forecast != y.after.forecast)
    {
        let line = i18n::BUD_OVERRUN_LINE.fill(
            lang,
            &[
                ("before", &kr(y.before.forecast)),
                ("after", &kr(y.after.forecast)),
                ("budget", &kr(y.after.budget)),
            ],
        );
        let _ = write!(message, " · {line}");
    }
}
