//! "Before the action" for the booking picker and the event form: a booking, or a save of an
//! event with bookings (a new kind, date, length or status moves their planned money), is first
//! checked against the budget at the rates that will apply; when it would raise a new flag the
//! user sees the forecast before → after with the numbers and is asked; a confirmed overrun is
//! written to the audit log (`budget.overrun_confirmed`) before the action runs. A saved event
//! whose planned money moved says the new forecast in its message. The visits code is
//! untouched: `update` passes the Besøg screen's effects through [`guard`].

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::effect::kr;
use super::{BudgetAction, BudgetEffect};
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::visits::{VisitsAction, VisitsEffect};
use crate::domain::budget::{BudgetFigures, BudgetFlag, Change};
use crate::i18n::{self, Lang};
use crate::storage::{Database, StorageError};

/// Wraps booking effects and saves of existing events in a budget check.
pub fn guard(effects: Vec<Effect>, today: NaiveDate) -> Vec<Effect> {
    effects.into_iter().map(|e| guard_one(e, today)).collect()
}

/// Wraps one effect: a booking or a save of an existing event gets the budget check.
pub fn guard_one(effect: Effect, today: NaiveDate) -> Effect {
    match effect {
        Effect::Visits(
            VisitsEffect::Book { .. }
            | VisitsEffect::SaveEvent {
                existing: Some(_), ..
            },
        ) => Effect::Budget(BudgetEffect::CheckFirst {
            today,
            then: Box::new(effect),
        }),
        other => other,
    }
}

/// The guarded action: a booking, or a change of an event with bookings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guarded {
    Booking,
    EventChange,
}

impl Guarded {
    /// How the audit row names the action.
    fn code(self) -> &'static str {
        match self {
            Guarded::Booking => "booking",
            Guarded::EventChange => "event",
        }
    }

    fn title(self) -> i18n::Text {
        match self {
            Guarded::Booking => i18n::BUD_OVERRUN_TITLE,
            Guarded::EventChange => i18n::BUD_OVERRUN_TITLE_EVENT,
        }
    }

    fn ask(self) -> i18n::Text {
        match self {
            Guarded::Booking => i18n::BUD_OVERRUN_ASK,
            Guarded::EventChange => i18n::BUD_OVERRUN_ASK_EVENT,
        }
    }
}

/// The year an effect moves and by how much its planned money grows (øre, may be negative).
fn planned_change(
    db: &Database,
    then: &Effect,
) -> Result<Option<(Guarded, i32, i64)>, StorageError> {
    Ok(match then {
        Effect::Visits(VisitsEffect::Book {
            event_id, bookings, ..
        }) => {
            let d = db.event(*event_id)?.data;
            let minutes = d.duration_minutes();
            let mut planned = 0i64;
            for b in bookings {
                let kind = db.person(b.person_id)?.data.kind;
                planned =
                    planned.saturating_add(db.planned_honorarium(d.kind, kind, d.date, minutes)?);
            }
            Some((Guarded::Booking, d.date.year(), planned))
        }
        Effect::Visits(VisitsEffect::SaveEvent {
            existing: Some((id, _)),
            data,
            ..
        }) => {
            let old = db.event(*id)?.data;
            let after = db.event_planned(*id, data)?;
            // Moved to another year, the old year only gets money back.
            let before = if old.date.year() == data.date.year() {
                db.event_planned(*id, &old)?
            } else {
                0
            };
            Some((
                Guarded::EventChange,
                data.date.year(),
                after.saturating_sub(before),
            ))
        }
        _ => None,
    })
}

/// The check: runs the action at once when it raises no new flag, else asks.
pub fn check(
    db: &mut Database,
    today: NaiveDate,
    then: Effect,
    lang: Lang,
) -> Result<Action, StorageError> {
    let Some((what, year, planned)) = planned_change(db, &then)? else {
        return Ok(crate::app::effect::perform(db, then, lang));
    };
    if planned == 0 {
        return Ok(with_summary(db, then, today, lang));
    }
    let (before, _) = db.budget_figures(year, today)?;
    let (after, new_flags) = db.budget_preview(year, today, Change::plan(planned))?;
    if new_flags.is_empty() {
        let mut action = with_summary(db, then, today, lang);
        if what == Guarded::EventChange {
            tell_forecast(&mut action, &before, &after, lang);
        }
        return Ok(action);
    }
    Ok(Action::Budget(BudgetAction::AskOverrun {
        question: question(what, &before, &after, &new_flags, year, today, lang),
        effect: Box::new(Effect::Budget(BudgetEffect::ConfirmedOverrun {
            today,
            year,
            what: what.code(),
            before: Box::new(before),
            after: Box::new(after),
            flags: new_flags,
            then: Box::new(then),
        })),
    }))
}

/// Adds the forecast before → after to the message of a saved event.
fn tell_forecast(action: &mut Action, before: &BudgetFigures, after: &BudgetFigures, lang: Lang) {
    let Action::Budget(BudgetAction::WithSummary(inner, _)) = action else {
        return;
    };
    if let Action::Visits(VisitsAction::Saved { message, .. }) = inner.as_mut() {
        let line = i18n::BUD_OVERRUN_LINE.fill(
            lang,
            &[
                ("before", &kr(before.forecast)),
                ("after", &kr(after.forecast)),
                ("budget", &kr(after.budget)),
            ],
        );
        let _ = write!(message, " · {line}");
    }
}

fn question(
    what: Guarded,
    before: &BudgetFigures,
    after: &BudgetFigures,
    flags: &[BudgetFlag],
    year: i32,
    today: NaiveDate,
    lang: Lang,
) -> String {
    let mut text = format!(
        "{}: {}",
        what.title().get(lang),
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
    let _ = write!(text, " — {}", what.ask().get(lang));
    text
}

/// After "yes": the audit row, then the booking.
#[allow(clippy::too_many_arguments)]
pub fn confirmed(
    db: &mut Database,
    today: NaiveDate,
    year: i32,
    what: &str,
    before: &BudgetFigures,
    after: &BudgetFigures,
    flags: &[BudgetFlag],
    then: Effect,
    lang: Lang,
) -> Result<Action, StorageError> {
    db.record_overrun_confirmed(year, what, before, after, flags)?;
    Ok(with_summary(db, then, today, lang))
}

/// Runs `then` and reloads the status bar's summary with it.
fn with_summary(db: &mut Database, then: Effect, today: NaiveDate, lang: Lang) -> Action {
    let action = crate::app::effect::perform(db, then, lang);
    let summary = super::effect::summary(db, today).ok();
    Action::Budget(BudgetAction::WithSummary(Box::new(action), summary))
}
