//! The application state: everything the screen shows, and nothing the database would have to be
//! asked for again while drawing.

use tui_input::Input;

use super::Context;
use super::effect::Effect;
use super::form::Form;
use super::list::WindowedList;
use super::screen::Screen;
use super::visits::VisitsForm;
use super::visits::state::{OverviewState, VisitsOverlay, VisitsState};
use crate::domain::institution::{Institution, InstitutionRow};
use crate::domain::person::{Person, PersonRow};
use crate::storage::institutions::InstitutionFilter;
use crate::storage::persons::PersonFilter;

/// A list screen: its filter, its search field, the loaded window and the selected item's detail.
#[derive(Debug, Clone)]
pub struct ListScreen<Row, Detail, Filter> {
    pub filter: Filter,
    pub search: Input,
    /// Whether keys go to the search field.
    pub searching: bool,
    pub list: WindowedList<Row>,
    /// The selected item in full (with its row version), once loaded.
    pub detail: Option<Detail>,
}

impl<Row, Detail, Filter: Default> Default for ListScreen<Row, Detail, Filter> {
    fn default() -> Self {
        ListScreen {
            filter: Filter::default(),
            search: Input::default(),
            searching: false,
            list: WindowedList::default(),
            detail: None,
        }
    }
}

/// The roster (Korps).
pub type RosterScreen = ListScreen<PersonRow, Person, PersonFilter>;
/// The institutions (Steder).
pub type PlacesScreen = ListScreen<InstitutionRow, Institution, InstitutionFilter>;

/// A row that has a database id.
pub trait HasId {
    fn id(&self) -> i64;
}

impl HasId for PersonRow {
    fn id(&self) -> i64 {
        self.id
    }
}

impl HasId for InstitutionRow {
    fn id(&self) -> i64 {
        self.id
    }
}

impl HasId for Person {
    fn id(&self) -> i64 {
        self.id
    }
}

impl HasId for Institution {
    fn id(&self) -> i64 {
        self.id
    }
}

/// Which form is open, and what it edits.
#[derive(Debug, Clone)]
pub enum FormKind {
    /// A person: `None` for a new one, else the person as loaded (id, version, untouched fields).
    Person(Option<Box<Person>>),
    Place(Option<Box<Institution>>),
    /// A form of the Besøg screen (event, school holidays).
    Visits(VisitsForm),
    /// A form of the Honorarer screen.
    Honoraria(super::honoraria::HonForm),
    /// A form of the Budget screen (expense, the year's budget).
    Budget(super::budget::BudgetForm),
}

/// An open form.
#[derive(Debug, Clone)]
pub struct OpenForm {
    pub kind: FormKind,
    pub form: Form,
    /// The message at the top of the form (a conflict, a storage error).
    pub message: Option<String>,
    /// Asking whether to throw away unsaved changes.
    pub confirm_discard: bool,
}

/// What is drawn over the screen.
#[derive(Debug, Clone)]
pub enum Overlay {
    Help,
    Form(Box<OpenForm>),
    /// A yes/no question; `effect` runs on yes. `back` is the dialog that asked (a form, the
    /// picker): it returns on either answer, so "no" loses nothing typed or marked.
    Confirm {
        question: String,
        effect: Effect,
        back: Option<Box<Overlay>>,
    },
    /// The print dialog of the yearly list.
    Print(Box<super::print_dialog::PrintDialog>),
    /// The Besøg screen's picker and prompts.
    Visits(Box<VisitsOverlay>),
    /// The Fremmøde screen's prompts and walk-in picker.
    Attendance(Box<super::attendance::AttendanceOverlay>),
    /// A Honorarer dialog (approval, payout).
    Honoraria(Box<super::honoraria::HonOverlay>),
    /// An appointments dialog (appoint, end early, renew, unavailability).
    Appointments(Box<super::appointments::Dialog>),
}

/// A message in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub is_error: bool,
}

/// Everything the app knows.
#[derive(Debug, Clone)]
pub struct State {
    pub ctx: Context,
    pub screen: Screen,
    pub width: u16,
    pub height: u16,
    pub roster: RosterScreen,
    pub places: PlacesScreen,
    pub visits: VisitsState,
    pub overview: OverviewState,
    pub attendance: super::attendance::AttendanceState,
    pub honoraria: super::honoraria::HonorariaState,
    pub appointments: super::appointments::AppointmentsState,
    /// The Budget screen and the status bar's budget summary.
    pub budget: super::budget::BudgetState,
    pub overlay: Option<Overlay>,
    pub message: Option<Message>,
    /// Draw without colour (`NO_COLOR`); symbols and words carry every meaning anyway.
    pub no_color: bool,
    /// How many rows the `?` help is scrolled down (when it does not fit).
    pub help_scroll: usize,
    pub quit: bool,
}

impl State {
    pub fn new(ctx: Context, width: u16, height: u16) -> State {
        State {
            ctx,
            screen: Screen::Korps,
            width,
            height,
            roster: RosterScreen::default(),
            places: PlacesScreen::default(),
            visits: VisitsState::default(),
            overview: OverviewState::default(),
            attendance: super::attendance::AttendanceState::default(),
            honoraria: super::honoraria::HonorariaState::default(),
            appointments: super::appointments::AppointmentsState::default(),
            budget: super::budget::BudgetState::default(),
            overlay: None,
            message: None,
            no_color: false,
            help_scroll: 0,
            quit: false,
        }
    }

    pub fn info(&mut self, text: String) {
        self.message = Some(Message {
            text,
            is_error: false,
        });
    }

    pub fn error(&mut self, text: String) {
        self.message = Some(Message {
            text,
            is_error: true,
        });
    }
}
