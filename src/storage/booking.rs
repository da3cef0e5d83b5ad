//! Booking people on events: the picker's rows (every current person with the verdict of
//! `domain::schedule::Picker` and their events this season), and booking several persons in
//! one transaction, a blocked one only with a reason that goes to the audit log.
//!
//! The picker's facts come from five bounded queries (persons, appointments and unavailability
//! covering the date, pending bookings on the date, counts for the season — one range scan of
//! `assignments_by_date`, migration 7); the verdicts are
//! computed in Rust, once per opening, never while drawing. Appointments are read here with
//! their own read-only query, so this module does not depend on the appointments module.
//!
//! The joins are `CROSS JOIN` so SQLite goes from the events of the date (or season) to their
//! bookings, not from every booking of a status to its event.
//!
//! Booking re-checks every verdict inside the write transaction: a person who became blocked
//! since the picker opened (someone else booked them meanwhile) is refused unless a reason was
//! given, and nothing is written.

// Two-armed matches that both do work read better than `if let … else`.
#![allow(clippy::single_match_else)]

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, named_params};
use serde_json::json;

use crate::domain::appointment::{Appointment, AppointmentStatus, default_end};
use crate::domain::event::{Event, EventData};
use crate::domain::holidays::is_public_holiday;
use crate::domain::person::PersonKind;
use crate::domain::schedule::{Booking, Candidate, Level, Picker, Slot, Unavailability, Verdict};

use super::events::time_from_sql;
use super::id_map::IdMap;
use super::{Database, StorageError, code_from_sql, date_from_sql, date_to_sql, iso_date, str_at};

/// The most persons the picker lists.
const PERSON_LIMIT: i64 = 200_000;
/// The most bookings of one season the picker counts.
const SEASON_BOOKING_LIMIT: i64 = 2_000_000;

/// One person in the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerRow {
    pub person_id: i64,
    pub name: String,
    pub kind: PersonKind,
    pub verdict: Verdict,
    /// Booked, confirmed or attended events in the season.
    pub events_this_season: u32,
    /// Already booked (and counting) on this event.
    pub booked_here: bool,
}

/// A person to book, with the reason when the booking is forced past a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewBooking {
    pub person_id: i64,
    pub forced_reason: Option<String>,
}

/// What a booking did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BookOutcome {
    /// All were booked (the number newly booked).
    Booked(usize),
    /// Nothing was written: these persons are blocked and no reason was given.
    Blocked(Vec<(String, Verdict)>),
}

fn appointment_from_row(r: &rusqlite::Row<'_>) -> Result<Appointment, rusqlite::Error> {
    let status: String = r.get(5)?;
    let status = match status.as_str() {
        "ended_early" => AppointmentStatus::EndedEarly {
            date: date_from_sql(6, r.get(6)?)?.unwrap_or_default(),
            reason: r.get(7)?,
        },
        _ => AppointmentStatus::Active,
    };
    Ok(Appointment {
        id: r.get(0)?,
        version: r.get(1)?,
        person_id: r.get(2)?,
        start: date_from_sql(3, r.get(3)?)?.unwrap_or_default(),
        end: date_from_sql(4, r.get(4)?)?.unwrap_or_default(),
        status,
    })
}

/// The picker's facts about every current person, grouped by person.
#[derive(Default)]
struct Facts {
    appointments: IdMap<Vec<Appointment>>,
    unavailability: IdMap<Vec<Unavailability>>,
    bookings: IdMap<Vec<Booking>>,
    season: IdMap<u32>,
    here: IdMap<bool>,
}

impl Database {
    /// The picker for event `event_id` (`None` before it is saved) with `data`: every current
    /// person with a verdict, in fair order (eligible first, fewest events in the season
    /// `season_from..=season_to` first).
    pub fn picker_rows(
        &self,
        event_id: Option<i64>,
        data: &EventData,
        season_from: NaiveDate,
        season_to: NaiveDate,
    ) -> Result<Vec<PickerRow>, StorageError> {
        let facts = self.picker_facts(event_id, data.date, season_from, season_to)?;
        let holidays = self.school_holidays_between(data.date, data.date)?;
        let picker = Picker::new(event_id, data, &is_public_holiday, &holidays);
        // One pass over the table: the rows are sorted below, so no index order is needed.
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, kind, birth_date, name_sort FROM persons NOT INDEXED \
             WHERE archived = 0 LIMIT :limit",
        )?;
        // Each row with its fair-order key; the Danish sort key is the stored `name_sort`
        // (the same key `domain::schedule::sort_fair` would compute, without building it again).
        let mut rows: Vec<((Level, u32, String), PickerRow)> = Vec::new();
        let mut query = stmt.query(named_params! { ":limit": PERSON_LIMIT })?;
        while let Some(r) = query.next()? {
            let id: i64 = r.get(0)?;
            let birth_date = match str_at(r, 3)? {
                Some(text) => match iso_date(text) {
                    Some(born) => Some(born),
                    None => date_from_sql(3, Some(text.to_owned()))?,
                },
                None => None,
            };
            let candidate = Candidate {
                birth_date,
                appointments: facts.appointments.get(&id).map_or(&[], Vec::as_slice),
                unavailability: facts.unavailability.get(&id).map_or(&[], Vec::as_slice),
                bookings: facts.bookings.get(&id).map_or(&[], Vec::as_slice),
            };
            let row = PickerRow {
                person_id: id,
                name: r.get(1)?,
                kind: code_from_sql(2, str_at(r, 2)?.unwrap_or_default(), PersonKind::from_code)?,
                verdict: picker.verdict(&candidate),
                events_this_season: facts.season.get(&id).copied().unwrap_or(0),
                booked_here: facts.here.get(&id).copied().unwrap_or(false),
            };
            let key = (row.verdict.level, row.events_this_season, r.get(4)?);
            rows.push((key, row));
        }
        rows.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.person_id.cmp(&b.1.person_id)));
        Ok(rows.into_iter().map(|(_, row)| row).collect())
    }

    fn picker_facts(
        &self,
        event_id: Option<i64>,
        date: NaiveDate,
        season_from: NaiveDate,
        season_to: NaiveDate,
    ) -> Result<Facts, StorageError> {
        let mut facts = Facts::default();
        let day = date_to_sql(Some(date));
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, version, person_id, term_start, term_end, status, ended_on, end_reason \
             FROM appointments WHERE term_start <= :date AND term_end >= :date \
             LIMIT :limit",
        )?;
        for a in stmt.query_map(
            named_params! { ":date": day, ":limit": PERSON_LIMIT },
            appointment_from_row,
        )? {
            let a = a?;
            facts.appointments.entry(a.person_id).or_default().push(a);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, version, person_id, from_date, to_date, reason FROM unavailability \
             WHERE from_date <= :date AND to_date >= :date LIMIT :limit",
        )?;
        for u in stmt.query_map(
            named_params! { ":date": day, ":limit": PERSON_LIMIT },
            |r| {
                Ok(Unavailability {
                    id: r.get(0)?,
                    version: r.get(1)?,
                    person_id: r.get(2)?,
                    from: date_from_sql(3, r.get(3)?)?.unwrap_or_default(),
                    to: date_from_sql(4, r.get(4)?)?.unwrap_or_default(),
                    reason: r.get(5)?,
                })
            },
        )? {
            let u = u?;
            facts.unavailability.entry(u.person_id).or_default().push(u);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.person_id, e.id, e.start_time, e.end_time, coalesce(i.name, '') \
             FROM events e CROSS JOIN assignments a ON a.event_id = e.id \
             LEFT JOIN institutions i ON i.id = e.institution_id \
             WHERE e.date = :date AND e.status <> 'cancelled' \
             AND a.status IN ('booked', 'confirmed') LIMIT :limit",
        )?;
        let mut query = stmt.query(named_params! { ":date": day, ":limit": PERSON_LIMIT })?;
        while let Some(r) = query.next()? {
            let person: i64 = r.get(0)?;
            let start = time_from_sql(2, r.get(2)?)?;
            let end = time_from_sql(3, r.get(3)?)?;
            let place: String = r.get(4)?;
            let times = start.zip(end);
            let label = match times {
                Some((s, e)) => format!("{place} {}–{}", s.format("%H:%M"), e.format("%H:%M")),
                None => place,
            };
            facts.bookings.entry(person).or_default().push(Booking {
                event_id: r.get(1)?,
                slot: Slot { date, times },
                label,
            });
        }
        // Counted here, not by GROUP BY: SQLite's sorter would take longer than the scan.
        let mut stmt = self.conn.prepare_cached(
            "SELECT person_id FROM assignments INDEXED BY assignments_by_date \
             WHERE event_date BETWEEN :from AND :to \
             AND status IN ('booked', 'confirmed', 'attended') LIMIT :limit",
        )?;
        let mut query = stmt.query(named_params! {
            ":from": date_to_sql(Some(season_from)),
            ":to": date_to_sql(Some(season_to)),
            ":limit": SEASON_BOOKING_LIMIT,
        })?;
        while let Some(r) = query.next()? {
            *facts.season.entry(r.get(0)?).or_insert(0) += 1;
        }
        if let Some(event_id) = event_id {
            let mut stmt = self.conn.prepare_cached(
                "SELECT person_id FROM assignments WHERE event_id = :id \
                 AND status IN ('booked', 'confirmed', 'attended') LIMIT :limit",
            )?;
            let mut query =
                stmt.query(named_params! { ":id": event_id, ":limit": PERSON_LIMIT })?;
            while let Some(r) = query.next()? {
                facts.here.insert(r.get(0)?, true);
            }
        }
        Ok(facts)
    }

    /// Books `bookings` on event `event_id` in one transaction, re-checking each verdict: a
    /// blocked person needs a forced reason (stored on the booking and in the audit row), else
    /// nothing is written and the blocked persons are returned. A person already booked is
    /// left as is; a cancelled booking of the same person is booked again.
    pub fn book_persons(
        &mut self,
        event_id: i64,
        bookings: &[NewBooking],
        season_from: NaiveDate,
        season_to: NaiveDate,
    ) -> Result<BookOutcome, StorageError> {
        self.batch(|db| {
            let event: Event = db.event(event_id)?;
            let rows = db.picker_rows(Some(event_id), &event.data, season_from, season_to)?;
            let by_id: HashMap<i64, &PickerRow> = rows.iter().map(|r| (r.person_id, r)).collect();
            let mut blocked = Vec::new();
            for b in bookings {
                let row = by_id.get(&b.person_id).ok_or(StorageError::NotFound)?;
                let forced = b.forced_reason.as_deref().is_some_and(|r| !r.trim().is_empty());
                if row.verdict.level == Level::Blocked && !forced && !row.booked_here {
                    blocked.push((row.name.clone(), row.verdict.clone()));
                }
            }
            if !blocked.is_empty() {
                return Ok(BookOutcome::Blocked(blocked));
            }
            let mut added = 0;
            for b in bookings {
                let row = by_id[&b.person_id];
                if row.booked_here {
                    continue;
                }
                let reason = if row.verdict.level == Level::Blocked {
                    b.forced_reason.as_deref().unwrap_or_default().trim().to_string()
                } else {
                    String::new()
                };
                let existing: Option<i64> = db
                    .conn
                    .prepare_cached(
                        "SELECT id FROM assignments WHERE event_id = :event AND person_id = :person",
                    )?
                    .query_row(
                        named_params! { ":event": event_id, ":person": b.person_id },
                        |r| r.get(0),
                    )
                    .optional()?;
                let id = match existing {
                    Some(id) => {
                        db.conn
                            .prepare_cached(
                                "UPDATE assignments SET status = 'booked', forced_reason = :reason, \
                                 version = version + 1 WHERE id = :id",
                            )?
                            .execute(named_params! { ":reason": reason, ":id": id })?;
                        id
                    }
                    None => {
                        db.conn
                            .prepare_cached(
                                "INSERT INTO assignments (event_id, person_id, forced_reason) \
                                 VALUES (:event, :person, :reason)",
                            )?
                            .execute(named_params! {
                                ":event": event_id,
                                ":person": b.person_id,
                                ":reason": reason,
                            })?;
                        db.conn.last_insert_rowid()
                    }
                };
                let action = if reason.is_empty() {
                    "assignment.create"
                } else {
                    "assignment.force"
                };
                let after = json!({
                    "id": id,
                    "event_id": event_id,
                    "person_id": b.person_id,
                    "status": "booked",
                    "forced_reason": reason,
                    "verdict": row.verdict,
                });
                db.audit(action, "assignments", id, None, Some(after))?;
                added += 1;
            }
            if added > 0 {
                db.touch_event(event_id)?;
            }
            Ok(BookOutcome::Booked(added))
        })
    }

    /// Cancels one booking (*afbud*) of a person on an event.
    pub fn cancel_booking(&mut self, event_id: i64, person_id: i64) -> Result<(), StorageError> {
        self.batch(|db| {
            let id: i64 = db
                .conn
                .prepare_cached(
                    "SELECT id FROM assignments WHERE event_id = :event AND person_id = :person \
                     AND status IN ('booked', 'confirmed')",
                )?
                .query_row(
                    named_params! { ":event": event_id, ":person": person_id },
                    |r| r.get(0),
                )?;
            db.conn
                .prepare_cached(
                    "UPDATE assignments SET status = 'cancelled', version = version + 1 WHERE id = :id",
                )?
                .execute(named_params! { ":id": id })?;
            db.touch_event(event_id)?;
            let after = json!({ "id": id, "event_id": event_id, "person_id": person_id,
                "status": "cancelled" });
            db.audit("assignment.cancel", "assignments", id, None, Some(after))
        })
    }

    /// Appoints `person_id` from `start` for the default term, only when the person has no
    /// appointment at all (the demo generator, which must work whether or not the appointments
    /// part has written any). Returns whether one was written.
    pub fn appoint_if_none(
        &mut self,
        person_id: i64,
        start: NaiveDate,
    ) -> Result<bool, StorageError> {
        self.batch(|db| {
            let has: bool = db
                .conn
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM appointments WHERE person_id = :id)")?
                .query_row(named_params! { ":id": person_id }, |r| r.get(0))?;
            if has {
                return Ok(false);
            }
            let end = default_end(start);
            db.conn
                .prepare_cached(
                    "INSERT INTO appointments (person_id, term_start, term_end) \
                     VALUES (:person, :start, :end)",
                )?
                .execute(named_params! {
                    ":person": person_id,
                    ":start": date_to_sql(Some(start)),
                    ":end": date_to_sql(Some(end)),
                })?;
            let id = db.conn.last_insert_rowid();
            let after = json!({ "id": id, "person_id": person_id, "start": start, "end": end });
            db.audit("appointment.create", "appointments", id, None, Some(after))?;
            Ok(true)
        })
    }

    /// Every appointment (the demo generator's in-memory picker), at most 200,000.
    pub fn all_appointments(&self) -> Result<Vec<Appointment>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, version, person_id, term_start, term_end, status, ended_on, end_reason \
             FROM appointments ORDER BY person_id, term_start LIMIT :limit",
        )?;
        let rows = stmt.query_map(
            named_params! { ":limit": PERSON_LIMIT },
            appointment_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Books one person without re-checking (the demo generator checks in memory with the same
    /// `Picker`, which would be far too slow to repeat per booking here). Audited like a
    /// booking; a forced one keeps its reason.
    pub(crate) fn demo_book(
        &mut self,
        event_id: i64,
        person_id: i64,
        forced_reason: &str,
    ) -> Result<(), StorageError> {
        self.batch(|db| {
            db.conn
                .prepare_cached(
                    "INSERT INTO assignments (event_id, person_id, forced_reason) \
                     VALUES (:event, :person, :reason)",
                )?
                .execute(named_params! {
                    ":event": event_id,
                    ":person": person_id,
                    ":reason": forced_reason,
                })?;
            let id = db.conn.last_insert_rowid();
            let action = if forced_reason.is_empty() {
                "assignment.create"
            } else {
                "assignment.force"
            };
            let after = json!({ "id": id, "event_id": event_id, "person_id": person_id,
                "status": "booked", "forced_reason": forced_reason });
            db.audit(action, "assignments", id, None, Some(after))
        })
    }
}
