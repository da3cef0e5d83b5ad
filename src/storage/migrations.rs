//! The schema and its versions: a list of migrations, each with a comment, applied in order and
//! recorded in `PRAGMA user_version`; `PRAGMA application_id` marks a file as korps's.
//!
//! A migration is never edited once released: a change to the schema is a new migration at the
//! end of [`MIGRATIONS`]. The SQL lives in `schema/vN_*.sql` so it reads as SQL. (We keep our own
//! twenty lines instead of `rusqlite_migration` so that the version check, the backup and the
//! migration share one read-only inspection and one transaction, see `open.rs`.)

use rusqlite::Connection;

use super::StorageError;

/// One schema version: what it is for, and the SQL that brings version `version - 1` to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Migration {
    pub version: i64,
    pub comment: &'static str,
    pub sql: &'static str,
}

/// Every migration, oldest first; `version` counts from 1 without gaps.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        comment: "the core: institutions, persons, recruitment history and the audit log",
        sql: include_str!("schema/v1_core.sql"),
    },
    Migration {
        version: 2,
        comment: "the rest of the domain: appointments, unavailability, events, assignments, \
                  rates, honoraria, payout batches, expenses, budgets, project period, \
                  school holidays; paid honoraria made immutable by triggers",
        sql: include_str!("schema/v2_domain.sql"),
    },
    Migration {
        version: 3,
        comment: "the default honorarium rates (domain::rates::default_rates) from 2020-01-01, \
                  so every database can price attendance",
        sql: include_str!("schema/v3_rates.sql"),
    },
    Migration {
        version: 4,
        comment: "an index on appointments' effective term, so a season's appointments are \
                  counted from the index alone (the Udpegninger screen, the yearly list)",
        sql: include_str!("schema/v3_appointment_seasons.sql"),
    },
    Migration {
        version: 5,
        comment: "scheduling: a covering index from events to their bookings (the picker's \
                  season counts and the week view's staffing read the index alone)",
        sql: include_str!("schema/v3_booking_index.sql"),
    },
    Migration {
        version: 6,
        comment: "budget: the honoraria sums per status and year, the open events' kind, date \
                  and times and the booked persons' kind read from indexes alone (the year's \
                  figures, the week view's staffing)",
        sql: include_str!("schema/v6_budget_sums.sql"),
    },
    Migration {
        version: 7,
        comment: "scheduling: each booking carries its event's date (kept by triggers) with an \
                  index, so the picker's season counts are one range scan",
        sql: include_str!("schema/v7_booking_dates.sql"),
    },
    Migration {
        version: 8,
        comment: "budget: the honoraria's sums per month, status and event kind, kept by \
                  triggers, so the year's figures and the Budget screen's committed money by \
                  kind read at most 180 rows instead of every honorarium of the year",
        sql: include_str!("schema/v8_honoraria_totals.sql"),
    },
    Migration {
        version: 9,
        comment: "budget: each year's sums kept in the file under a stamp that every table's \
                  triggers bump, so a fresh process shows the year's figures from one row",
        sql: include_str!("schema/v9_kept_year_sums.sql"),
    },
    Migration {
        version: 10,
        comment: "dashboard: appointments by status and end date, and the events of an \
                  institution with their status, so Oversigt's alerts read ranges, not tables",
        sql: include_str!("schema/v10_dashboard_indexes.sql"),
    },
    Migration {
        version: 11,
        comment: "first frames: the persons' archived flag alone (Korps's count) and the \
                  bookings still to log by date (Fremmøde's events to log), so both read \
                  small ranges at scale 100",
        sql: include_str!("schema/v11_first_frame_indexes.sql"),
    },
    Migration {
        version: 12,
        comment: "scheduling: each event's staffing (role models and ambassadors booked) kept \
                  by triggers, with an index of the open events short of people, so the week \
                  view, the lists and Oversigt's alerts read it instead of counting bookings",
        sql: include_str!("schema/v12_event_staffing.sql"),
    },
];

/// The schema version this program writes and understands.
pub const LATEST_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].version;

/// `PRAGMA application_id` of a korps database: "KORP" in ASCII.
pub const APPLICATION_ID: i32 = 0x4B4F_5250;

/// Brings the database up to [`LATEST_VERSION`] in one `BEGIN IMMEDIATE` transaction; nothing
/// is changed when any step fails. The version is read again inside the transaction, so two
/// processes opening an old file at once migrate it once.
pub(crate) fn migrate(conn: &Connection) -> Result<(), StorageError> {
    migrate_to(conn, LATEST_VERSION)
}

/// Brings the database up to `target` (tests build older versions with it).
pub(crate) fn migrate_to(conn: &Connection, target: i64) -> Result<(), StorageError> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = apply(conn, target);
    match result {
        Ok(()) => conn.execute_batch("COMMIT").map_err(|e| {
            let _ = conn.execute_batch("ROLLBACK");
            StorageError::from(e)
        }),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

fn apply(conn: &Connection, target: i64) -> Result<(), StorageError> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for migration in MIGRATIONS
        .iter()
        .filter(|m| m.version > current && m.version <= target)
    {
        conn.execute_batch(migration.sql)?;
        conn.pragma_update(None, "user_version", migration.version)?;
    }
    conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_count_from_one_without_gaps_and_have_comments() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version, i as i64 + 1);
            assert!(!m.comment.trim().is_empty());
            assert!(m.sql.trim_start().starts_with("-- Migration"));
        }
    }

    #[test]
    fn migrating_twice_is_a_no_op_and_a_step_at_a_time_equals_all_at_once() {
        let stepwise = Connection::open_in_memory().unwrap();
        migrate_to(&stepwise, 1).unwrap();
        migrate_to(&stepwise, 2).unwrap();
        migrate_to(&stepwise, 3).unwrap();
        migrate(&stepwise).unwrap();
        let direct = Connection::open_in_memory().unwrap();
        migrate(&direct).unwrap();
        let schema = |c: &Connection| -> Vec<String> {
            let mut st = c
                .prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
                .unwrap();
            st.query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
        };
        assert_eq!(schema(&stepwise), schema(&direct));
        let v: i64 = direct
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, LATEST_VERSION);
    }
}
