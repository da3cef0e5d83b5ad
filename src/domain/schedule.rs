//! Booking checks (DESIGN §4): whether two bookings overlap, and the picker's verdict for one
//! person and one event, computed *before* the choice is made; plus the fair-load ordering.
//!
//! Overlap: two timed events on the same date overlap when their intervals intersect as
//! half-open intervals `[start, end)`, so 10–11 and 11–12 do not; an event without times takes
//! the whole day and overlaps everything on its date.
//!
//! Speed: the verdicts of every person of a season are computed per picker opening, so the
//! day-wide facts (weekend, public holiday, school holiday) are worked out once in
//! [`Picker::new`], and [`Picker::verdict`] only scans the person's own slices. It allocates
//! nothing for an eligible person (an empty `Vec` does not allocate); a reason is pushed only
//! when there is one, and a double booking copies its label.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

use super::appointment::Appointment;
use super::collate;
use super::event::{EventData, EventKind};
use super::person::{age_on, is_minor};
use super::school_holidays::{SchoolHoliday, is_school_holiday};

/// When something takes place: a date, and a time span or the whole day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Slot {
    pub date: NaiveDate,
    /// `None` for a whole-day event; otherwise `(start, end)` with `end` after `start`.
    pub times: Option<(NaiveTime, NaiveTime)>,
}

impl Slot {
    /// The slot of an event (whole day unless it has both times).
    pub fn of(event: &EventData) -> Slot {
        Slot {
            date: event.date,
            times: event.start.zip(event.end),
        }
    }

    /// Whether the two slots occupy a common moment (see the module doc).
    pub fn overlaps(&self, other: &Slot) -> bool {
        if self.date != other.date {
            return false;
        }
        match (self.times, other.times) {
            (Some((s1, e1)), Some((s2, e2))) => s1 < e2 && s2 < e1,
            _ => true,
        }
    }
}

/// One of the person's other bookings (pending, on an event that is not cancelled).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booking {
    pub event_id: i64,
    pub slot: Slot,
    /// How the picker names the event, e.g. "Skovvejens Skole, 10:00–11:30".
    pub label: String,
}

/// A period a person is away (exams, holidays), both days included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unavailability {
    pub id: i64,
    pub version: i64,
    pub person_id: i64,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub reason: String,
}

impl Unavailability {
    /// Whether the period includes `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    /// `to` must not be before `from`.
    pub fn is_valid(&self) -> bool {
        self.from <= self.to
    }
}

/// How strongly the picker advises against a person. Ordered: eligible first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Eligible,
    Warning,
    Blocked,
}

/// One reason for a warning or a block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum Reason {
    /// No appointment covers the event date (blocked).
    NoAppointment,
    /// Already booked at an overlapping time on another event (blocked).
    DoubleBooked { event_id: i64, label: String },
    /// Inside an unavailability period (warning).
    Unavailable { from: NaiveDate, to: NaiveDate },
    /// A school visit on a Saturday or Sunday (warning).
    Weekend,
    /// A school visit on a public holiday (warning).
    PublicHoliday,
    /// A school visit in a school holiday (warning).
    SchoolHoliday,
    /// Under 18 on the event date (warning).
    Minor { age: i32 },
}

impl Reason {
    /// The level this reason raises a verdict to.
    pub fn level(&self) -> Level {
        match self {
            Self::NoAppointment | Self::DoubleBooked { .. } => Level::Blocked,
            _ => Level::Warning,
        }
    }

    /// A stable code (audit log, tests).
    pub fn code(&self) -> &'static str {
        match self {
            Self::NoAppointment => "no_appointment",
            Self::DoubleBooked { .. } => "double_booked",
            Self::Unavailable { .. } => "unavailable",
            Self::Weekend => "weekend",
            Self::PublicHoliday => "public_holiday",
            Self::SchoolHoliday => "school_holiday",
            Self::Minor { .. } => "minor",
        }
    }
}

/// The picker's verdict on one person for one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub level: Level,
    /// Blocking reasons first, then warnings.
    pub reasons: Vec<Reason>,
}

impl Verdict {
    /// Blocked: booking needs an override with a reason (which goes to the audit log).
    pub fn needs_override(&self) -> bool {
        self.level == Level::Blocked
    }
}

/// What the picker knows about one person: plain slices, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct Candidate<'a> {
    pub birth_date: Option<NaiveDate>,
    /// The person's appointments (any season; only those covering the date count).
    pub appointments: &'a [Appointment],
    pub unavailability: &'a [Unavailability],
    /// The person's other pending bookings. A booking on the event itself is skipped.
    pub bookings: &'a [Booking],
}

/// The picker for one event: day-wide facts worked out once, then a verdict per person.
#[derive(Debug, Clone, Copy)]
pub struct Picker {
    event_id: Option<i64>,
    slot: Slot,
    weekend: bool,
    public_holiday: bool,
    school_holiday: bool,
}

impl Picker {
    /// The picker for the event `event_id` (`None` while the event is not saved yet).
    /// Weekend, public and school holidays only matter for school visits.
    pub fn new(
        event_id: Option<i64>,
        event: &EventData,
        is_public_holiday: &dyn Fn(NaiveDate) -> bool,
        school_holidays: &[SchoolHoliday],
    ) -> Picker {
        let date = event.date;
        let school = event.kind == EventKind::SchoolVisit;
        Picker {
            event_id,
            slot: Slot::of(event),
            weekend: school && matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
            public_holiday: school && is_public_holiday(date),
            school_holiday: school && is_school_holiday(date, school_holidays),
        }
    }

    /// The verdict for one person.
    pub fn verdict(&self, person: &Candidate<'_>) -> Verdict {
        let date = self.slot.date;
        let mut reasons = Vec::new();
        if !person.appointments.iter().any(|a| a.covers(date)) {
            reasons.push(Reason::NoAppointment);
        }
        for b in person.bookings {
            if Some(b.event_id) != self.event_id && b.slot.overlaps(&self.slot) {
                reasons.push(Reason::DoubleBooked {
                    event_id: b.event_id,
                    label: b.label.clone(),
                });
            }
        }
        if let Some(u) = person.unavailability.iter().find(|u| u.covers(date)) {
            reasons.push(Reason::Unavailable {
                from: u.from,
                to: u.to,
            });
        }
        if self.weekend {
            reasons.push(Reason::Weekend);
        }
        if self.public_holiday {
            reasons.push(Reason::PublicHoliday);
        }
        if self.school_holiday {
            reasons.push(Reason::SchoolHoliday);
        }
        if let Some(birth) = person.birth_date
            && is_minor(birth, date)
        {
            reasons.push(Reason::Minor {
                age: age_on(birth, date),
            });
        }
        let level = reasons
            .iter()
            .map(Reason::level)
            .max()
            .unwrap_or(Level::Eligible);
        Verdict { level, reasons }
    }
}

/// What the fair-load order looks at for one candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FairKey<'a> {
    pub level: Level,
    /// Events this season (booked, confirmed or attended).
    pub events_this_season: u32,
    pub name: &'a str,
}

/// Fair-load order: eligible, then warning, then blocked; within a level fewest events this
/// season first; then Danish name order.
pub fn fair_order(a: &FairKey<'_>, b: &FairKey<'_>) -> Ordering {
    a.level
        .cmp(&b.level)
        .then(a.events_this_season.cmp(&b.events_this_season))
        .then_with(|| collate::compare(a.name, b.name))
}

/// Sorts picker rows in [`fair_order`]. Each row's Danish sort key is computed once (the same
/// order as `collate::compare`, without building keys per comparison).
pub fn sort_fair<T>(rows: &mut [T], key: impl Fn(&T) -> FairKey<'_>) {
    rows.sort_by_cached_key(|row| {
        let k = key(row);
        (k.level, k.events_this_season, collate::sort_key(k.name))
    });
}

#[cfg(test)]
#[path = "schedule_tests.rs"]
mod tests;
