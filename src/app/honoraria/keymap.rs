//! The Honorarer screen's key table; the hint bar and `?` help are generated from it. Movement
//! is on the arrow keys (and `j`) because `k` corrects a paid honorarium and `g` approves.

use ratatui::crossterm::event::KeyCode;

use super::action::HonAction as H;
use crate::app::action::Action;
use crate::app::keymap::{Binding, Key, bind, ch, ctrl, key};
use crate::i18n::{self, Text};

const fn b(keys: &'static [Key], action: H, label: Text, in_bar: bool) -> Binding {
    bind(keys, Action::Honoraria(action), label, in_bar)
}

/// The Honorarer screen.
pub static LIST: &[Binding] = &[
    b(&[key(KeyCode::Up)], H::Move(-1), i18n::K_UP, false),
    b(
        &[key(KeyCode::Down), ch('j')],
        H::Move(1),
        i18n::K_DOWN,
        false,
    ),
    b(&[key(KeyCode::PageUp)], H::Page(-1), i18n::K_PAGE_UP, false),
    b(
        &[key(KeyCode::PageDown)],
        H::Page(1),
        i18n::K_PAGE_DOWN,
        false,
    ),
    b(&[key(KeyCode::Home)], H::First, i18n::K_FIRST, false),
    b(&[key(KeyCode::End)], H::Last, i18n::K_LAST, false),
    b(
        &[ch('v'), key(KeyCode::Tab)],
        H::CycleView,
        i18n::HON_K_VIEW,
        true,
    ),
    b(&[ch(' ')], H::ToggleMark, i18n::HON_K_MARK, true),
    b(&[ch('g')], H::AskApprove, i18n::HON_K_APPROVE, true),
    b(&[ch('u')], H::AskPayout, i18n::HON_K_PAYOUT, true),
    b(&[ch('x')], H::AskExport, i18n::HON_K_EXPORT, true),
    b(&[ch('k')], H::AskCorrection, i18n::HON_K_CORRECT, false),
    b(&[ch('n')], H::NewRate, i18n::HON_K_NEW_RATE, false),
    b(&[ch('/')], H::OpenFilter, i18n::HON_K_FILTER, true),
    b(&[ch('f')], H::CycleKind, i18n::HON_K_KIND, false),
    b(&[key(KeyCode::Esc)], H::ClearFilter, i18n::K_CLEAR, false),
    b(&[ch('r')], H::Reload, i18n::K_RELOAD, false),
    bind(&[ch('?')], Action::ShowHelp, i18n::K_HELP, true),
    bind(&[ch('q'), ctrl('c')], Action::Quit, i18n::K_QUIT, true),
];
