//! A budget year's money kept between reads while the database has not changed.
//!
//! The Budget screen (a year switch back and forth), the status bar and the "before the
//! action" checks (the figures before and after) ask for the same year's sums again and again,
//! and the current year's are the dearest to read: at scale 100 about 3 ms, almost all of it
//! pricing the 1,900 pending bookings of the year.
//!
//! Correctness comes first — a stale budget is worse than a slow one — so a kept value is only
//! served while the database's *change stamp* is the one it was read under:
//! - `PRAGMA data_version` changes when any other connection (another korps, another process)
//!   commits a change;
//! - `total_changes` counts the rows this connection inserted, updated or deleted, triggers
//!   included.
//!
//! The stamp and the sums are read in one read transaction, so they describe the same snapshot.
//! Inside a transaction of the caller nothing is served or kept (uncommitted rows may still be
//! rolled back, which changes no stamp). Any change anywhere forgets every year.

use std::cell::RefCell;
use std::collections::HashMap;

use super::{Database, StorageError};
use crate::domain::event::EventKind;

/// How many years are kept at most (paging through more starts the set again).
const MAX_YEARS: usize = 16;

/// What identifies one state of the database file (see the module doc).
pub type Stamp = (i64, u64);

/// The sums of one year that the budget figures are made of.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct YearSums {
    /// Pending bookings of the year's open events, priced, by event kind.
    pub planned_by_kind: HashMap<EventKind, i64>,
    /// What the open needs of the year's pending events would cost, by event kind.
    pub unstaffed_by_kind: HashMap<EventKind, i64>,
    /// Honoraria paid, approved or awaiting, by event kind.
    pub committed_by_kind: HashMap<EventKind, i64>,
    /// Paid honoraria per month.
    pub paid_by_month: [i64; 12],
    /// Expenses per month.
    pub expenses_by_month: [i64; 12],
    pub approved: i64,
    pub awaiting: i64,
}

/// Which parts of a year's sums a change can have moved (the gate's triggers record them, so
/// the figures after a change re-read only those, on top of the sums kept from before).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Parts {
    /// Planned and unstaffed: bookings, events, rates, a person's kind.
    pub planning: bool,
    /// The honoraria's totals (committed by kind, paid per month, approved, awaiting).
    pub honoraria: bool,
    /// The expenses per month.
    pub expenses: bool,
}

impl Parts {
    pub const ALL: Parts = Parts {
        planning: true,
        honoraria: true,
        expenses: true,
    };
}

/// The kept years and the stamp they were read under.
#[derive(Debug, Default)]
pub(crate) struct YearCache {
    stamp: Option<Stamp>,
    pub(super) years: HashMap<i32, YearSums>,
}

/// The cache as a `Database` field.
pub(crate) type YearCacheCell = RefCell<YearCache>;

impl Database {
    /// The change stamp of the database as this connection sees it now: it differs from an
    /// earlier one exactly when something was written since (here or by another process), so
    /// the app compares it to know when its figures are stale.
    pub fn change_stamp(&self) -> Result<Stamp, StorageError> {
        let version: i64 = self
            .conn
            .prepare_cached("PRAGMA data_version")?
            .query_row([], |r| r.get(0))?;
        // Row changes rolled back (by the gate) changed nothing, and a read keeping a year's
        // sums in the file (`kept_sums`) changed no data: neither is counted.
        Ok((
            version,
            self.conn
                .total_changes()
                .saturating_sub(self.gate.uncounted())
                .saturating_sub(self.kept_writes.get()),
        ))
    }

    /// The sums of `year` if they are kept under `stamp` (the gate's state before a command,
    /// read inside its transaction).
    pub(super) fn kept_at(&self, year: i32, stamp: Stamp) -> Option<YearSums> {
        let cache = self.year_cache.borrow();
        if cache.stamp == Some(stamp) {
            cache.years.get(&year).cloned()
        } else {
            None
        }
    }

    /// Keeps `sums` of `year` as read under `stamp` (the gate's figures after a commit).
    pub(super) fn keep_at(&self, stamp: Stamp, year: i32, sums: YearSums) {
        let mut cache = self.year_cache.borrow_mut();
        if cache.stamp != Some(stamp) {
            cache.years.clear();
            cache.stamp = Some(stamp);
        }
        if cache.years.len() >= MAX_YEARS && !cache.years.contains_key(&year) {
            cache.years.clear();
        }
        cache.years.insert(year, sums);
    }

    /// The sums of `year` when they are kept under the current stamp; otherwise `read` (in
    /// one read transaction with the stamp), kept for next time.
    pub(super) fn kept_for_year(
        &self,
        year: i32,
        read: impl FnOnce(&Database) -> Result<YearSums, StorageError>,
    ) -> Result<YearSums, StorageError> {
        if !self.conn.is_autocommit() {
            return read(self);
        }
        let snapshot = self.conn.unchecked_transaction()?;
        let stamp = self.change_stamp()?;
        {
            let mut cache = self.year_cache.borrow_mut();
            if cache.stamp != Some(stamp) {
                cache.years.clear();
                cache.stamp = Some(stamp);
            }
            if let Some(kept) = cache.years.get(&year) {
                return Ok(kept.clone());
            }
        }
        let changes_before = self.conn.total_changes();
        let value = read(self).and_then(|v| Ok(snapshot.commit().map(|()| v)?));
        // What the read wrote is the kept row (`kept_sums`), not a change of the data.
        let kept = self.conn.total_changes().saturating_sub(changes_before);
        self.kept_writes.set(self.kept_writes.get() + kept);
        let value = value?;
        let mut cache = self.year_cache.borrow_mut();
        if cache.stamp == Some(stamp) {
            if cache.years.len() >= MAX_YEARS && !cache.years.contains_key(&year) {
                cache.years.clear();
            }
            cache.years.insert(year, value.clone());
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::budget::tests::fixture;

    fn count(db: &Database, table: &str) -> Result<i64, StorageError> {
        let sql = format!("SELECT count(*) FROM {table}");
        Ok(db.conn.query_row(&sql, [], |r| r.get(0))?)
    }

    fn sums_counting(db: &Database, table: &str) -> Result<YearSums, StorageError> {
        Ok(YearSums {
            approved: count(db, table)?,
            ..YearSums::default()
        })
    }

    #[test]
    fn a_kept_year_is_served_until_this_connection_changes_something() {
        let db = fixture();
        let first = db
            .kept_for_year(2026, |db| sums_counting(db, "expenses"))
            .unwrap();
        let again = db.kept_for_year(2026, |_| panic!("read again")).unwrap();
        assert_eq!(first, again);

        db.conn
            .execute(
                "UPDATE budgets SET amount_ore = amount_ore WHERE year = 2026",
                [],
            )
            .unwrap();
        let mut read = false;
        db.kept_for_year(2026, |db| {
            read = true;
            sums_counting(db, "expenses")
        })
        .unwrap();
        assert!(read, "a change must send the next read to the database");
    }

    #[test]
    fn a_change_committed_by_another_connection_is_seen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kept.db");
        let db = Database::open(&path, "a").unwrap();
        let mut other = Database::open(&path, "b").unwrap();
        let before = db
            .kept_for_year(2026, |db| sums_counting(db, "budgets"))
            .unwrap();
        other.set_budget_year(2026, 0, 100_000, 80).unwrap();
        let after = db
            .kept_for_year(2026, |db| sums_counting(db, "budgets"))
            .unwrap();
        assert_eq!((before.approved, after.approved), (0, 1));
    }

    #[test]
    fn nothing_is_kept_inside_a_transaction() {
        let mut db = fixture();
        let outcome: Result<(), StorageError> = db.batch(|db| {
            db.conn
                .execute("UPDATE budgets SET amount_ore = 1 WHERE year = 2026", [])?;
            db.kept_for_year(2026, |_| Ok(YearSums::default()))?;
            Err(StorageError::Conflict)
        });
        assert!(outcome.is_err());
        assert!(db.year_cache.borrow().years.is_empty());
    }

    #[test]
    fn paging_through_many_years_keeps_at_most_the_limit() {
        let db = fixture();
        for year in 2000..2040 {
            db.kept_for_year(year, |_| Ok(YearSums::default())).unwrap();
        }
        assert!(db.year_cache.borrow().years.len() <= MAX_YEARS);
    }
}
