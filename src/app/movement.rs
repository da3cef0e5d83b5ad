//! One movement for every list. The shared key table [`super::keymap::MOVE`] (↑/k, ↓/j, PgUp,
//! PgDn, Home/g, End/G) produces the shared actions `MoveSelection`, `PageUp`, `PageDown`,
//! `SelectFirst` and `SelectLast`; [`route`] hands them to whatever list is in front — the
//! screen's list, the booking picker, the walk-in picker, the renew dialog or the help — so every
//! list moves with the same keys and no screen keeps a table of its own.

use super::action::Action;
use super::appointments::AppointmentsAction;
use super::attendance::{AttendanceAction, AttendanceOverlay};
use super::budget::BudgetAction;
use super::honoraria::HonAction;
use super::screen::Screen;
use super::state::{Overlay, State};
use super::visits::VisitsAction;
use super::visits::state::VisitsOverlay;

/// Far enough to reach either end of any list (the lists clamp).
const FAR: isize = isize::MAX / 2;

/// How far a shared movement action moves in a list whose page is `page` rows; `None` when the
/// action is not a movement.
pub fn delta(action: &Action, page: usize) -> Option<isize> {
    let page = isize::try_from(page.max(1)).unwrap_or(FAR);
    match action {
        Action::MoveSelection(d) => Some(*d),
        Action::PageUp => Some(-page),
        Action::PageDown => Some(page),
        Action::SelectFirst => Some(-FAR),
        Action::SelectLast => Some(FAR),
        _ => None,
    }
}

/// Rows of a dialog's list page (the pickers and the renew dialog).
const DIALOG_PAGE: usize = 10;

/// The action that moves the list in front; other actions pass unchanged.
pub fn route(state: &State, action: Action) -> Action {
    let Some(d) = delta(&action, DIALOG_PAGE) else {
        return action;
    };
    match &state.overlay {
        Some(Overlay::Help) => {
            let page = usize::from(state.height.saturating_sub(6));
            Action::Scroll(delta(&action, page).unwrap_or(d))
        }
        Some(Overlay::Visits(o)) if matches!(o.as_ref(), VisitsOverlay::Picker(_)) => {
            let page = super::visits::picker_rows(state.height);
            Action::Visits(VisitsAction::PickerMove(delta(&action, page).unwrap_or(d)))
        }
        Some(Overlay::Attendance(o)) if matches!(o.as_ref(), AttendanceOverlay::WalkIn(_)) => {
            Action::Attendance(AttendanceAction::PickerMove(d))
        }
        Some(Overlay::Appointments(_)) => Action::Appointments(AppointmentsAction::MoveBy(d)),
        Some(_) => action,
        None => screen(state.screen, action, d),
    }
}

/// The movement of a screen's own list.
fn screen(screen: Screen, action: Action, d: isize) -> Action {
    match screen {
        // Their lists take the shared actions themselves (the page is their window's height).
        Screen::Korps | Screen::Steder | Screen::Udpegninger => action,
        Screen::Besoeg => Action::Visits(match action {
            Action::PageUp => VisitsAction::Page(-1),
            Action::PageDown => VisitsAction::Page(1),
            Action::SelectFirst => VisitsAction::SelectFirst,
            Action::SelectLast => VisitsAction::SelectLast,
            _ => VisitsAction::MoveSelection(d),
        }),
        Screen::Oversigt => Action::Visits(VisitsAction::OverviewMove(d)),
        Screen::Fremmoede => Action::Attendance(AttendanceAction::MoveEvent(d)),
        Screen::Honorarer => Action::Honoraria(match action {
            Action::PageUp => HonAction::Page(-1),
            Action::PageDown => HonAction::Page(1),
            Action::SelectFirst => HonAction::First,
            Action::SelectLast => HonAction::Last,
            _ => HonAction::Move(d),
        }),
        Screen::Budget => Action::Budget(BudgetAction::MoveSelection(d)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_actions_move_by_a_row_a_page_or_to_either_end() {
        assert_eq!(delta(&Action::MoveSelection(-1), 20), Some(-1));
        assert_eq!(delta(&Action::PageDown, 20), Some(20));
        assert_eq!(delta(&Action::PageUp, 0), Some(-1));
        assert!(delta(&Action::SelectFirst, 20).is_some_and(|d| d < -1_000_000));
        assert!(delta(&Action::SelectLast, 20).is_some_and(|d| d > 1_000_000));
        assert_eq!(delta(&Action::Reload, 20), None);
    }
}
