//! Actions: what the user asked for (from the keymap) and what an effect found (from storage).
//! `update` takes one action at a time.

use tui_input::InputRequest;

use super::screen::Screen;
use super::visits::VisitsAction;
use crate::domain::institution::{Institution, InstitutionRow};
use crate::domain::person::{Person, PersonRow};

/// Something to do to the state. User intents are named verb–object.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    // The app as a whole.
    Quit,
    Resize {
        width: u16,
        height: u16,
    },
    GoTo(Screen),
    ShowHelp,
    /// Esc: close what is open (help, search, a message).
    Dismiss,
    Click {
        column: u16,
        row: u16,
    },
    Scroll(isize),

    // The list of the current screen.
    MoveSelection(isize),
    PageUp,
    PageDown,
    SelectFirst,
    SelectLast,
    StartSearch,
    EditSearch(InputRequest),
    FinishSearch,
    CycleKindFilter,
    CycleStatusFilter,
    CycleArchivedFilter,
    CreateItem,
    EditItem,
    ToggleArchived,
    DeleteItem,
    Reload,

    // The open form.
    EditField(InputRequest),
    NextField,
    PrevField,
    StepChoice(isize),
    SaveForm,
    CancelForm,

    // A yes/no question.
    Answer(bool),

    /// Open the print dialog of the yearly list (any screen for now; `p`).
    OpenPrintDialog,
    /// In the print dialog.
    Print(super::print_dialog::PrintAction),
    /// The Udpegninger screen, its dialogs and the roster's recruitment keys.
    Appointments(super::appointments::AppointmentsAction),

    // Results of effects.
    PersonsLoaded {
        total: usize,
        offset: usize,
        rows: Vec<PersonRow>,
    },
    PersonLoaded(Box<Person>),
    PlacesLoaded {
        total: usize,
        offset: usize,
        rows: Vec<InstitutionRow>,
    },
    PlaceLoaded(Box<Institution>),
    /// In a form: load the record again and merge it with what was typed (after a conflict).
    ReloadForm,
    /// The record of the open form as stored now (see `form_reload`).
    FormReloaded(Box<super::form_reload::Reloaded>),
    /// Matches for the lookup field `field` of the open form, found for `query`.
    ChoicesLoaded {
        field: usize,
        query: String,
        matches: Vec<(i64, String)>,
    },
    /// A change was written; `selected` is the position of the changed row in its list.
    Saved {
        screen: Screen,
        id: Option<i64>,
        selected: Option<usize>,
        message: String,
    },
    /// Ask `question` before running `effect` (e.g. a change that cancels bookings, see
    /// `app::afbud`); the dialog that was open returns on either answer.
    Ask {
        question: String,
        effect: Box<super::effect::Effect>,
    },
    /// Storage refused or failed; the message is ready for the user.
    Failed(String),
    /// The save was refused because the row changed meanwhile.
    Conflict(String),

    /// The Besøg and Oversigt screens.
    Visits(VisitsAction),
    /// Anonymising a person (see `app::privacy`).
    Privacy(super::privacy::PrivacyAction),
    /// The Fremmøde screen.
    Attendance(super::attendance::AttendanceAction),
    /// The Honorarer screen.
    Honoraria(super::honoraria::HonAction),
    /// The Budget screen and the status bar's budget summary.
    Budget(super::budget::BudgetAction),
}
