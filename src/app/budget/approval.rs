//! "Before the action" for the Honorarer approval dialog. Approving moves no figure of DESIGN §4
//! (an honorarium awaiting approval is already committed), so the dialog shows, for every year
//! the chosen honoraria belong to, the forecast after approval and every flag in force with its
//! numbers. When money would be approved beyond a budget (*over budget* or *forecast over
//! budget*), the dialog asks to approve anyway, and yes writes `budget.overrun_confirmed` to the
//! audit log before the approval.
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
use crate::storage::{Database, StorageError};

/// A year's figures and flags as the approval dialog shows them (and, when confirmed beyond the
/// budget, as the audit row records them).
#[derive(Debug, Clone, PartialEq)]
pub struct YearCheck {
    pub year: i32,
    pub figures: BudgetFigures,
    pub flags: Vec<BudgetFlag>,
}

impl YearCheck {
    /// Approving would put money beyond this year's budget.
    pub fn is_overrun(&self) -> bool {
        self.flags
            .iter()
            .any(|f| matches!(f, BudgetFlag::OverBudget | BudgetFlag::ForecastOverBudget))
    }
}

/// The figures of every year the honoraria `ids` were earned in.
pub fn load(db: &Database, ids: &[i64], today: NaiveDate) -> Result<Vec<YearCheck>, StorageError> {
    db.honoraria_years(ids)?
        .into_iter()
        .map(|year| {
            let (figures, flags) = db.budget_figures(year, today)?;
            Ok(YearCheck {
                year,
                figures,
                flags,
            })
        })
        .collect()
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
pub fn show(state: &mut State, ids: &[i64], checks: Vec<YearCheck>) {
    let (today, lang) = (state.ctx.today, state.ctx.lang);
    let Some(Overlay::Honoraria(dialog)) = &mut state.overlay else {
        return;
    };
    let HonOverlay {
        lines: shown,
        effect:
            HonEffect::Approve {
                ids: asked,
                overruns,
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
    shown.extend(lines(&checks, today, lang));
    *overruns = checks.into_iter().filter(YearCheck::is_overrun).collect();
}

/// Writes the audit rows of confirmed overruns (before the approval itself).
pub fn record(db: &mut Database, overruns: &[YearCheck]) -> Result<(), StorageError> {
    for o in overruns {
        db.record_overrun_confirmed(o.year, "approval", &o.figures, &o.figures, &o.flags)?;
    }
    Ok(())
}
