//! `update` for the Fremmøde screen: moving between events and bookings, one key per outcome
//! (the selection then moves to the next unlogged booking, because the reload selects the first
//! pending one), the hours, amount and reason prompts, and the walk-in picker.

// Two-armed matches that both do work read better than `if let … else`.
#![allow(clippy::single_match_else)]

use tui_input::Input;

use super::{
    AttendanceAction as A, AttendanceEffect as E, AttendanceOverlay, AttendanceView, Mark, Prompt,
    PromptKind, WalkIn,
};
use crate::app::effect::Effect;
use crate::app::layout;
use crate::app::state::{Overlay, State};
use crate::domain::limits::{AmountKind, check_amount};
use crate::domain::money::Money;
use crate::domain::schedule::Level;
use crate::domain::season::Season;
use crate::i18n;
use crate::i18n::format_date;
use crate::storage::attendance::{LogEventRow, Outcome};

fn fx(effect: E) -> Vec<Effect> {
    vec![Effect::Attendance(effect)]
}

/// Loads the screen again, keeping the selected event when it is still to log.
pub fn reload(state: &mut State) -> Vec<Effect> {
    let select = state.attendance.selected_event().map(|e| e.id);
    let index = state.attendance.selected;
    load(state, select, index)
}

/// Loads the events the view shows with the event `select` (else row `index`) selected.
fn load(state: &mut State, select: Option<i64>, index: usize) -> Vec<Effect> {
    let rows = layout::attendance_event_rows(state.width, state.height);
    let a = &mut state.attendance;
    a.loading = true;
    fx(E::Load {
        view: a.view,
        today: state.ctx.today,
        select,
        index,
        rows,
    })
}

/// Applies one action of the screen.
pub fn update(state: &mut State, action: A) -> Vec<Effect> {
    match action {
        A::MoveEvent(delta) => {
            let a = &mut state.attendance;
            if a.total == 0 {
                return Vec::new();
            }
            let next = a.selected.saturating_add_signed(delta).min(a.total - 1);
            if next == a.selected {
                return Vec::new();
            }
            a.selected = next;
            a.hours = None;
            // A row past the view is not loaded yet: the load finds it by its row.
            let id = a.event(next).map(|e| e.id);
            load(state, id, next)
        }
        A::ToggleView => {
            let a = &mut state.attendance;
            a.view = match a.view {
                AttendanceView::ToLog => AttendanceView::Logged,
                AttendanceView::Logged => AttendanceView::ToLog,
            };
            a.events.clear();
            a.bookings.clear();
            a.total = 0;
            a.offset = 0;
            a.selected = 0;
            a.cursor = 0;
            a.hours = None;
            load(state, None, 0)
        }
        A::MoveBooking(delta) => {
            let a = &mut state.attendance;
            if !a.bookings.is_empty() {
                a.cursor = a
                    .cursor
                    .saturating_add_signed(delta)
                    .min(a.bookings.len() - 1);
            }
            Vec::new()
        }
        A::Mark(mark) => mark_selected(state, mark, None),
        A::AskHours => ask(state, true),
        A::AskAmount => ask(state, false),
        A::OpenWalkIn => {
            let Some(event) = state.attendance.selected_event() else {
                return Vec::new();
            };
            let season = Season::containing(event.date, state.ctx.season_start_month);
            let label = event_label(state, event);
            fx(E::LoadWalkIn {
                event_id: event.id,
                label,
                season: (season.first_day(), season.last_day()),
            })
        }
        A::Reload => reload(state),
        A::PickerMove(delta) => {
            if let Some(Overlay::Attendance(o)) = &mut state.overlay
                && let AttendanceOverlay::WalkIn(w) = o.as_mut()
                && !w.rows.is_empty()
            {
                w.cursor = w.cursor.saturating_add_signed(delta).min(w.rows.len() - 1);
            }
            Vec::new()
        }
        A::PickerChoose => choose_walk_in(state),
        A::WalkInHours => {
            if let Some(w) = open_walk_in(state) {
                let typed = w.minutes.map(format_hours).unwrap_or_default();
                w.hours = Some(Input::new(typed));
            }
            Vec::new()
        }
        A::CloseOverlay => {
            // Esc while typing the walk-in's hours leaves them as they were.
            match open_walk_in(state) {
                Some(w) if w.hours.is_some() => {
                    w.hours = None;
                    w.message = None;
                }
                _ => state.overlay = None,
            }
            Vec::new()
        }
        A::EditPrompt(request) => {
            if let Some(Overlay::Attendance(o)) = &mut state.overlay {
                match o.as_mut() {
                    AttendanceOverlay::Prompt(p) => {
                        p.input.handle(request);
                    }
                    AttendanceOverlay::WalkIn(w) => {
                        if let Some(input) = &mut w.hours {
                            input.handle(request);
                        } else if let Some((_, input)) = &mut w.reason {
                            input.handle(request);
                        }
                    }
                }
            }
            Vec::new()
        }
        A::SubmitPrompt => submit(state),
        A::Loaded {
            view,
            total,
            offset,
            events,
            selected,
            bookings,
        } => {
            let a = &mut state.attendance;
            if view != a.view {
                // Loaded for the list shown before a switch.
                return Vec::new();
            }
            let now = selected
                .checked_sub(offset)
                .and_then(|i| events.get(i))
                .map(|e| e.id);
            let same_event = a.selected_event().map(|e| e.id) == now;
            // The to-log list goes on to the next booking to log; the logged list keeps the
            // cursor on the booking just fixed.
            let kept = a.selected_booking().map(|b| b.assignment_id);
            let pending = bookings
                .iter()
                .position(crate::storage::attendance::LogBooking::is_pending);
            let same_booking = kept
                .filter(|_| same_event)
                .and_then(|id| bookings.iter().position(|b| b.assignment_id == id));
            a.cursor = match view {
                AttendanceView::ToLog => pending.or(same_booking),
                AttendanceView::Logged => same_booking,
            }
            .unwrap_or(0);
            a.total = total;
            a.events = events;
            a.offset = offset;
            a.selected = selected;
            a.bookings = bookings;
            if !same_event {
                a.hours = None;
            }
            a.loading = false;
            Vec::new()
        }
        A::WalkInLoaded {
            event_id,
            label,
            rows,
        } => {
            let minutes = state
                .attendance
                .selected_event()
                .filter(|e| e.id == event_id)
                .and_then(LogEventRow::minutes);
            state.overlay = Some(Overlay::Attendance(Box::new(AttendanceOverlay::WalkIn(
                Box::new(WalkIn {
                    event_id,
                    label,
                    message: rows
                        .is_empty()
                        .then(|| i18n::ATT_WALK_IN_NONE.get(state.ctx.lang).to_string()),
                    rows,
                    cursor: 0,
                    reason: None,
                    minutes,
                    hours: None,
                }),
            ))));
            Vec::new()
        }
        A::Logged { message, event_id } => {
            state.overlay = None;
            state.attendance.hours = None;
            state.info(message);
            let index = state.attendance.selected;
            load(state, Some(event_id), index)
        }
        A::Refused(text) => {
            if let Some(Overlay::Attendance(o)) = &mut state.overlay {
                match o.as_mut() {
                    AttendanceOverlay::Prompt(p) => p.error = Some(text.clone()),
                    AttendanceOverlay::WalkIn(w) => w.message = Some(text.clone()),
                }
            }
            state.error(text);
            Vec::new()
        }
    }
}

/// `tor 3.12.2026 Østre Skole`.
fn event_label(state: &State, e: &crate::storage::attendance::LogEventRow) -> String {
    let date = format_date(e.date, state.ctx.lang);
    match &e.institution {
        Some(name) => format!("{date} {name}"),
        None => date,
    }
}

/// Logs the selected booking as `mark` (with an amount and reason for *mødt* when given).
fn mark_selected(state: &mut State, mark: Mark, amount: Option<(i64, String)>) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let a = &state.attendance;
    let (Some(event), Some(booking)) = (a.selected_event(), a.selected_booking()) else {
        state.error(i18n::ATT_NOTHING_SELECTED.get(lang).to_string());
        return Vec::new();
    };
    let outcome = match mark {
        Mark::Attended => Outcome::Attended {
            minutes: a.minutes_for(booking),
            amount,
        },
        Mark::NoShow => Outcome::NoShow,
        Mark::Cancelled => Outcome::Cancelled,
    };
    fx(E::Log {
        assignment_id: booking.assignment_id,
        name: booking.name.clone(),
        event_id: event.id,
        outcome,
        today: state.ctx.today,
    })
}

/// Opens the hours (`hours`) or amount prompt for the selected booking.
fn ask(state: &mut State, hours: bool) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let a = &state.attendance;
    let Some(booking) = a.selected_booking() else {
        state.error(i18n::ATT_NOTHING_SELECTED.get(lang).to_string());
        return Vec::new();
    };
    let (assignment_id, name) = (booking.assignment_id, booking.name.clone());
    let (kind, value) = if hours {
        let value = a.minutes_for(booking).map(format_hours).unwrap_or_default();
        (
            PromptKind::Hours {
                assignment_id,
                name,
            },
            value,
        )
    } else {
        (
            PromptKind::Amount {
                assignment_id,
                name,
            },
            String::new(),
        )
    };
    state.overlay = Some(Overlay::Attendance(Box::new(AttendanceOverlay::Prompt(
        Prompt {
            kind,
            input: Input::new(value),
            error: None,
        },
    ))));
    Vec::new()
}

/// `1:30`.
pub fn format_hours(minutes: u32) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// Reads `1:30`, `1,5`, `1.5` or `2` as minutes (at most 24 hours).
pub fn parse_hours(text: &str) -> Option<u32> {
    let t = text.trim();
    let minutes = if let Some((h, m)) = t.split_once(':') {
        let (h, m): (u32, u32) = (h.trim().parse().ok()?, m.trim().parse().ok()?);
        if m >= 60 {
            return None;
        }
        h.checked_mul(60)?.checked_add(m)?
    } else {
        let hours: f64 = t.replace(',', ".").parse().ok()?;
        if !hours.is_finite() || hours < 0.0 {
            return None;
        }
        let m = (hours * 60.0).round();
        if m > 1440.0 {
            return None;
        }
        // In range by the checks above.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let m = m as u32;
        m
    };
    (minutes <= 1440).then_some(minutes)
}

fn submit(state: &mut State) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let Some(Overlay::Attendance(o)) = &mut state.overlay else {
        return Vec::new();
    };
    match o.as_mut() {
        AttendanceOverlay::WalkIn(w) if w.hours.is_some() => {
            let typed = w.hours.as_ref().map(|i| i.value().to_string());
            match typed.as_deref().and_then(parse_hours) {
                Some(m) => {
                    w.minutes = Some(m);
                    w.hours = None;
                    w.message = None;
                }
                None => w.message = Some(i18n::ATT_HOURS_INVALID.get(lang).to_string()),
            }
            Vec::new()
        }
        AttendanceOverlay::WalkIn(_) => choose_walk_in(state),
        AttendanceOverlay::Prompt(p) => match p.kind.clone() {
            PromptKind::Hours {
                assignment_id,
                name,
            } => match parse_hours(p.input.value()) {
                Some(m) => {
                    state.overlay = None;
                    state.attendance.hours = Some((assignment_id, m));
                    let hours = format_hours(m);
                    state.info(
                        i18n::ATT_HOURS_NOTED.fill(lang, &[("name", &name), ("hours", &hours)]),
                    );
                    Vec::new()
                }
                None => {
                    p.error = Some(i18n::ATT_HOURS_INVALID.get(lang).to_string());
                    Vec::new()
                }
            },
            PromptKind::Amount {
                assignment_id,
                name,
            } => match Money::parse(p.input.value()) {
                Ok(m) if m.0 >= 0 => match check_amount(AmountKind::Honorarium, m.0) {
                    Ok(()) => {
                        p.kind = PromptKind::Reason {
                            assignment_id,
                            name,
                            amount_ore: m.0,
                        };
                        p.input = Input::default();
                        p.error = None;
                        Vec::new()
                    }
                    Err(e) => {
                        p.error = Some(i18n::amount_error(e, lang));
                        Vec::new()
                    }
                },
                _ => {
                    p.error = Some(i18n::ATT_AMOUNT_INVALID.get(lang).to_string());
                    Vec::new()
                }
            },
            PromptKind::Reason { amount_ore, .. } => {
                let reason = p.input.value().trim().to_string();
                if reason.is_empty() {
                    p.error = Some(i18n::ATT_REASON_NEEDED.get(lang).to_string());
                    return Vec::new();
                }
                mark_selected(state, Mark::Attended, Some((amount_ore, reason)))
            }
        },
    }
}

/// The walk-in picker, when it is open.
fn open_walk_in(state: &mut State) -> Option<&mut WalkIn> {
    match &mut state.overlay {
        Some(Overlay::Attendance(o)) => match o.as_mut() {
            AttendanceOverlay::WalkIn(w) => Some(w.as_mut()),
            AttendanceOverlay::Prompt(_) => None,
        },
        _ => None,
    }
}

/// Enter in the walk-in picker: add the person at the cursor, asking for a reason first when
/// they are blocked.
fn choose_walk_in(state: &mut State) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let today = state.ctx.today;
    let start_month = state.ctx.season_start_month;
    let Some(Overlay::Attendance(o)) = &mut state.overlay else {
        return Vec::new();
    };
    let AttendanceOverlay::WalkIn(w) = o.as_mut() else {
        return Vec::new();
    };
    let Some(row) = w.rows.get(w.cursor) else {
        return Vec::new();
    };
    let reason = match &w.reason {
        Some((id, input)) if *id == row.person_id => {
            let r = input.value().trim().to_string();
            if r.is_empty() {
                w.message = Some(i18n::ATT_REASON_NEEDED.get(lang).to_string());
                return Vec::new();
            }
            Some(r)
        }
        _ if row.verdict.level == Level::Blocked => {
            let why =
                i18n::describe_verdict(&row.verdict, lang, crate::domain::date::format_date_short);
            w.message =
                Some(i18n::ATT_WALK_IN_BLOCKED.fill(lang, &[("name", &row.name), ("why", &why)]));
            w.reason = Some((row.person_id, Input::default()));
            return Vec::new();
        }
        _ => None,
    };
    let date = state.attendance.selected_event().map_or(today, |e| e.date);
    let season = Season::containing(date, start_month);
    fx(E::WalkIn {
        event_id: w.event_id,
        person_id: row.person_id,
        name: row.name.clone(),
        reason,
        minutes: w.minutes,
        season: (season.first_day(), season.last_day()),
        today,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_read_the_danish_way() {
        assert_eq!(parse_hours("1:30"), Some(90));
        assert_eq!(parse_hours("1,5"), Some(90));
        assert_eq!(parse_hours("2"), Some(120));
        assert_eq!(parse_hours("0:45"), Some(45));
        assert_eq!(parse_hours("24"), Some(1440));
        assert_eq!(parse_hours("25"), None);
        assert_eq!(parse_hours("1:75"), None);
        assert_eq!(parse_hours("-1"), None);
        assert_eq!(parse_hours("to"), None);
        assert_eq!(format_hours(90), "1:30");
    }
}
