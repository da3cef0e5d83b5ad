//! Read-only queries for the dashboard (Oversigt) and the calendar export: appointments ending
//! soon, primary schools without a visit in the season, the events of a period with what a
//! calendar entry shows, and finding a person by id or name.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::named_params;

use crate::domain::collate;
use crate::domain::event::{EventKind, EventStatus};

use super::events::time_from_sql;
use super::{Database, StorageError, code_from_sql, date_from_sql, date_to_sql};

/// An appointment that ends soon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndingAppointment {
    pub person_id: i64,
    pub name: String,
    pub end: NaiveDate,
}

/// What one calendar entry shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEntry {
    pub event_id: i64,
    pub uid: String,
    pub sequence: i64,
    pub date: NaiveDate,
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
    pub kind: EventKind,
    pub status: EventStatus,
    pub institution: Option<String>,
    pub address: Option<String>,
    pub place: String,
    pub grades: String,
    pub contact: String,
    pub notes: String,
    /// Why it was cancelled (empty unless cancelled).
    pub cancel_reason: String,
    /// Booked persons (pending or attended), in name order.
    pub people: Vec<String>,
}

/// How a person given on the command line was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonMatch {
    One(i64, String),
    None,
    /// Several persons have that name.
    Many(Vec<String>),
}

/// The most rows a dashboard list returns.
const ALERT_LIMIT: usize = 200;
/// The most events a calendar export holds.
const CALENDAR_LIMIT: i64 = 100_000;

impl Database {
    /// Active appointments of current persons ending from `from` to `to` that no later
    /// appointment follows: how many, and the first `limit` of them, soonest first. A range of
    /// `appointments_by_status_end`, then each one's person (`CROSS JOIN` keeps that order; from
    /// the persons it read every current person); the count reads whether a person is archived
    /// from the small `persons_kind` index, the list only its own rows' names.
    pub fn appointments_ending(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        limit: usize,
    ) -> Result<(usize, Vec<EndingAppointment>), StorageError> {
        const WHERE: &str = "FROM appointments a INDEXED BY appointments_by_status_end \
             CROSS JOIN persons p {index} ON p.id = a.person_id \
             WHERE a.status = 'active' AND a.term_end BETWEEN :from AND :to AND p.archived = 0 \
             AND NOT EXISTS (SELECT 1 FROM appointments b WHERE b.person_id = a.person_id \
                             AND b.term_start > a.term_end)";
        let (from, to) = (date_to_sql(Some(from)), date_to_sql(Some(to)));
        self.count_and_first(
            &format!(
                "SELECT count(*) {}",
                WHERE.replace("{index}", "INDEXED BY persons_kind")
            ),
            &format!(
                "SELECT p.id, p.name, a.term_end {} \
                 ORDER BY a.term_end, p.name_sort, p.id LIMIT :limit",
                WHERE.replace("{index}", "")
            ),
            &[(":from", &from), (":to", &to)],
            limit,
            |r| {
                Ok(EndingAppointment {
                    person_id: r.get(0)?,
                    name: r.get(1)?,
                    end: date_from_sql(2, r.get(2)?)?.unwrap_or_default(),
                })
            },
        )
    }

    /// Active primary schools with no event (other than cancelled) from `from` to `to`, in
    /// Danish name order: `(id, name)` (at most the dashboard's 200), and how many there are
    /// in all.
    pub fn schools_not_visited(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<(usize, Vec<(i64, String)>), StorageError> {
        self.schools_not_visited_up_to(from, to, ALERT_LIMIT)
    }

    /// [`Database::schools_not_visited`] with at most `limit` names (the committee report
    /// lists them all in its appendix).
    pub fn schools_not_visited_up_to(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        limit: usize,
    ) -> Result<(usize, Vec<(i64, String)>), StorageError> {
        const WHERE: &str = "FROM institutions i WHERE i.kind = 'primary_school' AND i.active = 1 \
             AND NOT EXISTS (SELECT 1 FROM events e WHERE e.institution_id = i.id \
                             AND e.date BETWEEN :from AND :to AND e.status <> 'cancelled')";
        let (from, to) = (date_to_sql(Some(from)), date_to_sql(Some(to)));
        self.count_and_first(
            &format!("SELECT count(*) {WHERE}"),
            &format!("SELECT i.id, i.name {WHERE} ORDER BY i.name_sort, i.id LIMIT :limit"),
            &[(":from", &from), (":to", &to)],
            limit,
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// The events of `from..=to` (either open-ended), only those `person_id` is booked on when
    /// given, in date order, with what a calendar entry shows.
    pub fn calendar_entries(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        person_id: Option<i64>,
    ) -> Result<Vec<CalendarEntry>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.ics_uid, e.sequence, e.date, e.start_time, e.end_time, e.kind, \
             e.status, i.name, i.address, e.place, e.grades, e.contact, e.notes, e.cancel_reason, \
             (SELECT group_concat(name, char(10)) FROM \
                (SELECT p.name FROM assignments a CROSS JOIN persons p ON p.id = a.person_id \
                 WHERE a.event_id = e.id AND a.status IN ('booked', 'confirmed', 'attended') \
                 ORDER BY p.name_sort)) \
             FROM events e LEFT JOIN institutions i ON i.id = e.institution_id \
             WHERE (:from IS NULL OR e.date >= :from) AND (:to IS NULL OR e.date <= :to) \
             AND (:person IS NULL OR EXISTS (SELECT 1 FROM assignments x \
                  WHERE x.event_id = e.id AND x.person_id = :person)) \
             ORDER BY e.date, e.start_time, e.id LIMIT :limit",
        )?;
        let rows = stmt.query_map(
            named_params! {
                ":from": date_to_sql(from),
                ":to": date_to_sql(to),
                ":person": person_id,
                ":limit": CALENDAR_LIMIT,
            },
            |r| {
                let people: Option<String> = r.get(15)?;
                Ok(CalendarEntry {
                    event_id: r.get(0)?,
                    uid: r.get(1)?,
                    sequence: r.get(2)?,
                    date: date_from_sql(3, r.get(3)?)?.unwrap_or_default(),
                    start: time_from_sql(4, r.get(4)?)?,
                    end: time_from_sql(5, r.get(5)?)?,
                    kind: code_from_sql(6, &r.get::<_, String>(6)?, EventKind::from_code)?,
                    status: code_from_sql(7, &r.get::<_, String>(7)?, EventStatus::from_code)?,
                    institution: r.get(8)?,
                    address: r.get(9)?,
                    place: r.get(10)?,
                    grades: r.get(11)?,
                    contact: r.get(12)?,
                    notes: r.get(13)?,
                    cancel_reason: r.get(14)?,
                    people: people
                        .map(|p| p.split('\n').map(ToString::to_string).collect())
                        .unwrap_or_default(),
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The person `text` names: an id, or a name (case- and accent-insensitive, whole name).
    pub fn find_person(&self, text: &str) -> Result<PersonMatch, StorageError> {
        let text = text.trim();
        if let Ok(id) = text.parse::<i64>() {
            let found: Option<String> = rusqlite::OptionalExtension::optional(
                self.conn
                    .prepare_cached("SELECT name FROM persons WHERE id = :id")?
                    .query_row(named_params! { ":id": id }, |r| r.get(0)),
            )?;
            return Ok(found.map_or(PersonMatch::None, |name| PersonMatch::One(id, name)));
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name FROM persons WHERE name_fold = :fold ORDER BY name_sort, id LIMIT 20",
        )?;
        let rows: Vec<(i64, String)> = stmt
            .query_map(named_params! { ":fold": collate::fold(text) }, |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<Result<_, _>>()?;
        Ok(match rows.len() {
            0 => PersonMatch::None,
            1 => {
                let (id, name) = rows.into_iter().next().unwrap_or_default();
                PersonMatch::One(id, name)
            }
            _ => PersonMatch::Many(rows.into_iter().map(|(_, n)| n).collect()),
        })
    }
}
