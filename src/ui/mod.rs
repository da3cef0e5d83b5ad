//! Rendering: one file per screen plus shared widgets and the theme. Rendering reads the state
//! and nothing else — never the database.

mod appointments;
mod attendance;
pub mod budget;
mod chrome;
mod dialog;
mod form;
mod honoraria;
mod list_screen;
mod places;
mod print_dialog;
mod roster;
pub mod table;
pub mod text;
pub mod theme;
mod visits;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::state::Overlay;
use crate::app::{Screen, State, layout};
use crate::i18n;
use theme::Theme;

/// Draws the whole app for `state`.
pub fn render(state: &State, frame: &mut Frame<'_>) {
    let area = frame.area();
    let theme = Theme::new(state.no_color);
    if !layout::fits(area.width, area.height) {
        too_small(frame, area, state, theme);
        return;
    }
    let parts = layout::frame(area);
    chrome::tabs(frame, parts.tabs, state, theme);
    match state.screen {
        Screen::Steder => places::draw(frame, parts.body, state, theme),
        Screen::Besoeg => visits::draw(frame, parts.body, state, theme),
        Screen::Oversigt => visits::draw_overview(frame, parts.body, state, theme),
        Screen::Fremmoede => attendance::draw(frame, parts.body, state, theme),
        Screen::Honorarer => honoraria::draw(frame, parts.body, state, theme),
        Screen::Udpegninger => appointments::draw(frame, parts.body, state, theme),
        Screen::Budget => budget::draw(frame, parts.body, state, theme),
        Screen::Korps => roster::draw(frame, parts.body, state, theme),
    }
    chrome::hints(frame, parts.hints, state, theme);
    // The help lies over a long message wrapped upwards over the body, and leaves the status
    // row whole (over it, it left the row's ends: "Budget 2026: ✓ 79 % · └──┘ot"); any other
    // dialog lies under the message.
    let help = matches!(state.overlay, Some(Overlay::Help));
    if help {
        chrome::status(frame, parts.status, state, theme);
    }
    match &state.overlay {
        Some(Overlay::Help) => dialog::help(frame, parts.body, state, theme),
        Some(Overlay::Confirm { question, .. }) => {
            dialog::confirm(frame, parts.body, question, state, theme);
        }
        Some(Overlay::Form(open)) => {
            let note = visits::form_money::note(open, state, theme);
            // The form's message is the status bar's: an error (✗) unless that says otherwise.
            let info = state
                .message
                .as_ref()
                .is_some_and(|m| !m.is_error && open.message.as_deref() == Some(m.text.as_str()));
            form::draw(frame, parts.body, open, note, info, state.ctx.lang, theme);
        }
        Some(Overlay::Print(dialog)) => print_dialog::draw(frame, parts.body, dialog, state, theme),
        Some(Overlay::Visits(o)) => visits::draw_overlay(frame, parts.body, o, state, theme),
        Some(Overlay::Attendance(o)) => {
            attendance::draw_overlay(frame, parts.body, o, state, theme);
        }
        Some(Overlay::Honoraria(o)) => honoraria::draw_dialog(frame, parts.body, o, state, theme),
        Some(Overlay::Appointments(d)) => {
            appointments::dialogs::draw(frame, parts.body, d, state, theme);
        }
        None => {}
    }
    if !help {
        chrome::status(frame, parts.status, state, theme);
    }
}

fn too_small(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let min = format!("{}×{}", layout::MIN_WIDTH, layout::MIN_HEIGHT);
    let now = format!("{}×{}", area.width, area.height);
    let text = i18n::TOO_SMALL.fill(state.ctx.lang, &[("min", &min), ("now", &now)]);
    let p = Paragraph::new(Line::styled(text, theme.warning())).wrap(Wrap { trim: true });
    frame.render_widget(p, area);
}
