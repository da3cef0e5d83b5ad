//! The actions of the Besøg and Oversigt screens: user intents (from their keymap tables) and
//! what their effects found.

use std::path::PathBuf;

use chrono::NaiveDate;
use tui_input::InputRequest;

use super::state::{EventDetail, FormMoney, OverviewData, PickerCosts};
use crate::domain::event::Event;
use crate::domain::school_holidays::SchoolHoliday;
use crate::storage::booking::PickerRow;
use crate::storage::events::EventRow;

/// Something to do on the Besøg or Oversigt screen.
#[derive(Debug, Clone, PartialEq)]
pub enum VisitsAction {
    // Besøg, week and list.
    /// Select the previous or next event.
    MoveSelection(isize),
    /// Previous or next week (the list's range moves by a week).
    ShiftWeek(i64),
    /// A page up or down in the list; a week in the week view.
    Page(isize),
    SelectFirst,
    SelectLast,
    ShowToday,
    ToggleView,
    AskGoTo,
    NewEvent,
    EditEvent,
    /// Move the selected event one status forward (forespurgt → planlagt → bekræftet → afholdt).
    AdvanceStatus,
    AskCancelEvent,
    OpenPicker,
    CycleKind,
    CycleStatus,
    AskDateRange,
    AskInstitution,
    EditSchoolHolidays,
    AskExport,
    Reload,

    // The picker.
    PickerMove(isize),
    PickerToggle,
    PickerBook,
    PickerUnbook,
    CloseOverlay,

    // A one-line prompt (also the picker's reason line).
    EditPrompt(InputRequest),
    SubmitPrompt,

    // Oversigt.
    OverviewMove(isize),
    OverviewOpen,

    // Results.
    WeekLoaded {
        monday: NaiveDate,
        rows: Vec<EventRow>,
        holidays: Vec<SchoolHoliday>,
    },
    ListLoaded {
        total: usize,
        offset: usize,
        rows: Vec<EventRow>,
    },
    DetailLoaded(Box<EventDetail>),
    /// What the event form prices its open needs with.
    FormMoneyLoaded(Box<FormMoney>),
    PickerLoaded {
        event: Box<Event>,
        label: String,
        rows: Vec<PickerRow>,
        costs: PickerCosts,
        message: Option<String>,
    },
    /// A booking was refused: the picker shows why.
    PickerRefused(String),
    HolidaysLoaded {
        year: i32,
        rows: Vec<SchoolHoliday>,
    },
    InstitutionFound(Option<(i64, String)>),
    OverviewLoaded(Box<OverviewData>),
    /// A change was written: close the form or prompt, say so, reload.
    Saved {
        message: String,
        /// The event to show afterwards, and its date.
        select: Option<(i64, NaiveDate)>,
    },
    /// Where the event just saved stands in the list as filtered now (`None`: hidden).
    Located {
        id: i64,
        position: Option<usize>,
    },
    Exported(PathBuf, usize),
}
