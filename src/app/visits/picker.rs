//! `update` for the picker: opening it for the selected event, moving, marking several persons
//! (Space marks the row under the cursor and stays on it), booking them (a blocked person only
//! after a reason is typed), cancelling a booking (afbud, after a yes/no question), and taking
//! the rows the effect computed.

use tui_input::Input;
use unicode_width::UnicodeWidthStr;

use super::action::VisitsAction;
use super::effect::{VisitsEffect, bookable};
use super::state::{PickerState, VisitsOverlay};
use super::update::season_of;
use crate::app::effect::Effect;
use crate::app::state::{Overlay, State};
use crate::domain::schedule::Level;
use crate::i18n;
use crate::storage::booking::NewBooking;

fn fx(e: VisitsEffect) -> Effect {
    Effect::Visits(e)
}

/// Opens the picker for the selected event.
pub fn open(state: &mut State) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let Some(row) = state.visits.selected_row().cloned() else {
        state.info(i18n::NOTHING_SELECTED.get(lang).to_string());
        return Vec::new();
    };
    if !bookable(row.status) {
        state.error(i18n::VIS_NOT_BOOKABLE.get(lang).to_string());
        return Vec::new();
    }
    vec![fx(VisitsEffect::OpenPicker {
        event_id: row.id,
        season: season_of(state, row.date),
        message: None,
    })]
}

fn picker(state: &mut State) -> Option<&mut PickerState> {
    match &mut state.overlay {
        Some(Overlay::Visits(o)) => match o.as_mut() {
            VisitsOverlay::Picker(p) => Some(p),
            VisitsOverlay::Prompt(_) => None,
        },
        _ => None,
    }
}

/// The persons a booking would take: the marked ones, else the one under the cursor.
fn targets(p: &PickerState) -> Vec<usize> {
    let marked: Vec<usize> = p
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| p.chosen.contains(&r.person_id))
        .map(|(i, _)| i)
        .collect();
    if marked.is_empty() {
        p.rows
            .get(p.cursor)
            .filter(|r| !r.booked_here)
            .map(|_| vec![p.cursor])
            .unwrap_or_default()
    } else {
        marked
    }
}

/// The picker actions.
pub fn update(state: &mut State, action: VisitsAction) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let visible = super::picker_rows(state.height);
    let season_month = state.ctx.season_start_month;
    if let VisitsAction::PickerLoaded {
        event,
        label,
        rows,
        costs,
        message,
    } = action
    {
        let name_width = rows.iter().map(|r| r.name.width()).max().unwrap_or(0);
        if let Some(p) = picker(state).filter(|p| p.event.id == event.id) {
            // Rows again with a message: a booking or an afbud was saved, so the view behind
            // (the week or list and the event's detail, seen under a later question) loads
            // again too.
            let changed = message.is_some();
            p.rows = rows;
            p.name_width = name_width;
            p.costs = costs;
            p.cursor = p.cursor.min(p.rows.len().saturating_sub(1));
            p.chosen.clear();
            p.reason = None;
            p.message = message;
            p.event = *event;
            p.label = label;
            if changed {
                state.visits.detail = None;
                return super::update::reload(state);
            }
        } else {
            state.overlay = Some(Overlay::Visits(Box::new(VisitsOverlay::Picker(Box::new(
                PickerState {
                    event: *event,
                    label,
                    rows,
                    name_width,
                    cursor: 0,
                    top: 0,
                    chosen: Vec::new(),
                    reason: None,
                    message,
                    costs,
                },
            )))));
        }
        return Vec::new();
    }
    let Some(p) = picker(state) else {
        return Vec::new();
    };
    match action {
        VisitsAction::PickerMove(d) => {
            if !p.rows.is_empty() {
                p.cursor = p.cursor.saturating_add_signed(d).min(p.rows.len() - 1);
                p.top = crate::app::list::scroll_top(p.top, visible, p.cursor);
            }
            Vec::new()
        }
        VisitsAction::PickerToggle => {
            if let Some(row) = p.rows.get(p.cursor) {
                if row.booked_here {
                    p.message = Some(i18n::VIS_ALREADY_BOOKED.get(lang).to_string());
                } else if let Some(i) = p.chosen.iter().position(|id| *id == row.person_id) {
                    p.chosen.remove(i);
                } else {
                    p.chosen.push(row.person_id);
                }
            }
            Vec::new()
        }
        VisitsAction::PickerBook => {
            let targets = targets(p);
            if targets.is_empty() {
                p.message = Some(i18n::VIS_CHOOSE_FIRST.get(lang).to_string());
                return Vec::new();
            }
            let blocked: Vec<String> = targets
                .iter()
                .filter(|i| p.rows[**i].verdict.level == Level::Blocked)
                .map(|i| p.rows[*i].name.clone())
                .collect();
            if !blocked.is_empty() {
                p.reason = Some(Input::default());
                p.message = Some(i18n::VIS_FORCE_ASK.fill(lang, &[("names", &blocked.join(", "))]));
                return Vec::new();
            }
            let bookings = targets
                .iter()
                .map(|i| NewBooking {
                    person_id: p.rows[*i].person_id,
                    forced_reason: None,
                })
                .collect();
            vec![fx(VisitsEffect::Book {
                event_id: p.event.id,
                bookings,
                season: crate::domain::season::Season::containing(p.event.data.date, season_month),
            })]
        }
        VisitsAction::PickerUnbook => match p.rows.get(p.cursor) {
            Some(row) if row.booked_here => {
                // Afbud asks first, in one dialog with the budget gate's question when the
                // gate would ask (an open place can raise "if fully staffed"); the picker
                // comes back on either answer.
                let question =
                    i18n::VIS_ASK_UNBOOK.fill(lang, &[("name", &row.name), ("event", &p.label)]);
                let effect = fx(VisitsEffect::Unbook {
                    event_id: p.event.id,
                    person_id: row.person_id,
                    season: crate::domain::season::Season::containing(
                        p.event.data.date,
                        season_month,
                    ),
                });
                vec![Effect::Ask {
                    question,
                    effect: Box::new(effect),
                }]
            }
            _ => {
                p.message = Some(i18n::VIS_NOT_BOOKED.get(lang).to_string());
                Vec::new()
            }
        },
        VisitsAction::PickerRefused(text) => {
            p.message = Some(text);
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Enter on the reason line: book the targets, the blocked ones forced with the reason.
pub fn submit_reason(state: &mut State) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let season_month = state.ctx.season_start_month;
    let Some(p) = picker(state) else {
        return Vec::new();
    };
    let reason = p
        .reason
        .as_ref()
        .map(|i| i.value().trim().to_string())
        .unwrap_or_default();
    if reason.is_empty() {
        p.message = Some(i18n::VIS_FORCE_REASON_MISSING.get(lang).to_string());
        return Vec::new();
    }
    let bookings = targets(p)
        .into_iter()
        .map(|i| {
            let row = &p.rows[i];
            NewBooking {
                person_id: row.person_id,
                forced_reason: (row.verdict.level == Level::Blocked).then(|| reason.clone()),
            }
        })
        .collect();
    p.reason = None;
    vec![fx(VisitsEffect::Book {
        event_id: p.event.id,
        bookings,
        season: crate::domain::season::Season::containing(p.event.data.date, season_month),
    })]
}
