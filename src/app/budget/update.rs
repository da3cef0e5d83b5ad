//! `update` for the Budget screen: year, selection, forms, delete with a question, and reloads
//! (the screen and the status-bar summary) after every change.

use chrono::NaiveDate;

use super::effect::kr;
use super::form::{self, BudgetForm};
use super::{BudgetAction, BudgetEffect};
use crate::app::effect::Effect;
use crate::app::state::{FormKind, OpenForm, Overlay, State};
use crate::i18n::{self, Lang};

fn fx(effect: BudgetEffect) -> Effect {
    Effect::Budget(effect)
}

/// The effect that refreshes the status bar's budget summary.
pub fn summary_effect(today: NaiveDate) -> Effect {
    fx(BudgetEffect::LoadSummary { today })
}

/// Loads the shown year.
pub fn reload(state: &mut State) -> Vec<Effect> {
    let today = state.ctx.today;
    let year = state.budget.year_or(today);
    state.budget.year = year;
    vec![fx(BudgetEffect::Load { year, today })]
}

fn open_form(state: &mut State, kind: BudgetForm, form: crate::app::form::Form) {
    crate::app::update_form::open(state, FormKind::Budget(kind), form, None);
}

pub fn update(state: &mut State, action: BudgetAction) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let today = state.ctx.today;
    match action {
        BudgetAction::ShiftYear(delta) => {
            let year = (state.budget.year_or(today) + delta).clamp(1900, 2200);
            state.budget.year = year;
            state.budget.selected = 0;
            reload(state)
        }
        BudgetAction::MoveSelection(delta) => {
            let n = state.budget.expenses.len();
            if n > 0 {
                let at = state.budget.selected.saturating_add_signed(delta);
                state.budget.selected = at.min(n - 1);
            }
            Vec::new()
        }
        BudgetAction::AddExpense => {
            let form = form::expense(None, today, lang);
            open_form(state, BudgetForm::Expense(None), form);
            Vec::new()
        }
        BudgetAction::EditExpense => {
            if let Some(e) = state.budget.selected_expense().cloned() {
                let form = form::expense(Some(&e), today, lang);
                open_form(state, BudgetForm::Expense(Some(Box::new(e))), form);
            }
            Vec::new()
        }
        BudgetAction::DeleteExpense => {
            if let Some(e) = state.budget.selected_expense() {
                let text = if e.data.text.is_empty() {
                    &e.data.category
                } else {
                    &e.data.text
                };
                let question = i18n::BUD_CONFIRM_DELETE
                    .fill(lang, &[("amount", &kr(e.data.amount_ore)), ("text", text)]);
                state.overlay = Some(Overlay::Confirm {
                    back: None,
                    question,
                    effect: fx(BudgetEffect::DeleteExpense {
                        id: e.id,
                        version: e.version,
                    }),
                });
            }
            Vec::new()
        }
        BudgetAction::EditYear => {
            if let Some(report) = &state.budget.report {
                let settings = report.settings;
                let form = form::year(&settings, lang);
                open_form(state, BudgetForm::Year(settings), form);
            }
            Vec::new()
        }
        BudgetAction::ToggleView => {
            state.budget.show_table = !state.budget.show_table;
            Vec::new()
        }
        BudgetAction::Loaded { report, expenses } => {
            if report.year != state.budget.year_or(today) {
                return Vec::new();
            }
            show(state, Ok(report), expenses);
            Vec::new()
        }
        BudgetAction::LoadFailed {
            year,
            message,
            expenses,
        } => {
            if year == state.budget.year_or(today) {
                show(state, Err(message), expenses);
            }
            Vec::new()
        }
        BudgetAction::AskOverrun { question, effect } => {
            // The form or picker comes back on "no", and stays for the outcome on "yes".
            let back = state.overlay.take().map(Box::new);
            state.overlay = Some(Overlay::Confirm {
                back,
                question,
                effect: *effect,
            });
            Vec::new()
        }
        BudgetAction::ApprovalChecked { ids, checks } => {
            super::approval::show(state, &ids, &checks);
            Vec::new()
        }
        BudgetAction::Refreshed {
            stamp,
            summary,
            shown,
        } => {
            state.budget.stamp = Some(stamp);
            (state.budget.summary, state.budget.summary_error) = match summary {
                Ok(s) => (Some(s), None),
                Err(message) => (None, Some(message)),
            };
            if let Some(shown) = shown
                && shown.year == state.budget.year_or(today)
            {
                show(state, shown.report, shown.expenses);
            }
            Vec::new()
        }
        BudgetAction::ExpenseSaved { message, id, year } => {
            if matches!(state.overlay, Some(Overlay::Form(_))) {
                state.overlay = None;
            }
            state.info(message);
            state.budget.year = year;
            state.budget.land_on = Some(id);
            reload(state)
        }
        BudgetAction::Saved(message) => {
            if matches!(state.overlay, Some(Overlay::Form(_))) {
                state.overlay = None;
            }
            // The figures follow through the run loop's refresh (the change stamp moved).
            state.info(message);
            Vec::new()
        }
    }
}

/// The Budget tab's year: its report, or why it could not be read, and its expenses.
fn show(
    state: &mut State,
    report: Result<Box<crate::storage::budget::BudgetReport>, String>,
    expenses: Vec<crate::storage::expenses::Expense>,
) {
    (state.budget.report, state.budget.error) = match report {
        Ok(report) => (Some(report), None),
        Err(message) => (None, Some(message)),
    };
    take_expenses(state, expenses);
}

/// Takes a fresh list of the year's expenses, the cursor on the one just saved when it is there.
fn take_expenses(state: &mut State, expenses: Vec<crate::storage::expenses::Expense>) {
    let b = &mut state.budget;
    if let Some(at) = crate::app::landing::take(&mut b.land_on, &expenses, |e| e.id) {
        b.selected = at;
    }
    b.selected = b.selected.min(expenses.len().saturating_sub(1));
    b.expenses = expenses;
}

/// Inline validation of an open Budget form.
pub fn form_check(open: &mut OpenForm, today: NaiveDate, lang: Lang) -> bool {
    match &open.kind {
        FormKind::Budget(BudgetForm::Expense(_)) => {
            form::check_expense(&mut open.form, today, lang).is_some()
        }
        FormKind::Budget(BudgetForm::Year(_)) => form::check_year(&mut open.form, lang).is_some(),
        _ => false,
    }
}

/// The save effect of an open Budget form when it is valid.
pub fn form_save(open: &mut OpenForm, today: NaiveDate, lang: Lang) -> Option<Effect> {
    match &open.kind {
        FormKind::Budget(BudgetForm::Expense(existing)) => {
            let existing = existing.as_ref().map(|e| (e.id, e.version));
            let data = form::check_expense(&mut open.form, today, lang)?;
            Some(fx(BudgetEffect::SaveExpense {
                existing,
                data: Box::new(data),
            }))
        }
        FormKind::Budget(BudgetForm::Year(settings)) => {
            let settings = *settings;
            let (amount_ore, threshold_percent) = form::check_year(&mut open.form, lang)?;
            Some(fx(BudgetEffect::SaveYear {
                year: settings.year,
                version: settings.version,
                amount_ore,
                threshold_percent,
            }))
        }
        _ => None,
    }
}
