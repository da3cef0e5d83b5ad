//! The key tables of the Fremmøde screen, its prompts and the walk-in picker. The shared keymap
//! looks keys up here; the hint bar and `?` help are generated from them.

use ratatui::crossterm::event::KeyCode;
use tui_input::InputRequest;

use super::{AttendanceAction as A, AttendanceOverlay, AttendanceView, Mark};
use crate::app::action::Action;
use crate::app::keymap::{Binding, Key, Mode, bind, ch, ctrl, key, prompt_bindings};
use crate::i18n::{self, Text};

const fn b(keys: &'static [Key], action: A, label: Text, in_bar: bool) -> Binding {
    bind(keys, Action::Attendance(action), label, in_bar)
}

/// The screen: events up and down, bookings with Tab, one key per outcome.
pub static SCREEN: &[Binding] = &[
    // First, so the hint bar keeps it at 80 columns (the outcome keys stand under the bookings).
    b(&[ch('v')], A::ToggleView, i18n::ATT_K_VIEW, true),
    b(
        &[ch('M')],
        A::Mark(Mark::Attended),
        i18n::ATT_K_ATTENDED,
        true,
    ),
    b(&[ch('U')], A::Mark(Mark::NoShow), i18n::ATT_K_NO_SHOW, true),
    b(
        &[ch('A')],
        A::Mark(Mark::Cancelled),
        i18n::ATT_K_CANCELLED,
        true,
    ),
    b(&[ch('t')], A::AskHours, i18n::ATT_K_HOURS, true),
    b(&[ch('b')], A::AskAmount, i18n::ATT_K_AMOUNT, true),
    b(&[ch('w')], A::OpenWalkIn, i18n::ATT_K_WALK_IN, true),
    b(
        &[key(KeyCode::Tab), key(KeyCode::Right), ch('l')],
        A::MoveBooking(1),
        i18n::ATT_K_BOOKING_NEXT,
        false,
    ),
    b(
        &[key(KeyCode::BackTab), key(KeyCode::Left), ch('h')],
        A::MoveBooking(-1),
        i18n::ATT_K_BOOKING_PREV,
        false,
    ),
    b(&[ch('r'), ctrl('r')], A::Reload, i18n::K_RELOAD, false),
];

/// The hint bar's words for the screen's two movements, from the tables: the shared movement
/// (`↑/↓`) goes between events, `Tab/→` between the people booked on one.
pub fn movement_hints() -> [(String, Text); 2] {
    let first_two = |keys: &[Key]| {
        keys.iter()
            .take(2)
            .map(|k| crate::app::keymap::key_name(*k))
            .collect::<Vec<_>>()
            .join("/")
    };
    let up_down = [
        crate::app::keymap::MOVE[0].keys[0],
        crate::app::keymap::MOVE[1].keys[0],
    ];
    let people = SCREEN
        .iter()
        .find(|b| b.action == Action::Attendance(A::MoveBooking(1)))
        .map_or_else(String::new, |b| first_two(b.keys));
    [
        (first_two(&up_down), i18n::ATT_K_EVENTS),
        (people, i18n::ATT_K_PEOPLE),
    ]
}

/// The hint bar's word for the list switch: the list it switches to.
pub fn view_label(view: AttendanceView) -> Text {
    match view {
        AttendanceView::ToLog => i18n::ATT_K_VIEW_LOGGED,
        AttendanceView::Logged => i18n::ATT_K_VIEW_TO_LOG,
    }
}

/// The keys that log the selected booking (shown under the bookings): the screen's bar keys
/// but the list switch.
pub fn outcome_bindings() -> impl Iterator<Item = &'static Binding> {
    SCREEN
        .iter()
        .filter(|b| b.in_bar && b.action != Action::Attendance(A::ToggleView))
}

/// The walk-in picker.
pub static WALK_IN: &[Binding] = &[
    b(
        &[key(KeyCode::Enter)],
        A::PickerChoose,
        i18n::ATT_K_CHOOSE,
        true,
    ),
    b(&[ch('t')], A::WalkInHours, i18n::ATT_K_HOURS, true),
    b(
        &[key(KeyCode::Esc), ch('q')],
        A::CloseOverlay,
        i18n::ATT_K_CLOSE,
        true,
    ),
    bind(&[ctrl('c')], Action::Quit, i18n::K_QUIT, false),
];

/// A prompt (hours, amount, reason; the walk-in's reason line).
pub static PROMPT: &[Binding] = prompt_bindings!(
    Action::Attendance,
    submit: A::SubmitPrompt,
    close: A::CloseOverlay,
    edit: A::EditPrompt,
    ok: i18n::ATT_K_OK
);

/// What a typed character does in a prompt.
pub fn typed(c: char) -> Action {
    Action::Attendance(A::EditPrompt(InputRequest::InsertChar(c)))
}

/// The input mode of an overlay of the screen.
pub fn mode(overlay: &AttendanceOverlay) -> Mode {
    match overlay {
        AttendanceOverlay::WalkIn(w) if w.reason.is_none() && w.hours.is_none() => Mode::Picker,
        _ => Mode::Prompt,
    }
}
