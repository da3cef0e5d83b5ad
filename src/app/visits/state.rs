//! The state of the Besøg screen (week view, list view, the selected event's detail), its
//! overlays (picker, one-line prompts) and the Oversigt dashboard. Everything here is loaded by
//! effects and only read while drawing.

use chrono::{Datelike, Days, NaiveDate};
use tui_input::Input;

use crate::app::list::WindowedList;
use crate::domain::event::Event;
use crate::domain::event_money::BookingCounts;
use crate::domain::person::PersonKind;
use crate::domain::rates::Rate;
use crate::domain::school_holidays::SchoolHoliday;
use crate::storage::booking::PickerRow;
use crate::storage::calendar::EndingAppointment;
use crate::storage::events::{EventBooking, EventFilter, EventRow};

/// Week view or list view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Week,
    List,
}

/// The selected event in full, with its bookings.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDetail {
    pub event: Event,
    pub institution: Option<String>,
    pub bookings: Vec<EventBooking>,
}

/// The Besøg screen.
#[derive(Debug, Clone, Default)]
pub struct VisitsState {
    pub view: View,
    /// The Monday of the week shown (`None` until first shown: today's week).
    pub monday: Option<NaiveDate>,
    /// The week's events in date and time order.
    pub week: Vec<EventRow>,
    /// The school holidays touching the week.
    pub school_holidays: Vec<SchoolHoliday>,
    /// The selected event of the week (index into `week`).
    pub selected: usize,
    pub week_loading: bool,
    /// The list view.
    pub list: WindowedList<EventRow>,
    pub filter: EventFilter,
    /// The name of the institution filtered on (for the filter line).
    pub institution_name: Option<String>,
    pub detail: Option<EventDetail>,
    /// After a week loads: select this event (and open its picker when `open_picker`).
    pub pending_select: Option<i64>,
    pub open_picker: bool,
    /// What the open event form prices its open needs with, loaded when it opens.
    pub form_money: Option<FormMoney>,
}

/// Loaded when the event form opens, so its open-needs line is drawn without the database: the
/// rates that will apply and the edited event's bookings (none for a new event).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormMoney {
    /// The edited event, `None` for a new one.
    pub event_id: Option<i64>,
    pub rates: Vec<Rate>,
    pub counts: BookingCounts,
}

impl VisitsState {
    /// The selected event's row in the current view.
    pub fn selected_row(&self) -> Option<&EventRow> {
        match self.view {
            View::Week => self.week.get(self.selected),
            View::List => self.list.selected_row(),
        }
    }

    /// The detail, if it belongs to the selected row.
    pub fn selected_detail(&self) -> Option<&EventDetail> {
        let id = self.selected_row()?.id;
        self.detail.as_ref().filter(|d| d.event.id == id)
    }
}

/// The Monday of the week of `date`.
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// One selectable line of the dashboard: where Enter goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// Show the event in the week view.
    Event { id: i64, date: NaiveDate },
    /// Open the picker of an under-staffed event.
    Staff { id: i64, date: NaiveDate },
    /// Show the person in the roster.
    Person { name: String },
    /// Plan a visit to the school.
    School { id: i64, name: String },
}

/// What the dashboard shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OverviewData {
    /// This and next week's events: the first `visits::effect::OVERVIEW_ROWS` of them.
    pub weeks: Vec<EventRow>,
    /// How many events the two weeks hold in all.
    pub weeks_total: usize,
    /// Open events in the next 14 days with fewer people than needed: the first
    /// `OVERVIEW_ROWS` of them.
    pub understaffed: Vec<EventRow>,
    /// How many such events there are in all.
    pub understaffed_total: usize,
    /// Appointments ending in the next 30 days with none after them: the first
    /// `OVERVIEW_ROWS` of them.
    pub ending: Vec<EndingAppointment>,
    /// How many such appointments there are in all.
    pub ending_total: usize,
    /// Primary schools without a visit this season: how many, and the first of them.
    pub unvisited_total: usize,
    pub unvisited: Vec<(i64, String)>,
}

/// The Oversigt screen.
#[derive(Debug, Clone, Default)]
pub struct OverviewState {
    pub data: Option<OverviewData>,
    /// The selected link (index into `links()`).
    pub selected: usize,
}

impl OverviewData {
    /// The selectable lines in the order they are drawn: alerts first, then the weeks.
    pub fn links(&self) -> Vec<Link> {
        let mut out: Vec<Link> = self
            .understaffed
            .iter()
            .map(|e| Link::Staff {
                id: e.id,
                date: e.date,
            })
            .collect();
        out.extend(self.ending.iter().map(|a| Link::Person {
            name: a.name.clone(),
        }));
        out.extend(self.unvisited.iter().map(|(id, name)| Link::School {
            id: *id,
            name: name.clone(),
        }));
        out.extend(self.weeks.iter().map(|e| Link::Event {
            id: e.id,
            date: e.date,
        }));
        out
    }
}

/// The picker of one event.
#[derive(Debug, Clone)]
pub struct PickerState {
    pub event: Event,
    /// How the event is named in the title.
    pub label: String,
    pub rows: Vec<PickerRow>,
    /// The widest name of `rows` in columns (worked out when they load, not per frame), so
    /// the name column is as wide as the names need.
    pub name_width: usize,
    pub cursor: usize,
    pub top: usize,
    /// Person ids marked for booking.
    pub chosen: Vec<i64>,
    /// Asking for the reason to force blocked persons.
    pub reason: Option<Input>,
    /// The last outcome or refusal, shown at the bottom.
    pub message: Option<String>,
    /// What booking one more person of each kind is expected to cost (the forecast line).
    pub costs: PickerCosts,
}

/// The expected honorarium of booking one person on the picker's event, by person kind, at the
/// rate that will apply: the picker adds the marked persons' to the budget forecast before the
/// choice.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PickerCosts {
    pub role_model: i64,
    pub ambassador: i64,
}

impl PickerCosts {
    pub fn of(self, kind: PersonKind) -> i64 {
        match kind {
            PersonKind::RoleModel => self.role_model,
            PersonKind::Ambassador => self.ambassador,
        }
    }
}

/// What a one-line prompt asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    /// A date or a week to show (`3.12`, `uge 12`).
    GoTo,
    /// The reason to cancel an event.
    CancelEvent { id: i64, version: i64 },
    /// Where to write the calendar (.ics) of the shown week or list range.
    ExportPath,
    /// The list's date range (`1.12.2026-31.12.2026`, empty for all).
    DateRange,
    /// Part of an institution's name to filter the list on (empty for all).
    Institution,
}

/// A one-line prompt.
#[derive(Debug, Clone)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: Input,
    pub error: Option<String>,
}

impl Prompt {
    /// What a date prompt reads from its text, with the weekday (`app::date_field`): shown under
    /// the text as it is typed. `None` for the other prompts and for text that is no date.
    pub fn preview(&self, today: NaiveDate, lang: crate::i18n::Lang) -> Option<String> {
        let text = self.input.value();
        match self.kind {
            PromptKind::GoTo => crate::app::date_field::preview_goto(text, today, lang),
            PromptKind::DateRange => crate::app::date_field::preview_range(text, today, lang),
            _ => None,
        }
    }
}

/// The overlays of the Besøg screen.
#[derive(Debug, Clone)]
pub enum VisitsOverlay {
    Picker(Box<PickerState>),
    Prompt(Prompt),
}
