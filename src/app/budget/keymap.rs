//! The key table of the Budget screen; the hint bar and `?` help are generated from it.

use ratatui::crossterm::event::KeyCode;

use super::BudgetAction as B;
use crate::app::action::Action;
use crate::app::keymap::{Binding, Key, bind, ch, ctrl, key};
use crate::i18n::{self, Text};

const fn b(keys: &'static [Key], action: B, label: Text, in_bar: bool) -> Binding {
    bind(keys, Action::Budget(action), label, in_bar)
}

/// The Budget screen.
pub static BUDGET: &[Binding] = &[
    b(
        &[key(KeyCode::Left), ch('h')],
        B::ShiftYear(-1),
        i18n::BUD_K_PREV_YEAR,
        false,
    ),
    b(
        &[key(KeyCode::Right), ch('l')],
        B::ShiftYear(1),
        i18n::BUD_K_NEXT_YEAR,
        true,
    ),
    b(&[ch('a'), ch('n')], B::AddExpense, i18n::BUD_K_ADD, true),
    b(
        &[key(KeyCode::Enter), ch('e')],
        B::EditExpense,
        i18n::BUD_K_EDIT,
        true,
    ),
    b(
        &[ch('D'), key(KeyCode::Delete)],
        B::DeleteExpense,
        i18n::BUD_K_DELETE,
        false,
    ),
    b(&[ch('b')], B::EditYear, i18n::BUD_K_EDIT_YEAR, true),
    b(&[ch('m')], B::ToggleView, i18n::BUD_K_TOGGLE, false),
    bind(
        &[ch('r'), ctrl('r')],
        Action::GoTo(crate::app::Screen::Budget),
        i18n::K_RELOAD,
        false,
    ),
];
