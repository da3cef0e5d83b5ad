//! Transactions and the audit log.
//!
//! [`Database::batch`] is the one way to write: outside a transaction it runs its closure in a
//! `BEGIN IMMEDIATE` transaction (the write lock is taken up front, so a concurrent writer waits
//! on the busy timeout rather than failing later with a stale snapshot); inside one it uses a
//! savepoint, so every public mutating method can call it and still be "one user action, one
//! transaction" on its own, or one step of a larger batch (the demo generator, imports) that
//! commits or rolls back as a whole.
//!
//! Each change writes an [`AuditEntry`] in the same transaction: who (the actor of the handle),
//! when (the handle's clock, RFC 3339 with offset), what (`person.update`, …), which row, and the
//! row before and after as JSON (the serde form of the domain type, `id` and `version` included).

use rusqlite::named_params;
use serde_json::Value;

use super::{Database, StorageError};

/// One row of the audit log.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub id: i64,
    /// RFC 3339 local time with offset, e.g. `2026-11-27T14:03:05+01:00`.
    pub at: String,
    pub actor: String,
    /// `table.verb`, e.g. `person.create`, `person.update`, `person.archive`, `person.delete`.
    pub action: String,
    pub table: String,
    pub row_id: Option<i64>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

impl Database {
    /// Runs `f` as one transaction: everything it writes is committed together, or — when it
    /// returns an error — nothing is. Nested calls (and the public mutating methods called inside
    /// `f`) become savepoints of the outer transaction.
    pub fn batch<T>(
        &mut self,
        f: impl FnOnce(&mut Database) -> Result<T, StorageError>,
    ) -> Result<T, StorageError> {
        if self.conn.is_autocommit() {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            match f(self) {
                Ok(value) => match self.conn.execute_batch("COMMIT") {
                    Ok(()) => Ok(value),
                    Err(e) => {
                        self.rollback();
                        Err(e.into())
                    }
                },
                Err(e) => {
                    self.rollback();
                    Err(e)
                }
            }
        } else {
            self.conn.execute_batch("SAVEPOINT korps_step")?;
            match f(self) {
                Ok(value) => {
                    self.conn.execute_batch("RELEASE korps_step")?;
                    Ok(value)
                }
                Err(e) => {
                    let _ = self
                        .conn
                        .execute_batch("ROLLBACK TO korps_step; RELEASE korps_step");
                    Err(e)
                }
            }
        }
    }

    /// Rolls back the open transaction, if SQLite has not already done so.
    fn rollback(&self) {
        if !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }

    /// Writes one audit row; call inside [`Database::batch`] together with the change.
    pub(crate) fn audit(
        &self,
        action: &str,
        table: &str,
        row_id: i64,
        before: Option<Value>,
        after: Option<Value>,
    ) -> Result<(), StorageError> {
        let before = before.map(|v| v.to_string());
        let after = after.map(|v| v.to_string());
        self.conn
            .prepare_cached(
                "INSERT INTO audit_log (at, actor, action, table_name, row_id, before_json, \
                 after_json) VALUES (:at, :actor, :action, :table, :row_id, :before, :after)",
            )?
            .execute(named_params! {
                ":at": self.now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
                ":actor": self.actor,
                ":action": action,
                ":table": table,
                ":row_id": row_id,
                ":before": before,
                ":after": after,
            })?;
        Ok(())
    }

    /// The newest `limit` audit rows of one row of `table` (`persons`, `institutions`, …),
    /// newest first.
    pub fn audit_entries(
        &self,
        table: &str,
        row_id: i64,
        limit: usize,
    ) -> Result<Vec<AuditEntry>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, at, actor, action, table_name, row_id, before_json, after_json \
             FROM audit_log WHERE table_name = :table AND row_id = :row_id \
             ORDER BY id DESC LIMIT :limit",
        )?;
        let rows = stmt.query_map(
            named_params! { ":table": table, ":row_id": row_id, ":limit": limit as i64 },
            |r| {
                Ok(AuditEntry {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    actor: r.get(2)?,
                    action: r.get(3)?,
                    table: r.get(4)?,
                    row_id: r.get(5)?,
                    before: json_column(r, 6)?,
                    after: json_column(r, 7)?,
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// A JSON text column as a value (`NULL` as `None`).
fn json_column(row: &rusqlite::Row<'_>, index: usize) -> Result<Option<Value>, rusqlite::Error> {
    let text: Option<String> = row.get(index)?;
    text.map(|t| {
        serde_json::from_str(&t).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                index,
                rusqlite::types::Type::Text,
                Box::new(e),
            )
        })
    })
    .transpose()
}
