//! Tests of the kept year sums: every table bumps the stamp, a fresh connection serves the
//! kept row only while it is current, and `korps check` finds a kept row that lies.

use std::path::Path;

use super::*;
use crate::storage::budget::tests::fixture;
use crate::storage::maintenance::Rule;
use crate::storage::open::OpenOptions;

fn stamp(db: &Database) -> i64 {
    db.conn
        .query_row("SELECT n FROM money_stamp", [], |r| r.get(0))
        .unwrap()
}

/// Rows of `kept_year_sums` that are current.
fn current_rows(db: &Database) -> Vec<i32> {
    let mut stmt = db
        .conn
        .prepare(
            "SELECT year FROM kept_year_sums \
             WHERE stamp = (SELECT n FROM money_stamp) ORDER BY year",
        )
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// The fixture of the budget tests, written to a file in `dir`.
fn fixture_file(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("kept.db");
    fixture()
        .conn
        .execute("VACUUM INTO ?1", [path.to_str().unwrap()])
        .unwrap();
    path
}

/// The year's expenses, summed with plain SQL (the oracle).
fn expenses_sql(db: &Database, year: i32) -> i64 {
    db.conn
        .query_row(
            "SELECT total(amount_ore) FROM expenses WHERE substr(spent_on, 1, 4) = ?1",
            [year.to_string()],
            |r| r.get::<_, f64>(0),
        )
        .unwrap() as i64
}

#[test]
fn every_table_bumps_the_stamp_on_insert_update_and_delete() {
    let db = Database::open_in_memory("t").unwrap();
    let tables: Vec<String> = db
        .conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND name NOT IN ('money_stamp', 'kept_year_sums') ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(tables.len() >= 16, "{tables:?}");
    for table in &tables {
        for op in ["INSERT", "UPDATE", "DELETE"] {
            let found: i64 = db
                .conn
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' \
                     AND tbl_name = ?1 AND upper(sql) LIKE '%AFTER ' || ?2 || ' ON%' \
                     AND sql LIKE '%UPDATE money_stamp SET n = n + 1%'",
                    [table.as_str(), op],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(
                found, 1,
                "{table} has no {op} trigger that bumps money_stamp"
            );
        }
    }
}

#[test]
fn a_change_of_money_bumps_the_stamp_and_a_rolled_back_one_does_not() {
    let db = fixture();
    let before = stamp(&db);
    db.conn
        .execute(
            "UPDATE assignments SET status = 'cancelled' WHERE id = 4",
            [],
        )
        .unwrap();
    assert!(stamp(&db) > before);
    let after = stamp(&db);
    db.conn.execute_batch("BEGIN").unwrap();
    db.conn
        .execute("DELETE FROM expenses WHERE amount_ore > 0", [])
        .unwrap();
    db.conn.execute_batch("ROLLBACK").unwrap();
    assert_eq!(stamp(&db), after);
}

#[test]
fn a_fresh_connection_serves_the_kept_row_until_another_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_file(dir.path());
    let first = Database::open(&path, "a").unwrap();
    let figures = first.budget_inputs(2026).unwrap();
    assert_eq!(
        current_rows(&first),
        vec![2026],
        "the first read keeps the year"
    );
    drop(first);

    // A second process reads the kept row and gets the same figures.
    let second = Database::open(&path, "b").unwrap();
    assert_eq!(second.budget_inputs(2026).unwrap(), figures);

    // Another program writes an expense with plain SQL: the kept row is stale at once and the
    // next reader prices the data again.
    let other = rusqlite::Connection::open(&path).unwrap();
    other
        .execute(
            "INSERT INTO expenses (spent_on, amount_ore, text) \
             VALUES ('2026-06-01', 4200, 'x')",
            [],
        )
        .unwrap();
    drop(other);
    let third = Database::open(&path, "c").unwrap();
    assert!(current_rows(&third).is_empty());
    let inputs = third.budget_inputs(2026).unwrap();
    assert_eq!(inputs.expenses_ore, expenses_sql(&third, 2026));
    assert_eq!(inputs.expenses_ore, figures.expenses_ore + 4200);
    assert_eq!(current_rows(&third), vec![2026]);
    let report = third.check().unwrap();
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.rule == Rule::StaleKeptYearSums),
        "{report:?}"
    );
}

#[test]
fn a_read_only_connection_reads_without_keeping() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_file(dir.path());
    let options = OpenOptions {
        read_only: true,
        ..OpenOptions::default()
    };
    let db = Database::open_with(&path, "r", &options).unwrap();
    let inputs = db.budget_inputs(2026).unwrap();
    assert_eq!(inputs.expenses_ore, expenses_sql(&db, 2026));
    assert!(current_rows(&db).is_empty());
}

#[test]
fn a_row_of_another_program_version_is_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_file(dir.path());
    let db = Database::open(&path, "a").unwrap();
    let right = db.budget_inputs(2026).unwrap();
    // A row that claims other sums, written by "another version" under the current stamp.
    db.conn
        .execute(
            "UPDATE kept_year_sums SET sums = replace(replace(sums, ?1, '\"0.0.0\"'), \
             '\"approved\":', '\"approved\":9') WHERE year = 2026",
            [format!("\"{PROGRAM}\"")],
        )
        .unwrap();
    drop(db);
    let again = Database::open(&path, "b").unwrap();
    assert_eq!(again.budget_inputs(2026).unwrap(), right);
}

#[test]
fn check_finds_a_kept_row_that_differs_from_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_file(dir.path());
    let db = Database::open(&path, "a").unwrap();
    db.budget_inputs(2026).unwrap();
    let clean = db.check().unwrap();
    assert!(
        !clean
            .findings
            .iter()
            .any(|f| f.rule == Rule::StaleKeptYearSums),
        "{clean:?}"
    );
    // Edited around the triggers: the kept table has none, so the stamp stays current.
    db.conn
        .execute(
            "UPDATE kept_year_sums SET sums = replace(sums, '\"approved\":', '\"approved\":9') \
             WHERE year = 2026",
            [],
        )
        .unwrap();
    let report = db.check().unwrap();
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule == Rule::StaleKeptYearSums)
        .expect("the lying row is found");
    assert_eq!(finding.ids, vec![2026]);
}
