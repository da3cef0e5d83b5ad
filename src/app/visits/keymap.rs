//! The key tables of the Besøg screen, its picker and prompts, and the Oversigt dashboard. The
//! shared keymap looks keys up here and the hint bar and `?` help are generated from them.

use ratatui::crossterm::event::KeyCode;
use tui_input::InputRequest;

use super::action::VisitsAction as V;
use crate::app::action::Action;
use crate::app::keymap::{Binding, Key, bind, ch, ctrl, key, prompt_bindings};
use crate::i18n::{self, Text};

const fn b(keys: &'static [Key], action: V, label: Text, in_bar: bool) -> Binding {
    bind(keys, Action::Visits(action), label, in_bar)
}

/// The Besøg screen (week and list view).
pub static VISITS: &[Binding] = &[
    b(
        &[key(KeyCode::Left), ch('h')],
        V::ShiftWeek(-1),
        i18n::VIS_K_PREV_WEEK,
        false,
    ),
    b(
        &[key(KeyCode::Right), ch('l')],
        V::ShiftWeek(1),
        i18n::VIS_K_NEXT_WEEK,
        true,
    ),
    b(&[ch('t')], V::ShowToday, i18n::VIS_K_TODAY, true),
    b(&[ch('u')], V::AskGoTo, i18n::VIS_K_GOTO, true),
    b(&[ch('v')], V::ToggleView, i18n::VIS_K_VIEW, true),
    b(&[ch('n')], V::NewEvent, i18n::K_NEW, true),
    b(
        &[ch('e'), key(KeyCode::Enter)],
        V::EditEvent,
        i18n::K_EDIT,
        true,
    ),
    b(&[ch('b')], V::OpenPicker, i18n::VIS_K_BOOK, true),
    b(&[ch('C')], V::AdvanceStatus, i18n::VIS_K_ADVANCE, false),
    b(
        &[ch('X')],
        V::AskCancelEvent,
        i18n::VIS_K_CANCEL_EVENT,
        false,
    ),
    b(&[ch('f')], V::CycleKind, i18n::K_FILTER_KIND, false),
    b(&[ch('s')], V::CycleStatus, i18n::K_FILTER_STATUS, false),
    b(&[ch('d')], V::AskDateRange, i18n::VIS_K_RANGE, false),
    b(
        &[ch('i')],
        V::AskInstitution,
        i18n::VIS_K_INSTITUTION,
        false,
    ),
    b(
        &[ch('H')],
        V::EditSchoolHolidays,
        i18n::VIS_K_HOLIDAYS,
        false,
    ),
    b(&[ch('E')], V::AskExport, i18n::VIS_K_EXPORT, false),
    b(&[ch('r'), ctrl('r')], V::Reload, i18n::K_RELOAD, false),
];

/// The Oversigt dashboard.
pub static OVERVIEW: &[Binding] = &[
    b(
        &[key(KeyCode::Enter)],
        V::OverviewOpen,
        i18n::VIS_K_OPEN,
        true,
    ),
    bind(
        &[ch('r'), ctrl('r')],
        Action::GoTo(crate::app::Screen::Oversigt),
        i18n::K_RELOAD,
        false,
    ),
];

/// The picker.
pub static PICKER: &[Binding] = &[
    b(&[ch(' ')], V::PickerToggle, i18n::VIS_K_MARK, true),
    b(
        &[key(KeyCode::Enter)],
        V::PickerBook,
        i18n::VIS_K_BOOK_MARKED,
        true,
    ),
    b(&[ch('X')], V::PickerUnbook, i18n::VIS_K_UNBOOK, true),
    b(
        &[key(KeyCode::Esc), ch('q')],
        V::CloseOverlay,
        i18n::VIS_K_CLOSE,
        true,
    ),
    bind(&[ctrl('c')], Action::Quit, i18n::K_QUIT, false),
];

/// A one-line prompt (and the picker's reason line).
pub static PROMPT: &[Binding] = prompt_bindings!(
    Action::Visits,
    submit: V::SubmitPrompt,
    close: V::CloseOverlay,
    edit: V::EditPrompt,
    ok: i18n::VIS_K_OK
);

/// What a typed character does in a prompt.
pub fn typed(c: char) -> Action {
    Action::Visits(V::EditPrompt(InputRequest::InsertChar(c)))
}

/// The input mode of a Besøg overlay.
pub fn mode(overlay: &super::state::VisitsOverlay) -> crate::app::keymap::Mode {
    use crate::app::keymap::Mode;
    match overlay {
        super::state::VisitsOverlay::Picker(p) if p.reason.is_none() => Mode::Picker,
        _ => Mode::Prompt,
    }
}
