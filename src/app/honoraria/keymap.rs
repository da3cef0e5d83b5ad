//! The Honorarer screen's key table; the hint bar and `?` help are generated from it. The list
//! moves with the shared keys (`keymap::MOVE`); approving, paying out and correcting are capital
//! letters (`A`, `U`, `K`) so no movement typed by habit can start them.

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
    b(
        &[ch('v'), key(KeyCode::Tab)],
        H::CycleView,
        i18n::HON_K_VIEW,
        true,
    ),
    b(&[ch(' ')], H::ToggleMark, i18n::HON_K_MARK, true),
    b(&[ch('A')], H::AskApprove, i18n::HON_K_APPROVE, true),
    b(&[ch('U')], H::AskPayout, i18n::HON_K_PAYOUT, true),
    b(&[ch('x')], H::AskExport, i18n::HON_K_EXPORT, true),
    b(&[ch('K')], H::AskCorrection, i18n::HON_K_CORRECT, false),
    b(&[ch('n')], H::NewRate, i18n::HON_K_NEW_RATE, false),
    b(&[ch('/')], H::OpenFilter, i18n::HON_K_FILTER, true),
    b(&[ch('f')], H::CycleKind, i18n::HON_K_KIND, false),
    b(&[key(KeyCode::Esc)], H::ClearFilter, i18n::K_CLEAR, false),
    b(&[ch('r'), ctrl('r')], H::Reload, i18n::K_RELOAD, false),
    bind(&[ch('?')], Action::ShowHelp, i18n::K_HELP, true),
    bind(&[ch('q'), ctrl('c')], Action::Quit, i18n::K_QUIT, true),
];
