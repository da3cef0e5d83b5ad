//! Ctrl-R in a form after a conflict, one mechanism for every form that edits a stored record
//! (person, institution, event, expense, a year's budget): which record the form edits
//! ([`FormKind::reload_target`]), the record as stored now ([`Reloaded`], read by the effect
//! runner), and the form built from it by the same builder that opened the form
//! ([`Reloaded::into_form`]). `Form::merge_reloaded` (see `form_merge`) then keeps what the
//! user typed where the other user changed nothing.

use chrono::NaiveDate;

use super::budget::{BudgetForm, form as budget_form};
use super::form::Form;
use super::state::FormKind;
use super::visits::forms::{self as visits_forms, VisitsForm};
use super::{person_form, place_form};
use crate::domain::event::Event;
use crate::domain::institution::Institution;
use crate::domain::person::Person;
use crate::i18n::Lang;
use crate::storage::budget::BudgetYear;
use crate::storage::expenses::Expense;

/// The stored record an open form edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReloadTarget {
    Person(i64),
    Place(i64),
    Event(i64),
    Expense(i64),
    BudgetYear(i32),
}

/// A record as stored now, with the names its form shows beside ids.
#[derive(Debug, Clone, PartialEq)]
pub enum Reloaded {
    /// The person and the name of their home institution.
    Person(Box<Person>, Option<String>),
    Place(Box<Institution>),
    /// The event and the name of its institution.
    Event(Box<Event>, Option<String>),
    Expense(Box<Expense>),
    BudgetYear(BudgetYear),
}

impl FormKind {
    /// The record this form edits, when there is one to read again (`None` for a form that
    /// creates something new, or one that edits no versioned record).
    pub fn reload_target(&self) -> Option<ReloadTarget> {
        match self {
            FormKind::Person(Some(p)) => Some(ReloadTarget::Person(p.id)),
            FormKind::Place(Some(p)) => Some(ReloadTarget::Place(p.id)),
            FormKind::Visits(VisitsForm::Event(Some(e))) => Some(ReloadTarget::Event(e.id)),
            FormKind::Budget(BudgetForm::Expense(Some(e))) => Some(ReloadTarget::Expense(e.id)),
            FormKind::Budget(BudgetForm::Year(y)) => Some(ReloadTarget::BudgetYear(y.year)),
            FormKind::Person(None)
            | FormKind::Place(None)
            | FormKind::Visits(_)
            | FormKind::Honoraria(_)
            | FormKind::Budget(BudgetForm::Expense(None)) => None,
        }
    }
}

impl Reloaded {
    /// Which record this is.
    pub fn target(&self) -> ReloadTarget {
        match self {
            Reloaded::Person(p, _) => ReloadTarget::Person(p.id),
            Reloaded::Place(p) => ReloadTarget::Place(p.id),
            Reloaded::Event(e, _) => ReloadTarget::Event(e.id),
            Reloaded::Expense(e) => ReloadTarget::Expense(e.id),
            Reloaded::BudgetYear(y) => ReloadTarget::BudgetYear(y.year),
        }
    }

    /// The form kind holding the record as stored now (its version is the one the next save
    /// is compared against) and the form its builder makes of it.
    pub fn into_form(self, today: NaiveDate, lang: Lang) -> (FormKind, Form) {
        match self {
            Reloaded::Person(person, institution) => {
                let form = person_form::build(Some(&person.data), institution, lang);
                (FormKind::Person(Some(person)), form)
            }
            Reloaded::Place(place) => {
                let form = place_form::build(Some(&place.data), lang);
                (FormKind::Place(Some(place)), form)
            }
            Reloaded::Event(event, institution) => {
                let place = institution.map(|name| (event.data.institution_id, name));
                let form = visits_forms::event_form(Some(&event.data), place, today, lang);
                (FormKind::Visits(VisitsForm::Event(Some(event))), form)
            }
            Reloaded::Expense(expense) => {
                let form = budget_form::expense(Some(&expense), today, lang);
                (FormKind::Budget(BudgetForm::Expense(Some(expense))), form)
            }
            Reloaded::BudgetYear(settings) => {
                let form = budget_form::year(&settings, lang);
                (FormKind::Budget(BudgetForm::Year(settings)), form)
            }
        }
    }
}
