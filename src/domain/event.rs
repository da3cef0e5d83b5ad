//! Events (*arrangementer*) and assignments (*bookinger*): kinds, statuses and their allowed
//! transitions, validation of the event form, and staffing (`1/1 RM · 1/2 AMB`).
//!
//! Status rules (DESIGN §3, issue 4), decided here:
//! - *requested*, *planned* and *confirmed* may move to one another freely (forwards, skipping,
//!   or back to correct a mistake);
//! - *held* can be reached from any of them, but not for an event whose date is after today
//!   (an event today may be held: attendance is logged on the day);
//! - *cancelled* can be reached from any of them and needs a reason;
//! - *held* and *cancelled* are final: a cancelled event's bookings are cancelled with it, and a
//!   held one has honoraria. A mistake is fixed by creating a new event.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::person::PersonKind;

/// What kind of event it is (DESIGN §3). Stored as the snake-case code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    SchoolVisit,
    JobCentre,
    YouthGuidance,
    FestivalStand,
    Other,
}

impl EventKind {
    /// Every kind, in the order forms and filters offer them.
    pub const ALL: [EventKind; 5] = [
        Self::SchoolVisit,
        Self::JobCentre,
        Self::YouthGuidance,
        Self::FestivalStand,
        Self::Other,
    ];

    /// The code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Self::SchoolVisit => "school_visit",
            Self::JobCentre => "job_centre",
            Self::YouthGuidance => "youth_guidance",
            Self::FestivalStand => "festival_stand",
            Self::Other => "other",
        }
    }

    /// The kind stored under `code`, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Where an event is: *forespurgt → planlagt → bekræftet → afholdt*, or *aflyst*.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    Requested,
    Planned,
    Confirmed,
    Held,
    Cancelled,
}

impl EventStatus {
    pub const ALL: [EventStatus; 5] = [
        Self::Requested,
        Self::Planned,
        Self::Confirmed,
        Self::Held,
        Self::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Requested => "requested",
            Self::Planned => "planned",
            Self::Confirmed => "confirmed",
            Self::Held => "held",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Held or cancelled: no further change of status.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Held | Self::Cancelled)
    }

    /// Still to come: its bookings count as planned spending and as occupied time.
    pub fn is_open(self) -> bool {
        !self.is_final()
    }
}

/// Why an event or a status change was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventError {
    /// Only one of start and end time is given.
    TimeMissing,
    /// The end time is not after the start time.
    EndNotAfterStart,
    /// Expected pupils below zero.
    NegativePupils,
    /// Cancelling needs a reason.
    CancelReasonRequired,
    /// An event after today cannot be held.
    HeldInFuture,
    /// The status cannot change from a final status, or from `from` to `to`.
    StatusFinal,
}

/// The form field an error belongs next to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventField {
    Start,
    End,
    ExpectedPupils,
    Status,
    CancelReason,
}

impl EventError {
    /// The field the message is shown next to.
    pub fn field(self) -> EventField {
        match self {
            Self::TimeMissing => EventField::Start,
            Self::EndNotAfterStart => EventField::End,
            Self::NegativePupils => EventField::ExpectedPupils,
            Self::CancelReasonRequired => EventField::CancelReason,
            Self::HeldInFuture | Self::StatusFinal => EventField::Status,
        }
    }
}

/// Checks a status change from `from` to `to` of an event on `date` (see the module doc).
/// Staying in the same status is always allowed.
pub fn check_transition(
    from: EventStatus,
    to: EventStatus,
    date: NaiveDate,
    today: NaiveDate,
    cancel_reason: &str,
) -> Result<(), EventError> {
    if from == to {
        return Ok(());
    }
    if from.is_final() {
        return Err(EventError::StatusFinal);
    }
    match to {
        EventStatus::Held if date > today => Err(EventError::HeldInFuture),
        EventStatus::Cancelled if cancel_reason.trim().is_empty() => {
            Err(EventError::CancelReasonRequired)
        }
        _ => Ok(()),
    }
}

/// The editable fields of an event (DESIGN §3). Empty strings mean "not given".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventData {
    pub kind: EventKind,
    pub institution_id: i64,
    pub date: NaiveDate,
    /// Start and end time: both or neither; without them the event takes the whole day.
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
    /// Place or room.
    pub place: String,
    /// Grades or classes, e.g. "8.a, 8.b".
    pub grades: String,
    pub expected_pupils: Option<i64>,
    pub contact: String,
    pub status: EventStatus,
    /// Why it was cancelled (required when cancelled).
    pub cancel_reason: String,
    pub needs_role_models: u32,
    pub needs_ambassadors: u32,
    pub notes: String,
}

/// A stored event: id, row version (optimistic concurrency), the iCalendar `SEQUENCE`
/// (bumped on each change that a calendar should see) and the data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub id: i64,
    pub version: i64,
    pub sequence: i64,
    pub data: EventData,
}

impl EventData {
    /// Checks the data on `today`: times both or neither and end after start, pupils not
    /// negative, a reason when cancelled, not held in the future. All errors, in field order.
    pub fn validate(&self, today: NaiveDate) -> Result<(), Vec<EventError>> {
        let mut errors = Vec::new();
        match (self.start, self.end) {
            (Some(start), Some(end)) if end <= start => errors.push(EventError::EndNotAfterStart),
            (Some(_), None) | (None, Some(_)) => errors.push(EventError::TimeMissing),
            _ => {}
        }
        if self.expected_pupils.is_some_and(|p| p < 0) {
            errors.push(EventError::NegativePupils);
        }
        if self.status == EventStatus::Held && self.date > today {
            errors.push(EventError::HeldInFuture);
        }
        if self.status == EventStatus::Cancelled && self.cancel_reason.trim().is_empty() {
            errors.push(EventError::CancelReasonRequired);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The planned length in minutes (for hourly rates), if both times are given and the end is
    /// after the start.
    pub fn duration_minutes(&self) -> Option<u32> {
        minutes_between(self.start, self.end)
    }

    /// Moves to status `to` after [`check_transition`]; cancelling stores the trimmed reason.
    pub fn set_status(
        &mut self,
        to: EventStatus,
        today: NaiveDate,
        cancel_reason: &str,
    ) -> Result<(), EventError> {
        check_transition(self.status, to, self.date, today, cancel_reason)?;
        if to == EventStatus::Cancelled && self.status != to {
            self.cancel_reason = cancel_reason.trim().to_string();
        }
        self.status = to;
        Ok(())
    }
}

/// Where a booking is: *booket → bekræftet → mødt*, or *udeblevet* or *afbud*.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssignmentStatus {
    Booked,
    Confirmed,
    Attended,
    NoShow,
    Cancelled,
}

impl AssignmentStatus {
    pub const ALL: [AssignmentStatus; 5] = [
        Self::Booked,
        Self::Confirmed,
        Self::Attended,
        Self::NoShow,
        Self::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Booked => "booked",
            Self::Confirmed => "confirmed",
            Self::Attended => "attended",
            Self::NoShow => "no_show",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Booked or confirmed: the person is expected (occupies the time, counts as planned money).
    pub fn is_pending(self) -> bool {
        matches!(self, Self::Booked | Self::Confirmed)
    }

    /// Counts towards an event's staffing: booked, confirmed or attended.
    pub fn counts_for_staffing(self) -> bool {
        matches!(self, Self::Booked | Self::Confirmed | Self::Attended)
    }

    /// Whether attendance may move from `self` to `to`. Booked → confirmed; booked or
    /// confirmed → any logged status; a *no-show* and a *cancelled* may be corrected to each
    /// other or to *attended*. *Attended* is final here: it made an honorarium, which is
    /// corrected by a correction entry, not by changing the booking.
    pub fn can_become(self, to: AssignmentStatus) -> bool {
        use AssignmentStatus::{Attended, Booked, Cancelled, Confirmed, NoShow};
        match self {
            Booked => true,
            Confirmed => to != Booked,
            Attended => to == Attended,
            NoShow | Cancelled => matches!(to, Attended | NoShow | Cancelled),
        }
    }
}

/// How an event is staffed: `(have, need)` for role models and for ambassadors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Staffing {
    pub role_models: (u32, u32),
    pub ambassadors: (u32, u32),
}

impl Staffing {
    /// Counts the staffing of an event needing `need_role_models` and `need_ambassadors` from
    /// its bookings (person kind and status); cancelled and no-show bookings do not count.
    pub fn count(
        need_role_models: u32,
        need_ambassadors: u32,
        bookings: impl IntoIterator<Item = (PersonKind, AssignmentStatus)>,
    ) -> Staffing {
        let mut s = Staffing {
            role_models: (0, need_role_models),
            ambassadors: (0, need_ambassadors),
        };
        for (kind, status) in bookings {
            if status.counts_for_staffing() {
                match kind {
                    PersonKind::RoleModel => s.role_models.0 += 1,
                    PersonKind::Ambassador => s.ambassadors.0 += 1,
                }
            }
        }
        s
    }

    /// Fewer people than needed of either kind.
    pub fn is_understaffed(&self) -> bool {
        self.role_models.0 < self.role_models.1 || self.ambassadors.0 < self.ambassadors.1
    }
}

/// The planned length from `start` to `end` in minutes: `None` unless both are known and the
/// end is after the start.
pub fn minutes_between(start: Option<NaiveTime>, end: Option<NaiveTime>) -> Option<u32> {
    let (start, end) = start.zip(end)?;
    u32::try_from((end - start).num_minutes())
        .ok()
        .filter(|&m| m > 0)
}

#[cfg(test)]
#[path = "event_tests.rs"]
mod tests;
