//! The keys of appointments: the Udpegninger list, the roster's recruitment quick keys, and one
//! table per dialog. The hint bar and `?` are generated from these tables (see `app::keymap`).
//! Typed characters that no table binds go to the focused field of a dialog.

use ratatui::crossterm::event::KeyCode;
use tui_input::InputRequest;

use super::AppointmentsAction as A;
use super::dialogs::DialogMode;
use crate::app::action::Action;
use crate::app::keymap::{Binding, Key, bind, ch, ctrl, key};
use crate::i18n::{self, Text};

const fn appt(keys: &'static [Key], action: A, label: Text, in_bar: bool) -> Binding {
    bind(keys, Action::Appointments(action), label, in_bar)
}

const fn edit(keys: &'static [Key], request: InputRequest, label: Text) -> Binding {
    appt(keys, A::Edit(request), label, false)
}

/// The Udpegninger list (the print key `p` is added with the yearly list), before the shared
/// movement keys.
pub static SCREEN: &[Binding] = &[
    appt(
        &[key(KeyCode::Left)],
        A::PrevSeason,
        i18n::K_APPT_PREV_SEASON,
        false,
    ),
    appt(
        &[key(KeyCode::Right)],
        A::NextSeason,
        i18n::K_APPT_NEXT_SEASON,
        true,
    ),
    appt(&[ch('t')], A::ThisSeason, i18n::K_APPT_THIS_SEASON, false),
    appt(&[ch('n')], A::OpenAppoint, i18n::K_APPT_APPOINT, true),
    appt(&[ch('x')], A::OpenEndEarly, i18n::K_APPT_END_EARLY, true),
    appt(&[ch('R')], A::OpenRenew, i18n::K_APPT_RENEW, true),
    bind(&[ch('p')], Action::OpenPrintDialog, i18n::K_PRINT, false),
    appt(&[ch('f')], A::CycleKind, i18n::K_FILTER_KIND, false),
];

/// The Udpegninger screen's keys after the shared movement keys (`keymap::MOVE`).
pub static SCREEN_REST: &[Binding] = &[
    bind(&[ch('r'), ctrl('r')], Action::Reload, i18n::K_RELOAD, false),
    bind(
        &[key(KeyCode::Esc)],
        Action::Dismiss,
        i18n::K_APPT_CLEAR,
        false,
    ),
    bind(&[ch('?')], Action::ShowHelp, i18n::K_APPT_HELP, true),
    bind(&[ch('q'), ctrl('c')], Action::Quit, i18n::K_QUIT, true),
];

/// The roster's recruitment quick keys (added to the Korps list keys).
pub static ROSTER: &[Binding] = &[
    appt(&[ch('>')], A::NextRecruitment, i18n::K_REC_NEXT, false),
    appt(&[ch('X')], A::StopRecruitment, i18n::K_REC_STOP, false),
    appt(
        &[ch('u')],
        A::OpenUnavailability,
        i18n::K_REC_UNAVAILABLE,
        false,
    ),
];

static TEXT_EDITING: &[Binding] = &[
    edit(
        &[key(KeyCode::Backspace)],
        InputRequest::DeletePrevChar,
        i18n::K_BACKSPACE,
    ),
    edit(
        &[key(KeyCode::Left)],
        InputRequest::GoToPrevChar,
        i18n::K_CURSOR,
    ),
    edit(
        &[key(KeyCode::Right)],
        InputRequest::GoToNextChar,
        i18n::K_CURSOR,
    ),
    edit(
        &[key(KeyCode::Home)],
        InputRequest::GoToStart,
        i18n::K_CURSOR,
    ),
    edit(&[key(KeyCode::End)], InputRequest::GoToEnd, i18n::K_CURSOR),
    edit(&[ctrl('u')], InputRequest::DeleteLine, i18n::K_CLEAR_FIELD),
];

static APPOINT: &[Binding] = &[
    appt(&[ctrl('s')], A::Confirm, i18n::K_APPT_APPOINT, true),
    appt(
        &[key(KeyCode::Esc), ctrl('c')],
        A::Cancel,
        i18n::K_CANCEL,
        true,
    ),
    appt(
        &[key(KeyCode::Char(' '))],
        A::Toggle,
        i18n::K_APPT_TICK,
        true,
    ),
    appt(
        &[key(KeyCode::Tab), key(KeyCode::Enter)],
        A::NextField,
        i18n::K_NEXT_FIELD,
        true,
    ),
    appt(
        &[key(KeyCode::BackTab)],
        A::PrevField,
        i18n::K_PREV_FIELD,
        false,
    ),
    appt(&[key(KeyCode::Up)], A::Up, i18n::K_UP, false),
    appt(&[key(KeyCode::Down)], A::Down, i18n::K_DOWN, false),
    appt(
        &[key(KeyCode::Delete)],
        A::Delete,
        i18n::K_DELETE_CHAR,
        false,
    ),
];

static END_EARLY: &[Binding] = &[
    appt(&[ctrl('s')], A::Confirm, i18n::K_APPT_END_EARLY, true),
    appt(&[ctrl('r')], A::ReloadDialog, i18n::K_RELOAD_FORM, false),
    appt(
        &[key(KeyCode::Esc), ctrl('c')],
        A::Cancel,
        i18n::K_CANCEL,
        true,
    ),
    appt(
        &[key(KeyCode::Tab), key(KeyCode::Enter), key(KeyCode::Down)],
        A::NextField,
        i18n::K_NEXT_FIELD,
        true,
    ),
    appt(
        &[key(KeyCode::BackTab), key(KeyCode::Up)],
        A::PrevField,
        i18n::K_PREV_FIELD,
        false,
    ),
    appt(
        &[key(KeyCode::Delete)],
        A::Delete,
        i18n::K_DELETE_CHAR,
        false,
    ),
];

static RENEW: &[Binding] = &[
    appt(
        &[ctrl('s'), key(KeyCode::Enter)],
        A::Confirm,
        i18n::K_APPT_RENEW_CONFIRM,
        true,
    ),
    appt(
        &[key(KeyCode::Esc), ctrl('c')],
        A::Cancel,
        i18n::K_CANCEL,
        true,
    ),
    appt(
        &[key(KeyCode::Char(' '))],
        A::Toggle,
        i18n::K_APPT_TICK,
        true,
    ),
];

static UNAVAILABILITY: &[Binding] = &[
    appt(&[ctrl('s')], A::Confirm, i18n::K_PERIOD_ADD, true),
    appt(&[ctrl('r')], A::ReloadDialog, i18n::K_RELOAD_FORM, false),
    appt(
        &[key(KeyCode::Esc), ctrl('c')],
        A::Cancel,
        i18n::K_CLOSE,
        true,
    ),
    appt(
        &[key(KeyCode::Tab), key(KeyCode::Enter)],
        A::NextField,
        i18n::K_NEXT_FIELD,
        true,
    ),
    appt(
        &[key(KeyCode::BackTab)],
        A::PrevField,
        i18n::K_PREV_FIELD,
        false,
    ),
    appt(&[key(KeyCode::Up)], A::Up, i18n::K_UP, false),
    appt(&[key(KeyCode::Down)], A::Down, i18n::K_DOWN, false),
    appt(
        &[key(KeyCode::Delete)],
        A::Delete,
        i18n::K_PERIOD_DELETE,
        true,
    ),
];

/// The bindings of a dialog.
pub fn dialog(mode: DialogMode) -> Vec<&'static [Binding]> {
    match mode {
        DialogMode::Appoint => vec![APPOINT, TEXT_EDITING],
        DialogMode::EndEarly => vec![END_EARLY, TEXT_EDITING],
        DialogMode::Renew => vec![RENEW, crate::app::keymap::MOVE],
        DialogMode::Unavailability => vec![UNAVAILABILITY, TEXT_EDITING],
    }
}

/// What a typed character does in a dialog: it goes to the focused field.
pub fn typed(c: char) -> Action {
    Action::Appointments(A::Edit(InputRequest::InsertChar(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_a_dialog_or_on_the_screen() {
        let mut tables: Vec<Vec<&'static [Binding]>> = [
            DialogMode::Appoint,
            DialogMode::EndEarly,
            DialogMode::Renew,
            DialogMode::Unavailability,
        ]
        .into_iter()
        .map(dialog)
        .collect();
        tables.push(vec![SCREEN]);
        for tables in tables {
            let mut seen = Vec::new();
            for b in tables.into_iter().flatten() {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} bound twice");
                    seen.push(*k);
                }
            }
        }
    }
}
