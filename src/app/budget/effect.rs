//! The Budget screen's storage work, and [`perform`], which runs it and turns the result into a
//! [`BudgetAction`].

use chrono::{Datelike, NaiveDate};

use super::{BudgetAction, BudgetSummary, Shown};
use crate::app::action::Action;
use crate::domain::money::Money;
use crate::i18n::{self, Lang};
use crate::storage::command::Command;
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
    match run(db, effect, lang).map(Action::Budget) {
        Ok(action) => action,
        Err(StorageError::Conflict) => Action::Conflict(StorageError::Conflict.message(lang)),
        Err(e) => Action::Failed(e.message(lang)),
    }
}

/// The figures read again when the database changed since `state` read them (here or in
/// another process): `None` while they are current, or before they were first loaded.
pub fn refresh(db: &Database, state: &crate::app::State) -> Option<Action> {
    let stamp = db.change_stamp().ok()?;
    if state.budget.stamp.is_none_or(|s| s == stamp) {
        return None;
    }
    let (today, lang) = (state.ctx.today, state.ctx.lang);
    // The Budget tab's year when it was loaded (its figures or its error are showing).
    let loaded = state.budget.report.is_some() || state.budget.error.is_some();
    let shown = loaded.then(|| shown(db, state.budget.year_or(today), today, lang));
    Some(Action::Budget(BudgetAction::Refreshed {
        stamp,
        summary: summary(db, today).map_err(|e| e.message(lang)),
        shown,
    }))
}

/// `year` as the Budget tab shows it: the report, or why it could not be read, and the
/// expenses (none when even they cannot be read: the report's message then says why).
fn shown(db: &Database, year: i32, today: NaiveDate, lang: Lang) -> Shown {
    let expenses = db.expenses_of_year(year);
    let report = db.budget_report(year, today).map(Box::new);
    let report = match (report, &expenses) {
        (Ok(report), Ok(_)) => Ok(report),
        (Err(e), _) => Err(e.message(lang)),
        (Ok(_), Err(e)) => Err(e.message(lang)),
    };
    Shown {
        year,
        report,
        expenses: expenses.unwrap_or_default(),
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
        BudgetEffect::Load { year, today } => match shown(db, year, today, lang) {
            Shown {
                report: Ok(report),
                expenses,
                ..
            } => BudgetAction::Loaded { report, expenses },
            Shown {
                report: Err(message),
                expenses,
                ..
            } => BudgetAction::LoadFailed {
                year,
                message,
                expenses,
            },
        },
        BudgetEffect::LoadSummary { today } => BudgetAction::Refreshed {
            stamp: db.change_stamp()?,
            summary: summary(db, today).map_err(|e| e.message(lang)),
            shown: None,
        },
        BudgetEffect::SaveExpense { existing, data } => {
            let year = data.spent_on.year();
            let done = match existing {
                Some((id, version)) => db.run(Command::ChangeExpense { id, version, data })?,
                None => db.run(Command::AddExpense(data))?,
            };
            BudgetAction::ExpenseSaved {
                message: i18n::BUD_SAVED_EXPENSE.get(lang).to_string(),
                id: done.id().ok_or(StorageError::NotFound)?,
                year,
            }
        }
        BudgetEffect::DeleteExpense { id, version } => {
            db.run(Command::DeleteExpense { id, version })?;
            BudgetAction::Saved(i18n::BUD_DELETED_EXPENSE.get(lang).to_string())
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
            db.run(Command::SetBudgetYear {
                year,
                version,
                amount_ore,
                threshold_percent,
            })?;
            BudgetAction::Saved(i18n::BUD_SAVED_YEAR.fill(lang, &[("year", &year.to_string())]))
        }
    })
}

/// `50.000,00 kr.`
pub fn kr(ore: i64) -> String {
    Money(ore).to_string()
}
