//! Events (*arrangementer*): the week's events by date, the filtered and windowed list, one event
//! with its bookings, and changes with their audit rows.
//!
//! Decisions:
//! - Every change (create, edit, cancel, a booking change) bumps `sequence`, the iCalendar
//!   `SEQUENCE`, so a calendar that imported an earlier export takes the new version; `version`
//!   is the row version for optimistic concurrency and is bumped with it.
//! - Status changes are checked with `domain::event::check_transition` against the stored status
//!   (an edit cannot move a held or cancelled event, nor make a future event held).
//! - Cancelling stores the reason and cancels every pending booking of the event in the same
//!   transaction (each with its own audit row).
//! - Staffing is counted in the row queries (booked, confirmed and attended bookings by person
//!   kind), so the views never ask again per event.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::{Row, ToSql, named_params};

use crate::domain::event::{
    AssignmentStatus, Event, EventData, EventError, EventKind, EventStatus, Staffing,
    check_transition,
};
use crate::domain::person::PersonKind;

use super::list_position::ListOrder;
use super::search::Query;
use super::{Database, StorageError, code_from_sql, date_from_sql, date_to_sql};

/// The most events a date-range query returns (a week of a very busy corps fits many times).
pub const RANGE_LIMIT: usize = 2_000;

/// What the event list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// First and last date, both included.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub status: Option<EventStatus>,
    pub kind: Option<EventKind>,
    pub institution_id: Option<i64>,
}

/// One line of the week view or the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub id: i64,
    pub date: NaiveDate,
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
    pub kind: EventKind,
    pub status: EventStatus,
    pub institution_id: Option<i64>,
    pub institution: Option<String>,
    pub staffing: Staffing,
}

/// One person booked on an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventBooking {
    pub assignment_id: i64,
    pub person_id: i64,
    pub name: String,
    pub kind: PersonKind,
    pub status: AssignmentStatus,
    pub forced_reason: String,
}

/// Why an event change was refused (besides storage failures).
#[derive(Debug)]
pub enum EventChangeError {
    Rule(EventError),
    Storage(StorageError),
}

impl From<StorageError> for EventChangeError {
    fn from(e: StorageError) -> Self {
        EventChangeError::Storage(e)
    }
}

impl From<rusqlite::Error> for EventChangeError {
    fn from(e: rusqlite::Error) -> Self {
        EventChangeError::Storage(e.into())
    }
}

const COLUMNS: &str = "id, version, sequence, kind, institution_id, date, start_time, end_time, \
    place, grades, expected_pupils, contact, status, cancel_reason, needs_role_models, \
    needs_ambassadors, notes";

/// The row columns, staffing from the counts the triggers of migration 12 keep on each event;
/// `{index}` is where [`row_select`] names an index (or nothing).
const ROW_SELECT: &str = "SELECT e.id, e.date, e.start_time, e.end_time, e.kind, e.status, \
    e.institution_id, i.name, e.needs_role_models, e.needs_ambassadors, \
    e.staffed_role_models, e.staffed_ambassadors \
    FROM events e{index} LEFT JOIN institutions i ON i.id = e.institution_id";

/// [`ROW_SELECT`] reading the events from `index` (`None`: SQLite chooses).
fn row_select(index: Option<&str>) -> String {
    let named = index
        .map(|i| format!(" INDEXED BY {i}"))
        .unwrap_or_default();
    ROW_SELECT.replace("{index}", &named)
}

/// An open event short of role models or ambassadors: the WHERE of the partial index
/// `events_short_of_people` (migration 12), which a query must imply to read that index.
const SHORT_OF_PEOPLE: &str = "e.status IN ('requested', 'planned', 'confirmed') \
    AND (e.staffed_role_models < e.needs_role_models \
    OR e.staffed_ambassadors < e.needs_ambassadors)";

/// Whole-day events (no start time) come first on their day: SQLite sorts NULL first, so the
/// order is the `events_by_date` index's own.
const ORDER: &str = " ORDER BY e.date, e.start_time, e.id";

const INSERT: &str = "INSERT INTO events (kind, institution_id, date, start_time, end_time, \
    place, grades, expected_pupils, contact, status, cancel_reason, needs_role_models, \
    needs_ambassadors, notes) VALUES (:kind, :institution_id, :date, :start_time, :end_time, \
    :place, :grades, :expected_pupils, :contact, :status, :cancel_reason, :needs_role_models, \
    :needs_ambassadors, :notes)";

const UPDATE: &str = "UPDATE events SET kind = :kind, institution_id = :institution_id, \
    date = :date, start_time = :start_time, end_time = :end_time, place = :place, \
    grades = :grades, expected_pupils = :expected_pupils, contact = :contact, status = :status, \
    cancel_reason = :cancel_reason, needs_role_models = :needs_role_models, \
    needs_ambassadors = :needs_ambassadors, notes = :notes, sequence = sequence + 1, \
    version = version + 1 WHERE id = :id AND version = :version";

/// `HH:MM` read without chrono's format machinery (a week view reads a thousand); anything
/// else is left to `parse_from_str`, which also gives the error.
pub(crate) fn hh_mm(text: &str) -> Option<NaiveTime> {
    let b = text.as_bytes();
    if b.len() != 5 || b[2] != b':' || ![b[0], b[1], b[3], b[4]].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let two = |i: usize| u32::from(b[i] - b'0') * 10 + u32::from(b[i + 1] - b'0');
    NaiveTime::from_hms_opt(two(0), two(3), 0)
}

/// A stored time back (`HH:MM`).
pub(crate) fn time_from_sql(
    column: usize,
    text: Option<String>,
) -> Result<Option<NaiveTime>, rusqlite::Error> {
    text.map(|t| {
        if let Some(time) = hh_mm(&t) {
            return Ok(time);
        }
        NaiveTime::parse_from_str(&t, "%H:%M").map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                column,
                rusqlite::types::Type::Text,
                Box::new(e),
            )
        })
    })
    .transpose()
}

pub(crate) fn time_to_sql(time: Option<NaiveTime>) -> Option<String> {
    time.map(|t| t.format("%H:%M").to_string())
}

fn event_from_row(r: &Row<'_>) -> Result<Event, rusqlite::Error> {
    Ok(Event {
        id: r.get(0)?,
        version: r.get(1)?,
        sequence: r.get(2)?,
        data: EventData {
            kind: code_from_sql(3, &r.get::<_, String>(3)?, EventKind::from_code)?,
            institution_id: r.get::<_, Option<i64>>(4)?.unwrap_or(0),
            date: date_from_sql(5, r.get(5)?)?.unwrap_or_default(),
            start: time_from_sql(6, r.get(6)?)?,
            end: time_from_sql(7, r.get(7)?)?,
            place: r.get(8)?,
            grades: r.get(9)?,
            expected_pupils: r.get(10)?,
            contact: r.get(11)?,
            status: code_from_sql(12, &r.get::<_, String>(12)?, EventStatus::from_code)?,
            cancel_reason: r.get(13)?,
            needs_role_models: r.get(14)?,
            needs_ambassadors: r.get(15)?,
            notes: r.get(16)?,
        },
    })
}

pub(crate) fn row_from_row(r: &Row<'_>) -> Result<EventRow, rusqlite::Error> {
    Ok(EventRow {
        id: r.get(0)?,
        date: date_from_sql(1, r.get(1)?)?.unwrap_or_default(),
        start: time_from_sql(2, r.get(2)?)?,
        end: time_from_sql(3, r.get(3)?)?,
        kind: code_from_sql(4, &r.get::<_, String>(4)?, EventKind::from_code)?,
        status: code_from_sql(5, &r.get::<_, String>(5)?, EventStatus::from_code)?,
        institution_id: r.get(6)?,
        institution: r.get(7)?,
        staffing: Staffing {
            role_models: (r.get(10)?, r.get(8)?),
            ambassadors: (r.get(11)?, r.get(9)?),
        },
    })
}

fn filter_query(filter: &EventFilter) -> Query {
    let mut q = Query::default();
    if let Some(from) = filter.from {
        q.clause("e.date >= :from");
        q.bind(":from", date_to_sql(Some(from)).unwrap_or_default());
    }
    if let Some(to) = filter.to {
        q.clause("e.date <= :to");
        q.bind(":to", date_to_sql(Some(to)).unwrap_or_default());
    }
    if let Some(status) = filter.status {
        q.clause("e.status = :status");
        q.bind(":status", status.code().to_string());
    }
    if let Some(kind) = filter.kind {
        q.clause("e.kind = :kind");
        q.bind(":kind", kind.code().to_string());
    }
    if let Some(id) = filter.institution_id {
        q.clause("e.institution_id = :institution_id");
        q.bind(":institution_id", id);
    }
    q
}

impl Database {
    /// The events from `from` to `to` (both included) in date and time order, whole-day events
    /// first on their day; at most [`RANGE_LIMIT`].
    pub fn events_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<EventRow>, StorageError> {
        let sql = format!(
            "{} WHERE e.date BETWEEN :from AND :to{ORDER} LIMIT :limit",
            row_select(None)
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            named_params! {
                ":from": date_to_sql(Some(from)),
                ":to": date_to_sql(Some(to)),
                ":limit": RANGE_LIMIT as i64,
            },
            row_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many events there are from `from` to `to` (both included), and the first `limit` of
    /// them in [`Database::events_between`]'s order: one count and one bounded read of
    /// `events_by_date` (Oversigt's two weeks).
    pub fn first_events_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        limit: usize,
    ) -> Result<(usize, Vec<EventRow>), StorageError> {
        self.events_counted("events_by_date", "TRUE", from, to, limit)
    }

    /// How many open events from `from` to `to` are short of people, and the first `limit` of
    /// them in date and time order: both from the partial index `events_short_of_people`, so
    /// they read only those events (Oversigt's alerts).
    pub fn first_events_short_of_people(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        limit: usize,
    ) -> Result<(usize, Vec<EventRow>), StorageError> {
        self.events_counted("events_short_of_people", SHORT_OF_PEOPLE, from, to, limit)
    }

    /// The events of `from..=to` meeting `condition`, read from `index` (named: without
    /// statistics SQLite would pick `events_by_status` and read every open event of the range).
    fn events_counted(
        &self,
        index: &str,
        condition: &str,
        from: NaiveDate,
        to: NaiveDate,
        limit: usize,
    ) -> Result<(usize, Vec<EventRow>), StorageError> {
        let range = format!("e.date BETWEEN :from AND :to AND {condition}");
        let select = row_select(Some(index));
        let (from, to) = (date_to_sql(Some(from)), date_to_sql(Some(to)));
        self.count_and_first(
            &format!("SELECT count(*) FROM events e INDEXED BY {index} WHERE {range}"),
            &format!("{select} WHERE {range}{ORDER} LIMIT :limit"),
            &[(":from", &from), (":to", &to)],
            limit,
            row_from_row,
        )
    }

    /// How many events match `filter`.
    pub fn count_events(&self, filter: &EventFilter) -> Result<usize, StorageError> {
        let q = filter_query(filter);
        let sql = format!("SELECT count(*) FROM events e{}", q.where_sql());
        let n: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(q.params(&[]).as_slice(), |r| r.get(0))?;
        Ok(n as usize)
    }

    /// Events matching `filter` in date order, rows `offset..offset + limit`.
    pub fn list_events(
        &self,
        filter: &EventFilter,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<EventRow>, StorageError> {
        let q = filter_query(filter);
        let sql = format!(
            "{}{}{ORDER} LIMIT :limit OFFSET :offset",
            row_select(None),
            q.where_sql()
        );
        let (limit, offset) = (limit as i64, offset as i64);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            q.params(&[(":limit", &limit), (":offset", &offset)])
                .as_slice(),
            row_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The position of event `id` in the list of `filter` (its date order), or `None` when the
    /// filter hides it. A missing start time sorts first, as in the list's `ORDER BY`.
    pub fn event_position(
        &self,
        filter: &EventFilter,
        id: i64,
    ) -> Result<Option<usize>, StorageError> {
        let order = ListOrder {
            from: "FROM events e",
            is_row: "e.id = :id",
            before_row: "(e.date, coalesce(e.start_time, ''), e.id) < \
                (SELECT date, coalesce(start_time, ''), id FROM events WHERE id = :id)",
        };
        self.list_position(&order, || filter_query(filter), id)
    }

    /// One event with its row version and sequence.
    pub fn event(&self, id: i64) -> Result<Event, StorageError> {
        let sql = format!("SELECT {COLUMNS} FROM events WHERE id = :id");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(named_params! { ":id": id }, event_from_row)?)
    }

    /// The stable iCalendar UID of an event.
    pub fn event_ics_uid(&self, id: i64) -> Result<String, StorageError> {
        Ok(self
            .conn
            .prepare_cached("SELECT ics_uid FROM events WHERE id = :id")?
            .query_row(named_params! { ":id": id }, |r| r.get(0))?)
    }

    /// The persons booked on an event (every status), in Danish name order.
    pub fn event_bookings(&self, event_id: i64) -> Result<Vec<EventBooking>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.person_id, p.name, p.kind, a.status, a.forced_reason \
             FROM assignments a CROSS JOIN persons p ON p.id = a.person_id \
             WHERE a.event_id = :id ORDER BY p.name_sort, p.id LIMIT 500",
        )?;
        let rows = stmt.query_map(named_params! { ":id": event_id }, |r| {
            Ok(EventBooking {
                assignment_id: r.get(0)?,
                person_id: r.get(1)?,
                name: r.get(2)?,
                kind: code_from_sql(3, &r.get::<_, String>(3)?, PersonKind::from_code)?,
                status: code_from_sql(4, &r.get::<_, String>(4)?, AssignmentStatus::from_code)?,
                forced_reason: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds an event after checking its data on `today`; returns the new id.
    pub fn insert_event(
        &mut self,
        data: &EventData,
        today: NaiveDate,
    ) -> Result<i64, EventChangeError> {
        if let Err(errors) = data.validate(today) {
            return Err(EventChangeError::Rule(errors[0]));
        }
        Ok(self.batch(|db| {
            db.write_event(INSERT, data, &[])?;
            let id = db.conn.last_insert_rowid();
            let after = serde_json::to_value(db.event(id)?)?;
            db.audit("event.create", "events", id, None, Some(after))?;
            Ok(id)
        })?)
    }

    /// Saves an event loaded at `version`: checks the data and the status change from the
    /// stored status; `Conflict` when it changed meanwhile. Cancelling through an edit cancels
    /// the bookings too.
    pub fn update_event(
        &mut self,
        id: i64,
        version: i64,
        data: &EventData,
        today: NaiveDate,
    ) -> Result<(), EventChangeError> {
        if let Err(errors) = data.validate(today) {
            return Err(EventChangeError::Rule(errors[0]));
        }
        let before = self.event(id)?;
        if before.version != version {
            return Err(StorageError::Conflict.into());
        }
        check_transition(
            before.data.status,
            data.status,
            data.date,
            today,
            &data.cancel_reason,
        )
        .map_err(EventChangeError::Rule)?;
        Ok(self.batch(|db| {
            let extra: [(&str, &dyn ToSql); 2] = [(":id", &id), (":version", &version)];
            if db.write_event(UPDATE, data, &extra)? == 0 {
                return Err(StorageError::Conflict);
            }
            if data.date != before.data.date {
                // A booking goes with its event: moved outside a booked person's appointment it
                // would break the rule `korps check` keeps. Nothing is written.
                let names = db.booked_outside_appointment(id)?;
                if !names.is_empty() {
                    return Err(StorageError::NotAppointedOn {
                        date: data.date,
                        names,
                    });
                }
            }
            if data.status == EventStatus::Cancelled && before.data.status != data.status {
                db.cancel_bookings(id)?;
            }
            let after = serde_json::to_value(db.event(id)?)?;
            let before = serde_json::to_value(&before)?;
            db.audit("event.update", "events", id, Some(before), Some(after))
        })?)
    }

    /// Cancels an event loaded at `version` for `reason`, and its pending bookings with it.
    pub fn cancel_event(
        &mut self,
        id: i64,
        version: i64,
        reason: &str,
        today: NaiveDate,
    ) -> Result<(), EventChangeError> {
        let mut event = self.event(id)?;
        if event.version != version {
            return Err(StorageError::Conflict.into());
        }
        event
            .data
            .set_status(EventStatus::Cancelled, today, reason)
            .map_err(EventChangeError::Rule)?;
        let before = self.event(id)?;
        Ok(self.batch(|db| {
            let changed = db
                .conn
                .prepare_cached(
                    "UPDATE events SET status = 'cancelled', cancel_reason = :reason, \
                     sequence = sequence + 1, version = version + 1 \
                     WHERE id = :id AND version = :version",
                )?
                .execute(named_params! {
                    ":reason": event.data.cancel_reason,
                    ":id": id,
                    ":version": version,
                })?;
            if changed == 0 {
                return Err(StorageError::Conflict);
            }
            db.cancel_bookings(id)?;
            let after = serde_json::to_value(db.event(id)?)?;
            let before = serde_json::to_value(&before)?;
            db.audit("event.cancel", "events", id, Some(before), Some(after))
        })?)
    }

    /// The names of the persons booked on event `id` (and not forced) whom no appointment
    /// covers on its date, at most 20.
    fn booked_outside_appointment(&self, id: i64) -> Result<Vec<String>, StorageError> {
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT pe.name FROM assignments a JOIN events e ON e.id = a.event_id \
             JOIN persons pe ON pe.id = a.person_id WHERE a.event_id = :id AND ",
            booking_outside_appointment_sql!(),
            " ORDER BY pe.name_sort LIMIT 20"
        ))?;
        let rows = stmt.query_map(named_params! { ":id": id }, |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks every pending booking of the event cancelled, each with an audit row.
    fn cancel_bookings(&self, event_id: i64) -> Result<(), StorageError> {
        let ids: Vec<i64> = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id FROM assignments WHERE event_id = :id \
                 AND status IN ('booked', 'confirmed') LIMIT 10000",
            )?;
            let rows = stmt.query_map(named_params! { ":id": event_id }, |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        for id in ids {
            self.conn
                .prepare_cached(
                    "UPDATE assignments SET status = 'cancelled', version = version + 1 \
                     WHERE id = :id",
                )?
                .execute(named_params! { ":id": id })?;
            let after =
                serde_json::json!({ "id": id, "event_id": event_id, "status": "cancelled" });
            self.audit("assignment.cancel", "assignments", id, None, Some(after))?;
        }
        Ok(())
    }

    /// Bumps an event's sequence and version (a booking changed what a calendar shows).
    pub(crate) fn touch_event(&self, event_id: i64) -> Result<(), StorageError> {
        self.conn
            .prepare_cached(
                "UPDATE events SET sequence = sequence + 1, version = version + 1 WHERE id = :id",
            )?
            .execute(named_params! { ":id": event_id })?;
        Ok(())
    }

    fn write_event(
        &self,
        sql: &str,
        d: &EventData,
        extra: &[(&str, &dyn ToSql)],
    ) -> Result<usize, StorageError> {
        let (kind, status) = (d.kind.code(), d.status.code());
        let date = date_to_sql(Some(d.date));
        let (start, end) = (time_to_sql(d.start), time_to_sql(d.end));
        let institution = Some(d.institution_id).filter(|id| *id > 0);
        let cancel_reason = if d.status == EventStatus::Cancelled {
            d.cancel_reason.trim().to_string()
        } else {
            String::new()
        };
        let mut params: Vec<(&str, &dyn ToSql)> = vec![
            (":kind", &kind),
            (":institution_id", &institution),
            (":date", &date),
            (":start_time", &start),
            (":end_time", &end),
            (":place", &d.place),
            (":grades", &d.grades),
            (":expected_pupils", &d.expected_pupils),
            (":contact", &d.contact),
            (":status", &status),
            (":cancel_reason", &cancel_reason),
            (":needs_role_models", &d.needs_role_models),
            (":needs_ambassadors", &d.needs_ambassadors),
            (":notes", &d.notes),
        ];
        params.extend_from_slice(extra);
        Ok(self.conn.prepare_cached(sql)?.execute(params.as_slice())?)
    }
}

#[cfg(test)]
mod time_tests {
    use chrono::{NaiveTime, Timelike};

    use super::{hh_mm, time_from_sql};

    #[test]
    fn hh_mm_agrees_with_chrono_and_leaves_the_rest_to_it() {
        for minute in 0..24 * 60 {
            let t = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).expect("time");
            let text = t.format("%H:%M").to_string();
            assert_eq!(hh_mm(&text), Some(t), "{text}");
            assert_eq!(time_from_sql(0, Some(text)).expect("parses"), Some(t));
        }
        for bad in ["24:00", "12:60", "1200", "12.00", "ab:cd", "", "１２:00"] {
            assert_eq!(hh_mm(bad), None, "{bad}");
            assert!(time_from_sql(0, Some(bad.into())).is_err(), "{bad}");
        }
        // Not the stored shape: chrono reads it as before.
        assert_eq!(hh_mm("9:05"), None);
        let nine = time_from_sql(0, Some("9:05".into())).expect("parses");
        assert_eq!(nine.map(|t| (t.hour(), t.minute())), Some((9, 5)));
    }
}
