//! The Budget screen's storage work, and [`perform`], which runs it and turns the result into a
//! [`BudgetAction`].

use chrono::{Datelike, NaiveDate};

use super::{BudgetAction, BudgetSummary};
use crate::app::action::Action;
use crate::domain::money::Money;
use crate::i18n::{self, Lang};
use crate::storage::expenses::ExpenseData;
use crate::storage::{Database, StorageError};

/// Storage work of the Budget screen.
#[derive(Debug, Clone, PartialEq)]
pub enum BudgetEffect {
    /// The year's report and expenses.
    Load {
        year: i32,
        today: NaiveDate,
    },
    /// The current year's summary for the status bar.
    LoadSummary {
        today: NaiveDate,
    },
    SaveExpense {
        existing: Option<(i64, i64)>,
        data: Box<ExpenseData>,
    },
    DeleteExpense {
        id: i64,
        version: i64,
    },
    /// Check a booking or an event change against the budget first (see `guard`).
    CheckFirst {
        today: NaiveDate,
        then: Box<crate::app::effect::Effect>,
    },
    /// The user confirmed an action (`what`: booking, event) that raises `flags`: audit, then
    /// run `then`.
    ConfirmedOverrun {
        today: NaiveDate,
        year: i32,
        what: &'static str,
        before: Box<crate::domain::budget::BudgetFigures>,
        after: Box<crate::domain::budget::BudgetFigures>,
        flags: Vec<crate::domain::budget::BudgetFlag>,
        then: Box<crate::app::effect::Effect>,
    },
    /// The budget lines of the approval dialog of `ids` (see `approval`).
    CheckApproval {
        ids: Vec<i64>,
        today: NaiveDate,
    },
    SaveYear {
        year: i32,
        version: i64,
        amount_ore: i64,
        threshold_percent: u32,
    },
}

/// Runs `effect` against `db`; errors become a message in `lang`.
pub fn perform(db: &mut Database, effect: BudgetEffect, lang: Lang) -> Action {
    let outcome = match effect {
        BudgetEffect::CheckFirst { today, then } => super::guard::check(db, today, *then, lang),
        BudgetEffect::ConfirmedOverrun {
            today,
            year,
            what,
            before,
            after,
            flags,
            then,
        } => super::guard::confirmed(db, today, year, what, &before, &after, &flags, *then, lang),
        other => run(db, other, lang).map(Action::Budget),
    };
    match outcome {
        Ok(action) => action,
        Err(StorageError::Conflict) => Action::Conflict(StorageError::Conflict.message(lang)),
        Err(e) => Action::Failed(e.message(lang)),
    }
}

/// The summary of `today`'s year.
pub fn summary(db: &Database, today: NaiveDate) -> Result<BudgetSummary, StorageError> {
    let year = today.year();
    let (figures, flags) = db.budget_figures(year, today)?;
    Ok(BudgetSummary::new(year, figures, &flags))
}

fn run(db: &mut Database, effect: BudgetEffect, lang: Lang) -> Result<BudgetAction, StorageError> {
    Ok(match effect {
        BudgetEffect::Load { year, today } => BudgetAction::Loaded {
            report: Box::new(db.budget_report(year, today)?),
            expenses: db.expenses_of_year(year)?,
        },
        BudgetEffect::LoadSummary { today } => {
            BudgetAction::SummaryLoaded(Some(summary(db, today)?))
        }
        BudgetEffect::SaveExpense { existing, data } => {
            match existing {
                Some((id, version)) => db.update_expense(id, version, &data)?,
                None => {
                    db.insert_expense(&data)?;
                }
            }
            BudgetAction::Saved(i18n::BUD_SAVED_EXPENSE.get(lang).to_string())
        }
        BudgetEffect::DeleteExpense { id, version } => {
            db.delete_expense(id, version)?;
            BudgetAction::Saved(i18n::BUD_DELETED_EXPENSE.get(lang).to_string())
        }
        BudgetEffect::CheckFirst { .. } | BudgetEffect::ConfirmedOverrun { .. } => {
            unreachable!("handled in perform")
        }
        BudgetEffect::CheckApproval { ids, today } => BudgetAction::ApprovalChecked {
            checks: super::approval::load(db, &ids, today)?,
            ids,
        },
        BudgetEffect::SaveYear {
            year,
            version,
            amount_ore,
            threshold_percent,
        } => {
            db.set_budget_year(year, version, amount_ore, threshold_percent)?;
            BudgetAction::Saved(i18n::BUD_SAVED_YEAR.fill(lang, &[("year", &year.to_string())]))
        }
    })
}

/// `50.000,00 kr.`
pub fn kr(ore: i64) -> String {
    Money(ore).to_string()
}
