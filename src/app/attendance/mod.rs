//! The Fremmøde (attendance) screen: the past events with bookings not yet logged, the selected
//! event's bookings, one key each for *mødt*, *udeblevet* and *afbud*, the hours and amount
//! prompts and the walk-in picker. State, actions and effects live here; `update` in
//! `update.rs`, the storage calls in `effect.rs`, the key tables in `keymap.rs`.
//!
//! The shared app knows it through `Action::Attendance`, `Effect::Attendance`,
//! `Overlay::Attendance` and `State::attendance`.

pub mod effect;
pub mod keymap;
pub mod update;

pub use update::{reload, update};

use chrono::NaiveDate;
use tui_input::{Input, InputRequest};

use crate::storage::attendance::{LogBooking, LogEventRow, Outcome};
use crate::storage::booking::PickerRow;

/// How far back the list of logged events reaches.
pub const LOGGED_WEEKS: i64 = 4;

/// Which events the screen lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AttendanceView {
    /// Past events with bookings still to log.
    #[default]
    ToLog,
    /// Events of the last [`LOGGED_WEEKS`] weeks whose every booking is logged: reopened to fix
    /// a booking while its honorarium awaits approval.
    Logged,
}

impl AttendanceView {
    /// The dates of the logged list on `today`: the last [`LOGGED_WEEKS`] weeks up to today.
    pub fn logged_window(today: NaiveDate) -> (NaiveDate, NaiveDate) {
        (today - chrono::Duration::weeks(LOGGED_WEEKS), today)
    }
}

/// The first row shown when row `selected` is selected in a view of `rows` rows.
pub fn view_top(selected: usize, rows: usize) -> usize {
    (selected + 1).saturating_sub(rows)
}

/// The screen's state.
#[derive(Debug, Clone, Default)]
pub struct AttendanceState {
    /// The list shown: the events to log, or those logged in the last weeks.
    pub view: AttendanceView,
    /// How many events the list holds in all.
    pub total: usize,
    /// The events shown (the list's rows `offset..offset + events.len()`, most recent first):
    /// each load reads the view only, so a long backlog costs no more than a short one.
    pub events: Vec<LogEventRow>,
    /// The list's row of `events[0]`.
    pub offset: usize,
    /// The selected event's row in the whole list.
    pub selected: usize,
    /// The bookings of the selected event.
    pub bookings: Vec<LogBooking>,
    pub cursor: usize,
    /// Hours typed for a booking before it is logged: (assignment id, minutes).
    pub hours: Option<(i64, u32)>,
    pub loading: bool,
}

impl AttendanceState {
    pub fn selected_event(&self) -> Option<&LogEventRow> {
        self.event(self.selected)
    }

    /// The event at row `index` of the whole list, if it is loaded.
    pub fn event(&self, index: usize) -> Option<&LogEventRow> {
        index
            .checked_sub(self.offset)
            .and_then(|i| self.events.get(i))
    }

    /// The first row shown in a list of `rows` rows: the selection stays in view, at the
    /// bottom once it has moved past the first page.
    pub fn top(&self, rows: usize) -> usize {
        view_top(self.selected, rows)
    }

    pub fn selected_booking(&self) -> Option<&LogBooking> {
        self.bookings.get(self.cursor)
    }

    /// The minutes logged for `booking` on *mødt*: typed hours, else the event's length.
    pub fn minutes_for(&self, booking: &LogBooking) -> Option<u32> {
        match self.hours {
            Some((id, m)) if id == booking.assignment_id => Some(m),
            _ => self.selected_event().and_then(LogEventRow::minutes),
        }
    }
}

/// What a prompt asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    Hours {
        assignment_id: i64,
        name: String,
    },
    Amount {
        assignment_id: i64,
        name: String,
    },
    Reason {
        assignment_id: i64,
        name: String,
        amount_ore: i64,
    },
}

/// A one-line prompt.
#[derive(Debug, Clone)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: Input,
    pub error: Option<String>,
}

/// The walk-in picker.
#[derive(Debug, Clone)]
pub struct WalkIn {
    pub event_id: i64,
    pub label: String,
    pub rows: Vec<PickerRow>,
    pub cursor: usize,
    /// Asking for the reason to add a blocked person: (person id, reason).
    pub reason: Option<(i64, Input)>,
    pub message: Option<String>,
    /// The time the walk-in is logged with: the event's length until changed with `t`
    /// (`None`: no time, only the fixed part of the rate).
    pub minutes: Option<u32>,
    /// The hours being typed after `t`.
    pub hours: Option<Input>,
}

/// The screen's overlays.
#[derive(Debug, Clone)]
pub enum AttendanceOverlay {
    Prompt(Prompt),
    WalkIn(Box<WalkIn>),
}

/// How a booking is logged by one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Attended,
    NoShow,
    Cancelled,
}

/// User intents and effect results of the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum AttendanceAction {
    MoveEvent(isize),
    MoveBooking(isize),
    /// Switch between the events to log and those logged in the last weeks.
    ToggleView,
    Mark(Mark),
    AskHours,
    AskAmount,
    OpenWalkIn,
    Reload,
    PickerMove(isize),
    PickerChoose,
    /// `t` in the walk-in picker: type the walk-in's hours.
    WalkInHours,
    CloseOverlay,
    EditPrompt(InputRequest),
    SubmitPrompt,
    // Results.
    /// The events shown (rows `offset..` of `total`), the selected row and its bookings.
    Loaded {
        view: AttendanceView,
        total: usize,
        offset: usize,
        events: Vec<LogEventRow>,
        selected: usize,
        bookings: Vec<LogBooking>,
    },
    WalkInLoaded {
        event_id: i64,
        label: String,
        rows: Vec<PickerRow>,
    },
    /// Logged: the message, and the event to keep selected.
    Logged {
        message: String,
        event_id: i64,
    },
    /// Refused: the message (shown in the open overlay, else the status bar).
    Refused(String),
}

/// Storage work of the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum AttendanceEffect {
    /// Load the `rows` events of `view` a view shows with the event `select` (else row
    /// `index`) selected, and the selected event's bookings.
    Load {
        view: AttendanceView,
        today: NaiveDate,
        select: Option<i64>,
        index: usize,
        rows: usize,
    },
    Log {
        assignment_id: i64,
        name: String,
        event_id: i64,
        outcome: Outcome,
        today: NaiveDate,
    },
    LoadWalkIn {
        event_id: i64,
        label: String,
        season: (NaiveDate, NaiveDate),
    },
    WalkIn {
        event_id: i64,
        person_id: i64,
        name: String,
        reason: Option<String>,
        minutes: Option<u32>,
        season: (NaiveDate, NaiveDate),
        today: NaiveDate,
    },
}
