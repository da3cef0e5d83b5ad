//! Attendance (*fremmøde*): the past events with bookings not yet logged, their bookings, and
//! logging one booking as attended (*mødt*), no-show (*udeblevet*) or cancelled (*afbud*).
//!
//! Decisions:
//! - An event is "to log" when its date is today or earlier, it is not cancelled, and at least
//!   one booking is still booked or confirmed. "Logged" bookings are attended, no-show and
//!   cancelled ones; the list shows `logged/total`.
//! - Logging *mødt* creates the honorarium (status awaiting) at the rate in force on the event
//!   date for the event kind and person kind (`domain::rates`), over the rates read from
//!   `honorarium_rates`. The amount is frozen on the assignment and the honorarium; a
//!   different amount needs a reason (`amount_reason`). Without a rate an amount must be given
//!   (with a reason).
//! - Logging is one transaction with its audit rows; when the last booking of the event is
//!   logged the event becomes held (*afholdt*) in the same transaction, `sequence` bumped.
//! - A logged booking may be logged again (a mistake found later, from the to-log list or the
//!   list of events logged in the last weeks, `attendance_logged`) as long as its honorarium is
//!   still awaiting approval: the awaiting honorarium then takes the new amount (the same row,
//!   audit before → after) or goes when the booking is no longer *mødt*. Once the honorarium
//!   is approved or paid the booking is never logged again ([`AttendanceError::Approved`]):
//!   money let go is changed only by a correction on the Honorarer screen.
//! - A walk-in is booked through [`Database::book_persons`], so the appointment check and the
//!   forced-with-reason override are exactly those of the picker, then logged *mødt*.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::{OptionalExtension, named_params};
use serde_json::json;

use crate::domain::event::{AssignmentStatus, EventKind};
use crate::domain::person::PersonKind;
use crate::domain::rates::{Rate, honorarium_for, rate_on};
use crate::domain::schedule::Verdict;

use super::booking::{BookOutcome, NewBooking};
use super::events::time_from_sql;
use super::honoraria::HonorariumStatus;
use super::{Database, StorageError, code_from_sql, date_from_sql, date_to_sql};
use crate::domain::limits::AmountKind;

/// The most bookings of one event listed.
const BOOKING_LIMIT: i64 = 500;
/// The most rate rows read.
const RATE_LIMIT: i64 = 10_000;

/// One event waiting for its attendance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEventRow {
    pub id: i64,
    pub date: NaiveDate,
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
    pub kind: EventKind,
    pub institution: Option<String>,
    /// Bookings logged (attended, no-show, cancelled).
    pub logged: u32,
    /// All bookings.
    pub total: u32,
}

impl LogEventRow {
    /// The event's length in minutes, when it has both times.
    pub fn minutes(&self) -> Option<u32> {
        let (s, e) = (self.start?, self.end?);
        u32::try_from((e - s).num_minutes()).ok()
    }
}

/// One booking of an event, as the attendance screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogBooking {
    pub assignment_id: i64,
    pub person_id: i64,
    pub name: String,
    pub kind: PersonKind,
    pub status: AssignmentStatus,
    pub minutes: Option<u32>,
    pub honorarium_ore: Option<i64>,
    /// The status of its honorarium (an attended booking's): once approved or paid the booking
    /// is no longer logged again.
    pub honorarium_status: Option<HonorariumStatus>,
    pub walk_in: bool,
}

impl LogBooking {
    /// Still to be logged (booked or confirmed).
    pub fn is_pending(&self) -> bool {
        matches!(
            self.status,
            AssignmentStatus::Booked | AssignmentStatus::Confirmed
        )
    }
}

/// What happened to a booking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Came (*mødt*): the time worked (`None`: not logged) and, when the amount differs from
    /// the rate, the amount and the reason.
    Attended {
        minutes: Option<u32>,
        amount: Option<(i64, String)>,
    },
    /// Did not come (*udeblevet*).
    NoShow,
    /// Cancelled (*afbud*).
    Cancelled,
}

/// What logging did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logged {
    /// The honorarium created (øre), for *mødt*.
    pub honorarium_ore: Option<i64>,
    /// The last booking was logged: the event is now held.
    pub event_held: bool,
}

/// Why logging was refused.
#[derive(Debug)]
pub enum AttendanceError {
    /// The booking's honorarium is approved or paid (the status given): it is changed only by
    /// a correction on the Honorarer screen.
    Approved(HonorariumStatus),
    /// The amount differs from the rate and no reason was given.
    ReasonRequired {
        rate_ore: Option<i64>,
    },
    /// The event is in the future or cancelled.
    NotLoggable,
    /// Negative amount or minutes out of range.
    Invalid,
    /// A walk-in is blocked (no appointment, double booking) and no reason was given.
    Blocked(Vec<(String, Verdict)>),
    Storage(StorageError),
}

impl From<StorageError> for AttendanceError {
    fn from(e: StorageError) -> Self {
        AttendanceError::Storage(e)
    }
}

impl From<rusqlite::Error> for AttendanceError {
    fn from(e: rusqlite::Error) -> Self {
        AttendanceError::Storage(e.into())
    }
}

/// A booking still to log, in SQL (`a` the assignment).
pub(super) const PENDING: &str = "a.status IN ('booked', 'confirmed')";

/// The columns of a [`LogEventRow`] (`e` the event), read by [`log_event_row`].
pub(super) const LOG_EVENT_COLUMNS: &str = "SELECT e.id, e.date, e.start_time, e.end_time, \
     e.kind, i.name, \
     (SELECT count(*) FROM assignments a WHERE a.event_id = e.id \
      AND a.status NOT IN ('booked', 'confirmed')), \
     (SELECT count(*) FROM assignments a WHERE a.event_id = e.id) \
     FROM events e LEFT JOIN institutions i ON i.id = e.institution_id";

/// The order of the events' lists: most recent first.
pub(super) const LOG_ORDER: &str =
    "ORDER BY e.date DESC, e.start_time IS NULL, e.start_time DESC, e.id DESC";

/// One row of [`LOG_EVENT_COLUMNS`].
pub(super) fn log_event_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LogEventRow> {
    Ok(LogEventRow {
        id: r.get(0)?,
        date: date_from_sql(1, r.get(1)?)?.unwrap_or_default(),
        start: time_from_sql(2, r.get(2)?)?,
        end: time_from_sql(3, r.get(3)?)?,
        kind: code_from_sql(4, &r.get::<_, String>(4)?, EventKind::from_code)?,
        institution: r.get(5)?,
        logged: r.get(6)?,
        total: r.get(7)?,
    })
}

impl Database {
    /// How many events wait for attendance on `today`, and rows `offset..offset + limit` of
    /// them, most recent first.
    pub fn events_to_log(
        &self,
        today: NaiveDate,
        offset: usize,
        limit: usize,
    ) -> Result<(usize, Vec<LogEventRow>), StorageError> {
        // The events come from their pending bookings (each carries its event's date, migration
        // 7; the past ones are two ranges of the index of migration 11), like the count:
        // walking the events back by date probed every past event when fewer than a page wait
        // (4.4 ms instead of 0.9 ms at scale 100, 105 waiting).
        let where_sql = format!(
            "e.date <= :today AND e.status <> 'cancelled' AND e.id IN \
             (SELECT a.event_id FROM assignments a WHERE {PENDING} AND a.event_date <= :today)"
        );
        let today = date_to_sql(Some(today));
        // The count starts from the pending bookings, not from every past event: at scale 100
        // that is 163 index entries instead of 26k events each probed for a pending booking.
        let total: i64 = self
            .conn
            .prepare_cached(&format!(
                "SELECT count(DISTINCT a.event_id) FROM assignments a \
                 JOIN events e ON e.id = a.event_id \
                 WHERE {PENDING} AND a.event_date <= :today AND e.status <> 'cancelled'"
            ))?
            .query_row(named_params! { ":today": today }, |r| r.get(0))?;
        // The window's ids first, then only its rows are read with their institution and
        // booking counts: what a page shows costs the same whatever the backlog.
        let sql = format!(
            "{LOG_EVENT_COLUMNS} JOIN (SELECT e.id FROM events e WHERE {where_sql} {LOG_ORDER} \
             LIMIT :limit OFFSET :offset) AS w ON w.id = e.id {LOG_ORDER}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            named_params! {
                ":today": today,
                ":limit": limit as i64,
                ":offset": offset as i64,
            },
            log_event_row,
        )?;
        Ok((total as usize, rows.collect::<Result<_, _>>()?))
    }

    /// The bookings of an event with what was logged, in Danish name order.
    pub fn log_bookings(&self, event_id: i64) -> Result<Vec<LogBooking>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.person_id, p.name, p.kind, a.status, a.minutes, a.honorarium_ore, \
             a.walk_in, h.status FROM assignments a JOIN persons p ON p.id = a.person_id \
             LEFT JOIN honoraria h ON h.assignment_id = a.id \
             AND h.corrects_honorarium_id IS NULL \
             WHERE a.event_id = :id ORDER BY p.name_sort, p.id LIMIT :limit",
        )?;
        let rows = stmt.query_map(
            named_params! { ":id": event_id, ":limit": BOOKING_LIMIT },
            |r| {
                Ok(LogBooking {
                    assignment_id: r.get(0)?,
                    person_id: r.get(1)?,
                    name: r.get(2)?,
                    kind: code_from_sql(3, &r.get::<_, String>(3)?, PersonKind::from_code)?,
                    status: code_from_sql(4, &r.get::<_, String>(4)?, AssignmentStatus::from_code)?,
                    minutes: r.get(5)?,
                    honorarium_ore: r.get(6)?,
                    walk_in: r.get::<_, i64>(7)? != 0,
                    honorarium_status: r
                        .get::<_, Option<String>>(8)?
                        .map(|c| code_from_sql(8, &c, HonorariumStatus::from_code))
                        .transpose()?,
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every honorarium rate, oldest row first (so [`rate_on`] lets the newest edit win a tie).
    pub fn honorarium_rates_for_attendance(&self) -> Result<Vec<Rate>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT event_kind, person_kind, amount_ore, per_hour_ore, effective_from \
             FROM honorarium_rates ORDER BY id LIMIT :limit",
        )?;
        let rows = stmt.query_map(named_params! { ":limit": RATE_LIMIT }, |r| {
            Ok(Rate {
                event_kind: code_from_sql(0, &r.get::<_, String>(0)?, EventKind::from_code)?,
                person_kind: code_from_sql(1, &r.get::<_, String>(1)?, PersonKind::from_code)?,
                amount_ore: r.get(2)?,
                per_hour_ore: r.get(3)?,
                effective_from: date_from_sql(4, r.get(4)?)?.unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The honorarium the rates give for booking `assignment_id` at `minutes` (`None`: no rate).
    pub fn rate_amount_for(
        &self,
        assignment_id: i64,
        minutes: Option<u32>,
    ) -> Result<Option<i64>, StorageError> {
        let facts = self.booking_facts(assignment_id)?;
        let rates = self.honorarium_rates_for_attendance()?;
        Ok(
            rate_on(&rates, facts.event_kind, facts.person_kind, facts.date)
                .map(|r| honorarium_for(r, minutes)),
        )
    }

    /// Logs booking `assignment_id` as `outcome` on `today`, in one transaction with its audit
    /// rows; see the module doc.
    pub fn log_attendance(
        &mut self,
        assignment_id: i64,
        outcome: &Outcome,
        today: NaiveDate,
    ) -> Result<Logged, AttendanceError> {
        let facts = self.booking_facts(assignment_id)?;
        if facts.date > today || facts.event_cancelled {
            return Err(AttendanceError::NotLoggable);
        }
        // The honorarium logged before (an attended booking's), while it is still awaiting.
        let previous = match self.original_honorarium(assignment_id)? {
            Some((_, status, _)) if status != HonorariumStatus::Awaiting => {
                return Err(AttendanceError::Approved(status));
            }
            other => other.map(|(id, _, ore)| (id, ore)),
        };
        let honorarium = match outcome {
            Outcome::Attended { minutes, amount } => {
                if minutes.is_some_and(|m| m > 1440) {
                    return Err(AttendanceError::Invalid);
                }
                let rates = self.honorarium_rates_for_attendance()?;
                let rate = rate_on(&rates, facts.event_kind, facts.person_kind, facts.date)
                    .map(|r| honorarium_for(r, *minutes));
                Some(match (amount, rate) {
                    (Some((ore, _)), _) if *ore < 0 => return Err(AttendanceError::Invalid),
                    (Some((ore, _)), Some(r)) if *ore == r => (r, String::new()),
                    (Some((ore, reason)), rate) => {
                        if reason.trim().is_empty() {
                            return Err(AttendanceError::ReasonRequired { rate_ore: rate });
                        }
                        (*ore, reason.trim().to_string())
                    }
                    (None, Some(r)) => (r, String::new()),
                    (None, None) => {
                        return Err(AttendanceError::ReasonRequired { rate_ore: None });
                    }
                })
            }
            _ => None,
        };
        if let Some((ore, _)) = &honorarium {
            StorageError::check_amount(AmountKind::Honorarium, *ore)?;
        }
        let (status, minutes) = match outcome {
            Outcome::Attended { minutes, .. } => (AssignmentStatus::Attended, *minutes),
            Outcome::NoShow => (AssignmentStatus::NoShow, None),
            Outcome::Cancelled => (AssignmentStatus::Cancelled, None),
        };
        Ok(self.batch(|db| {
            let changed = db
                .conn
                .prepare_cached(
                    "UPDATE assignments SET status = :status, minutes = :minutes, \
                     honorarium_ore = :ore, version = version + 1 \
                     WHERE id = :id AND version = :version",
                )?
                .execute(named_params! {
                    ":status": status.code(),
                    ":minutes": minutes,
                    ":ore": honorarium.as_ref().map(|h| h.0),
                    ":id": assignment_id,
                    ":version": facts.version,
                })?;
            if changed == 0 {
                return Err(StorageError::Conflict);
            }
            let before = json!({ "id": assignment_id, "status": facts.status.code() });
            let after = json!({
                "id": assignment_id,
                "event_id": facts.event_id,
                "person_id": facts.person_id,
                "status": status.code(),
                "minutes": minutes,
                "honorarium_ore": honorarium.as_ref().map(|h| h.0),
            });
            db.audit(
                &format!("assignment.{}", status.code()),
                "assignments",
                assignment_id,
                Some(before),
                Some(after),
            )?;
            db.write_honorarium(&facts, assignment_id, previous, honorarium.as_ref())?;
            let pending: i64 = db
                .conn
                .prepare_cached(&format!(
                    "SELECT count(*) FROM assignments a WHERE a.event_id = :id AND {PENDING}"
                ))?
                .query_row(named_params! { ":id": facts.event_id }, |r| r.get(0))?;
            let event_held = pending == 0 && !facts.event_held;
            if event_held {
                db.conn
                    .prepare_cached(
                        "UPDATE events SET status = 'held', sequence = sequence + 1, \
                         version = version + 1 WHERE id = :id",
                    )?
                    .execute(named_params! { ":id": facts.event_id })?;
                let after = json!({ "id": facts.event_id, "status": "held" });
                db.audit("event.held", "events", facts.event_id, None, Some(after))?;
            } else {
                db.touch_event(facts.event_id)?;
            }
            Ok(Logged {
                honorarium_ore: honorarium.map(|h| h.0),
                event_held,
            })
        })?)
    }

    /// Adds `person_id` to the past event `event_id` as a walk-in and logs them *mødt* with
    /// `minutes`, all in one transaction. The booking verdict is that of the picker: a blocked
    /// person needs `forced_reason` (kept on the booking and in the audit log).
    pub fn add_walk_in(
        &mut self,
        event_id: i64,
        person_id: i64,
        forced_reason: Option<&str>,
        minutes: Option<u32>,
        season: (NaiveDate, NaiveDate),
        today: NaiveDate,
    ) -> Result<Logged, AttendanceError> {
        let event = self.event(event_id)?;
        if event.data.date > today
            || event.data.status == crate::domain::event::EventStatus::Cancelled
        {
            return Err(AttendanceError::NotLoggable);
        }
        let booking = NewBooking {
            person_id,
            forced_reason: forced_reason.map(str::to_string),
        };
        let mut refused = None;
        let result = self.batch(|db| {
            match db.book_persons(event_id, &[booking], season.0, season.1)? {
                BookOutcome::Blocked(list) => {
                    refused = Some(AttendanceError::Blocked(list));
                    return Err(StorageError::Conflict);
                }
                BookOutcome::Booked(_) => {}
            }
            let id: i64 = db
                .conn
                .prepare_cached(
                    "SELECT id FROM assignments WHERE event_id = :event AND person_id = :person",
                )?
                .query_row(
                    named_params! { ":event": event_id, ":person": person_id },
                    |r| r.get(0),
                )?;
            db.conn
                .prepare_cached(
                    "UPDATE assignments SET walk_in = 1, version = version + 1 WHERE id = :id",
                )?
                .execute(named_params! { ":id": id })?;
            let outcome = Outcome::Attended {
                minutes,
                amount: None,
            };
            db.log_attendance(id, &outcome, today).map_err(|e| match e {
                AttendanceError::Storage(s) => s,
                other => {
                    refused = Some(other);
                    StorageError::Conflict
                }
            })
        });
        match (result, refused) {
            (_, Some(why)) => Err(why),
            (Ok(done), None) => Ok(done),
            (Err(e), None) => Err(e.into()),
        }
    }

    fn booking_facts(&self, assignment_id: i64) -> Result<BookingFacts, StorageError> {
        self.conn
            .prepare_cached(
                "SELECT a.event_id, a.person_id, a.status, a.version, e.date, e.kind, e.status, \
                 p.kind FROM assignments a JOIN events e ON e.id = a.event_id \
                 JOIN persons p ON p.id = a.person_id WHERE a.id = :id",
            )?
            .query_row(named_params! { ":id": assignment_id }, |r| {
                let event_status: String = r.get(6)?;
                Ok(BookingFacts {
                    event_id: r.get(0)?,
                    person_id: r.get(1)?,
                    status: code_from_sql(2, &r.get::<_, String>(2)?, AssignmentStatus::from_code)?,
                    version: r.get(3)?,
                    date: date_from_sql(4, r.get(4)?)?.unwrap_or_default(),
                    event_kind: code_from_sql(5, &r.get::<_, String>(5)?, EventKind::from_code)?,
                    event_held: event_status == "held",
                    event_cancelled: event_status == "cancelled",
                    person_kind: code_from_sql(7, &r.get::<_, String>(7)?, PersonKind::from_code)?,
                })
            })
            .optional()?
            .ok_or(StorageError::NotFound)
    }
}

/// What logging one booking needs to know.
pub(super) struct BookingFacts {
    pub(super) event_id: i64,
    pub(super) person_id: i64,
    pub(super) status: AssignmentStatus,
    pub(super) version: i64,
    pub(super) date: NaiveDate,
    pub(super) event_kind: EventKind,
    pub(super) event_held: bool,
    pub(super) event_cancelled: bool,
    pub(super) person_kind: PersonKind,
}
