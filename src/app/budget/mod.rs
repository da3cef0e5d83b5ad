//! The Budget screen (tab 7): the year's figures and flags, month table and chart, by event
//! kind, the expenses with add/edit/delete, the year's budget and threshold, the project-period
//! total; and the budget summary every screen's status bar shows.
//!
//! The shared app knows it through `Action::Budget`, `Effect::Budget`, `FormKind::Budget` and
//! the field `State::budget`.

pub mod approval;
pub mod effect;
pub mod form;
pub mod keymap;
pub mod question;
pub mod update;

pub use effect::{BudgetEffect, perform};
pub use form::BudgetForm;
pub use update::{form_check, form_save, reload, summary_effect, update};

use chrono::Datelike;

use crate::domain::budget::{BudgetFigures, BudgetFlag, headline};
use crate::storage::budget::BudgetReport;
use crate::storage::expenses::Expense;

/// The current year's budget in one line: what the status bar and Oversigt show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BudgetSummary {
    pub year: i32,
    pub figures: BudgetFigures,
    /// The headline: the most severe flag raised, if any.
    pub flag: Option<BudgetFlag>,
    /// All flags raised, most severe first.
    pub flags: [Option<BudgetFlag>; BudgetFlag::ALL.len()],
}

impl BudgetSummary {
    pub fn new(year: i32, figures: BudgetFigures, flags: &[BudgetFlag]) -> BudgetSummary {
        let (flag, others) = headline(flags);
        let mut all = [None; BudgetFlag::ALL.len()];
        for (slot, f) in all.iter_mut().zip(flag.iter().chain(&others)) {
            *slot = Some(*f);
        }
        BudgetSummary {
            year,
            figures,
            flag,
            flags: all,
        }
    }

    /// The forecast in whole percent of the budget (0 when the budget is 0).
    pub fn percent(&self) -> i64 {
        percent(self.figures.forecast, self.figures.budget)
    }
}

/// `part` in whole percent of `whole`, rounded down (0 when `whole` is 0).
pub fn percent(part: i64, whole: i64) -> i64 {
    if whole <= 0 {
        0
    } else {
        i64::try_from(i128::from(part) * 100 / i128::from(whole)).unwrap_or(i64::MAX)
    }
}

/// The Budget screen's state.
#[derive(Debug, Clone, Default)]
pub struct BudgetState {
    /// The year shown (0 until the screen is first opened: then today's year).
    pub year: i32,
    pub report: Option<Box<BudgetReport>>,
    pub expenses: Vec<Expense>,
    /// The selected expense.
    pub selected: usize,
    /// The expense just saved: the cursor lands on it when the expenses next load.
    pub land_on: Option<i64>,
    /// Show the month table instead of the chart where only one fits (`m`).
    pub show_table: bool,
    /// The current year's summary for the status bar, Oversigt and the picker's forecast line.
    pub summary: Option<BudgetSummary>,
    /// Why the current year's summary could not be read (the status bar and Oversigt say it).
    pub summary_error: Option<String>,
    /// Why the shown year's figures could not be read: the Budget tab says it and still lists
    /// the year's expenses, so a wrong one can be changed or deleted.
    pub error: Option<String>,
    /// The database's change stamp the figures were read under: when the database's differs
    /// (a change here or by another process), the run loop reads them again before the next
    /// frame — one refresh for the status bar, Oversigt, the picker and the Budget tab.
    pub stamp: Option<crate::storage::Stamp>,
}

impl BudgetState {
    /// The year to show on `today`.
    pub fn year_or(&self, today: chrono::NaiveDate) -> i32 {
        if self.year == 0 {
            today.year()
        } else {
            self.year
        }
    }

    pub fn selected_expense(&self) -> Option<&Expense> {
        self.expenses.get(self.selected)
    }
}

/// The Budget tab's year read again: its report (or why it could not be read) and expenses.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub year: i32,
    pub report: Result<Box<BudgetReport>, String>,
    pub expenses: Vec<Expense>,
}

/// What the Budget screen can be asked to do, and what its effects found.
#[derive(Debug, Clone, PartialEq)]
pub enum BudgetAction {
    ShiftYear(i32),
    MoveSelection(isize),
    AddExpense,
    EditExpense,
    DeleteExpense,
    EditYear,
    /// Chart ↔ month table where only one fits.
    ToggleView,
    Loaded {
        report: Box<BudgetReport>,
        expenses: Vec<Expense>,
    },
    /// The shown year's figures could not be read (the message in words); its expenses still
    /// could, so they stay listed to be changed or deleted.
    LoadFailed {
        year: i32,
        message: String,
        expenses: Vec<Expense>,
    },
    /// The figures read again under `stamp`: the summary (or why it could not be read), and
    /// the shown year's when the Budget tab has one.
    Refreshed {
        stamp: crate::storage::Stamp,
        summary: Result<BudgetSummary, String>,
        shown: Option<Shown>,
    },
    /// An action would raise a budget flag: ask, and run `effect` on yes.
    AskOverrun {
        question: String,
        effect: Box<crate::app::effect::Effect>,
    },
    /// A change was written: show the message and reload.
    Saved(String),
    /// An expense was saved: show its year with the cursor on it.
    ExpenseSaved {
        message: String,
        id: i64,
        year: i32,
    },
    /// The budget lines for the approval dialog of `ids`.
    ApprovalChecked {
        ids: Vec<i64>,
        checks: Vec<approval::YearCheck>,
    },
}
