//! The *unstaffed* money of a budget year (DESIGN §4): what the open needs of the year's events
//! not yet held or cancelled would cost when filled.
//!
//! Decisions:
//! - An event's open need of a person kind = its need minus its bookings of that kind that
//!   still count: booked, confirmed or attended (a cancellation, *afbud*, or a no-show frees the
//!   place again). Never below zero: more bookings than needed do not lower another event's
//!   need.
//! - Each open place is priced like a planned booking: the rate that will apply on the event
//!   date for the event kind and person kind, for the planned length of the event
//!   (`domain::rates::cost_of_open_needs`).
//! - One bounded query: the year's open events from `events_by_status` (status, date) and, per
//!   event with a need, its bookings counted by kind through `assignments_by_event` and
//!   `persons_kind` (both covering) — a few rows per event.

use std::collections::HashMap;

use rusqlite::named_params;

use super::{Database, StorageError};
use crate::domain::event::EventKind;
use crate::domain::rates::{Rate, cost_of_open_needs};

/// Upper bound on the open events one year's unstaffed sum reads.
const MAX_EVENTS: i64 = 200_000;

/// The year's open events with a need: columns 2–5 as `budget::planned_event` reads them, the
/// needs (1: role models, 6: ambassadors) and the bookings that fill them (7, 8).
const OPEN_EVENTS: &str = "\
    SELECT e.id, e.needs_role_models, e.kind, e.date, e.start_time, e.end_time, \
      e.needs_ambassadors, \
      (SELECT count(*) FROM assignments a INDEXED BY assignments_by_event \
         CROSS JOIN persons p INDEXED BY persons_kind ON p.id = a.person_id \
       WHERE a.event_id = e.id AND a.status IN ('booked', 'confirmed', 'attended') \
         AND p.kind = 'role_model'), \
      (SELECT count(*) FROM assignments a INDEXED BY assignments_by_event \
         CROSS JOIN persons p INDEXED BY persons_kind ON p.id = a.person_id \
       WHERE a.event_id = e.id AND a.status IN ('booked', 'confirmed', 'attended') \
         AND p.kind = 'ambassador') \
    FROM events e INDEXED BY events_by_status \
    WHERE e.status IN ('requested', 'planned', 'confirmed') \
      AND e.date >= :from AND e.date < :to \
      AND (e.needs_role_models > 0 OR e.needs_ambassadors > 0) \
    LIMIT :limit";

impl Database {
    /// The unstaffed money of `year` by event kind, priced with `rates` (see the module doc).
    pub(super) fn unstaffed_by_kind(
        &self,
        year: i32,
        rates: &[Rate],
    ) -> Result<HashMap<EventKind, i64>, StorageError> {
        let mut stmt = self.conn.prepare_cached(OPEN_EVENTS)?;
        let mut rows = stmt.query(named_params! {
            ":from": format!("{year:04}-01-01"),
            ":to": format!("{:04}-01-01", year + 1),
            ":limit": MAX_EVENTS,
        })?;
        let mut out = HashMap::new();
        while let Some(r) = rows.next()? {
            let (kind, date, minutes) = super::budget::planned_event(r)?;
            let cost = cost_of_open_needs(
                rates,
                kind,
                date,
                minutes,
                open_places(r, 1, 7)?,
                open_places(r, 6, 8)?,
            );
            let entry = out.entry(kind).or_insert(0i64);
            *entry = entry.saturating_add(cost);
        }
        Ok(out)
    }
}

/// The need in column `need` minus the bookings in column `booked`, never below zero.
fn open_places(r: &rusqlite::Row<'_>, need: usize, booked: usize) -> Result<u32, rusqlite::Error> {
    let need: i64 = r.get(need)?;
    let booked: i64 = r.get(booked)?;
    Ok(u32::try_from(need.saturating_sub(booked).max(0)).unwrap_or(u32::MAX))
}

#[cfg(test)]
#[path = "budget_staffing_tests.rs"]
mod tests;
