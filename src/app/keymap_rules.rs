//! The rules every key table keeps, checked over all of them (every screen, picker, prompt,
//! form and dialog, in both languages) straight from the tables, so a new binding is covered:
//!
//! 1. A movement key (↑ ↓ ← → Home End PgUp PgDn, and `j k g G` where letters are not typed
//!    text) only moves: the cursor, the selection, the page, the week/year/season shown, the
//!    focused field or the choice in it. On a yes/no question only the answers are bound.
//! 2. A money or destructive action (approve, pay out, correct, log attendance, book, cancel a
//!    booking or an event, advance an event's status, delete, anonymise, stop recruitment) is
//!    started by a key no movement can type: a capital letter, Ctrl with a letter, Delete, or
//!    Enter/Ctrl-S inside a dialog — never a lower-case letter, Space or a movement key.
//! 3. A question is answered `j`/`n` in Danish and `y`/`n` in English (Esc is no) — the other
//!    language's yes does nothing, so `j` typed as "down" never says yes in English.
//! 4. Every list (each screen, the pickers, the renew dialog and the help) moves with the one
//!    shared table `keymap::MOVE`, and its keys reach that table's actions.
//! 5. No binding is an effect's result (those come from storage, never from a key).
//!
//! [`kind`] sorts every action; its matches are exhaustive, so a new action does not compile
//! until it is sorted. The same sorting tells `update` which actions are the user's (a key or a
//! click), on which the status bar's last message goes ([`from_user`]).

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::action::Action;
use super::appointments::AppointmentsAction as Ap;
use super::appointments::dialogs::DialogMode;
use super::attendance::AttendanceAction as At;
use super::budget::BudgetAction as Bu;
use super::honoraria::HonAction as Ho;
use super::keymap::{Key, Mode};
use super::print_dialog::PrintAction as Pr;
use super::privacy::PrivacyAction as Pv;
use super::visits::VisitsAction as Vi;

/// What an action is, for the key rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Moves a cursor, selection, page, period, field focus or choice.
    Move,
    /// Answers a yes/no question.
    Answer,
    /// Acts on money or destroys something (directly, or by asking a yes/no question).
    Deliberate,
    /// Anything else a key may do (open a form or prompt, filter, type, close, …).
    Other,
    /// An effect's result: no key may send it.
    Result,
}

/// The kind of `action`.
pub fn kind(action: &Action) -> Kind {
    use Kind::{Answer, Deliberate, Move, Other, Result};
    match action {
        Action::MoveSelection(_)
        | Action::PageUp
        | Action::PageDown
        | Action::SelectFirst
        | Action::SelectLast
        | Action::Scroll(_)
        | Action::NextField
        | Action::PrevField
        | Action::StepChoice(_)
        // ↓ from the search field to the list it filters.
        | Action::FinishSearch => Move,
        Action::EditField(r) | Action::EditSearch(r) => edit(r),
        Action::Answer(_) => Answer,
        Action::DeleteItem => Deliberate,
        Action::Quit
        | Action::GoTo(_)
        | Action::ShowHelp
        | Action::Dismiss
        | Action::StartSearch
        | Action::CycleKindFilter
        | Action::CycleStatusFilter
        | Action::CycleArchivedFilter
        | Action::CreateItem
        | Action::EditItem
        | Action::ToggleArchived
        | Action::Reload
        | Action::ReloadForm
        | Action::SaveForm
        | Action::CancelForm
        | Action::OpenPrintDialog => Other,
        Action::Resize { .. }
        | Action::Click { .. }
        | Action::PersonsLoaded { .. }
        | Action::PersonLoaded(_)
        | Action::PlacesLoaded { .. }
        | Action::PlaceLoaded(_)
        | Action::FormReloaded(_)
        | Action::ChoicesLoaded { .. }
        | Action::Saved { .. }
        | Action::Ask { .. }
        | Action::Failed(_)
        | Action::Conflict(_) => Result,
        Action::Print(a) => print(a),
        Action::Appointments(a) => appointments(a),
        Action::Visits(a) => visits(a),
        Action::Privacy(a) => match a {
            Pv::AskAnonymise => Deliberate,
            Pv::Previewed { .. } => Result,
        },
        Action::Attendance(a) => attendance(a),
        Action::Honoraria(a) => honoraria(a),
        Action::Budget(a) => budget(a),
    }
}

/// Whether `action` is the user's own (a key or a click), not an effect's result or a resize.
pub fn from_user(action: &Action) -> bool {
    matches!(action, Action::Click { .. }) || kind(action) != Kind::Result
}

/// Cursor movement in a text field is movement; the rest is typing.
fn edit(request: &tui_input::InputRequest) -> Kind {
    use tui_input::InputRequest as R;
    match request {
        R::GoToPrevChar
        | R::GoToNextChar
        | R::GoToPrevWord
        | R::GoToNextWord
        | R::GoToStart
        | R::GoToEnd => Kind::Move,
        _ => Kind::Other,
    }
}

fn print(a: &Pr) -> Kind {
    match a {
        Pr::NextField | Pr::PrevField | Pr::Step(_) => Kind::Move,
        Pr::Edit(r) => edit(r),
        Pr::Confirm | Pr::Close => Kind::Other,
        Pr::Prepared { .. } | Pr::Done { .. } => Kind::Result,
    }
}

fn appointments(a: &Ap) -> Kind {
    match a {
        Ap::PrevSeason
        | Ap::NextSeason
        | Ap::ThisSeason
        | Ap::NextField
        | Ap::PrevField
        | Ap::Up
        | Ap::Down
        | Ap::MoveBy(_) => Kind::Move,
        Ap::Edit(r) => edit(r),
        Ap::StopRecruitment | Ap::Delete | Ap::Confirm => Kind::Deliberate,
        Ap::CycleKind
        | Ap::OpenAppoint
        | Ap::OpenEndEarly
        | Ap::OpenRenew
        | Ap::NextRecruitment
        | Ap::OpenUnavailability
        | Ap::Toggle
        | Ap::ReloadDialog
        | Ap::Cancel => Kind::Other,
        Ap::Loaded { .. }
        | Ap::CandidatesLoaded { .. }
        | Ap::RenewalLoaded { .. }
        | Ap::FactsLoaded(_)
        | Ap::AppointmentReloaded(_)
        | Ap::PeriodsChanged { .. }
        | Ap::Done { .. } => Kind::Result,
    }
}

fn visits(a: &Vi) -> Kind {
    match a {
        Vi::MoveSelection(_)
        | Vi::ShiftWeek(_)
        | Vi::Page(_)
        | Vi::SelectFirst
        | Vi::SelectLast
        | Vi::PickerMove(_)
        | Vi::OverviewMove(_) => Kind::Move,
        Vi::EditPrompt(r) => edit(r),
        Vi::AdvanceStatus | Vi::AskCancelEvent | Vi::PickerBook | Vi::PickerUnbook => {
            Kind::Deliberate
        }
        Vi::ShowToday
        | Vi::ToggleView
        | Vi::AskGoTo
        | Vi::NewEvent
        | Vi::EditEvent
        | Vi::OpenPicker
        | Vi::CycleKind
        | Vi::CycleStatus
        | Vi::AskDateRange
        | Vi::AskInstitution
        | Vi::EditSchoolHolidays
        | Vi::AskExport
        | Vi::Reload
        | Vi::PickerToggle
        | Vi::CloseOverlay
        | Vi::SubmitPrompt
        | Vi::OverviewOpen => Kind::Other,
        Vi::WeekLoaded { .. }
        | Vi::ListLoaded { .. }
        | Vi::DetailLoaded(_)
        | Vi::FormMoneyLoaded(_)
        | Vi::PickerLoaded { .. }
        | Vi::PickerRefused(_)
        | Vi::HolidaysLoaded { .. }
        | Vi::InstitutionFound(_)
        | Vi::Located { .. }
        | Vi::OverviewLoaded(_)
        | Vi::Saved { .. }
        | Vi::Exported(..) => Kind::Result,
    }
}

fn attendance(a: &At) -> Kind {
    match a {
        At::MoveEvent(_) | At::MoveBooking(_) | At::PickerMove(_) => Kind::Move,
        At::EditPrompt(r) => edit(r),
        At::Mark(_) | At::PickerChoose => Kind::Deliberate,
        At::AskHours
        | At::AskAmount
        | At::OpenWalkIn
        | At::Reload
        | At::ToggleView
        | At::WalkInHours
        | At::CloseOverlay
        | At::SubmitPrompt => Kind::Other,
        At::Loaded { .. } | At::WalkInLoaded { .. } | At::Logged { .. } | At::Refused(_) => {
            Kind::Result
        }
    }
}

fn honoraria(a: &Ho) -> Kind {
    match a {
        Ho::Move(_) | Ho::Page(_) | Ho::First | Ho::Last => Kind::Move,
        Ho::AskApprove | Ho::AskPayout | Ho::AskCorrection => Kind::Deliberate,
        Ho::ToggleMark
        | Ho::CycleView
        | Ho::CycleKind
        | Ho::OpenFilter
        | Ho::ClearFilter
        | Ho::AskExport
        | Ho::NewRate
        | Ho::Reload => Kind::Other,
        Ho::Loaded { .. }
        | Ho::TotalsLoaded { .. }
        | Ho::RatesLoaded(_)
        | Ho::PayoutCounted { .. }
        | Ho::Done(_)
        | Ho::RateSaved { .. }
        | Ho::Corrected { .. }
        | Ho::Located { .. } => Kind::Result,
    }
}

fn budget(a: &Bu) -> Kind {
    match a {
        Bu::ShiftYear(_) | Bu::MoveSelection(_) => Kind::Move,
        Bu::DeleteExpense => Kind::Deliberate,
        Bu::AddExpense | Bu::EditExpense | Bu::EditYear | Bu::ToggleView => Kind::Other,
        Bu::Loaded { .. }
        | Bu::LoadFailed { .. }
        | Bu::Refreshed { .. }
        | Bu::AskOverrun { .. }
        | Bu::Saved(_)
        | Bu::ExpenseSaved { .. }
        | Bu::ApprovalChecked { .. } => Kind::Result,
    }
}

/// Whether letters typed in `mode` are text (a form, search, prompt or text dialog).
pub fn types_text(mode: Mode) -> bool {
    match mode {
        Mode::Search | Mode::Form | Mode::Print | Mode::Prompt => true,
        Mode::Appointments(d) => d != DialogMode::Renew,
        Mode::List | Mode::Confirm | Mode::Help | Mode::Picker => false,
    }
}

/// Whether `key` is a movement key in `mode`.
pub fn is_movement(key: Key, mode: Mode) -> bool {
    if !key.mods.is_empty() {
        return false;
    }
    match key.code {
        KeyCode::Up
        | KeyCode::Down
        | KeyCode::Left
        | KeyCode::Right
        | KeyCode::Home
        | KeyCode::End
        | KeyCode::PageUp
        | KeyCode::PageDown => true,
        KeyCode::Char('j' | 'k' | 'g' | 'G') => !types_text(mode),
        _ => false,
    }
}

/// Whether `key` cannot be typed by accident in a movement (rule 2).
pub fn is_deliberate(key: Key, mode: Mode) -> bool {
    let ctrl = key.mods.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char(c) if ctrl => c.is_ascii_alphabetic(),
        KeyCode::Char(c) => c.is_uppercase() && !is_movement(key, mode),
        KeyCode::Delete => true,
        KeyCode::Enter => mode != Mode::List,
        _ => false,
    }
}

#[cfg(test)]
#[path = "keymap_rules_tests.rs"]
mod tests;
