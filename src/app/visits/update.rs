//! `update` for the Besøg screen: moving through the week and the list, prompts, opening forms,
//! and taking what effects loaded. The picker is in `picker.rs`, the dashboard in `overview.rs`.

// Two-armed matches that both do work read better than `if let … else`.
#![allow(clippy::single_match_else)]

use chrono::{Days, NaiveDate};
use tui_input::Input;

use super::action::VisitsAction;
use super::effect::VisitsEffect;
use super::forms::{self, VisitsForm};
use super::state::{PromptKind, View, VisitsOverlay, monday_of};
use super::week_layout::WeekLayout;
use super::{overview, picker};
use crate::app::effect::Effect;
use crate::app::form::Form;
use crate::app::landing;
use crate::app::layout;
use crate::app::state::{FormKind, OpenForm, Overlay, State};
use crate::domain::date::{iso_week, iso_week_year};
use crate::domain::event::{EventKind, EventStatus};
use crate::domain::season::Season;
use crate::domain::visit_input::{parse_goto, parse_range};
use crate::i18n;
use crate::i18n::format_week;

fn fx(e: VisitsEffect) -> Effect {
    Effect::Visits(e)
}

/// The Monday of the week shown.
pub(super) fn monday(state: &State) -> NaiveDate {
    state
        .visits
        .monday
        .unwrap_or_else(|| monday_of(state.ctx.today))
}

/// The season an event date belongs to (for the fair-load counts).
pub(super) fn season_of(state: &State, date: NaiveDate) -> Season {
    Season::containing(date, state.ctx.season_start_month)
}

/// The effects that load the Besøg screen's current view again.
pub fn reload(state: &mut State) -> Vec<Effect> {
    let height = layout::list_rows(state.width, state.height);
    let v = &mut state.visits;
    match v.view {
        View::Week => {
            v.week_loading = true;
            let m = v.monday.unwrap_or_else(|| monday_of(state.ctx.today));
            vec![fx(VisitsEffect::LoadWeek(m))]
        }
        View::List => {
            v.list.loading = true;
            let offset = v.list.window_offset_for_view(height);
            vec![fx(VisitsEffect::LoadList {
                filter: v.filter.clone(),
                offset,
            })]
        }
    }
}

pub use overview::reload as reload_overview;

/// The detail to load after the selection changed.
fn detail_effects(state: &State) -> Vec<Effect> {
    let v = &state.visits;
    match v.selected_row() {
        Some(row) if v.detail.as_ref().map(|d| d.event.id) != Some(row.id) => {
            vec![fx(VisitsEffect::LoadDetail(row.id))]
        }
        _ => Vec::new(),
    }
}

/// After the list's selection or view moved: a window, or the detail.
fn list_needs(state: &State) -> Vec<Effect> {
    let height = layout::list_rows(state.width, state.height);
    let v = &state.visits;
    if !v.list.view_is_loaded(height) {
        return vec![fx(VisitsEffect::LoadList {
            filter: v.filter.clone(),
            offset: v.list.window_offset_for_view(height),
        })];
    }
    detail_effects(state)
}

fn move_to(state: &mut State, index: impl Fn(usize, usize) -> usize) -> Vec<Effect> {
    let height = layout::list_rows(state.width, state.height);
    let v = &mut state.visits;
    match v.view {
        View::Week => {
            if !v.week.is_empty() {
                v.selected = index(v.selected, v.week.len()).min(v.week.len() - 1);
            }
            detail_effects(state)
        }
        View::List => {
            let i = index(v.list.selected, v.list.total);
            v.list.select(i, height);
            list_needs(state)
        }
    }
}

/// A mouse click on the body: selects the event under it (a row of the list, an event's lines
/// in the week view).
pub fn click(state: &mut State, column: u16, row: u16) -> Vec<Effect> {
    let body = layout::frame(ratatui::layout::Rect::new(0, 0, state.width, state.height)).body;
    let v = &state.visits;
    let index = match v.view {
        View::Week => WeekLayout::new(v, state.ctx.today, body).event_at(v, body, column, row),
        View::List => {
            let table = layout::list_parts(body).table;
            let inside = column >= table.x && column < table.x + table.width;
            let index = v.list.top + usize::from(row.saturating_sub(table.y + 1));
            (inside && row > table.y && row < table.y + table.height && index < v.list.total)
                .then_some(index)
        }
    };
    match index {
        Some(i) => move_to(state, |_, _| i),
        None => Vec::new(),
    }
}

fn show_week(state: &mut State, monday: NaiveDate) -> Vec<Effect> {
    let v = &mut state.visits;
    v.monday = Some(monday);
    v.selected = 0;
    v.view = View::Week;
    reload(state)
}

fn restart_list(state: &mut State) -> Vec<Effect> {
    let v = &mut state.visits;
    v.list.selected = 0;
    v.list.top = 0;
    reload(state)
}

fn prompt(state: &mut State, kind: PromptKind, value: &str) -> Vec<Effect> {
    state.overlay = Some(Overlay::Visits(Box::new(VisitsOverlay::Prompt(
        super::state::Prompt {
            kind,
            input: Input::new(value.to_string()),
            error: None,
        },
    ))));
    Vec::new()
}

fn nothing_selected(state: &mut State) -> Vec<Effect> {
    state.info(i18n::NOTHING_SELECTED.get(state.ctx.lang).to_string());
    Vec::new()
}

/// Opens the event form: for a new event (on the selected day, or at `institution`), or for
/// the selected event once its detail is loaded.
pub(super) fn open_event_form(
    state: &mut State,
    new: bool,
    institution: Option<(i64, String)>,
) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let today = state.ctx.today;
    let (kind, form) = if new {
        let date = state
            .visits
            .selected_row()
            .map(|r| r.date)
            .filter(|d| *d >= today)
            .unwrap_or_else(|| monday(state).max(today));
        (
            VisitsForm::Event(None),
            forms::event_form(None, institution, date, lang),
        )
    } else {
        let Some(detail) = state.visits.selected_detail().cloned() else {
            return nothing_selected(state);
        };
        let place = detail
            .institution
            .clone()
            .map(|n| (detail.event.data.institution_id, n));
        let form = forms::event_form(Some(&detail.event.data), place, today, lang);
        (VisitsForm::Event(Some(Box::new(detail.event))), form)
    };
    let event_id = match &kind {
        VisitsForm::Event(before) => before.as_ref().map(|e| e.id),
        VisitsForm::SchoolHolidays(_) => None,
    };
    open_form(state, kind, form);
    state.visits.form_money = None;
    vec![fx(VisitsEffect::LoadFormMoney(event_id))]
}

fn open_form(state: &mut State, kind: VisitsForm, form: Form) {
    crate::app::update_form::open(state, FormKind::Visits(kind), form, None);
}

fn check_kind(kind: &VisitsForm, form: &mut Form, today: NaiveDate, lang: i18n::Lang) -> bool {
    match kind {
        VisitsForm::Event(before) => {
            forms::check_event(form, before.as_deref(), today, lang).is_some()
        }
        VisitsForm::SchoolHolidays(year) => {
            forms::check_holidays(form, *year, today, lang).is_some()
        }
    }
}

/// Validates a Besøg form inline (called by the shared form code after each edit).
pub fn form_check(open: &mut OpenForm, today: NaiveDate, lang: i18n::Lang) -> bool {
    match &open.kind {
        FormKind::Visits(kind) => check_kind(&kind.clone(), &mut open.form, today, lang),
        _ => false,
    }
}

/// The save effect of a valid Besøg form, else `None` (the messages are shown).
pub fn form_save(open: &mut OpenForm, today: NaiveDate, lang: i18n::Lang) -> Option<Effect> {
    let FormKind::Visits(kind) = &open.kind else {
        return None;
    };
    match kind {
        VisitsForm::Event(before) => {
            let data = forms::check_event(&mut open.form, before.as_deref(), today, lang)?;
            Some(fx(VisitsEffect::SaveEvent {
                existing: before.as_ref().map(|e| (e.id, e.version)),
                data: Box::new(data),
                today,
            }))
        }
        VisitsForm::SchoolHolidays(year) => {
            let year = *year;
            let rows = forms::check_holidays(&mut open.form, year, today, lang)?;
            Some(fx(VisitsEffect::SaveHolidays { year, rows }))
        }
    }
}

/// The next status forward, if there is one.
fn next_status(s: EventStatus) -> Option<EventStatus> {
    match s {
        EventStatus::Requested => Some(EventStatus::Planned),
        EventStatus::Planned => Some(EventStatus::Confirmed),
        EventStatus::Confirmed => Some(EventStatus::Held),
        EventStatus::Held | EventStatus::Cancelled => None,
    }
}

fn cycle<T: Copy + PartialEq>(all: &[T], current: Option<T>) -> Option<T> {
    match current {
        None => all.first().copied(),
        Some(c) => all
            .iter()
            .position(|x| *x == c)
            .and_then(|i| all.get(i + 1))
            .copied(),
    }
}

/// The Besøg and Oversigt actions.
pub fn update(state: &mut State, action: VisitsAction) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let today = state.ctx.today;
    let height = layout::list_rows(state.width, state.height);
    match action {
        VisitsAction::MoveSelection(d) => move_to(state, |i, _| i.saturating_add_signed(d)),
        VisitsAction::SelectFirst => move_to(state, |_, _| 0),
        VisitsAction::SelectLast => move_to(state, |_, n| n.saturating_sub(1)),
        VisitsAction::ShiftWeek(weeks) => match state.visits.view {
            View::Week => {
                let m = monday(state);
                let target = if weeks < 0 {
                    m - Days::new(7 * weeks.unsigned_abs())
                } else {
                    m + Days::new(7 * weeks.unsigned_abs())
                };
                show_week(state, target)
            }
            View::List => {
                let f = &mut state.visits.filter;
                let shift = |d: NaiveDate| {
                    if weeks < 0 {
                        d - Days::new(7 * weeks.unsigned_abs())
                    } else {
                        d + Days::new(7 * weeks.unsigned_abs())
                    }
                };
                f.from = f.from.map(shift);
                f.to = f.to.map(shift);
                restart_list(state)
            }
        },
        VisitsAction::Page(d) => match state.visits.view {
            View::Week => update(state, VisitsAction::ShiftWeek(d as i64)),
            View::List => {
                let page = height.max(1) as isize * d;
                move_to(state, |i, _| i.saturating_add_signed(page))
            }
        },
        VisitsAction::ShowToday => {
            state.visits.view = View::Week;
            show_week(state, monday_of(today))
        }
        VisitsAction::ToggleView => {
            let v = &mut state.visits;
            v.view = match v.view {
                View::Week => {
                    if v.filter.from.is_none() && v.filter.to.is_none() {
                        v.filter.from = Some(v.monday.unwrap_or_else(|| monday_of(today)));
                        v.list.selected = 0;
                        v.list.top = 0;
                    }
                    View::List
                }
                View::List => View::Week,
            };
            reload(state)
        }
        VisitsAction::AskGoTo => prompt(state, PromptKind::GoTo, ""),
        VisitsAction::AskDateRange => prompt(state, PromptKind::DateRange, ""),
        VisitsAction::AskInstitution => prompt(state, PromptKind::Institution, ""),
        VisitsAction::AskExport => {
            let m = monday(state);
            let name = format!("korps-uge{}-{}.ics", iso_week(m), iso_week_year(m));
            prompt(state, PromptKind::ExportPath, &name)
        }
        VisitsAction::NewEvent => open_event_form(state, true, None),
        VisitsAction::EditEvent => open_event_form(state, false, None),
        VisitsAction::AskCancelEvent => {
            let Some(d) = state.visits.selected_detail() else {
                return nothing_selected(state);
            };
            if d.event.data.status.is_final() {
                state.error(i18n::EVERR_STATUS_FINAL.get(lang).to_string());
                return Vec::new();
            }
            let (id, version) = (d.event.id, d.event.version);
            prompt(state, PromptKind::CancelEvent { id, version }, "")
        }
        VisitsAction::AdvanceStatus => {
            let Some(d) = state.visits.selected_detail() else {
                return nothing_selected(state);
            };
            let Some(next) = next_status(d.event.data.status) else {
                state.error(i18n::EVERR_STATUS_FINAL.get(lang).to_string());
                return Vec::new();
            };
            let mut data = d.event.data.clone();
            let existing = Some((d.event.id, d.event.version));
            if let Err(e) = data.set_status(next, today, "") {
                state.error(i18n::event_error(e).get(lang).to_string());
                return Vec::new();
            }
            vec![fx(VisitsEffect::SaveEvent {
                existing,
                data: Box::new(data),
                today,
            })]
        }
        VisitsAction::OpenPicker => picker::open(state),
        VisitsAction::CycleKind => {
            let f = &mut state.visits.filter;
            f.kind = cycle(&EventKind::ALL, f.kind);
            state.visits.view = View::List;
            restart_list(state)
        }
        VisitsAction::CycleStatus => {
            let f = &mut state.visits.filter;
            f.status = cycle(&EventStatus::ALL, f.status);
            state.visits.view = View::List;
            restart_list(state)
        }
        VisitsAction::EditSchoolHolidays => {
            let m = monday(state);
            let year = Season::containing(m, 8).start_year;
            vec![fx(VisitsEffect::LoadHolidays(year))]
        }
        VisitsAction::Reload => {
            state.info(i18n::RELOADED.get(lang).to_string());
            state.visits.detail = None;
            reload(state)
        }
        VisitsAction::EditPrompt(request) => {
            if let Some(Overlay::Visits(o)) = &mut state.overlay {
                match o.as_mut() {
                    VisitsOverlay::Prompt(p) => {
                        p.input.handle(request);
                        p.error = None;
                    }
                    VisitsOverlay::Picker(p) => {
                        if let Some(input) = &mut p.reason {
                            input.handle(request);
                        }
                    }
                }
            }
            Vec::new()
        }
        VisitsAction::SubmitPrompt => submit_prompt(state),
        VisitsAction::CloseOverlay => {
            if let Some(Overlay::Visits(o)) = &mut state.overlay
                && let VisitsOverlay::Picker(p) = o.as_mut()
            {
                if p.reason.is_some() {
                    p.reason = None;
                    p.message = None;
                    return Vec::new();
                }
                state.overlay = None;
                state.visits.detail = None;
                return reload(state);
            }
            state.overlay = None;
            Vec::new()
        }
        VisitsAction::PickerMove(_)
        | VisitsAction::PickerToggle
        | VisitsAction::PickerBook
        | VisitsAction::PickerUnbook
        | VisitsAction::PickerLoaded { .. }
        | VisitsAction::PickerRefused(_) => picker::update(state, action),
        VisitsAction::OverviewMove(_)
        | VisitsAction::OverviewOpen
        | VisitsAction::OverviewLoaded(_) => overview::update(state, action),
        VisitsAction::WeekLoaded {
            monday,
            rows,
            holidays,
        } => {
            let v = &mut state.visits;
            if v.monday.unwrap_or_else(|| monday_of(today)) != monday {
                return Vec::new();
            }
            v.week = rows;
            v.school_holidays = holidays;
            v.week_loading = false;
            if let Some(id) = v.pending_select.take() {
                v.selected = v.week.iter().position(|r| r.id == id).unwrap_or(0);
                if std::mem::take(&mut v.open_picker) {
                    // The week under the picker (and under the budget gate's question, when
                    // booking asks) shows the event's detail too.
                    let mut effects = picker::open(state);
                    effects.extend(detail_effects(state));
                    return effects;
                }
            }
            v.selected = v.selected.min(v.week.len().saturating_sub(1));
            detail_effects(state)
        }
        VisitsAction::ListLoaded {
            total,
            offset,
            rows,
        } => {
            state.visits.list.set_window(total, offset, rows, height);
            list_needs(state)
        }
        VisitsAction::DetailLoaded(detail) => {
            state.visits.detail = Some(*detail);
            Vec::new()
        }
        VisitsAction::FormMoneyLoaded(money) => {
            // Kept only for the event form it was loaded for.
            if let Some(Overlay::Form(open)) = &state.overlay
                && let FormKind::Visits(VisitsForm::Event(before)) = &open.kind
                && before.as_ref().map(|e| e.id) == money.event_id
            {
                state.visits.form_money = Some(*money);
            }
            Vec::new()
        }
        VisitsAction::HolidaysLoaded { year, rows } => {
            let form = forms::holidays_form(year, &rows, lang);
            open_form(state, VisitsForm::SchoolHolidays(year), form);
            if rows.is_empty()
                && let Some(Overlay::Form(open)) = &mut state.overlay
            {
                open.message = None;
                state.info(i18n::VIS_HOLIDAYS_DEFAULTS.get(lang).to_string());
            }
            Vec::new()
        }
        VisitsAction::InstitutionFound(found) => {
            state.overlay = None;
            match found {
                Some((id, name)) => {
                    state.visits.filter.institution_id = Some(id);
                    state.visits.institution_name = Some(name);
                    state.visits.view = View::List;
                    restart_list(state)
                }
                None => {
                    state.error(i18n::NO_MATCHING_PLACE.get(lang).to_string());
                    Vec::new()
                }
            }
        }
        VisitsAction::Saved { message, select } => {
            if matches!(state.overlay, Some(Overlay::Form(_) | Overlay::Visits(_))) {
                state.overlay = None;
            }
            state.info(message);
            state.visits.detail = None;
            if let Some((id, date)) = select {
                state.visits.pending_select = Some(id);
                match state.visits.view {
                    View::Week => state.visits.monday = Some(monday_of(date)),
                    View::List => {
                        let filter = state.visits.filter.clone();
                        return vec![fx(VisitsEffect::Locate { filter, id })];
                    }
                }
            }
            reload(state)
        }
        VisitsAction::Located { id, position } => {
            let v = &mut state.visits;
            if v.pending_select.take() == Some(id) {
                let mut message = state.message.take().map(|m| m.text).unwrap_or_default();
                landing::land(&mut v.list, position, height, &mut message, lang);
                state.info(message);
            }
            reload(state)
        }
        VisitsAction::Exported(path, n) => {
            state.overlay = None;
            state.info(i18n::VIS_EXPORTED.fill(
                lang,
                &[("n", &n.to_string()), ("path", &path.display().to_string())],
            ));
            Vec::new()
        }
    }
}

fn submit_prompt(state: &mut State) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let today = state.ctx.today;
    let Some(Overlay::Visits(o)) = &mut state.overlay else {
        return Vec::new();
    };
    let p = match o.as_mut() {
        VisitsOverlay::Picker(_) => return picker::submit_reason(state),
        VisitsOverlay::Prompt(p) => p,
    };
    let text = p.input.value().trim().to_string();
    match p.kind.clone() {
        PromptKind::GoTo => match parse_goto(&text, today) {
            Some(date) => {
                state.overlay = None;
                let effects = show_week(state, monday_of(date));
                state.info(format_week(date, lang));
                effects
            }
            None => {
                p.error = Some(i18n::VIS_ERR_GOTO.get(lang).to_string());
                Vec::new()
            }
        },
        PromptKind::CancelEvent { id, version } => {
            if text.is_empty() {
                p.error = Some(i18n::EVERR_CANCEL_REASON.get(lang).to_string());
                return Vec::new();
            }
            vec![fx(VisitsEffect::CancelEvent {
                id,
                version,
                reason: text,
                today,
            })]
        }
        PromptKind::ExportPath => {
            if text.is_empty() {
                p.error = Some(i18n::VIS_ERR_PATH.get(lang).to_string());
                return Vec::new();
            }
            let (from, to) = match state.visits.view {
                View::Week => {
                    let m = monday(state);
                    (Some(m), Some(m + Days::new(6)))
                }
                View::List => (state.visits.filter.from, state.visits.filter.to),
            };
            vec![fx(VisitsEffect::Export {
                path: text.into(),
                from,
                to,
                corps: state.ctx.corps_name.clone(),
                dtstamp: today.and_time(chrono::NaiveTime::MIN),
            })]
        }
        PromptKind::DateRange => match parse_range(&text, today) {
            Some((from, to)) => {
                state.overlay = None;
                state.visits.filter.from = from;
                state.visits.filter.to = to;
                state.visits.view = View::List;
                restart_list(state)
            }
            None => {
                p.error = Some(i18n::VIS_ERR_RANGE.get(lang).to_string());
                Vec::new()
            }
        },
        PromptKind::Institution => {
            if text.is_empty() {
                state.overlay = None;
                state.visits.filter.institution_id = None;
                state.visits.institution_name = None;
                return restart_list(state);
            }
            vec![fx(VisitsEffect::FindInstitution(text))]
        }
    }
}
