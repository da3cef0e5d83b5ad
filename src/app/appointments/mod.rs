//! Appointments in the app: the Udpegninger screen (a season's windowed list, appoint, end
//! early, renew), the roster's recruitment quick keys, and the person facts (recruitment
//! history, terms, unavailability) shown in the roster's detail pane and edited from it.
//!
//! Everything lives here and in the sibling files; the shared app code only routes to it:
//! [`AppointmentsAction`] inside `Action::Appointments`, [`AppointmentsEffect`] inside
//! `Effect::Appointments`, the dialogs inside `Overlay::Appointments`, [`AppointmentsState`] in
//! `State::appointments`, and [`update::route`] called first by `app::update`.
//!
//! The print key `p` of the Udpegninger screen is not bound here: the yearly list's print
//! dialog is wired on top of [`AppointmentsState::season_or`] (the season being shown).

pub mod dialogs;
pub mod effect;
pub mod keymap;
mod person_facts;
pub mod update;

use chrono::NaiveDate;
use tui_input::InputRequest;

use super::list::{Window, WindowedList};
use crate::domain::appointment::Appointment;
use crate::domain::person::{PersonKind, PersonRow, Recruitment};
use crate::domain::schedule::Unavailability;
use crate::domain::season::Season;
use crate::storage::appointments::{AppointmentFilter, AppointmentRow};
use crate::storage::persons::PersonFilter;

pub use dialogs::Dialog;
pub use update::{person_loaded, reload};

/// How many persons the appoint picker shows for a search.
pub const PICKER_LIMIT: usize = 50;

/// What the roster's detail pane shows beyond the person: loaded with the detail.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PersonFacts {
    pub person_id: i64,
    /// Oldest first.
    pub history: Vec<(Recruitment, NaiveDate)>,
    /// Newest term first.
    pub appointments: Vec<Appointment>,
    /// Earliest first.
    pub unavailability: Vec<Unavailability>,
}

/// The Udpegninger screen and the roster's person facts.
#[derive(Debug, Clone, Default)]
pub struct AppointmentsState {
    /// The season shown; `None` until chosen (then the season containing today).
    pub season: Option<Season>,
    pub kind: Option<PersonKind>,
    pub list: WindowedList<AppointmentRow>,
    /// The facts of the roster's selected person, once loaded.
    pub person: Option<PersonFacts>,
}

impl AppointmentsState {
    /// The season shown, or the one containing `today` for seasons starting in `start_month`.
    pub fn season_or(&self, today: NaiveDate, start_month: u32) -> Season {
        self.season
            .unwrap_or_else(|| Season::containing(today, start_month))
    }

    /// The list's filter for `season`.
    pub fn filter(&self, season: Season) -> AppointmentFilter {
        AppointmentFilter {
            kind: self.kind,
            ..AppointmentFilter::season(season)
        }
    }

    /// The facts of person `id`, when they are the ones loaded.
    pub fn facts_of(&self, id: i64) -> Option<&PersonFacts> {
        self.person.as_ref().filter(|f| f.person_id == id)
    }
}

/// What the user asked of the Udpegninger screen, its dialogs and the roster's quick keys, and
/// what its effects found.
#[derive(Debug, Clone, PartialEq)]
pub enum AppointmentsAction {
    PrevSeason,
    NextSeason,
    ThisSeason,
    CycleKind,
    OpenAppoint,
    OpenEndEarly,
    OpenRenew,
    /// Roster: move the selected person to the next recruitment status.
    NextRecruitment,
    /// Roster: mark the selected person declined (or stopped, when appointed), after asking.
    StopRecruitment,
    /// Roster: edit the selected person's unavailability.
    OpenUnavailability,

    // In a dialog.
    Edit(InputRequest),
    NextField,
    PrevField,
    Up,
    Down,
    /// A shared movement (`keymap::MOVE`) in the renew dialog's list, by this many rows.
    MoveBy(isize),
    /// Space: tick or untick on a list, a space in a text field.
    Toggle,
    /// Del: delete the period under the cursor (asks), or the character right of the cursor.
    Delete,
    Confirm,
    Cancel,
    /// Ctrl-R after a conflict: read the dialog's record again, keeping what was typed.
    ReloadDialog,

    // Results of effects.
    Loaded {
        total: usize,
        offset: usize,
        rows: Vec<AppointmentRow>,
    },
    CandidatesLoaded {
        query: String,
        total: usize,
        rows: Vec<PersonRow>,
    },
    RenewalLoaded {
        season: Season,
        rows: Vec<PersonRow>,
    },
    FactsLoaded(Box<PersonFacts>),
    /// The appointment of the end-early dialog as stored now.
    AppointmentReloaded(Box<crate::domain::appointment::Appointment>),
    /// Appointments were written: close the dialog, say so, land on the first written
    /// appointment (`app::landing`; `None` when none was written), reload.
    Done {
        message: String,
        landing: Option<crate::app::landing::Position>,
    },
    /// A period was added or deleted: the fresh facts, what to say and the period just added
    /// (the dialog's cursor lands on it).
    PeriodsChanged {
        facts: Box<PersonFacts>,
        message: String,
        added: Option<i64>,
    },
}

/// Storage work for appointments.
#[derive(Debug, Clone, PartialEq)]
pub enum AppointmentsEffect {
    /// Count the season's terms matching `filter` and load `window` of them.
    Load {
        filter: AppointmentFilter,
        window: Window,
    },
    SearchCandidates {
        query: String,
    },
    LoadRenewal(Season),
    LoadFacts(i64),
    /// The appointment `id` as stored now (the end-early dialog's reload).
    ReloadAppointment(i64),
    Appoint {
        person_ids: Vec<i64>,
        start: NaiveDate,
        end: NaiveDate,
        on: NaiveDate,
        filter: AppointmentFilter,
    },
    /// End a term early; the bookings after it that `confirmed` names are cancelled (see
    /// `storage::afbud`), or the user is asked first.
    EndEarly {
        id: i64,
        version: i64,
        date: NaiveDate,
        reason: String,
        confirmed: Vec<i64>,
        filter: AppointmentFilter,
    },
    Renew {
        person_ids: Vec<i64>,
        season: Season,
        on: NaiveDate,
        filter: AppointmentFilter,
    },
    SetRecruitment {
        id: i64,
        version: i64,
        status: Recruitment,
        on: NaiveDate,
        filter: PersonFilter,
    },
    /// Add a period of unavailability; the bookings in it that `confirmed` names are cancelled,
    /// or the user is asked first.
    AddPeriod {
        person_id: i64,
        from: NaiveDate,
        to: NaiveDate,
        reason: String,
        confirmed: Vec<i64>,
    },
    DeletePeriod {
        person_id: i64,
        id: i64,
        version: i64,
    },
}
