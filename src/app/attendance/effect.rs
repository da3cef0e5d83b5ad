//! The Fremmøde screen's storage work: load the events to log and a event's bookings, log a
//! booking, load the walk-in picker and add a walk-in. Refusals become messages in the UI
//! language.

use super::{AttendanceAction as A, AttendanceEffect, AttendanceView, view_top};
use crate::app::action::Action;
use crate::domain::money::Money;
use crate::i18n::{self, Lang};
use crate::storage::attendance::{AttendanceError, Logged, Outcome};
use crate::storage::command::{Command, Done};
use crate::storage::honoraria::HonorariumStatus;
use crate::storage::{Database, StorageError};

/// Runs `effect` against `db`.
pub fn perform(db: &mut Database, effect: AttendanceEffect, lang: Lang) -> Action {
    let result = match effect {
        AttendanceEffect::Load {
            view,
            today,
            select,
            index,
            rows,
        } => load(db, view, today, select, index, rows).map_err(storage),
        AttendanceEffect::Log {
            assignment_id,
            name,
            event_id,
            outcome,
            today,
        } => {
            let _ = today;
            db.run(Command::LogAttendance {
                assignment_id,
                outcome: outcome.clone(),
            })
            .map_err(AttendanceError::from)
            .and_then(logged)
            .map(|done| logged_message(&name, &outcome, &done, event_id, lang))
            .map_err(|e| refusal_for(e, &name))
        }
        AttendanceEffect::LoadWalkIn {
            event_id,
            label,
            season,
        } => walk_in_rows(db, event_id, label, season).map_err(storage),
        AttendanceEffect::WalkIn {
            event_id,
            person_id,
            name,
            reason,
            minutes,
            season,
            today,
        } => {
            let _ = today;
            db.run(Command::WalkIn {
                event_id,
                person_id,
                reason,
                minutes,
                season,
            })
            .map_err(AttendanceError::from)
            .and_then(logged)
            .map(|done| {
                let amount = Money(done.honorarium_ore.unwrap_or(0)).format_plain();
                let mut message =
                    i18n::ATT_WALK_IN_DONE.fill(lang, &[("name", &name), ("amount", &amount)]);
                if done.event_held {
                    message = format!("{message} {}", i18n::ATT_EVENT_HELD.get(lang));
                }
                Action::Attendance(A::Logged { message, event_id })
            })
            .map_err(|e| refusal_for(e, &name))
        }
    };
    match result {
        Ok(action) => action,
        Err(Refusal(e, name)) => Action::Attendance(A::Refused(message(&e, &name, lang))),
    }
}

/// What logging did, from a command's result.
fn logged(done: Done) -> Result<Logged, AttendanceError> {
    match done {
        Done::Logged(logged) => Ok(logged),
        _ => Err(AttendanceError::Storage(StorageError::NotFound)),
    }
}

/// A refusal and the name of the person it is about.
struct Refusal(AttendanceError, String);

fn refusal_for(e: AttendanceError, name: &str) -> Refusal {
    Refusal(e, name.to_string())
}

fn storage(e: StorageError) -> Refusal {
    Refusal(AttendanceError::Storage(e), String::new())
}

/// The `rows` events a view of `view` shows with the event `select` (else row `index`)
/// selected, and that event's bookings. The view is read around row `index`; when the event
/// stands elsewhere now (a change elsewhere) or the list became shorter, around where it is.
fn load(
    db: &Database,
    view: AttendanceView,
    today: chrono::NaiveDate,
    select: Option<i64>,
    index: usize,
    rows: usize,
) -> Result<Action, StorageError> {
    let rows = rows.max(1);
    let page = |offset: usize| match view {
        AttendanceView::ToLog => db.events_to_log(today, offset, rows),
        AttendanceView::Logged => {
            let (from, to) = AttendanceView::logged_window(today);
            db.events_logged(from, to, offset, rows)
        }
    };
    let mut offset = view_top(index, rows);
    let (mut total, mut events) = page(offset)?;
    let mut selected = select
        .and_then(|id| events.iter().position(|e| e.id == id))
        .map_or(index, |i| offset + i)
        .min(total.saturating_sub(1));
    if view_top(selected, rows) != offset {
        offset = view_top(selected, rows);
        (total, events) = page(offset)?;
        selected = selected.min(total.saturating_sub(1));
    }
    let bookings = match selected.checked_sub(offset).and_then(|i| events.get(i)) {
        Some(e) => db.log_bookings(e.id)?,
        None => Vec::new(),
    };
    Ok(Action::Attendance(A::Loaded {
        view,
        total,
        offset,
        events,
        selected,
        bookings,
    }))
}

fn walk_in_rows(
    db: &Database,
    event_id: i64,
    label: String,
    season: (chrono::NaiveDate, chrono::NaiveDate),
) -> Result<Action, StorageError> {
    let event = db.event(event_id)?;
    let mut rows = db.picker_rows(Some(event_id), &event.data, season.0, season.1)?;
    rows.retain(|r| !r.booked_here);
    Ok(Action::Attendance(A::WalkInLoaded {
        event_id,
        label,
        rows,
    }))
}

fn logged_message(
    name: &str,
    outcome: &Outcome,
    done: &Logged,
    event_id: i64,
    lang: Lang,
) -> Action {
    let mut message = match outcome {
        Outcome::Attended { .. } => {
            let amount = Money(done.honorarium_ore.unwrap_or(0)).format_plain();
            i18n::ATT_LOGGED_ATTENDED.fill(lang, &[("name", name), ("amount", &amount)])
        }
        Outcome::NoShow => i18n::ATT_LOGGED_NO_SHOW.fill(lang, &[("name", name)]),
        Outcome::Cancelled => i18n::ATT_LOGGED_CANCELLED.fill(lang, &[("name", name)]),
    };
    if done.event_held {
        message = format!("{message} {}", i18n::ATT_EVENT_HELD.get(lang));
    }
    Action::Attendance(A::Logged { message, event_id })
}

/// A refusal in words.
fn message(e: &AttendanceError, name: &str, lang: Lang) -> String {
    match e {
        AttendanceError::Approved(HonorariumStatus::Paid) => {
            i18n::ATT_PAID.fill(lang, &[("name", name)])
        }
        AttendanceError::Approved(_) => i18n::ATT_APPROVED.fill(lang, &[("name", name)]),
        AttendanceError::ReasonRequired { rate_ore: Some(r) } => {
            i18n::ATT_REASON_NEEDED_RATE.fill(lang, &[("rate", &Money(*r).format_plain())])
        }
        AttendanceError::ReasonRequired { rate_ore: None } => i18n::ATT_NO_RATE.get(lang).into(),
        AttendanceError::NotLoggable => i18n::ATT_NOT_LOGGABLE.get(lang).into(),
        AttendanceError::Invalid => i18n::ATT_INVALID.get(lang).into(),
        AttendanceError::Blocked(list) => {
            let names: Vec<&str> = list.iter().map(|(n, _)| n.as_str()).collect();
            i18n::ATT_WALK_IN_REFUSED.fill(lang, &[("names", &names.join(", "))])
        }
        AttendanceError::Storage(s) => s.message(lang),
    }
}
