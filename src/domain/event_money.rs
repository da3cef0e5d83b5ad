//! What one event adds to its year's figures (DESIGN §4): its *planned* money (the expected
//! honoraria of its booked and confirmed people) and its *unstaffed* money (what its open needs
//! would cost when filled), both at the rate that will apply on the event date for the planned
//! length, and nothing once the event is held or cancelled.
//!
//! The event form shows this before a save ("Åbne behov … · hvis fuldt bemandet …"): the year's
//! "if fully staffed" figure with the stored event's share taken out and the form's put in.
//! It is the same rule the storage sums over a year (`storage::budget_staffing` for the open
//! needs, `domain::rates::expected_honorarium` per booking), for one event.

use chrono::NaiveDate;

use super::event::{AssignmentStatus, EventData, EventKind, EventStatus};
use super::person::PersonKind;
use super::rates::{Rate, cost_of_open_needs, expected_honorarium};

/// An event's bookings that count for money, by person kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BookingCounts {
    /// Booked or confirmed: priced as planned spending.
    pub pending_role_models: u32,
    pub pending_ambassadors: u32,
    /// Booked, confirmed or attended: they fill the needs.
    pub filling_role_models: u32,
    pub filling_ambassadors: u32,
}

impl BookingCounts {
    /// The counts of an event's bookings, given as (person kind, status).
    pub fn of(bookings: impl IntoIterator<Item = (PersonKind, AssignmentStatus)>) -> Self {
        let mut c = BookingCounts::default();
        for (kind, status) in bookings {
            let (pending, filling) = match kind {
                PersonKind::RoleModel => (&mut c.pending_role_models, &mut c.filling_role_models),
                PersonKind::Ambassador => (&mut c.pending_ambassadors, &mut c.filling_ambassadors),
            };
            if status.is_pending() {
                *pending = pending.saturating_add(1);
            }
            if status.counts_for_staffing() {
                *filling = filling.saturating_add(1);
            }
        }
        c
    }
}

/// What an event would be, for its money: the fields of the event form that price it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MoneyEvent {
    pub kind: EventKind,
    pub date: NaiveDate,
    /// The planned length in minutes, if its times are known.
    pub minutes: Option<u32>,
    pub status: EventStatus,
    pub needs_role_models: u32,
    pub needs_ambassadors: u32,
}

impl From<&EventData> for MoneyEvent {
    fn from(e: &EventData) -> Self {
        MoneyEvent {
            kind: e.kind,
            date: e.date,
            minutes: e.duration_minutes(),
            status: e.status,
            needs_role_models: e.needs_role_models,
            needs_ambassadors: e.needs_ambassadors,
        }
    }
}

/// An event's share of its year's figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EventMoney {
    pub planned: i64,
    pub unstaffed: i64,
}

impl EventMoney {
    /// Its share of the year's "if fully staffed" figure.
    pub fn if_fully_staffed(self) -> i64 {
        self.planned.saturating_add(self.unstaffed)
    }
}

/// The money `event` adds to its year with `counts` booked, priced with `rates`.
pub fn event_money(rates: &[Rate], event: &MoneyEvent, counts: BookingCounts) -> EventMoney {
    if !event.status.is_open() {
        return EventMoney::default();
    }
    let price = |kind: PersonKind, n: u32| {
        expected_honorarium(rates, event.kind, kind, event.date, event.minutes)
            .unwrap_or(0)
            .saturating_mul(i64::from(n))
    };
    let planned = price(PersonKind::RoleModel, counts.pending_role_models)
        .saturating_add(price(PersonKind::Ambassador, counts.pending_ambassadors));
    let unstaffed = cost_of_open_needs(
        rates,
        event.kind,
        event.date,
        event.minutes,
        event
            .needs_role_models
            .saturating_sub(counts.filling_role_models),
        event
            .needs_ambassadors
            .saturating_sub(counts.filling_ambassadors),
    );
    EventMoney { planned, unstaffed }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rates::default_rates;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("a date")
    }

    fn visit(status: EventStatus, rm: u32, amb: u32) -> MoneyEvent {
        MoneyEvent {
            kind: EventKind::SchoolVisit,
            date: d(2026, 12, 8),
            minutes: Some(90),
            status,
            needs_role_models: rm,
            needs_ambassadors: amb,
        }
    }

    #[test]
    fn open_needs_and_bookings_are_priced_at_the_rate_that_will_apply() {
        let rates = default_rates(d(2020, 1, 1));
        // A school visit pays 500 kr. a person: one role model and two ambassadors needed,
        // one ambassador booked and one role model attended (filling, not planned).
        let counts = BookingCounts::of([
            (PersonKind::Ambassador, AssignmentStatus::Booked),
            (PersonKind::RoleModel, AssignmentStatus::Attended),
            (PersonKind::Ambassador, AssignmentStatus::Cancelled),
        ]);
        let m = event_money(&rates, &visit(EventStatus::Confirmed, 1, 2), counts);
        assert_eq!(m.planned, 50_000);
        assert_eq!(m.unstaffed, 50_000);
        assert_eq!(m.if_fully_staffed(), 100_000);
        // More booked than needed never makes a negative need.
        let m = event_money(&rates, &visit(EventStatus::Planned, 0, 0), counts);
        assert_eq!((m.planned, m.unstaffed), (50_000, 0));
        // A festival stand: 300 kr. + 100 kr. an hour, 3 hours, two ambassadors open.
        let stand = MoneyEvent {
            kind: EventKind::FestivalStand,
            minutes: Some(180),
            ..visit(EventStatus::Requested, 0, 2)
        };
        let m = event_money(&rates, &stand, BookingCounts::default());
        assert_eq!(m.unstaffed, 2 * (30_000 + 30_000));
    }

    #[test]
    fn held_and_cancelled_events_add_nothing() {
        let rates = default_rates(d(2020, 1, 1));
        let counts = BookingCounts::of([(PersonKind::RoleModel, AssignmentStatus::Confirmed)]);
        for status in [EventStatus::Held, EventStatus::Cancelled] {
            let m = event_money(&rates, &visit(status, 3, 3), counts);
            assert_eq!(m, EventMoney::default(), "{status:?}");
        }
    }
}
