//! "Before the action" for the Honorarer approval dialog: the budget gate's preview of the
//! approval (`Database::preview`), for every year the chosen honoraria belong to: the forecast
//! after approval and every flag in force with its numbers. When the gate would ask (money
//! approved beyond a budget), the dialog asks to approve anyway, and its yes is the gate's yes:
//! the approval runs confirmed and the gate writes `budget.overrun_confirmed` in the same
//! transaction (one dialog, not two).
//!
//! The dialog opens at once with the count and total; [`BudgetEffect::CheckApproval`] loads the
//! figures and [`show`] adds them to the dialog still open.
//!
//! [`BudgetEffect::CheckApproval`]: super::BudgetEffect::CheckApproval

use chrono::NaiveDate;

use super::effect::kr;
use super::percent;
use crate::app::honoraria::{HonEffect, HonOverlay};
use crate::app::state::{Overlay, State};
use crate::domain::budget::{BudgetFigures, BudgetFlag};
use crate::i18n::{self, Lang};
use crate::storage::command::Command;
use crate::storage::{Database, StorageError};

/// A year's figures and flags as the approval dialog shows them (and, when confirmed beyond the
/// budget, as the audit row records them).
#[derive(Debug, Clone, PartialEq)]
pub struct YearCheck {
    pub year: i32,
    pub figures: BudgetFigures,
    pub flags: Vec<BudgetFlag>,
    /// The gate asks for this year (approving beyond its budget).
    pub asks: bool,
}

impl YearCheck {
    /// Approving would put money beyond this year's budget: the gate asks.
    pub fn is_overrun(&self) -> bool {
        self.asks
    }
}

/// The gate's preview of approving `ids`: every year they belong to, after the approval.
pub fn load(
    db: &mut Database,
    ids: &[i64],
    today: NaiveDate,
) -> Result<Vec<YearCheck>, StorageError> {
    let command = Command::Approve {
        ids: ids.to_vec(),
        on: today,
    };
    let report = db.preview(&command, today)?;
    Ok(report
        .years
        .into_iter()
        .map(|y| YearCheck {
            year: y.year,
            figures: y.after,
            flags: y.flags_after,
            asks: y.asks,
        })
        .collect())
}

/// The dialog lines for `checks`: the forecast per year, each flag with its numbers, and the
/// question when approving would go beyond a budget.
pub fn lines(checks: &[YearCheck], today: NaiveDate, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for c in checks {
        let f = &c.figures;
        out.push(i18n::BUD_APPROVAL_LINE.fill(
            lang,
            &[
                ("year", &c.year.to_string()),
                ("forecast", &kr(f.forecast)),
                ("budget", &kr(f.budget)),
                ("percent", &percent(f.forecast, f.budget).to_string()),
            ],
        ));
        for flag in &c.flags {
            let why = i18n::describe_budget_flag(*flag, f, c.year, today, lang, kr);
            out.push(format!("⚠ {}: {why}", i18n::budget_flag(*flag).get(lang)));
        }
    }
    if checks.iter().any(YearCheck::is_overrun) {
        out.push(i18n::BUD_APPROVAL_ASK.get(lang).to_string());
    }
    out
}

/// Adds the checks to the approval dialog of `ids` if it is still open; an overrun is then
/// recorded when the user says yes.
pub fn show(state: &mut State, ids: &[i64], checks: &[YearCheck]) {
    let (today, lang) = (state.ctx.today, state.ctx.lang);
    let Some(Overlay::Honoraria(dialog)) = &mut state.overlay else {
        return;
    };
    let HonOverlay {
        lines: shown,
        effect:
            HonEffect::Approve {
                ids: asked,
                confirmed,
                ..
            },
        ..
    } = dialog.as_mut()
    else {
        return;
    };
    if asked.as_slice() != ids {
        return;
    }
    shown.extend(lines(checks, today, lang));
    *confirmed = checks.iter().any(YearCheck::is_overrun);
}
