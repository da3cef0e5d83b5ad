//! `update`: the one place the state changes. It takes an action, changes the state, and returns
//! the effects (storage work) to run; it does no I/O itself. List screens are handled in
//! `update_list`, forms in `update_form`.

use super::action::Action;
use super::effect::Effect;
use super::layout;
use super::screen::Screen;
use super::state::{Overlay, State};
use super::{update_form, update_list, visits};
use crate::i18n;

/// The effects to run when the app starts: load the first screen; the status bar's budget
/// summary after the first frame.
pub fn init(state: &mut State) -> Vec<Effect> {
    let mut effects = update_list::reload(state, state.screen);
    effects.push(Effect::AfterFrame(Box::new(super::budget::summary_effect(
        state.ctx.today,
    ))));
    effects
}

/// Applies `action` to `state` and returns the storage work it needs.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    if super::keymap_rules::from_user(&action) {
        // A message answers the last action; the next one takes it away ("• Annulleret" does
        // not linger).
        state.message = None;
    }
    let action = super::movement::route(state, action);
    if let Action::Ask { question, effect } = action {
        let back = state.overlay.take().map(Box::new);
        state.overlay = Some(Overlay::Confirm {
            question,
            effect: *effect,
            back,
        });
        return Vec::new();
    }
    let action = match super::appointments::update::route(state, action) {
        Ok(effects) => return effects,
        Err(action) => action,
    };
    match action {
        Action::Quit => {
            state.quit = true;
            Vec::new()
        }
        Action::Resize { width, height } => {
            state.width = width;
            state.height = height;
            update_list::after_resize(state)
        }
        Action::GoTo(screen) => go_to(state, screen),
        Action::ShowHelp => {
            state.overlay = Some(Overlay::Help);
            state.help_scroll = 0;
            Vec::new()
        }
        Action::Scroll(delta) if matches!(state.overlay, Some(Overlay::Help)) => {
            state.help_scroll = state
                .help_scroll
                .saturating_add_signed(delta)
                .min(super::help::max_scroll(state));
            Vec::new()
        }
        Action::Dismiss => dismiss(state),
        Action::Click { column, row } => click(state, column, row),
        Action::Answer(yes) => answer(state, yes),
        Action::OpenPrintDialog => {
            // On Udpegninger the list is of the season being shown; elsewhere of today's.
            let season = (state.screen == Screen::Udpegninger).then(|| {
                state
                    .appointments
                    .season_or(state.ctx.today, state.ctx.season_start_month)
            });
            super::print_dialog::open(state, season)
        }
        Action::Print(action) => super::print_dialog::update(state, action),
        Action::Failed(text) | Action::Conflict(text) => {
            if let Some(Overlay::Form(open)) = &mut state.overlay {
                open.message = Some(text.clone());
            }
            state.error(text);
            Vec::new()
        }
        Action::EditField(_)
        | Action::NextField
        | Action::PrevField
        | Action::StepChoice(_)
        | Action::SaveForm
        | Action::CancelForm
        | Action::ChoicesLoaded { .. }
        | Action::ReloadForm
        | Action::FormReloaded(_) => update_form::update(state, action),
        Action::Visits(action) => visits::update(state, action),
        Action::Budget(action) => super::budget::update(state, action),
        Action::Privacy(action) => super::privacy::update(state, action),
        Action::Attendance(action) => super::attendance::update(state, action),
        Action::Honoraria(action) => super::honoraria::update(state, action),
        other => update_list::update(state, other),
    }
}

fn go_to(state: &mut State, screen: Screen) -> Vec<Effect> {
    if matches!(state.overlay, Some(Overlay::Help)) {
        state.overlay = None;
    }
    if !screen.is_available() {
        let name = screen.title(state.ctx.lang);
        state.info(i18n::SCREEN_LATER.fill(state.ctx.lang, &[("screen", name)]));
        return Vec::new();
    }
    state.screen = screen;
    state.message = None;
    update_list::reload(state, screen)
}

fn dismiss(state: &mut State) -> Vec<Effect> {
    match state.overlay {
        // Esc on a question is "no": the dialog that asked comes back.
        Some(Overlay::Confirm { .. }) => answer(state, false),
        Some(
            Overlay::Help | Overlay::Print(_) | Overlay::Honoraria(_) | Overlay::Appointments(_),
        ) => {
            state.overlay = None;
            Vec::new()
        }
        Some(Overlay::Form(_)) => update_form::update(state, Action::CancelForm),
        Some(Overlay::Visits(_)) => visits::update(state, visits::VisitsAction::CloseOverlay),
        Some(Overlay::Attendance(_)) => {
            super::attendance::update(state, super::attendance::AttendanceAction::CloseOverlay)
        }
        None => update_list::dismiss(state),
    }
}

fn answer(state: &mut State, yes: bool) -> Vec<Effect> {
    match state.overlay.take() {
        Some(Overlay::Confirm { effect, back, .. }) => {
            state.overlay = back.map(|b| *b);
            if yes {
                vec![effect]
            } else {
                state.info(i18n::CANCELLED.get(state.ctx.lang).to_string());
                Vec::new()
            }
        }
        Some(Overlay::Form(open)) => {
            state.overlay = Some(Overlay::Form(open));
            update_form::answer_discard(state, yes)
        }
        Some(Overlay::Honoraria(o)) => super::honoraria::answer(state, *o, yes),
        other => {
            state.overlay = other;
            Vec::new()
        }
    }
}

fn click(state: &mut State, column: u16, row: u16) -> Vec<Effect> {
    if state.overlay.is_some() {
        return Vec::new();
    }
    if row == 0 {
        return match layout::tab_at(column, state.ctx.lang, state.width) {
            Some(screen) => go_to(state, screen),
            None => Vec::new(),
        };
    }
    match state.screen {
        Screen::Besoeg => visits::click(state, column, row),
        _ => update_list::click(state, column, row),
    }
}

#[cfg(test)]
mod tests;
