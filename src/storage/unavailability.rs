//! Unavailability: a person's periods of absence (exams, holidays), listed for the detail pane
//! and edited from it, each change with its audit row and optimistic concurrency.

use chrono::NaiveDate;
use rusqlite::{Row, named_params};

use crate::domain::schedule::Unavailability;

use super::afbud::CancelCause;
use super::{Database, StorageError, date_from_sql, date_to_sql};

/// A bound for one person's periods.
pub const PERIODS_LIMIT: usize = 500;

const COLUMNS: &str = "id, version, person_id, from_date, to_date, reason";

fn period_from_row(r: &Row<'_>) -> Result<Unavailability, rusqlite::Error> {
    Ok(Unavailability {
        id: r.get(0)?,
        version: r.get(1)?,
        person_id: r.get(2)?,
        from: date_from_sql(3, r.get(3)?)?.unwrap_or_default(),
        to: date_from_sql(4, r.get(4)?)?.unwrap_or_default(),
        reason: r.get(5)?,
    })
}

impl Database {
    /// One period with its row version.
    pub fn unavailability_period(&self, id: i64) -> Result<Unavailability, StorageError> {
        let sql = format!("SELECT {COLUMNS} FROM unavailability WHERE id = :id");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(named_params! { ":id": id }, period_from_row)?)
    }

    /// A person's periods, earliest first (at most `limit`).
    pub fn unavailability(
        &self,
        person_id: i64,
        limit: usize,
    ) -> Result<Vec<Unavailability>, StorageError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM unavailability WHERE person_id = :person_id \
             ORDER BY from_date, id LIMIT :limit"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            named_params! { ":person_id": person_id, ":limit": limit as i64 },
            period_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds a period (`to` not before `from`, which the schema enforces); returns its id and
    /// how many bookings it cancelled. The person's pending bookings in the period are cancelled
    /// as *afbud* with the reason when `confirmed` names exactly them (see `storage::afbud`;
    /// otherwise [`StorageError::BookingsAffected`] and nothing is written).
    pub fn add_unavailability(
        &mut self,
        person_id: i64,
        from: NaiveDate,
        to: NaiveDate,
        reason: &str,
        confirmed: &[i64],
    ) -> Result<(i64, usize), StorageError> {
        self.batch(|db| {
            let affected = db.pending_bookings(person_id, from, Some(to.max(from)))?;
            let cancelled =
                db.cancel_affected(affected, confirmed, CancelCause::Unavailable, reason.trim())?;
            db.conn
                .prepare_cached(
                    "INSERT INTO unavailability (person_id, from_date, to_date, reason) \
                     VALUES (:person_id, :from, :to, :reason)",
                )?
                .execute(named_params! {
                    ":person_id": person_id,
                    ":from": date_to_sql(Some(from)),
                    ":to": date_to_sql(Some(to)),
                    ":reason": reason.trim(),
                })?;
            let id = db.conn.last_insert_rowid();
            let after = serde_json::to_value(db.unavailability_period(id)?)?;
            db.audit(
                "unavailability.create",
                "unavailability",
                id,
                None,
                Some(after),
            )?;
            Ok((id, cancelled))
        })
    }

    /// Changes a period loaded at `version`; the bookings it then covers are cancelled as in
    /// [`Database::add_unavailability`]. Returns how many.
    pub fn update_unavailability(
        &mut self,
        id: i64,
        version: i64,
        from: NaiveDate,
        to: NaiveDate,
        reason: &str,
        confirmed: &[i64],
    ) -> Result<usize, StorageError> {
        self.batch(|db| {
            let before = db.unavailability_period(id)?;
            let affected = db.pending_bookings(before.person_id, from, Some(to.max(from)))?;
            let cancelled =
                db.cancel_affected(affected, confirmed, CancelCause::Unavailable, reason.trim())?;
            let changed = db
                .conn
                .prepare_cached(
                    "UPDATE unavailability SET from_date = :from, to_date = :to, \
                     reason = :reason, version = version + 1 \
                     WHERE id = :id AND version = :version",
                )?
                .execute(named_params! {
                    ":from": date_to_sql(Some(from)),
                    ":to": date_to_sql(Some(to)),
                    ":reason": reason.trim(),
                    ":id": id,
                    ":version": version,
                })?;
            if changed == 0 {
                return Err(StorageError::Conflict);
            }
            let after = serde_json::to_value(db.unavailability_period(id)?)?;
            let before = serde_json::to_value(before)?;
            db.audit(
                "unavailability.update",
                "unavailability",
                id,
                Some(before),
                Some(after),
            )?;
            Ok(cancelled)
        })
    }

    /// Deletes a period loaded at `version`.
    pub fn delete_unavailability(&mut self, id: i64, version: i64) -> Result<(), StorageError> {
        self.batch(|db| {
            let before = db.unavailability_period(id)?;
            let deleted = db
                .conn
                .prepare_cached("DELETE FROM unavailability WHERE id = :id AND version = :version")?
                .execute(named_params! { ":id": id, ":version": version })?;
            if deleted == 0 {
                return Err(StorageError::Conflict);
            }
            let before = serde_json::to_value(before)?;
            db.audit(
                "unavailability.delete",
                "unavailability",
                id,
                Some(before),
                None,
            )
        })
    }
}
