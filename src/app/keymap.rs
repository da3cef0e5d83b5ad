//! The keymap: one table per mode saying which key does what and how it is described. Keys are
//! looked up here, the hint bar is generated from the same table and `?` lists it, so the help
//! never lies.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_input::InputRequest;

use super::action::Action;
use super::screen::Screen;
use super::state::{Overlay, State};
use crate::i18n::{self, Lang, Text};

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

/// A key without modifiers.
pub(crate) const fn key(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

/// A character key.
pub(crate) const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

/// Ctrl and a character.
pub(crate) const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

/// One line of a keymap: keys, what they do, and how the help and hint bar describe it.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub label: Text,
    /// Shown in the hint bar (else only in the `?` help).
    pub in_bar: bool,
}

/// A binding of the shared app (the screens' tables wrap their own actions around it).
pub(crate) const fn bind(
    keys: &'static [Key],
    action: Action,
    label: Text,
    in_bar: bool,
) -> Binding {
    Binding {
        keys,
        action,
        label,
        in_bar,
    }
}

/// The input mode, derived from the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    List,
    Search,
    Form,
    Confirm,
    Help,
    /// The print dialog.
    Print,
    /// The Besøg screen's picker.
    Picker,
    /// A one-line prompt (go to, cancel reason, export path, the picker's reason line).
    Prompt,
    /// An appointments dialog.
    Appointments(super::appointments::dialogs::DialogMode),
}

pub fn mode(state: &State) -> Mode {
    match &state.overlay {
        Some(Overlay::Help) => Mode::Help,
        Some(Overlay::Confirm { .. } | Overlay::Honoraria(_)) => Mode::Confirm,
        Some(Overlay::Form(open)) if open.confirm_discard => Mode::Confirm,
        Some(Overlay::Form(_)) => Mode::Form,
        Some(Overlay::Print(_)) => Mode::Print,
        Some(Overlay::Visits(o)) => super::visits::keymap::mode(o),
        Some(Overlay::Attendance(o)) => super::attendance::keymap::mode(o),
        Some(Overlay::Appointments(d)) if d.asks() => Mode::Confirm,
        Some(Overlay::Appointments(d)) => Mode::Appointments(d.mode()),
        None => {
            let searching = match state.screen {
                Screen::Korps => state.roster.searching,
                Screen::Steder => state.places.searching,
                _ => false,
            };
            if searching { Mode::Search } else { Mode::List }
        }
    }
}

const DIGITS: [Key; 8] = [
    ch('1'),
    ch('2'),
    ch('3'),
    ch('4'),
    ch('5'),
    ch('6'),
    ch('7'),
    ch('8'),
];

/// The bindings of a screen's one-line prompt: Enter submits, Esc closes, Backspace, Delete,
/// ←/→ and Ctrl-U edit, Ctrl-C quits. `$wrap` makes an app action of the screen's own (for
/// example `Action::Visits`), `$edit` is the screen's edit action taking an `InputRequest`.
macro_rules! prompt_bindings {
    ($wrap:path, submit: $submit:expr, close: $close:expr, edit: $edit:path, ok: $ok:expr) => {{
        use ::ratatui::crossterm::event::KeyCode;
        use ::tui_input::InputRequest;
        use $crate::app::keymap::{bind, ctrl, key};
        use $crate::i18n;
        &[
            bind(&[key(KeyCode::Enter)], $wrap($submit), $ok, true),
            bind(&[key(KeyCode::Esc)], $wrap($close), i18n::K_CANCEL, true),
            bind(
                &[key(KeyCode::Backspace)],
                $wrap($edit(InputRequest::DeletePrevChar)),
                i18n::K_BACKSPACE,
                false,
            ),
            bind(
                &[key(KeyCode::Delete)],
                $wrap($edit(InputRequest::DeleteNextChar)),
                i18n::K_DELETE_CHAR,
                false,
            ),
            bind(
                &[key(KeyCode::Left)],
                $wrap($edit(InputRequest::GoToPrevChar)),
                i18n::K_CURSOR,
                false,
            ),
            bind(
                &[key(KeyCode::Right)],
                $wrap($edit(InputRequest::GoToNextChar)),
                i18n::K_CURSOR,
                false,
            ),
            bind(
                &[ctrl('u')],
                $wrap($edit(InputRequest::DeleteLine)),
                i18n::K_CLEAR_FIELD,
                false,
            ),
            bind(
                &[ctrl('c')],
                $crate::app::action::Action::Quit,
                i18n::K_QUIT,
                false,
            ),
        ]
    }};
}
pub(crate) use prompt_bindings;

/// Moving through a list: shared by every screen, picker and list dialog, and the help.
/// [`super::movement::route`] hands the actions to the list in front.
pub(crate) static MOVE: &[Binding] = &[
    bind(
        &[key(KeyCode::Up), ch('k')],
        Action::MoveSelection(-1),
        i18n::K_UP,
        false,
    ),
    bind(
        &[key(KeyCode::Down), ch('j')],
        Action::MoveSelection(1),
        i18n::K_DOWN,
        false,
    ),
    bind(
        &[key(KeyCode::PageUp)],
        Action::PageUp,
        i18n::K_PAGE_UP,
        false,
    ),
    bind(
        &[key(KeyCode::PageDown)],
        Action::PageDown,
        i18n::K_PAGE_DOWN,
        false,
    ),
    bind(
        &[key(KeyCode::Home), ch('g')],
        Action::SelectFirst,
        i18n::K_FIRST,
        false,
    ),
    bind(
        &[key(KeyCode::End), ch('G')],
        Action::SelectLast,
        i18n::K_LAST,
        false,
    ),
];

/// The end of the screens without search (Besøg, Oversigt, Fremmøde, Budget): Esc clears the
/// message, help and quit.
static SCREEN_END: &[Binding] = &[
    bind(
        &[key(KeyCode::Esc)],
        Action::Dismiss,
        i18n::K_CLEAR_MESSAGE,
        false,
    ),
    bind(&[ch('?')], Action::ShowHelp, i18n::K_HELP, true),
    bind(&[ch('q'), ctrl('c')], Action::Quit, i18n::K_QUIT, true),
];

static LIST: &[Binding] = &[
    bind(&[ch('/')], Action::StartSearch, i18n::K_SEARCH, true),
    bind(&[ch('n')], Action::CreateItem, i18n::K_NEW, true),
    bind(
        &[ch('e'), key(KeyCode::Enter)],
        Action::EditItem,
        i18n::K_EDIT,
        true,
    ),
    bind(
        &[ch('f')],
        Action::CycleKindFilter,
        i18n::K_FILTER_KIND,
        true,
    ),
    bind(&[ch('D')], Action::DeleteItem, i18n::K_DELETE, false),
    bind(&[ch('r'), ctrl('r')], Action::Reload, i18n::K_RELOAD, false),
    bind(&[key(KeyCode::Esc)], Action::Dismiss, i18n::K_CLEAR, false),
    bind(&[ch('?')], Action::ShowHelp, i18n::K_HELP, true),
    bind(&[ch('q'), ctrl('c')], Action::Quit, i18n::K_QUIT, true),
];

/// Keys only the roster has.
static ROSTER: &[Binding] = &[
    bind(&[ch('a')], Action::ToggleArchived, i18n::K_ARCHIVE, true),
    bind(
        &[ch('s')],
        Action::CycleStatusFilter,
        i18n::K_FILTER_STATUS,
        true,
    ),
    bind(
        &[ch('v')],
        Action::CycleArchivedFilter,
        i18n::K_FILTER_ARCHIVED,
        false,
    ),
    bind(&[ch('p')], Action::OpenPrintDialog, i18n::K_PRINT, false),
    bind(
        &[ch('A')],
        Action::Privacy(super::privacy::PrivacyAction::AskAnonymise),
        i18n::SAF_K_ANONYMISE,
        false,
    ),
];

/// Keys only the institutions list has.
static PLACES: &[Binding] = &[
    bind(
        &[ch('a')],
        Action::ToggleArchived,
        i18n::K_TOGGLE_ACTIVE,
        true,
    ),
    bind(
        &[ch('v')],
        Action::CycleArchivedFilter,
        i18n::K_FILTER_INACTIVE,
        false,
    ),
];

static SEARCH: &[Binding] = &[
    bind(
        &[key(KeyCode::Enter), key(KeyCode::Down)],
        Action::FinishSearch,
        i18n::K_SEARCH_DONE,
        true,
    ),
    bind(
        &[key(KeyCode::Esc)],
        Action::Dismiss,
        i18n::K_SEARCH_LEAVE,
        true,
    ),
    bind(
        &[key(KeyCode::Backspace)],
        Action::EditSearch(InputRequest::DeletePrevChar),
        i18n::K_BACKSPACE,
        false,
    ),
    bind(
        &[key(KeyCode::Delete)],
        Action::EditSearch(InputRequest::DeleteNextChar),
        i18n::K_DELETE_CHAR,
        false,
    ),
    bind(
        &[key(KeyCode::Left)],
        Action::EditSearch(InputRequest::GoToPrevChar),
        i18n::K_CURSOR,
        false,
    ),
    bind(
        &[key(KeyCode::Right)],
        Action::EditSearch(InputRequest::GoToNextChar),
        i18n::K_CURSOR,
        false,
    ),
    bind(
        &[ctrl('u')],
        Action::EditSearch(InputRequest::DeleteLine),
        i18n::K_CLEAR_FIELD,
        false,
    ),
    bind(&[ctrl('c')], Action::Quit, i18n::K_QUIT, false),
];

static FORM: &[Binding] = &[
    bind(&[ctrl('s')], Action::SaveForm, i18n::K_SAVE, true),
    bind(&[ctrl('r')], Action::ReloadForm, i18n::K_RELOAD_FORM, false),
    bind(
        &[key(KeyCode::Esc)],
        Action::CancelForm,
        i18n::K_CANCEL,
        true,
    ),
    bind(
        &[key(KeyCode::Tab), key(KeyCode::Down), key(KeyCode::Enter)],
        Action::NextField,
        i18n::K_NEXT_FIELD,
        true,
    ),
    bind(
        &[key(KeyCode::BackTab), key(KeyCode::Up)],
        Action::PrevField,
        i18n::K_PREV_FIELD,
        false,
    ),
    bind(
        &[key(KeyCode::Left)],
        Action::StepChoice(-1),
        i18n::K_CHOICE_PREV,
        false,
    ),
    bind(
        &[key(KeyCode::Right)],
        Action::StepChoice(1),
        i18n::K_CHOICE_NEXT,
        true,
    ),
    bind(
        &[key(KeyCode::Backspace)],
        Action::EditField(InputRequest::DeletePrevChar),
        i18n::K_BACKSPACE,
        false,
    ),
    bind(
        &[key(KeyCode::Delete)],
        Action::EditField(InputRequest::DeleteNextChar),
        i18n::K_DELETE_CHAR,
        false,
    ),
    bind(
        &[key(KeyCode::Home)],
        Action::EditField(InputRequest::GoToStart),
        i18n::K_CURSOR,
        false,
    ),
    bind(
        &[key(KeyCode::End)],
        Action::EditField(InputRequest::GoToEnd),
        i18n::K_CURSOR,
        false,
    ),
    bind(
        &[ctrl('u')],
        Action::EditField(InputRequest::DeleteLine),
        i18n::K_CLEAR_FIELD,
        false,
    ),
    bind(&[ctrl('c')], Action::CancelForm, i18n::K_CANCEL, false),
];

/// A yes/no question in Danish: `j` Ja, `n` Nej (Esc is no).
static CONFIRM_DA: &[Binding] = &[
    bind(&[ch('j'), ch('J')], Action::Answer(true), i18n::K_YES, true),
    bind(
        &[ch('n'), ch('N'), key(KeyCode::Esc)],
        Action::Answer(false),
        i18n::K_NO,
        true,
    ),
];

/// A yes/no question in English: `y` Yes, `n` No (Esc is no).
static CONFIRM_EN: &[Binding] = &[
    bind(&[ch('y'), ch('Y')], Action::Answer(true), i18n::K_YES, true),
    bind(
        &[ch('n'), ch('N'), key(KeyCode::Esc)],
        Action::Answer(false),
        i18n::K_NO,
        true,
    ),
];

static HELP: &[Binding] = &[bind(
    &[key(KeyCode::Esc), ch('?'), ch('q')],
    Action::Dismiss,
    i18n::K_CLOSE_HELP,
    true,
)];

/// The bindings of `mode` on `screen` in `lang` (a question is answered `j`/`n` in Danish and
/// `y`/`n` in English), screen-specific ones first.
pub fn bindings(mode: Mode, screen: Screen, lang: Lang) -> Vec<&'static Binding> {
    let tables: Vec<&'static [Binding]> = match mode {
        Mode::List => match screen {
            Screen::Korps => vec![ROSTER, super::appointments::keymap::ROSTER, MOVE, LIST],
            Screen::Udpegninger => vec![
                super::appointments::keymap::SCREEN,
                MOVE,
                super::appointments::keymap::SCREEN_REST,
            ],
            Screen::Steder => vec![PLACES, MOVE, LIST],
            Screen::Besoeg => vec![super::visits::keymap::VISITS, MOVE, SCREEN_END],
            Screen::Oversigt => vec![super::visits::keymap::OVERVIEW, MOVE, SCREEN_END],
            Screen::Fremmoede => vec![super::attendance::keymap::SCREEN, MOVE, SCREEN_END],
            Screen::Honorarer => vec![super::honoraria::keymap::LIST, MOVE],
            Screen::Budget => vec![super::budget::keymap::BUDGET, MOVE, SCREEN_END],
        },
        Mode::Picker if screen == Screen::Fremmoede => {
            vec![super::attendance::keymap::WALK_IN, MOVE]
        }
        Mode::Prompt if screen == Screen::Fremmoede => vec![super::attendance::keymap::PROMPT],
        Mode::Picker => vec![super::visits::keymap::PICKER, MOVE],
        Mode::Prompt => vec![super::visits::keymap::PROMPT],
        Mode::Search => vec![SEARCH],
        Mode::Form => vec![FORM],
        Mode::Confirm => match lang {
            Lang::Da => vec![CONFIRM_DA],
            Lang::En => vec![CONFIRM_EN],
        },
        Mode::Help => vec![HELP, MOVE],
        Mode::Print => vec![super::print_dialog::BINDINGS],
        Mode::Appointments(dialog) => super::appointments::keymap::dialog(dialog),
    };
    tables.into_iter().flatten().collect()
}

/// Normalises a key event: shifted letters arrive as upper-case chars without SHIFT.
fn normalise(event: KeyEvent) -> Key {
    let mut mods = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    if event.code == KeyCode::BackTab {
        mods = KeyModifiers::NONE;
    }
    Key {
        code: event.code,
        mods,
    }
}

/// The action for a key press in the current state, if any.
pub fn action_for(state: &State, event: KeyEvent) -> Option<Action> {
    let key = normalise(event);
    if !super::layout::fits(state.width, state.height) {
        // The "make the window larger" screen shows nothing to act on: only quitting works.
        return [ch('q'), ctrl('c')].contains(&key).then_some(Action::Quit);
    }
    let mode = mode(state);
    if let Some(b) = bindings(mode, state.screen, state.ctx.lang)
        .into_iter()
        .find(|b| b.keys.contains(&key))
    {
        return Some(b.action.clone());
    }
    let plain_char = match key.code {
        KeyCode::Char(c) if key.mods.is_empty() => Some(c),
        _ => None,
    };
    match (mode, plain_char) {
        (Mode::Search, Some(c)) => Some(Action::EditSearch(InputRequest::InsertChar(c))),
        (Mode::Form, Some(c)) => Some(Action::EditField(InputRequest::InsertChar(c))),
        (Mode::Print, Some(c)) => Some(Action::Print(super::print_dialog::PrintAction::Edit(
            InputRequest::InsertChar(c),
        ))),
        (Mode::Prompt, Some(c)) if state.screen == Screen::Fremmoede => {
            Some(super::attendance::keymap::typed(c))
        }
        (Mode::Prompt, Some(c)) => Some(super::visits::keymap::typed(c)),
        (Mode::Appointments(_), Some(c)) => Some(super::appointments::keymap::typed(c)),
        (Mode::List | Mode::Help, Some(c)) => DIGITS
            .iter()
            .position(|d| d.code == KeyCode::Char(c))
            .map(|i| Action::GoTo(Screen::ALL[i])),
        _ => None,
    }
}

/// How a key is written in the help and hint bar.
pub fn key_name(key: Key) -> String {
    let base = match key.code {
        KeyCode::Up => "↑".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::Left => "←".to_string(),
        KeyCode::Right => "→".to_string(),
        KeyCode::PageUp => "PgUp".to_string(),
        KeyCode::PageDown => "PgDn".to_string(),
        KeyCode::Home => "Home".to_string(),
        KeyCode::End => "End".to_string(),
        KeyCode::Enter => "Enter".to_string(),
        KeyCode::Esc => "Esc".to_string(),
        KeyCode::Tab => "Tab".to_string(),
        KeyCode::BackTab => "Shift-Tab".to_string(),
        KeyCode::Backspace => "Backspace".to_string(),
        KeyCode::Delete => "Del".to_string(),
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", base.to_uppercase())
    } else if key.mods.contains(KeyModifiers::ALT) {
        format!("Alt-{base}")
    } else {
        base
    }
}

/// The keys of a binding, written for people: `↑/k`.
pub fn keys_label(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(|k| key_name(*k))
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_written_the_way_people_read_them() {
        assert_eq!(key_name(ctrl('s')), "Ctrl-S");
        assert_eq!(key_name(key(KeyCode::Up)), "↑");
        assert_eq!(keys_label(&MOVE[0]), "↑/k");
    }
}
