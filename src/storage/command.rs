//! Every write storage offers the app, as one type: [`Command`]. The app changes data only
//! through [`Database::execute`] (see `gate`), so every change passes the budget gate; a new
//! write is a new variant, and the gate's completeness test (`gate_tests`) names every variant
//! in an exhaustive `match`, so it cannot compile until the new one is covered.
//!
//! [`Command::apply`] is the one place that calls the per-aggregate write methods for the app.
//! Those methods stay public for the demo generator, the import and test fixtures, which build
//! data in bulk; the interactive paths (`app::*::effect`) call `execute` and nothing else.

use chrono::NaiveDate;

use super::Database;
use super::StorageError;
use super::attendance::{AttendanceError, Logged, Outcome};
use super::booking::{BookOutcome, NewBooking};
use super::events::EventChangeError;
use super::expenses::ExpenseData;
use super::payouts::PayoutBatch;
use crate::domain::budget::ProjectPeriod;
use crate::domain::event::{EventData, EventError};
use crate::domain::institution::InstitutionData;
use crate::domain::money::Money;
use crate::domain::person::{PersonData, Recruitment};
use crate::domain::rates::Rate;
use crate::domain::school_holidays::SchoolHoliday;
use crate::domain::season::Season;

/// One write, as the user asked for it. `today` is given to [`Database::execute`].
/// [`CommandKind`] names the variants (for the completeness test's iteration).
#[derive(Debug, Clone, PartialEq, strum::EnumDiscriminants)]
#[strum_discriminants(name(CommandKind), derive(strum::EnumIter))]
pub enum Command {
    // Money: bookings and events.
    Book {
        event_id: i64,
        bookings: Vec<NewBooking>,
        season: Season,
    },
    Unbook {
        event_id: i64,
        person_id: i64,
    },
    /// A new event (`existing` `None`) or a change of kind, date, length, status or needs.
    SaveEvent {
        existing: Option<(i64, i64)>,
        data: Box<EventData>,
    },
    CancelEvent {
        id: i64,
        version: i64,
        reason: String,
    },
    // Money: attendance and honoraria.
    LogAttendance {
        assignment_id: i64,
        outcome: Outcome,
    },
    WalkIn {
        event_id: i64,
        person_id: i64,
        reason: Option<String>,
        minutes: Option<u32>,
        season: (NaiveDate, NaiveDate),
    },
    Approve {
        ids: Vec<i64>,
        on: NaiveDate,
    },
    Correct {
        target: i64,
        amount: Money,
        reason: String,
        on: NaiveDate,
    },
    PayOut {
        paid_on: NaiveDate,
        reference: String,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
    // Money: expenses, rates, the budget.
    AddExpense(Box<ExpenseData>),
    ChangeExpense {
        id: i64,
        version: i64,
        data: Box<ExpenseData>,
    },
    DeleteExpense {
        id: i64,
        version: i64,
    },
    AddRate(Rate),
    SetBudgetYear {
        year: i32,
        version: i64,
        amount_ore: i64,
        threshold_percent: u32,
    },
    SetProjectPeriod {
        period: ProjectPeriod,
        version: i64,
    },
    // People, places, appointments (a person's kind, an appointment ended early move money too).
    SavePerson {
        existing: Option<(i64, i64)>,
        data: Box<PersonData>,
    },
    /// `confirmed`: the pending bookings the user agreed to cancel with it (`storage::afbud`).
    SetPersonArchived {
        id: i64,
        version: i64,
        archived: bool,
        confirmed: Vec<i64>,
    },
    DeletePerson {
        id: i64,
        version: i64,
    },
    AnonymisePerson {
        id: i64,
        version: i64,
    },
    SavePlace {
        existing: Option<(i64, i64)>,
        data: Box<InstitutionData>,
    },
    DeletePlace {
        id: i64,
        version: i64,
    },
    Appoint {
        person_ids: Vec<i64>,
        start: NaiveDate,
        end: NaiveDate,
        on: NaiveDate,
    },
    EndAppointmentEarly {
        id: i64,
        version: i64,
        date: NaiveDate,
        reason: String,
        confirmed: Vec<i64>,
    },
    Renew {
        person_ids: Vec<i64>,
        season: Season,
        on: NaiveDate,
    },
    SetRecruitment {
        id: i64,
        version: i64,
        status: Recruitment,
        on: NaiveDate,
    },
    AddUnavailability {
        person_id: i64,
        from: NaiveDate,
        to: NaiveDate,
        reason: String,
        confirmed: Vec<i64>,
    },
    DeleteUnavailability {
        id: i64,
        version: i64,
    },
    ReplaceSchoolHolidays {
        year: i32,
        rows: Vec<SchoolHoliday>,
    },
}

/// What a command did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Done {
    Nothing,
    /// The row written (a new one's id).
    Id(i64),
    /// A row written and how many pending bookings it cancelled (afbud).
    IdCancelling(i64, usize),
    Ids(Vec<i64>),
    Count(usize),
    Booked(BookOutcome),
    Logged(Logged),
    Batch(PayoutBatch),
}

impl Done {
    /// The id written, when the command writes one row.
    pub fn id(&self) -> Option<i64> {
        match self {
            Done::Id(id) | Done::IdCancelling(id, _) => Some(*id),
            _ => None,
        }
    }

    /// How many rows it changed or cancelled, when it says.
    pub fn count(&self) -> Option<usize> {
        match self {
            Done::Count(n) | Done::IdCancelling(_, n) => Some(*n),
            _ => None,
        }
    }
}

/// Why a command was refused; a budget question is `Storage(StorageError::NeedsConfirmation)`.
#[derive(Debug)]
pub enum CommandError {
    Storage(StorageError),
    Event(EventError),
    Attendance(AttendanceError),
}

impl From<StorageError> for CommandError {
    fn from(e: StorageError) -> Self {
        CommandError::Storage(e)
    }
}

impl From<rusqlite::Error> for CommandError {
    fn from(e: rusqlite::Error) -> Self {
        CommandError::Storage(e.into())
    }
}

impl From<EventChangeError> for CommandError {
    fn from(e: EventChangeError) -> Self {
        match e {
            EventChangeError::Rule(r) => CommandError::Event(r),
            EventChangeError::Storage(s) => CommandError::Storage(s),
        }
    }
}

impl From<AttendanceError> for CommandError {
    fn from(e: AttendanceError) -> Self {
        match e {
            AttendanceError::Storage(s) => CommandError::Storage(s),
            other => CommandError::Attendance(other),
        }
    }
}

impl From<CommandError> for EventChangeError {
    fn from(e: CommandError) -> Self {
        match e {
            CommandError::Event(r) => EventChangeError::Rule(r),
            CommandError::Storage(s) => EventChangeError::Storage(s),
            CommandError::Attendance(a) => EventChangeError::Storage(a.into_storage()),
        }
    }
}

impl From<CommandError> for AttendanceError {
    fn from(e: CommandError) -> Self {
        match e {
            CommandError::Attendance(a) => a,
            CommandError::Storage(s) => AttendanceError::Storage(s),
            CommandError::Event(_) => AttendanceError::NotLoggable,
        }
    }
}

impl From<CommandError> for StorageError {
    /// For the commands that only fail in storage (all but events and attendance); a rule
    /// refusal of those never reaches here.
    fn from(e: CommandError) -> Self {
        match e {
            CommandError::Storage(s) => s,
            CommandError::Event(_) => StorageError::NotFound,
            CommandError::Attendance(a) => a.into_storage(),
        }
    }
}

impl AttendanceError {
    fn into_storage(self) -> StorageError {
        match self {
            AttendanceError::Storage(s) => s,
            _ => StorageError::NotFound,
        }
    }
}

impl Command {
    /// How the audit log names the command (`budget.overrun_confirmed` says what was confirmed).
    pub fn code(&self) -> &'static str {
        match self {
            Command::Book { .. } => "booking",
            Command::Unbook { .. } => "unbooking",
            Command::SaveEvent { .. } => "event",
            Command::CancelEvent { .. } => "event.cancel",
            Command::LogAttendance { .. } => "attendance",
            Command::WalkIn { .. } => "walk_in",
            Command::Approve { .. } => "approval",
            Command::Correct { .. } => "correction",
            Command::PayOut { .. } => "payout",
            Command::AddExpense(_) => "expense.add",
            Command::ChangeExpense { .. } => "expense.change",
            Command::DeleteExpense { .. } => "expense.delete",
            Command::AddRate(_) => "rate",
            Command::SetBudgetYear { .. } => "budget",
            Command::SetProjectPeriod { .. } => "project_period",
            Command::SavePerson { .. } => "person",
            Command::SetPersonArchived { .. } => "person.archive",
            Command::DeletePerson { .. } => "person.delete",
            Command::AnonymisePerson { .. } => "person.anonymise",
            Command::SavePlace { .. } => "institution",
            Command::DeletePlace { .. } => "institution.delete",
            Command::Appoint { .. } => "appointment",
            Command::EndAppointmentEarly { .. } => "appointment.end",
            Command::Renew { .. } => "appointment.renew",
            Command::SetRecruitment { .. } => "recruitment",
            Command::AddUnavailability { .. } => "unavailability",
            Command::DeleteUnavailability { .. } => "unavailability.delete",
            Command::ReplaceSchoolHolidays { .. } => "school_holidays",
        }
    }

    /// Approving money is authorising it: the gate also asks when the year is beyond its
    /// budget after an approval, although approving moves no figure (see `gate`).
    pub fn authorises_money(&self) -> bool {
        matches!(self, Command::Approve { .. } | Command::PayOut { .. })
    }

    /// Runs the write (inside the gate's transaction).
    pub(super) fn apply(&self, db: &mut Database, today: NaiveDate) -> Result<Done, CommandError> {
        Ok(match self {
            Command::Book {
                event_id,
                bookings,
                season,
            } => Done::Booked(db.book_persons(
                *event_id,
                bookings,
                season.first_day(),
                season.last_day(),
            )?),
            Command::Unbook {
                event_id,
                person_id,
            } => {
                db.cancel_booking(*event_id, *person_id)?;
                Done::Nothing
            }
            Command::SaveEvent { existing, data } => match existing {
                Some((id, version)) => {
                    db.update_event(*id, *version, data, today)?;
                    Done::Id(*id)
                }
                None => Done::Id(db.insert_event(data, today)?),
            },
            Command::CancelEvent {
                id,
                version,
                reason,
            } => {
                db.cancel_event(*id, *version, reason, today)?;
                Done::Id(*id)
            }
            Command::LogAttendance {
                assignment_id,
                outcome,
            } => Done::Logged(db.log_attendance(*assignment_id, outcome, today)?),
            Command::WalkIn {
                event_id,
                person_id,
                reason,
                minutes,
                season,
            } => Done::Logged(db.add_walk_in(
                *event_id,
                *person_id,
                reason.as_deref(),
                *minutes,
                *season,
                today,
            )?),
            Command::Approve { ids, on } => Done::Count(db.approve_honoraria(ids, *on)?),
            Command::Correct {
                target,
                amount,
                reason,
                on,
            } => Done::Id(db.add_correction(*target, *amount, reason, *on)?),
            Command::PayOut {
                paid_on,
                reference,
                from,
                to,
            } => Done::Batch(db.create_payout_batch(*paid_on, reference, *from, *to)?),
            Command::AddExpense(data) => Done::Id(db.insert_expense(data)?),
            Command::ChangeExpense { id, version, data } => {
                db.update_expense(*id, *version, data)?;
                Done::Id(*id)
            }
            Command::DeleteExpense { id, version } => {
                db.delete_expense(*id, *version)?;
                Done::Nothing
            }
            Command::AddRate(rate) => Done::Id(db.add_rate(rate)?),
            Command::SetBudgetYear {
                year,
                version,
                amount_ore,
                threshold_percent,
            } => {
                db.set_budget_year(*year, *version, *amount_ore, *threshold_percent)?;
                Done::Nothing
            }
            Command::SetProjectPeriod { period, version } => {
                db.set_project_period(*period, *version)?;
                Done::Nothing
            }
            Command::SavePerson { existing, data } => match existing {
                Some((id, version)) => {
                    db.update_person(*id, *version, data)?;
                    Done::Id(*id)
                }
                None => Done::Id(db.insert_person(data)?),
            },
            Command::SetPersonArchived {
                id,
                version,
                archived,
                confirmed,
            } => Done::IdCancelling(
                *id,
                db.set_person_archived(*id, *version, *archived, today, confirmed)?,
            ),
            Command::DeletePerson { id, version } => {
                db.delete_person(*id, *version)?;
                Done::Nothing
            }
            Command::AnonymisePerson { id, version } => {
                db.anonymise_person(*id, *version)?;
                Done::Id(*id)
            }
            Command::SavePlace { existing, data } => match existing {
                Some((id, version)) => {
                    db.update_institution(*id, *version, data)?;
                    Done::Id(*id)
                }
                None => Done::Id(db.insert_institution(data)?),
            },
            Command::DeletePlace { id, version } => {
                db.delete_institution(*id, *version)?;
                Done::Nothing
            }
            Command::Appoint {
                person_ids,
                start,
                end,
                on,
            } => Done::Ids(db.appoint(person_ids, *start, *end, *on)?),
            Command::EndAppointmentEarly {
                id,
                version,
                date,
                reason,
                confirmed,
            } => Done::IdCancelling(
                *id,
                db.end_appointment_early(*id, *version, *date, reason, confirmed)?,
            ),
            Command::Renew {
                person_ids,
                season,
                on,
            } => Done::Ids(db.renew(person_ids, *season, *on)?),
            Command::SetRecruitment {
                id,
                version,
                status,
                on,
            } => {
                db.set_recruitment(*id, *version, *status, *on)?;
                Done::Id(*id)
            }
            Command::AddUnavailability {
                person_id,
                from,
                to,
                reason,
                confirmed,
            } => {
                let (id, cancelled) =
                    db.add_unavailability(*person_id, *from, *to, reason, confirmed)?;
                Done::IdCancelling(id, cancelled)
            }
            Command::DeleteUnavailability { id, version } => {
                db.delete_unavailability(*id, *version)?;
                Done::Nothing
            }
            Command::ReplaceSchoolHolidays { year, rows } => {
                db.replace_school_holidays(*year, rows)?;
                Done::Nothing
            }
        })
    }
}
