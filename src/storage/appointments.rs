//! Appointments (*udpegninger*): a season's windowed list, appointing one or several persons in
//! one transaction, ending a term early, renewal of last season's people, a person's terms for
//! the roster's detail pane, and the recruitment quick step — each change with its audit row.
//!
//! Decisions:
//! - A season's list holds every appointment whose *effective* term (the early end date when it
//!   was ended early) shares a day with the season, Danish-sorted by the person's `name_sort`,
//!   then by term start. In SQL the effective end is `COALESCE(ended_on, term_end)` (the schema
//!   guarantees `ended_on <= term_end`).
//! - Appointing checks each person's existing terms with `domain::appointment::validate_term`
//!   inside the transaction, so two coordinators appointing the same person at once cannot both
//!   succeed. A refusal is [`StorageError::Appointment`] naming the person; nothing of the
//!   batch is written.
//! - Appointing sets the person's recruitment status to *udpeget* (history row dated `on`, the
//!   caller's today) unless it already is; the person's row version goes up, so an open form on
//!   that person sees a conflict rather than overwriting the status.
//! - Ending early keeps the row and its appointed end (history); only the status, the early end
//!   date and the reason change.

use chrono::NaiveDate;
use rusqlite::{Row, named_params};

use crate::domain::appointment::{
    Appointment, AppointmentError, AppointmentStatus, ConsentFacts, default_end,
    renewal_candidates, validate_term,
};
use crate::domain::person::{Person, PersonKind, PersonRow, Recruitment};
use crate::domain::season::Season;

use super::afbud::CancelCause;
use super::list_position::ListOrder;
use super::search::Query;
use super::{Database, StorageError, code_from_sql, date_from_sql, date_to_sql};

/// The most terms one person is expected to have; a bound for the per-person queries.
pub const PERSON_TERMS_LIMIT: usize = 500;
/// A bound for the renewal queries (far above any real corps).
const RENEWAL_LIMIT: i64 = 100_000;

/// What the Udpegninger list shows: the season's days and an optional kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppointmentFilter {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub kind: Option<PersonKind>,
}

impl AppointmentFilter {
    /// Every appointment overlapping `season`.
    pub fn season(season: Season) -> AppointmentFilter {
        AppointmentFilter {
            from: season.first_day(),
            to: season.last_day(),
            kind: None,
        }
    }
}

/// One line of the Udpegninger list: the appointment and what is shown of its person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppointmentRow {
    pub appointment: Appointment,
    pub name: String,
    pub kind: PersonKind,
    pub institution: Option<String>,
    pub education: String,
    pub recruitment: Recruitment,
    /// What the flags need.
    pub facts: ConsentFacts,
}

const APPT_COLUMNS: &str =
    "a.id, a.version, a.person_id, a.term_start, a.term_end, a.status, a.ended_on, a.end_reason";

const FROM: &str = "FROM appointments a JOIN persons p ON p.id = a.person_id";

/// A dense season's window walks persons in Danish order (`persons_by_name`) and each one's
/// terms (`appointments_by_person`, in term order), so it stops after its rows instead of
/// sorting the whole season; `CROSS JOIN` keeps SQLite from choosing the term index and a sort.
const WALK_FROM: &str = "FROM persons p CROSS JOIN appointments a ON a.person_id = p.id";

/// A sparse season's window (most persons have no term in it) finds its terms by the
/// effective-term index and sorts them by the name keys from `persons_sort_by_id`: walking
/// every person would cost more than sorting a few hundred terms.
const SORT_FROM: &str =
    "FROM appointments a JOIN persons p INDEXED BY persons_sort_by_id ON p.id = a.person_id";

/// Up to this many terms a season counts as sparse (measured on a scale-100 demo corps).
const SPARSE: usize = 1_500;

const ORDER: &str = "ORDER BY p.name_sort, p.id, a.term_start, a.id";

fn filter_query(filter: &AppointmentFilter) -> Query {
    let mut q = Query::default();
    q.clause("a.term_start <= :season_to");
    q.bind(":season_to", date_to_sql(Some(filter.to)));
    q.clause("COALESCE(a.ended_on, a.term_end) >= :season_from");
    q.bind(":season_from", date_to_sql(Some(filter.from)));
    if let Some(kind) = filter.kind {
        q.clause("p.kind = :kind");
        q.bind(":kind", kind.code().to_string());
    }
    q
}

/// An appointment from the columns [`APPT_COLUMNS`] starting at column 0.
fn appointment_from_row(r: &Row<'_>) -> Result<Appointment, rusqlite::Error> {
    let status: String = r.get(5)?;
    let status = match status.as_str() {
        "ended_early" => AppointmentStatus::EndedEarly {
            date: date_from_sql(6, r.get(6)?)?.unwrap_or_default(),
            reason: r.get(7)?,
        },
        other => code_from_sql(5, other, |c| {
            (c == "active").then_some(AppointmentStatus::Active)
        })?,
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

fn row_from_row(r: &Row<'_>) -> Result<AppointmentRow, rusqlite::Error> {
    Ok(AppointmentRow {
        appointment: appointment_from_row(r)?,
        name: r.get(8)?,
        kind: code_from_sql(9, &r.get::<_, String>(9)?, PersonKind::from_code)?,
        institution: r.get(10)?,
        education: r.get(11)?,
        facts: ConsentFacts {
            birth_date: date_from_sql(12, r.get(12)?)?,
            consent_date: date_from_sql(13, r.get(13)?)?,
            guardian_consent_date: date_from_sql(14, r.get(14)?)?,
        },
        recruitment: code_from_sql(15, &r.get::<_, String>(15)?, Recruitment::from_code)?,
    })
}

impl Database {
    /// How many appointments match `filter`.
    pub fn count_appointments(&self, filter: &AppointmentFilter) -> Result<usize, StorageError> {
        let q = filter_query(filter);
        // Without a kind filter the persons are not needed: the count reads one index.
        let from = if filter.kind.is_some() {
            FROM
        } else {
            "FROM appointments a"
        };
        let sql = format!("SELECT count(*) {from}{}", q.where_sql());
        let n: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(q.params(&[]).as_slice(), |r| r.get(0))?;
        Ok(n as usize)
    }

    /// Appointments matching `filter`, Danish-sorted by person, rows `offset..offset + limit`.
    pub fn list_appointments(
        &self,
        filter: &AppointmentFilter,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<AppointmentRow>, StorageError> {
        let total = self.count_appointments(filter)?;
        self.appointments_window(filter, total, offset, limit)
    }

    /// How many appointments match `filter` and the rows from `offset` (moved back to the last
    /// full window when the list has become shorter): the screen's load, one count for both the
    /// total and the choice of plan.
    pub fn appointments_page(
        &self,
        filter: &AppointmentFilter,
        offset: usize,
        limit: usize,
    ) -> Result<(usize, usize, Vec<AppointmentRow>), StorageError> {
        let total = self.count_appointments(filter)?;
        let offset = if offset >= total {
            total.saturating_sub(limit)
        } else {
            offset
        };
        let rows = self.appointments_window(filter, total, offset, limit)?;
        Ok((total, offset, rows))
    }

    /// Rows `offset..offset + limit` of the `total` appointments matching `filter`.
    fn appointments_window(
        &self,
        filter: &AppointmentFilter,
        total: usize,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<AppointmentRow>, StorageError> {
        let q = filter_query(filter);
        let window_from = if total > SPARSE { WALK_FROM } else { SORT_FROM };
        let sql = format!(
            "SELECT {APPT_COLUMNS}, p.name, p.kind, i.name, p.education, p.birth_date, \
             p.consent_date, p.guardian_consent_date, p.recruitment \
             FROM (SELECT a.id {window_from}{} {ORDER} LIMIT :limit OFFSET :offset) AS w \
             JOIN appointments a ON a.id = w.id \
             JOIN persons p ON p.id = a.person_id \
             LEFT JOIN institutions i ON i.id = p.home_institution_id {ORDER}",
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

    /// The position of appointment `id` in the list for `filter` (to select it after a change).
    pub fn appointment_position(
        &self,
        filter: &AppointmentFilter,
        id: i64,
    ) -> Result<Option<usize>, StorageError> {
        let order = ListOrder {
            from: FROM,
            is_row: "a.id = :id",
            before_row: "(p.name_sort, p.id, a.term_start, a.id) < (SELECT p2.name_sort, p2.id, \
                a2.term_start, a2.id FROM appointments a2 JOIN persons p2 ON p2.id = a2.person_id \
                WHERE a2.id = :id)",
        };
        self.list_position(&order, || filter_query(filter), id)
    }

    /// One appointment with its row version.
    pub fn appointment(&self, id: i64) -> Result<Appointment, StorageError> {
        let sql = format!("SELECT {APPT_COLUMNS} FROM appointments a WHERE a.id = :id");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(named_params! { ":id": id }, appointment_from_row)?)
    }

    /// A person's appointments, newest term first (at most `limit`).
    pub fn person_appointments(
        &self,
        person_id: i64,
        limit: usize,
    ) -> Result<Vec<Appointment>, StorageError> {
        let sql = format!(
            "SELECT {APPT_COLUMNS} FROM appointments a WHERE a.person_id = :person_id \
             ORDER BY a.term_start DESC, a.id DESC LIMIT :limit"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            named_params! { ":person_id": person_id, ":limit": limit as i64 },
            appointment_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Appoints each of `person_ids` for `start`–`end` in one transaction and returns the new
    /// appointment ids (in the order given). A person with an overlapping term refuses the whole
    /// batch ([`StorageError::Appointment`]). Each person's recruitment status becomes *udpeget*
    /// on `on` (today) unless it already is.
    pub fn appoint(
        &mut self,
        person_ids: &[i64],
        start: NaiveDate,
        end: NaiveDate,
        on: NaiveDate,
    ) -> Result<Vec<i64>, StorageError> {
        self.batch(|db| {
            person_ids
                .iter()
                .map(|&person_id| db.appoint_one(person_id, start, end, on))
                .collect()
        })
    }

    fn appoint_one(
        &mut self,
        person_id: i64,
        start: NaiveDate,
        end: NaiveDate,
        on: NaiveDate,
    ) -> Result<i64, StorageError> {
        let person = self.person(person_id)?;
        let existing = self.person_appointments(person_id, PERSON_TERMS_LIMIT)?;
        validate_term(0, person_id, start, end, &existing).map_err(|error| {
            StorageError::Appointment {
                name: person.data.name.clone(),
                error,
            }
        })?;
        self.conn
            .prepare_cached(
                "INSERT INTO appointments (person_id, term_start, term_end) \
                 VALUES (:person_id, :start, :end)",
            )?
            .execute(named_params! {
                ":person_id": person_id,
                ":start": date_to_sql(Some(start)),
                ":end": date_to_sql(Some(end)),
            })?;
        let id = self.conn.last_insert_rowid();
        let after = serde_json::to_value(self.appointment(id)?)?;
        self.audit("appointment.create", "appointments", id, None, Some(after))?;
        if person.data.recruitment != Recruitment::Appointed {
            self.write_recruitment(&person, Recruitment::Appointed, on)?;
        }
        Ok(id)
    }

    /// Records a term as it was (the demo generator, imports of old lists): checked for overlap
    /// like [`Database::appoint`] and audited, but the person's recruitment status is left as it
    /// is. `status` may be ended early (date within the term, reason required).
    pub fn record_appointment(
        &mut self,
        person_id: i64,
        start: NaiveDate,
        end: NaiveDate,
        status: &AppointmentStatus,
    ) -> Result<i64, StorageError> {
        self.batch(|db| {
            let existing = db.person_appointments(person_id, PERSON_TERMS_LIMIT)?;
            let name = || db.person(person_id).map(|p| p.data.name);
            let mut term = Appointment {
                id: 0,
                version: 1,
                person_id,
                start,
                end,
                status: AppointmentStatus::Active,
            };
            let checked =
                validate_term(0, person_id, start, end, &existing).and_then(|()| match status {
                    AppointmentStatus::Active => Ok(()),
                    AppointmentStatus::EndedEarly { date, reason } => term.end_early(*date, reason),
                });
            if let Err(error) = checked {
                return Err(StorageError::Appointment {
                    name: name()?,
                    error,
                });
            }
            let (ended_on, reason) = match &term.status {
                AppointmentStatus::Active => (None, String::new()),
                AppointmentStatus::EndedEarly { date, reason } => (Some(*date), reason.clone()),
            };
            db.conn
                .prepare_cached(
                    "INSERT INTO appointments (person_id, term_start, term_end, status, \
                     ended_on, end_reason) VALUES (:person_id, :start, :end, :status, \
                     :ended_on, :reason)",
                )?
                .execute(named_params! {
                    ":person_id": person_id,
                    ":start": date_to_sql(Some(start)),
                    ":end": date_to_sql(Some(end)),
                    ":status": if ended_on.is_some() { "ended_early" } else { "active" },
                    ":ended_on": date_to_sql(ended_on),
                    ":reason": reason,
                })?;
            let id = db.conn.last_insert_rowid();
            let after = serde_json::to_value(db.appointment(id)?)?;
            db.audit("appointment.create", "appointments", id, None, Some(after))?;
            Ok(id)
        })
    }

    /// Ends appointment `id` (loaded at `version`) early: `date` is its last day, `reason` is
    /// required. The row and its appointed end stay as history. The person's pending bookings
    /// after `date` within the term are cancelled as *afbud* with the reason, when `confirmed`
    /// names exactly them (see `storage::afbud`; otherwise [`StorageError::BookingsAffected`]
    /// and nothing is written); attendance logged after `date` refuses the change. Returns how
    /// many bookings were cancelled.
    pub fn end_appointment_early(
        &mut self,
        id: i64,
        version: i64,
        date: NaiveDate,
        reason: &str,
        confirmed: &[i64],
    ) -> Result<usize, StorageError> {
        self.batch(|db| {
            let before = db.appointment(id)?;
            if before.version != version {
                return Err(StorageError::Conflict);
            }
            let mut after = before.clone();
            let day_after = date.succ_opt().unwrap_or(date);
            let refused = match after.end_early(date, reason) {
                Err(error) => Some(error),
                Ok(()) if date < before.end => db
                    .logged_booking_between(before.person_id, day_after, before.end)?
                    .map(|_| AppointmentError::LoggedAfterEnd),
                Ok(()) => None,
            };
            if let Some(error) = refused {
                let name = db.person(before.person_id)?.data.name;
                return Err(StorageError::Appointment { name, error });
            }
            let reason = match &after.status {
                AppointmentStatus::EndedEarly { reason, .. } => reason.clone(),
                AppointmentStatus::Active => String::new(),
            };
            let cancelled = if date < before.end {
                let affected =
                    db.pending_bookings(before.person_id, day_after, Some(before.end))?;
                db.cancel_affected(affected, confirmed, CancelCause::AppointmentEnded, &reason)?
            } else {
                0
            };
            let changed = db
                .conn
                .prepare_cached(
                    "UPDATE appointments SET status = 'ended_early', ended_on = :ended_on, \
                     end_reason = :reason, version = version + 1 \
                     WHERE id = :id AND version = :version",
                )?
                .execute(named_params! {
                    ":ended_on": date_to_sql(Some(date)),
                    ":reason": reason,
                    ":id": id,
                    ":version": version,
                })?;
            if changed == 0 {
                return Err(StorageError::Conflict);
            }
            let after = serde_json::to_value(db.appointment(id)?)?;
            let before = serde_json::to_value(before)?;
            db.audit(
                "appointment.end_early",
                "appointments",
                id,
                Some(before),
                Some(after),
            )?;
            Ok(cancelled)
        })
    }

    /// The persons to offer when renewing for `season`: last season's people with an active
    /// term (see `domain::appointment::renewal_candidates`), not archived, Danish-sorted.
    pub fn renewal_candidates(&self, season: Season) -> Result<Vec<PersonRow>, StorageError> {
        let last = season.prev();
        let (from, to) = (
            date_to_sql(Some(last.first_day())),
            date_to_sql(Some(last.last_day())),
        );
        let people = "SELECT person_id FROM appointments WHERE term_start <= :to \
                      AND COALESCE(ended_on, term_end) >= :from";
        let sql = format!(
            "SELECT {APPT_COLUMNS} FROM appointments a WHERE a.person_id IN ({people}) \
             ORDER BY a.id LIMIT :limit"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let terms: Vec<Appointment> = stmt
            .query_map(
                named_params! { ":from": from, ":to": to, ":limit": RENEWAL_LIMIT },
                appointment_from_row,
            )?
            .collect::<Result<_, _>>()?;
        let ids = renewal_candidates(
            &terms,
            (last.first_day(), last.last_day()),
            season.first_day(),
        );
        let sql = format!(
            "SELECT p.id, p.name, p.kind, p.birth_date, p.phone, p.email, i.name, \
             p.recruitment, p.archived FROM persons p \
             LEFT JOIN institutions i ON i.id = p.home_institution_id \
             WHERE p.archived = 0 AND p.id IN ({people}) ORDER BY p.name_sort, p.id LIMIT :limit"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            named_params! { ":from": from, ":to": to, ":limit": RENEWAL_LIMIT },
            |r| {
                Ok(PersonRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: code_from_sql(2, &r.get::<_, String>(2)?, PersonKind::from_code)?,
                    birth_date: date_from_sql(3, r.get(3)?)?,
                    phone: r.get(4)?,
                    email: r.get(5)?,
                    institution: r.get(6)?,
                    recruitment: code_from_sql(7, &r.get::<_, String>(7)?, Recruitment::from_code)?,
                    archived: r.get(8)?,
                })
            },
        )?;
        let mut out = Vec::new();
        for row in rows {
            let row = row?;
            if ids.binary_search(&row.id).is_ok() {
                out.push(row);
            }
        }
        Ok(out)
    }

    /// Renews `person_ids` for `season` in one transaction: each gets the default term from the
    /// season's first day. Any refusal writes nothing.
    pub fn renew(
        &mut self,
        person_ids: &[i64],
        season: Season,
        on: NaiveDate,
    ) -> Result<Vec<i64>, StorageError> {
        let start = season.first_day();
        self.appoint(person_ids, start, default_end(start), on)
    }

    /// Moves person `id` (loaded at `version`) to recruitment `status` on `on`, with a history
    /// row and an audit row. Setting the status it already has changes nothing.
    pub fn set_recruitment(
        &mut self,
        id: i64,
        version: i64,
        status: Recruitment,
        on: NaiveDate,
    ) -> Result<(), StorageError> {
        self.batch(|db| {
            let before = db.person(id)?;
            if before.version != version {
                return Err(StorageError::Conflict);
            }
            if before.data.recruitment == status {
                return Ok(());
            }
            db.write_recruitment(&before, status, on)
        })
    }

    /// Writes a new recruitment status of `before` (as loaded) with its history and audit rows.
    fn write_recruitment(
        &self,
        before: &Person,
        status: Recruitment,
        on: NaiveDate,
    ) -> Result<(), StorageError> {
        let changed = self
            .conn
            .prepare_cached(
                "UPDATE persons SET recruitment = :status, recruitment_changed = :on, \
                 version = version + 1 WHERE id = :id AND version = :version",
            )?
            .execute(named_params! {
                ":status": status.code(),
                ":on": date_to_sql(Some(on)),
                ":id": before.id,
                ":version": before.version,
            })?;
        if changed == 0 {
            return Err(StorageError::Conflict);
        }
        self.add_recruitment_history(before.id, status, on)?;
        let after = serde_json::to_value(self.person(before.id)?)?;
        let before_json = serde_json::to_value(before)?;
        self.audit(
            "person.recruitment",
            "persons",
            before.id,
            Some(before_json),
            Some(after),
        )
    }
}
