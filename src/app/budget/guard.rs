//! "Before the action" for the booking picker: a booking effect is first checked against the
//! budget (the planned honorarium of the new bookings at the rate that will apply); when it
//! would raise a new flag the user sees the forecast after the action with the numbers and is
//! asked; a confirmed overrun is written to the audit log (`budget.overrun_confirmed`) before
//! the booking runs. The visits code is untouched: `update` passes the picker's effects through
//! [`guard`].

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::effect::kr;
use super::{BudgetAction, BudgetEffect};
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::visits::VisitsEffect;
use crate::domain::budget::{BudgetFigures, BudgetFlag, Change};
use crate::i18n::{self, Lang};
use crate::storage::{Database, StorageError};

/// Wraps booking effects in a budget check.
pub fn guard(effects: Vec<Effect>, today: NaiveDate) -> Vec<Effect> {
    effects
        .into_iter()
        .map(|e| match e {
            Effect::Visits(VisitsEffect::Book { .. }) => {
                Effect::Budget(BudgetEffect::CheckBooking {
                    today,
                    then: Box::new(e),
                })
            }
            other => other,
        })
        .collect()
}

/// The check: books at once when no new flag would be raised, else asks.
pub fn check(
    db: &mut Database,
    today: NaiveDate,
    then: Effect,
    lang: Lang,
) -> Result<Action, StorageError> {
    let Effect::Visits(VisitsEffect::Book {
        event_id, bookings, ..
    }) = &then
    else {
        return Ok(crate::app::effect::perform(db, then, lang));
    };
    let event = db.event(*event_id)?;
    let d = &event.data;
    let minutes = d.duration_minutes();
    let mut planned = 0i64;
    for b in bookings {
        let kind = db.person(b.person_id)?.data.kind;
        planned = planned.saturating_add(db.planned_honorarium(d.kind, kind, d.date, minutes)?);
    }
    let year = d.date.year();
    let (before, _) = db.budget_figures(year, today)?;
    let (after, new_flags) = db.budget_preview(year, today, Change::plan(planned))?;
    if new_flags.is_empty() {
        return Ok(with_summary(db, then, today, lang));
    }
    Ok(Action::Budget(BudgetAction::AskOverrun {
        question: question(&before, &after, &new_flags, year, today, lang),
        effect: Box::new(Effect::Budget(BudgetEffect::ConfirmedOverrun {
            today,
            year,
            before,
            after,
            flags: new_flags,
            then: Box::new(then),
        })),
    }))
}

fn question(
    before: &BudgetFigures,
    after: &BudgetFigures,
    flags: &[BudgetFlag],
    year: i32,
    today: NaiveDate,
    lang: Lang,
) -> String {
    let mut text = format!(
        "{}: {}",
        i18n::BUD_OVERRUN_TITLE.get(lang),
        i18n::BUD_OVERRUN_LINE.fill(
            lang,
            &[
                ("before", &kr(before.forecast)),
                ("after", &kr(after.forecast)),
                ("budget", &kr(after.budget)),
            ],
        )
    );
    for f in flags {
        let why = i18n::describe_budget_flag(*f, after, year, today, lang, kr);
        let _ = write!(text, " · ⚠ {}: {why}", i18n::budget_flag(*f).get(lang));
    }
    let _ = write!(text, " — {}", i18n::BUD_OVERRUN_ASK.get(lang));
    text
}

/// After "yes": the audit row, then the booking.
#[allow(clippy::too_many_arguments)]
pub fn confirmed(
    db: &mut Database,
    today: NaiveDate,
    year: i32,
    before: &BudgetFigures,
    after: &BudgetFigures,
    flags: &[BudgetFlag],
    then: Effect,
    lang: Lang,
) -> Result<Action, StorageError> {
    db.record_overrun_confirmed(year, "booking", before, after, flags)?;
    Ok(with_summary(db, then, today, lang))
}

/// Runs `then` and reloads the status bar's summary with it.
fn with_summary(db: &mut Database, then: Effect, today: NaiveDate, lang: Lang) -> Action {
    let action = crate::app::effect::perform(db, then, lang);
    let summary = super::effect::summary(db, today).ok();
    Action::Budget(BudgetAction::WithSummary(Box::new(action), summary))
}
