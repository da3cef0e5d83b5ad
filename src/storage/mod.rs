//! SQLite storage: opening (pragmas, permissions, migrations with a backup first), one module
//! per aggregate, and the audit log written in the same transaction as every change.
//!
//! A [`Database`] is never queried per frame: the app caches what it shows in its state and asks
//! again only when something changed.
//!
//! Layout: [`open`](Database::open) and the refusal rules live in `open.rs`, the schema and its
//! versions in `migrations.rs` (SQL in `schema/`), transactions and the audit log in `audit.rs`,
//! the shared search helpers in `search.rs`, and one module per aggregate (`persons.rs`,
//! `institutions.rs`).
//!
//! Every public method that changes data runs as one `BEGIN IMMEDIATE` transaction (so a second
//! writer waits on the busy timeout instead of failing) that also writes the audit row. Inside
//! [`Database::batch`] the same methods run as savepoints of the one outer transaction.

// "SQLite" is a name in prose, not code to put in backticks.
#![allow(clippy::doc_markdown)]

/// The condition under which a booking `a` of the event `e` lies outside every appointment of
/// its person without being forced with a reason — `korps check`'s rule and the refusal to move
/// a booked event (`events::update_event`) share this one text.
macro_rules! booking_outside_appointment_sql {
    () => {
        "a.status <> 'cancelled' AND length(trim(a.forced_reason)) = 0 \
         AND NOT EXISTS (SELECT 1 FROM appointments p WHERE p.person_id = a.person_id \
             AND e.date BETWEEN p.term_start \
             AND (CASE WHEN p.status = 'ended_early' THEN p.ended_on ELSE p.term_end END))"
    };
}

pub mod afbud;
pub mod appointments;
pub mod attendance;
mod attendance_honorarium;
pub mod attendance_logged;
mod audit;
pub mod booking;
pub mod budget;
mod budget_checks;
mod budget_staffing;
pub mod calendar;
pub mod command;
mod counted;
mod error;
#[cfg(test)]
mod event_staffing_tests;
pub mod events;
pub mod expenses;
mod file_checks;
pub mod gate;
#[cfg(test)]
mod gate_oracle;
pub mod honoraria;
mod id_map;
pub mod import;
pub mod institutions;
pub mod kept_sums;
#[cfg(test)]
mod limits_tests;
mod list_position;
mod maintenance;
mod migrations;
mod open;
pub mod payouts;
pub mod persons;
pub mod privacy;
pub mod rates;
pub mod report;
pub mod school_holidays;
mod search;
mod sums;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod totals_tests;
pub mod unavailability;
mod year_cache;

pub use year_cache::Stamp;
pub mod yearly_list;

pub use audit::AuditEntry;
pub use error::StorageError;
pub use maintenance::{CheckReport, Finding, Restored, Rule, restore, verify_backup};
pub use migrations::{APPLICATION_ID, LATEST_VERSION, MIGRATIONS, Migration};
pub use open::OpenOptions;

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};

/// Where "now" comes from: audit timestamps and the default recruitment-change date.
pub type Clock = Box<dyn Fn() -> DateTime<FixedOffset> + Send>;

/// An open korps database and who is using it (written to the audit log).
pub struct Database {
    pub(crate) conn: rusqlite::Connection,
    pub(crate) actor: String,
    pub(crate) path: Option<PathBuf>,
    pub(crate) clock: Clock,
    pub(crate) backup: Option<PathBuf>,
    /// Budget years' sums read under the current change stamp (see `year_cache`).
    pub(crate) year_cache: year_cache::YearCacheCell,
    /// Rows this connection wrote only to keep year sums in the file while reading them
    /// (`year_cache::kept_for_year`): not a change of the data, so the change stamp leaves
    /// them out.
    pub(crate) kept_writes: std::cell::Cell<u64>,
    /// The budget gate's triggers, confirmation and question (see `gate`).
    pub(crate) gate: gate::GateState,
}

/// A filter for list queries on archived rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ArchivedFilter {
    /// Only rows not archived (the default view).
    #[default]
    Current,
    /// Only archived rows.
    Archived,
    /// Everything.
    All,
}

/// The system clock in local time.
fn system_clock() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

impl Database {
    /// Opens (creating when missing) the database at `path`, migrating it after writing a backup
    /// beside it. Refuses a file that is not a korps database or is newer than this program,
    /// leaving it untouched. `actor` is who the audit log names.
    pub fn open(path: &Path, actor: &str) -> Result<Database, StorageError> {
        Database::open_with(path, actor, &OpenOptions::default())
    }

    /// [`Database::open`] with a chosen busy timeout and page limit.
    pub fn open_with(
        path: &Path,
        actor: &str,
        options: &OpenOptions,
    ) -> Result<Database, StorageError> {
        let opened = open::open_file(path, options)?;
        let mut db = Database::from_conn(opened.conn, actor, Some(path.to_path_buf()));
        db.backup = opened.backup;
        Ok(db)
    }

    /// A fresh, migrated in-memory database (tests, benchmarks).
    pub fn open_in_memory(actor: &str) -> Result<Database, StorageError> {
        let conn = open::open_memory()?;
        Ok(Database::from_conn(conn, actor, None))
    }

    fn from_conn(conn: rusqlite::Connection, actor: &str, path: Option<PathBuf>) -> Database {
        Database {
            conn,
            actor: actor.to_string(),
            path,
            clock: Box::new(system_clock),
            backup: None,
            year_cache: year_cache::YearCacheCell::default(),
            kept_writes: std::cell::Cell::new(0),
            gate: gate::GateState::default(),
        }
    }

    /// The file this database lives in (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The backup written beside the file before this open migrated it (`None` when no
    /// migration was needed), so the caller can tell the user where it is.
    pub fn migration_backup(&self) -> Option<&Path> {
        self.backup.as_deref()
    }

    /// Who the audit log names for changes made through this handle.
    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// Replaces the clock used for audit timestamps and default dates (tests pin it; the
    /// binary may honour `KORPS_TODAY`).
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// Now, from the clock.
    pub(crate) fn now(&self) -> DateTime<FixedOffset> {
        (self.clock)()
    }

    /// Today's date, from the clock.
    pub(crate) fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// The schema version of the open database (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64, StorageError> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

/// A date as stored: ISO `YYYY-MM-DD`.
pub(crate) fn date_to_sql(date: Option<NaiveDate>) -> Option<String> {
    date.map(|d| d.format("%Y-%m-%d").to_string())
}

/// A stored date back; a malformed one (impossible behind the CHECK constraints) is an error.
/// `YYYY-MM-DD` read without chrono's format machinery (the picker reads thousands of dates per
/// opening); anything else is left to `parse_from_str`, which also gives the error.
fn iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)
}

/// Column `i` as text read in place, without a copy (`None` for NULL): for loops over
/// thousands of rows.
pub(crate) fn str_at<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<&'r str>> {
    r.get_ref(i)?.as_str_or_null().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(crate) fn date_from_sql(
    column: usize,
    text: Option<String>,
) -> Result<Option<NaiveDate>, rusqlite::Error> {
    text.map(|t| {
        if let Some(date) = iso_date(&t) {
            return Ok(date);
        }
        NaiveDate::parse_from_str(&t, "%Y-%m-%d").map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                column,
                rusqlite::types::Type::Text,
                Box::new(e),
            )
        })
    })
    .transpose()
}

/// A stored code (kind, status) back to its enum.
pub(crate) fn code_from_sql<T>(
    column: usize,
    code: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<T, rusqlite::Error> {
    parse(code).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            rusqlite::types::Type::Text,
            format!("unknown code {code:?}").into(),
        )
    })
}
