//! Honorarium rates (*honorarsatser*): an amount per participation, optionally plus an amount
//! per hour, by event kind and person kind, effective from a date.
//!
//! - The rate in force on a date is the one with the latest `effective_from` on or before it
//!   ([`rate_on`]); when two rows share that date, the later one in the slice wins (the storage
//!   orders by id, so the newest edit wins).
//! - An honorarium is `amount_ore + per_hour_ore × minutes / 60`, in integer arithmetic, the
//!   hourly part rounded half up to a whole øre (90 kr./h for 20 min = 3000 øre exactly;
//!   100,01 kr./h for 1 min = 166,68… øre → 167 øre). Without logged time only the fixed
//!   amount is paid. Rate changes never touch logged honoraria: the amount is frozen when
//!   attendance is logged; this module only computes it.
//! - Default rates ([`default_rates`]): **500 kr. per participation** for school visits,
//!   job-centre activations and youth-guidance events; **300 kr. plus 100 kr. per hour** for a
//!   festival stand (long, variable shifts); **300 kr.** for other events. Role models and
//!   ambassadors get the same (the case text makes no difference between them). With the
//!   default budget of 50.000 kr. that pays for about 100 participations a year.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::event::EventKind;
use super::person::PersonKind;

/// One rate row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rate {
    pub event_kind: EventKind,
    pub person_kind: PersonKind,
    /// Per participation, in øre.
    pub amount_ore: i64,
    /// Per hour on top, in øre, if the rate pays for time.
    pub per_hour_ore: Option<i64>,
    pub effective_from: NaiveDate,
}

/// Why a rate row was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateError {
    /// An amount below zero.
    Negative,
}

impl Rate {
    /// Amounts must not be negative.
    pub fn validate(&self) -> Result<(), RateError> {
        if self.amount_ore < 0 || self.per_hour_ore.is_some_and(|h| h < 0) {
            Err(RateError::Negative)
        } else {
            Ok(())
        }
    }
}

/// The rate for `event_kind` and `person_kind` in force on `date`, if any.
pub fn rate_on(
    rates: &[Rate],
    event_kind: EventKind,
    person_kind: PersonKind,
    date: NaiveDate,
) -> Option<&Rate> {
    rates
        .iter()
        .filter(|r| {
            r.event_kind == event_kind && r.person_kind == person_kind && r.effective_from <= date
        })
        .max_by_key(|r| r.effective_from)
}

/// The honorarium in øre at `rate` for `minutes` of work (`None`: time not logged), see the
/// module doc for the rounding. Saturates instead of overflowing.
pub fn honorarium_for(rate: &Rate, minutes: Option<u32>) -> i64 {
    let hourly = match (rate.per_hour_ore, minutes) {
        (Some(per_hour), Some(min)) => {
            let product = i128::from(per_hour) * i128::from(min);
            let rounded = if product >= 0 {
                (product + 30) / 60
            } else {
                -((-product + 30) / 60)
            };
            i64::try_from(rounded).unwrap_or(if rounded < 0 { i64::MIN } else { i64::MAX })
        }
        _ => 0,
    };
    rate.amount_ore.saturating_add(hourly)
}

/// The honorarium expected for a booking: the rate in force on the event date for its kinds,
/// at `minutes` (for planned spending: the planned duration of the event). `None` when no rate
/// applies.
pub fn expected_honorarium(
    rates: &[Rate],
    event_kind: EventKind,
    person_kind: PersonKind,
    date: NaiveDate,
    minutes: Option<u32>,
) -> Option<i64> {
    rate_on(rates, event_kind, person_kind, date).map(|r| honorarium_for(r, minutes))
}

/// What `role_models` more role models and `ambassadors` more ambassadors on one event would
/// cost (the *unstaffed* money of DESIGN §4): each at the rate that will apply on the event
/// date, for `minutes` (the planned length). A pair without a rate costs nothing. Saturates.
pub fn cost_of_open_needs(
    rates: &[Rate],
    event_kind: EventKind,
    date: NaiveDate,
    minutes: Option<u32>,
    role_models: u32,
    ambassadors: u32,
) -> i64 {
    [
        (PersonKind::RoleModel, role_models),
        (PersonKind::Ambassador, ambassadors),
    ]
    .into_iter()
    .filter(|(_, open)| *open > 0)
    .map(|(kind, open)| {
        expected_honorarium(rates, event_kind, kind, date, minutes)
            .unwrap_or(0)
            .saturating_mul(i64::from(open))
    })
    .fold(0i64, i64::saturating_add)
}

/// The rates a municipality starts with, effective from `effective_from` (see the module doc).
pub fn default_rates(effective_from: NaiveDate) -> Vec<Rate> {
    let mut rates = Vec::with_capacity(EventKind::ALL.len() * PersonKind::ALL.len());
    for event_kind in EventKind::ALL {
        let (amount_ore, per_hour_ore) = match event_kind {
            EventKind::SchoolVisit | EventKind::JobCentre | EventKind::YouthGuidance => {
                (50_000, None)
            }
            EventKind::FestivalStand => (30_000, Some(10_000)),
            EventKind::Other => (30_000, None),
        };
        for person_kind in PersonKind::ALL {
            rates.push(Rate {
                event_kind,
                person_kind,
                amount_ore,
                per_hour_ore,
                effective_from,
            });
        }
    }
    rates
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_needs_are_priced_per_person_kind_at_the_rate_that_will_apply() {
        let base = d(2026, 1, 1);
        let mut rates = default_rates(base);
        rates.push(Rate {
            event_kind: EventKind::SchoolVisit,
            person_kind: PersonKind::RoleModel,
            amount_ore: 70_000,
            per_hour_ore: None,
            effective_from: d(2026, 6, 1),
        });
        let visit = EventKind::SchoolVisit;
        // Before June: 500 kr. each; from June a role model costs 700 kr.
        assert_eq!(
            cost_of_open_needs(&rates, visit, d(2026, 5, 1), None, 2, 1),
            150_000
        );
        assert_eq!(
            cost_of_open_needs(&rates, visit, d(2026, 6, 1), None, 2, 1),
            190_000
        );
        assert_eq!(
            cost_of_open_needs(&rates, visit, d(2026, 6, 1), None, 0, 0),
            0
        );
        // A festival stand pays 300 kr. + 100 kr. an hour: 3 hours for two ambassadors.
        let stand = EventKind::FestivalStand;
        assert_eq!(
            cost_of_open_needs(&rates, stand, d(2026, 6, 1), Some(180), 0, 2),
            120_000
        );
        // Before any rate: nothing.
        assert_eq!(
            cost_of_open_needs(&rates, visit, d(2025, 6, 1), None, 3, 3),
            0
        );
        assert_eq!(
            cost_of_open_needs(&rates, visit, d(2026, 5, 1), None, u32::MAX, u32::MAX),
            50_000 * i64::from(u32::MAX) * 2
        );
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    fn rate(amount_ore: i64, per_hour_ore: Option<i64>, from: NaiveDate) -> Rate {
        Rate {
            event_kind: EventKind::SchoolVisit,
            person_kind: PersonKind::Ambassador,
            amount_ore,
            per_hour_ore,
            effective_from: from,
        }
    }

    #[test]
    fn latest_rate_on_or_before_the_date() {
        let mut rates = vec![
            rate(40_000, None, d(2025, 1, 1)),
            rate(50_000, None, d(2026, 8, 1)),
            rate(60_000, None, d(2027, 1, 1)),
        ];
        let on = |rates: &[Rate], date| {
            rate_on(rates, EventKind::SchoolVisit, PersonKind::Ambassador, date)
                .map(|r| r.amount_ore)
        };
        assert_eq!(on(&rates, d(2024, 12, 31)), None);
        assert_eq!(on(&rates, d(2025, 1, 1)), Some(40_000));
        assert_eq!(on(&rates, d(2026, 7, 31)), Some(40_000));
        assert_eq!(on(&rates, d(2026, 8, 1)), Some(50_000));
        assert_eq!(on(&rates, d(2030, 1, 1)), Some(60_000));
        rates.push(rate(55_000, None, d(2026, 8, 1)));
        assert_eq!(
            on(&rates, d(2026, 9, 1)),
            Some(55_000),
            "the later row wins a tie"
        );
        assert_eq!(
            rate_on(
                &rates,
                EventKind::SchoolVisit,
                PersonKind::RoleModel,
                d(2026, 9, 1)
            ),
            None
        );
    }

    #[test]
    fn hourly_part_rounds_half_up() {
        let r = rate(50_000, Some(9_000), d(2025, 1, 1));
        assert_eq!(honorarium_for(&r, None), 50_000);
        assert_eq!(honorarium_for(&r, Some(0)), 50_000);
        assert_eq!(honorarium_for(&r, Some(20)), 53_000);
        assert_eq!(honorarium_for(&r, Some(90)), 63_500);
        let odd = rate(0, Some(10_001), d(2025, 1, 1));
        assert_eq!(honorarium_for(&odd, Some(1)), 167); // 166.68
        let half = rate(0, Some(30), d(2025, 1, 1));
        assert_eq!(honorarium_for(&half, Some(1)), 1); // 0.5 → 1
        let below = rate(0, Some(29), d(2025, 1, 1));
        assert_eq!(honorarium_for(&below, Some(1)), 0); // 0.483 → 0
        let fixed = rate(50_000, None, d(2025, 1, 1));
        assert_eq!(honorarium_for(&fixed, Some(600)), 50_000);
        let huge = rate(i64::MAX, Some(i64::MAX), d(2025, 1, 1));
        assert_eq!(honorarium_for(&huge, Some(u32::MAX)), i64::MAX);
    }

    #[test]
    fn defaults_cover_every_kind_and_validate() {
        let rates = default_rates(d(2026, 1, 1));
        assert_eq!(rates.len(), 10);
        for e in EventKind::ALL {
            for p in PersonKind::ALL {
                let r = rate_on(&rates, e, p, d(2026, 1, 1)).expect("a default");
                assert!(r.validate().is_ok());
            }
        }
        assert_eq!(
            expected_honorarium(
                &rates,
                EventKind::SchoolVisit,
                PersonKind::RoleModel,
                d(2026, 3, 1),
                Some(120)
            ),
            Some(50_000)
        );
        assert_eq!(
            expected_honorarium(
                &rates,
                EventKind::FestivalStand,
                PersonKind::Ambassador,
                d(2026, 3, 1),
                Some(150)
            ),
            Some(55_000)
        );
        assert_eq!(
            rate(-1, None, d(2026, 1, 1)).validate(),
            Err(RateError::Negative)
        );
    }
}
