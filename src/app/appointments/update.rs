//! `update` for appointments: [`route`] takes the actions that belong to the Udpegninger screen,
//! to an open appointments dialog, or to the roster's quick keys; everything else goes on to the
//! shared `update`. Pure: storage work comes back as effects.

use tui_input::InputRequest;

use super::dialogs::{AppointDialog, AppointFocus, Dialog, EndEarlyDialog, RenewDialog};
use super::{AppointmentsAction as A, AppointmentsEffect as E};
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::landing;
use crate::app::layout;
use crate::app::screen::Screen;
use crate::app::state::{Overlay, State};
use crate::domain::person::{PersonKind, Recruitment};
use crate::domain::season::Season;
use crate::i18n;

fn fx(effect: E) -> Effect {
    Effect::Appointments(effect)
}

/// Handles `action` when it is ours (`Ok` with the effects), else gives it back.
#[allow(clippy::result_large_err)] // the "error" is the action handed back, not a failure
pub fn route(state: &mut State, action: Action) -> Result<Vec<Effect>, Action> {
    if let Action::Appointments(a) = action {
        return Ok(update(state, a));
    }
    if let Some(Overlay::Appointments(_)) = &state.overlay {
        return match action {
            Action::Answer(yes) => Ok(answer(state, yes)),
            Action::Dismiss | Action::CancelForm => Ok(update(state, A::Cancel)),
            Action::Failed(text) | Action::Conflict(text) => {
                if let Some(Overlay::Appointments(d)) = &mut state.overlay {
                    d.set_message(text.clone());
                }
                state.error(text);
                Ok(Vec::new())
            }
            Action::Quit | Action::Resize { .. } => Err(action),
            other if state.screen == Screen::Korps => Err(other),
            // The results of other work (a list loaded, the figures refreshed after another
            // process wrote) still reach their screens; only other screens' keys wait.
            other if !crate::app::keymap_rules::from_user(&other) => Err(other),
            _ => Ok(Vec::new()),
        };
    }
    if state.screen != Screen::Udpegninger || state.overlay.is_some() {
        return Err(action);
    }
    let height = layout::list_rows(state.width, state.height);
    let list = &mut state.appointments.list;
    let page = height.max(1) as isize;
    match action {
        Action::MoveSelection(d) | Action::Scroll(d) => list.move_by(d, height),
        Action::PageUp => list.move_by(-page, height),
        Action::PageDown => list.move_by(page, height),
        Action::SelectFirst => list.select(0, height),
        Action::SelectLast => list.select(usize::MAX, height),
        Action::Resize { width, height } => {
            state.width = width;
            state.height = height;
            let rows = layout::list_rows(width, height);
            state.appointments.list.move_by(0, rows);
        }
        Action::Click { column, row } if row > 0 => click(state, column, row),
        Action::Reload => {
            state.info(i18n::RELOADED.get(state.ctx.lang).to_string());
            return Ok(reload(state));
        }
        Action::Dismiss => state.message = None,
        other => return Err(other),
    }
    Ok(window_needs(state))
}

fn click(state: &mut State, column: u16, row: u16) {
    let body = layout::frame(ratatui::layout::Rect::new(0, 0, state.width, state.height)).body;
    let table = layout::list_parts(body).table;
    let inside = column >= table.x && column < table.x + table.width;
    if !inside || row <= table.y || row >= table.y + table.height {
        return;
    }
    let height = layout::list_rows(state.width, state.height);
    let list = &mut state.appointments.list;
    let index = list.top + usize::from(row - table.y - 1);
    if index < list.total {
        list.select(index, height);
    }
}

/// The season shown.
fn season(state: &State) -> Season {
    state
        .appointments
        .season_or(state.ctx.today, state.ctx.season_start_month)
}

/// Loads the season's list again from its first visible row.
pub fn reload(state: &mut State) -> Vec<Effect> {
    let height = layout::list_rows(state.width, state.height);
    let season = season(state);
    let s = &mut state.appointments;
    s.season = Some(season);
    s.list.loading = true;
    let window = s.list.window_for_view(height);
    vec![fx(E::Load {
        filter: s.filter(season),
        window,
    })]
}

/// Loads a new window when the view left the loaded rows.
fn window_needs(state: &mut State) -> Vec<Effect> {
    let height = layout::list_rows(state.width, state.height);
    if state.appointments.list.view_is_loaded(height) {
        return Vec::new();
    }
    reload(state)
}

/// Starts the list over from the top (another season or filter).
fn restart(state: &mut State) -> Vec<Effect> {
    let list = &mut state.appointments.list;
    list.selected = 0;
    list.top = 0;
    list.total = 0;
    list.rows.clear();
    reload(state)
}

/// The roster loaded person `id`: load its facts for the detail pane.
pub fn person_loaded(state: &mut State, id: i64) -> Vec<Effect> {
    if state.appointments.facts_of(id).is_none() {
        state.appointments.person = None;
    }
    vec![fx(E::LoadFacts(id))]
}

fn update(state: &mut State, action: A) -> Vec<Effect> {
    let lang = state.ctx.lang;
    match action {
        A::PrevSeason | A::NextSeason | A::ThisSeason => {
            let now = Season::containing(state.ctx.today, state.ctx.season_start_month);
            let s = season(state);
            state.appointments.season = Some(match action {
                A::PrevSeason => s.prev(),
                A::NextSeason => s.next(),
                _ => now,
            });
            restart(state)
        }
        A::CycleKind => {
            let k = &mut state.appointments.kind;
            *k = match *k {
                None => Some(PersonKind::RoleModel),
                Some(PersonKind::RoleModel) => Some(PersonKind::Ambassador),
                Some(PersonKind::Ambassador) => None,
            };
            restart(state)
        }
        A::OpenAppoint => {
            let dialog = AppointDialog::new(season(state), state.ctx.today);
            state.overlay = Some(Overlay::Appointments(Box::new(Dialog::Appoint(dialog))));
            vec![fx(E::SearchCandidates {
                query: String::new(),
            })]
        }
        A::OpenEndEarly => {
            let Some(row) = state.appointments.list.selected_row() else {
                state.info(i18n::NOTHING_SELECTED.get(lang).to_string());
                return Vec::new();
            };
            if row.appointment.is_ended_early() {
                state.error(i18n::APPTERR_ALREADY_ENDED.get(lang).to_string());
                return Vec::new();
            }
            let dialog =
                EndEarlyDialog::new(row.appointment.clone(), row.name.clone(), state.ctx.today);
            state.overlay = Some(Overlay::Appointments(Box::new(Dialog::EndEarly(dialog))));
            Vec::new()
        }
        A::OpenRenew => {
            let s = season(state);
            state.overlay = Some(Overlay::Appointments(Box::new(Dialog::Renew(
                RenewDialog::new(s),
            ))));
            vec![fx(E::LoadRenewal(s))]
        }
        A::NextRecruitment | A::StopRecruitment | A::OpenUnavailability => {
            super::person_facts::roster_key(state, &action)
        }
        A::Loaded {
            total,
            offset,
            rows,
        } => {
            let height = layout::list_rows(state.width, state.height);
            state
                .appointments
                .list
                .set_window(total, offset, rows, height);
            Vec::new()
        }
        A::FactsLoaded(facts) => {
            state.appointments.person = Some(*facts);
            Vec::new()
        }
        A::PeriodsChanged {
            facts,
            message,
            added,
        } => {
            if let Some(Overlay::Appointments(d)) = &mut state.overlay
                && let Dialog::Unavailability(u) = d.as_mut()
            {
                u.clear();
                u.message = None;
                u.confirm_delete = None;
                // The period just added: the cursor lands on it in the dialog's list.
                let periods = &facts.unavailability;
                if let Some(at) = added.and_then(|id| landing::position_in(periods, id, |p| p.id)) {
                    u.cursor = at;
                    u.focus = super::dialogs::PERIOD_FIELDS;
                }
            }
            state.appointments.person = Some(*facts);
            state.info(message);
            Vec::new()
        }
        A::Done { message, landing } => {
            state.overlay = None;
            let mut message = message;
            if let Some(position) = landing {
                let height = layout::list_rows(state.width, state.height);
                let list = &mut state.appointments.list;
                landing::land(list, position, height, &mut message, lang);
            }
            state.info(message);
            reload(state)
        }
        other => dialog_update(state, other),
    }
}

/// The actions of an open dialog (and the results that fill it).
fn dialog_update(state: &mut State, action: A) -> Vec<Effect> {
    let today = state.ctx.today;
    let lang = state.ctx.lang;
    let filter = state.appointments.filter(season(state));
    let periods = state
        .appointments
        .person
        .as_ref()
        .map(|f| f.unavailability.clone())
        .unwrap_or_default();
    let Some(Overlay::Appointments(dialog)) = &mut state.overlay else {
        return Vec::new();
    };
    if matches!(action, A::Cancel) {
        state.overlay = None;
        return Vec::new();
    }
    match dialog.as_mut() {
        Dialog::Appoint(d) => appoint_update(d, action, today, lang, filter),
        Dialog::EndEarly(d) => end_early_update(d, &action, today, lang, filter),
        Dialog::Renew(d) => {
            match action {
                A::RenewalLoaded { season, rows } if season == d.season => {
                    d.candidates = rows;
                    d.loading = false;
                }
                A::Up => d.cursor = d.cursor.saturating_sub(1),
                A::Down => d.cursor = (d.cursor + 1).min(d.candidates.len().saturating_sub(1)),
                A::MoveBy(delta) => {
                    d.cursor = d
                        .cursor
                        .saturating_add_signed(delta)
                        .min(d.candidates.len().saturating_sub(1));
                }
                A::Toggle => d.toggle(),
                A::Confirm => {
                    let ids = d.ticked();
                    if ids.is_empty() {
                        d.message = Some(i18n::APPT_NONE_TICKED.get(lang).to_string());
                        return Vec::new();
                    }
                    return vec![fx(E::Renew {
                        person_ids: ids,
                        season: d.season,
                        on: today,
                        filter,
                    })];
                }
                _ => {}
            }
            Vec::new()
        }
        Dialog::Unavailability(d) if action == A::ReloadDialog => {
            // The periods as stored now; the typed period stays.
            d.confirm_delete = None;
            d.message = Some(i18n::DIALOG_RELOADED.get(lang).to_string());
            vec![fx(E::LoadFacts(d.person_id))]
        }
        Dialog::Unavailability(d) => {
            super::person_facts::dialog_update(d, &action, &periods, today, lang)
        }
    }
}

fn appoint_update(
    d: &mut AppointDialog,
    action: A,
    today: chrono::NaiveDate,
    lang: i18n::Lang,
    filter: crate::storage::appointments::AppointmentFilter,
) -> Vec<Effect> {
    match action {
        A::CandidatesLoaded { query, total, rows } if query == d.search.value() => {
            d.matches = rows;
            d.total = total;
            d.loading = false;
            d.cursor = d.cursor.min(d.matches.len().saturating_sub(1));
        }
        A::Up => d.cursor = d.cursor.saturating_sub(1),
        A::Down if d.focus == AppointFocus::Search => d.focus = AppointFocus::List,
        A::Down => d.cursor = (d.cursor + 1).min(d.matches.len().saturating_sub(1)),
        A::NextField | A::PrevField => {
            let order = [
                AppointFocus::Search,
                AppointFocus::List,
                AppointFocus::Start,
                AppointFocus::End,
            ];
            let i = order.iter().position(|f| *f == d.focus).unwrap_or(0);
            let step = if action == A::NextField { 1 } else { 3 };
            d.focus = order[(i + step) % 4];
        }
        A::Toggle if d.focus == AppointFocus::List => d.toggle(),
        A::Toggle => return appoint_edit(d, InputRequest::InsertChar(' '), today, lang),
        A::Delete => return appoint_edit(d, InputRequest::DeleteNextChar, today, lang),
        A::Edit(request) => return appoint_edit(d, request, today, lang),
        A::Confirm => {
            let term = d.check(today, lang);
            if d.ticked.is_empty() {
                d.message = Some(i18n::APPT_NONE_TICKED.get(lang).to_string());
                return Vec::new();
            }
            let Some((start, end)) = term else {
                d.focus = if d.start_error.is_some() {
                    AppointFocus::Start
                } else {
                    AppointFocus::End
                };
                d.message = Some(i18n::FIX_FIELDS.get(lang).to_string());
                return Vec::new();
            };
            return vec![fx(E::Appoint {
                person_ids: d.ticked.iter().map(|(id, _)| *id).collect(),
                start,
                end,
                on: today,
                filter,
            })];
        }
        _ => {}
    }
    Vec::new()
}

fn appoint_edit(
    d: &mut AppointDialog,
    request: InputRequest,
    today: chrono::NaiveDate,
    lang: i18n::Lang,
) -> Vec<Effect> {
    match d.focus {
        AppointFocus::Search | AppointFocus::List => {
            if d.focus == AppointFocus::List {
                // Typing on the list searches.
                d.focus = AppointFocus::Search;
            }
            let changed = d.search.handle(request).is_some_and(|c| c.value);
            if changed {
                d.cursor = 0;
                d.loading = true;
                return vec![fx(E::SearchCandidates {
                    query: d.search.value().to_string(),
                })];
            }
        }
        AppointFocus::Start => {
            if d.start.handle(request).is_some_and(|c| c.value) {
                d.start_changed(today);
                d.check(today, lang);
            }
        }
        AppointFocus::End => {
            if d.end.handle(request).is_some_and(|c| c.value) {
                d.end_touched = true;
                d.check(today, lang);
            }
        }
    }
    Vec::new()
}

fn end_early_update(
    d: &mut EndEarlyDialog,
    action: &A,
    today: chrono::NaiveDate,
    lang: i18n::Lang,
    filter: crate::storage::appointments::AppointmentFilter,
) -> Vec<Effect> {
    let request = match action {
        A::ReloadDialog => return vec![fx(E::ReloadAppointment(d.appointment.id))],
        A::AppointmentReloaded(fresh) if fresh.id == d.appointment.id => {
            // The term as stored now; what was typed stays and is checked again.
            d.appointment = (**fresh).clone();
            let text = if d.appointment.is_ended_early() {
                i18n::APPTERR_ALREADY_ENDED
            } else {
                i18n::DIALOG_RELOADED
            };
            d.message = Some(text.get(lang).to_string());
            d.check(today, lang);
            return Vec::new();
        }
        A::NextField | A::PrevField => {
            d.focus = 1 - d.focus.min(1);
            return Vec::new();
        }
        A::Toggle => InputRequest::InsertChar(' '),
        A::Delete => InputRequest::DeleteNextChar,
        A::Edit(r) => *r,
        A::Confirm => {
            d.tried = true;
            let Some((date, reason)) = d.check(today, lang) else {
                d.focus = usize::from(d.date_error.is_none());
                d.message = Some(i18n::FIX_FIELDS.get(lang).to_string());
                return Vec::new();
            };
            return vec![fx(E::EndEarly {
                id: d.appointment.id,
                version: d.appointment.version,
                date,
                reason,
                confirmed: Vec::new(),
                filter,
            })];
        }
        _ => return Vec::new(),
    };
    let input = if d.focus == 0 {
        &mut d.date
    } else {
        &mut d.reason
    };
    if input.handle(request).is_some_and(|c| c.value) {
        d.message = None;
        d.check(today, lang);
    }
    Vec::new()
}

/// Yes/no in a dialog: only the unavailability dialog asks (deleting a period).
fn answer(state: &mut State, yes: bool) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let Some(Overlay::Appointments(dialog)) = &mut state.overlay else {
        return Vec::new();
    };
    let Dialog::Unavailability(d) = dialog.as_mut() else {
        return Vec::new();
    };
    let Some(period) = d.confirm_delete.take() else {
        return Vec::new();
    };
    if !yes {
        state.info(i18n::CANCELLED.get(lang).to_string());
        return Vec::new();
    }
    d.cursor = d.cursor.saturating_sub(1);
    vec![fx(E::DeletePeriod {
        person_id: period.person_id,
        id: period.id,
        version: period.version,
    })]
}

/// The next recruitment status for `>`: interesseret → kontaktet → udpeget; afvist or stoppet
/// start over as interesseret; udpeget stays.
pub fn next_recruitment(status: Recruitment) -> Option<Recruitment> {
    match status {
        Recruitment::Interested => Some(Recruitment::Contacted),
        Recruitment::Contacted => Some(Recruitment::Appointed),
        Recruitment::Appointed => None,
        Recruitment::Declined | Recruitment::Stopped => Some(Recruitment::Interested),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recruitment_moves_on_and_starts_over_after_a_no() {
        assert_eq!(
            next_recruitment(Recruitment::Interested),
            Some(Recruitment::Contacted)
        );
        assert_eq!(
            next_recruitment(Recruitment::Contacted),
            Some(Recruitment::Appointed)
        );
        assert_eq!(next_recruitment(Recruitment::Appointed), None);
        assert_eq!(
            next_recruitment(Recruitment::Stopped),
            Some(Recruitment::Interested)
        );
    }
}
