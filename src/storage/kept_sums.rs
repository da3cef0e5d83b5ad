//! A budget year's sums kept in the file (migration 9), so a fresh process — `korps render`,
//! the TUI's first frame, `korps budget` — reads the year's figures from one row instead of
//! pricing every pending booking and open need of the year.
//!
//! Valid by construction: a row is served only while `money_stamp.n` is the value it was read
//! under, and every table's triggers bump `n` in the same statement as any insert, update or
//! delete (a test fails for a table without them). A row written inside a transaction is
//! committed or rolled back with it. The program's version is part of the row, so a newer
//! korps that prices differently reads the data again. `korps check` compares every kept row
//! that is current with the data (`stale_kept_years`).
//!
//! Keeping is best effort: a read-only connection, or a writer that is busy elsewhere, just
//! does not keep (never waits for the lock); the figures are the same either way.

use std::collections::HashMap;
use std::time::Duration;

use rusqlite::{MAIN_DB, OptionalExtension, named_params};
use serde::{Deserialize, Serialize};

use super::year_cache::YearSums;
use super::{Database, StorageError};
use crate::domain::event::EventKind;

/// The program that wrote a row; a row of another version is read again from the data.
const PROGRAM: &str = env!("CARGO_PKG_VERSION");

/// A row's `sums` column.
#[derive(Serialize, Deserialize)]
struct Kept {
    program: String,
    planned: Vec<(EventKind, i64)>,
    unstaffed: Vec<(EventKind, i64)>,
    committed: Vec<(EventKind, i64)>,
    paid_by_month: [i64; 12],
    expenses_by_month: [i64; 12],
    approved: i64,
    awaiting: i64,
}

fn sorted(map: &HashMap<EventKind, i64>) -> Vec<(EventKind, i64)> {
    let mut out: Vec<_> = map.iter().map(|(k, v)| (*k, *v)).collect();
    out.sort_by_key(|(k, _)| k.code());
    out
}

fn encode(sums: &YearSums) -> Option<String> {
    serde_json::to_string(&Kept {
        program: PROGRAM.to_string(),
        planned: sorted(&sums.planned_by_kind),
        unstaffed: sorted(&sums.unstaffed_by_kind),
        committed: sorted(&sums.committed_by_kind),
        paid_by_month: sums.paid_by_month,
        expenses_by_month: sums.expenses_by_month,
        approved: sums.approved,
        awaiting: sums.awaiting,
    })
    .ok()
}

/// The sums of a row written by this program; `None` for another version or unreadable text.
fn decode(text: &str) -> Option<YearSums> {
    let kept: Kept = serde_json::from_str(text).ok()?;
    (kept.program == PROGRAM).then(|| YearSums {
        planned_by_kind: kept.planned.into_iter().collect(),
        unstaffed_by_kind: kept.unstaffed.into_iter().collect(),
        committed_by_kind: kept.committed.into_iter().collect(),
        paid_by_month: kept.paid_by_month,
        expenses_by_month: kept.expenses_by_month,
        approved: kept.approved,
        awaiting: kept.awaiting,
    })
}

impl Database {
    /// `year`'s sums: the kept row when it is current, otherwise read from the data and kept.
    /// Call it inside a transaction (a read snapshot or the caller's write), so the sums and
    /// the stamp they are kept under describe the same state.
    pub(super) fn kept_or_read_year_sums(&self, year: i32) -> Result<YearSums, StorageError> {
        if let Some(sums) = self.kept_in_file(year)? {
            return Ok(sums);
        }
        let sums = self.read_year_sums(year)?;
        self.keep_in_file(year, &sums);
        Ok(sums)
    }

    /// The kept sums of `year` when they were read under the current stamp.
    fn kept_in_file(&self, year: i32) -> Result<Option<YearSums>, StorageError> {
        let text: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT k.sums FROM kept_year_sums k JOIN money_stamp s ON s.n = k.stamp \
                 WHERE k.year = :year AND s.id = 1",
            )?
            .query_row(named_params! { ":year": year }, |r| r.get(0))
            .optional()?;
        Ok(text.as_deref().and_then(decode))
    }

    /// The file's stamp now (the gate reads it before a command changes it).
    pub(super) fn money_stamp(&self) -> Result<i64, StorageError> {
        Ok(self
            .conn
            .prepare_cached("SELECT n FROM money_stamp WHERE id = 1")?
            .query_row([], |r| r.get(0))?)
    }

    /// The kept sums of `year` if they were read under the file's stamp `n` (the gate's state
    /// before a command, inside its transaction); `None` otherwise or on any error.
    pub(super) fn kept_in_file_at(&self, year: i32, n: i64) -> Option<YearSums> {
        let text: String = self
            .conn
            .prepare_cached("SELECT sums FROM kept_year_sums WHERE year = :year AND stamp = :n")
            .ok()?
            .query_row(named_params! { ":year": year, ":n": n }, |r| r.get(0))
            .ok()?;
        decode(&text)
    }

    /// Keeps `sums` as `year`'s under the current stamp, when this connection may write at
    /// once (see the module doc); otherwise does nothing.
    pub(super) fn keep_in_file(&self, year: i32, sums: &YearSums) {
        if self.conn.is_readonly(MAIN_DB).unwrap_or(true) {
            return;
        }
        let Some(text) = encode(sums) else { return };
        let waited: Option<i64> = self
            .conn
            .pragma_query_value(None, "busy_timeout", |r| r.get(0))
            .ok();
        let _ = self.conn.busy_timeout(Duration::ZERO);
        let _ = self
            .conn
            .prepare_cached(
                "INSERT OR REPLACE INTO kept_year_sums (year, stamp, sums) \
                 SELECT :year, n, :sums FROM money_stamp WHERE id = 1",
            )
            .and_then(|mut stmt| stmt.execute(named_params! { ":year": year, ":sums": text }));
        if let Some(ms) = waited {
            let _ = self
                .conn
                .busy_timeout(Duration::from_millis(u64::try_from(ms).unwrap_or(0)));
        }
    }

    /// The years whose kept row is current but differs from the data (`korps check`; always
    /// empty unless a bump trigger is missing or the file was edited around them).
    pub fn stale_kept_years(&self) -> Result<Vec<i32>, StorageError> {
        let rows: Vec<(i32, String)> = self
            .conn
            .prepare(
                "SELECT k.year, k.sums FROM kept_year_sums k JOIN money_stamp s \
                 ON s.id = 1 AND s.n = k.stamp ORDER BY k.year LIMIT 1000",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut stale = Vec::new();
        for (year, text) in rows {
            if let Some(kept) = decode(&text)
                && kept != self.read_year_sums(year)?
            {
                stale.push(year);
            }
        }
        Ok(stale)
    }
}

#[cfg(test)]
#[path = "kept_sums_tests.rs"]
mod tests;
