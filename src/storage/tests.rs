//! Schema tests that need the raw connection: CHECK constraints, the paid-honorarium triggers,
//! and history found in the tables of migration 2.

use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;

use super::{Database, StorageError};
use crate::domain::person::{PersonData, PersonKind, Recruitment};
use crate::i18n::Lang;

fn db() -> Database {
    Database::open_in_memory("tester").unwrap()
}

fn person(db: &mut Database, name: &str) -> i64 {
    db.insert_person(&PersonData {
        name: name.into(),
        kind: PersonKind::Ambassador,
        birth_date: None,
        phone: String::new(),
        email: String::new(),
        home_institution_id: None,
        education: String::new(),
        languages: String::new(),
        themes: String::new(),
        recruitment: Recruitment::Interested,
        recruitment_changed: None,
        consent_date: None,
        guardian_consent_date: None,
        payroll_number: String::new(),
        notes: String::new(),
        archived: false,
    })
    .unwrap()
}

fn ok(conn: &Connection, sql: &str) {
    conn.execute_batch(sql)
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

fn refused(conn: &Connection, sql: &str) {
    assert!(conn.execute_batch(sql).is_err(), "accepted: {sql}");
}

#[test]
fn every_editable_table_has_a_version_and_the_schema_is_consistent() {
    let db = db();
    let tables: Vec<String> = db
        .conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let expected = [
        "appointments",
        "assignments",
        "audit_log",
        "budgets",
        "events",
        "expenses",
        "honoraria",
        "honoraria_month_totals",
        "honorarium_rates",
        "institutions",
        "kept_year_sums",
        "money_stamp",
        "payout_batches",
        "persons",
        "project_period",
        "recruitment_history",
        "school_holidays",
        "unavailability",
    ];
    assert_eq!(tables, expected);
    for table in tables {
        let has_version: bool = db
            .conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM pragma_table_info(:t) WHERE name = 'version')",
                [&table],
                |r| r.get(0),
            )
            .unwrap();
        // Logs are appended to; derived tables are written by triggers only.
        let not_edited = [
            "audit_log",
            "recruitment_history",
            "honoraria_month_totals",
            "kept_year_sums",
            "money_stamp",
        ];
        assert_eq!(
            has_version,
            !not_edited.contains(&table.as_str()),
            "{table}"
        );
    }
    let problems: i64 = db
        .conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(problems, 0);
}

#[test]
fn check_constraints_guard_dates_sets_and_ranges() {
    let mut db = db();
    let p = person(&mut db, "Anna");
    let c = &db.conn;
    refused(
        c,
        "INSERT INTO persons (name, name_sort, name_fold, kind, birth_date) \
         VALUES ('X', 'x', 'x', 'ambassador', '2026-02-30')",
    );
    refused(
        c,
        "INSERT INTO persons (name, name_sort, name_fold, kind) VALUES ('X', 'x', 'x', 'boss')",
    );
    refused(
        c,
        "INSERT INTO persons (name, name_sort, name_fold, kind) VALUES ('  ', '', '', 'ambassador')",
    );
    refused(
        c,
        "INSERT INTO events (kind, date) VALUES ('party', '2026-12-03')",
    );
    refused(
        c,
        "INSERT INTO events (kind, date) VALUES ('other', '3.12.2026')",
    );
    refused(
        c,
        "INSERT INTO events (kind, date, start_time) VALUES ('other', '2026-12-03', '25:00')",
    );
    refused(
        c,
        "INSERT INTO events (kind, date, start_time, end_time) \
         VALUES ('other', '2026-12-03', '11:00', '10:00')",
    );
    refused(
        c,
        "INSERT INTO events (kind, date, expected_pupils) VALUES ('other', '2026-12-03', -1)",
    );
    refused(
        c,
        "INSERT INTO events (kind, date, status) VALUES ('other', '2026-12-03', 'cancelled')",
    );
    ok(
        c,
        "INSERT INTO events (kind, date, start_time, end_time, expected_pupils) \
         VALUES ('school_visit', '2026-12-03', '10:00', '11:30', 48)",
    );
    refused(
        c,
        "INSERT INTO budgets (year, threshold_percent) VALUES (2026, 120)",
    );
    ok(c, "INSERT INTO budgets (year) VALUES (2026)");
    let (amount, threshold): (i64, i64) = c
        .query_row(
            "SELECT amount_ore, threshold_percent FROM budgets WHERE year = 2026",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((amount, threshold), (5_000_000, 80));
    refused(
        c,
        &format!(
            "INSERT INTO appointments (person_id, term_start, term_end) \
             VALUES ({p}, '2026-08-01', '2026-07-31')"
        ),
    );
    refused(
        c,
        &format!(
            "INSERT INTO appointments (person_id, term_start, term_end, status, ended_on) \
             VALUES ({p}, '2026-08-01', '2027-07-31', 'ended_early', '2026-12-01')"
        ),
    );
    refused(
        c,
        "INSERT INTO project_period (id, start_year, end_year) VALUES (2, 2026, 2028)",
    );
    refused(
        c,
        "INSERT INTO appointments (person_id, term_start, term_end) \
         VALUES (424242, '2026-08-01', '2027-07-31')",
    );
}

#[test]
fn a_paid_honorarium_can_be_neither_changed_nor_deleted() {
    let mut db = db();
    let p = person(&mut db, "Anna");
    let c = &db.conn;
    ok(
        c,
        &format!(
            "INSERT INTO events (id, kind, date) VALUES (1, 'school_visit', '2026-03-03');
             INSERT INTO assignments (id, event_id, person_id, status) VALUES (1, 1, {p}, 'attended');
             INSERT INTO payout_batches (id, paid_on, reference) VALUES (1, '2026-04-01', 'UDB-1');
             INSERT INTO honoraria (id, assignment_id, person_id, amount_ore, earned_on)
                 VALUES (1, 1, {p}, 50000, '2026-03-03');
             UPDATE honoraria SET status = 'approved' WHERE id = 1;
             UPDATE honoraria SET status = 'paid', batch_id = 1 WHERE id = 1;"
        ),
    );
    let err = StorageError::from(
        c.execute("UPDATE honoraria SET amount_ore = 1 WHERE id = 1", [])
            .unwrap_err(),
    );
    assert!(err.is_paid_immutable(), "{err:?}");
    assert!(err.message(Lang::Da).contains("udbetalt honorar"));
    refused(c, "DELETE FROM honoraria WHERE id = 1");
    refused(
        c,
        &format!(
            "INSERT INTO honoraria (person_id, amount_ore, earned_on, corrects_honorarium_id) \
             VALUES ({p}, -10000, '2026-04-02', 1)"
        ),
    );
    ok(
        c,
        &format!(
            "INSERT INTO honoraria (person_id, amount_ore, earned_on, corrects_honorarium_id, \
             correction_reason) VALUES ({p}, -10000, '2026-04-02', 1, 'for meget udbetalt')"
        ),
    );
    refused(
        c,
        &format!(
            "INSERT INTO honoraria (assignment_id, person_id, amount_ore, earned_on) \
             VALUES (1, {p}, 50000, '2026-03-03')"
        ),
    );
}

#[test]
fn history_in_any_table_forbids_deleting_a_person() {
    let mut db = db();
    let cases = [
        "INSERT INTO appointments (person_id, term_start, term_end) \
         VALUES (:p, '2026-08-01', '2027-07-31')",
        "INSERT INTO unavailability (person_id, from_date, to_date) \
         VALUES (:p, '2026-05-01', '2026-06-15')",
        "INSERT INTO assignments (event_id, person_id) VALUES (1, :p)",
    ];
    db.conn
        .execute_batch("INSERT INTO events (id, kind, date) VALUES (1, 'other', '2026-01-01')")
        .unwrap();
    for (n, sql) in cases.iter().enumerate() {
        let p = person(&mut db, &format!("P{n}"));
        db.conn
            .execute(sql, rusqlite::named_params! { ":p": p })
            .unwrap();
        assert!(db.person_has_history(p).unwrap(), "{sql}");
        assert!(matches!(
            db.delete_person(p, 1),
            Err(StorageError::HasHistory)
        ));
    }
}

#[test]
fn a_full_database_is_disk_full_and_keeps_what_was_saved() {
    let mut db = db();
    let saved = person(&mut db, "Gemt");
    let pages: i64 = db
        .conn
        .pragma_query_value(None, "page_count", |r| r.get(0))
        .unwrap();
    db.conn
        .pragma_update(None, "max_page_count", pages)
        .unwrap();
    let mut big = db.person(saved).unwrap().data;
    big.notes = "x".repeat(100_000);
    let err = db.insert_person(&big).unwrap_err();
    assert!(matches!(err, StorageError::DiskFull), "{err:?}");
    assert!(err.message(Lang::En).contains("disk is full"));
    assert_eq!(db.person(saved).unwrap().data.name, "Gemt");
    assert!(db.conn.is_autocommit(), "the failed action was rolled back");
}

#[test]
fn iso_dates_read_fast_agree_with_chrono() {
    let mut day = NaiveDate::from_ymd_opt(1899, 12, 25).unwrap();
    while day.year() < 2102 {
        let text = day.format("%Y-%m-%d").to_string();
        assert_eq!(super::iso_date(&text), Some(day), "{text}");
        assert_eq!(super::date_from_sql(0, Some(text)).unwrap(), Some(day));
        day = day.succ_opt().unwrap();
    }
    for bad in [
        "2026-02-30",
        "2026-13-01",
        "20260101xx",
        "2026/01/01",
        "２０２６-01-01",
        "",
    ] {
        assert_eq!(super::iso_date(bad), None, "{bad}");
        assert!(super::date_from_sql(0, Some(bad.into())).is_err(), "{bad}");
    }
    // Not the stored shape: left to chrono, which reads it as before.
    assert_eq!(super::iso_date("2026-1-01"), None);
    assert_eq!(
        super::date_from_sql(0, Some("2026-1-01".into())).unwrap(),
        NaiveDate::from_ymd_opt(2026, 1, 1)
    );
}

#[test]
fn bookings_carry_their_events_date() {
    let mut db = db();
    let p = person(&mut db, "Anna");
    let q = person(&mut db, "Bo");
    let c = &db.conn;
    ok(
        c,
        &format!(
            "INSERT INTO events (id, kind, date) VALUES (1, 'school_visit', '2026-03-03'),
                                                        (2, 'other', '2026-04-04');
             INSERT INTO assignments (id, event_id, person_id) VALUES (1, 1, {p}), (2, 2, {p}),
                                                                      (3, 1, {q});"
        ),
    );
    let dates = |c: &Connection| -> Vec<String> {
        c.prepare("SELECT event_date FROM assignments ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(dates(c), ["2026-03-03", "2026-04-04", "2026-03-03"]);
    ok(c, "UPDATE events SET date = '2026-05-05' WHERE id = 1");
    assert_eq!(dates(c), ["2026-05-05", "2026-04-04", "2026-05-05"]);
    ok(c, "UPDATE events SET kind = 'other' WHERE id = 2");
    assert_eq!(dates(c), ["2026-05-05", "2026-04-04", "2026-05-05"]);
}

#[test]
fn migration_7_gives_existing_bookings_their_events_date() {
    let conn = Connection::open_in_memory().unwrap();
    super::migrations::migrate_to(&conn, 6).unwrap();
    ok(
        &conn,
        "INSERT INTO persons (id, name, kind, name_sort, name_fold, search_fold)
             VALUES (1, 'Anna', 'ambassador', 'anna', 'anna', 'anna');
         INSERT INTO events (id, kind, date) VALUES (1, 'other', '2026-02-02');
         INSERT INTO assignments (id, event_id, person_id) VALUES (1, 1, 1);",
    );
    super::migrations::migrate_to(&conn, 7).unwrap();
    let date: String = conn
        .query_row("SELECT event_date FROM assignments WHERE id = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(date, "2026-02-02");
}

type Total = (String, String, String, i64);

/// The totals of migration 8, as (month, status, event kind, øre) sorted, zeros left out.
fn month_totals(c: &Connection) -> Vec<Total> {
    c.prepare(
        "SELECT month, status, event_kind, amount_ore FROM honoraria_month_totals \
         WHERE amount_ore <> 0 ORDER BY month, status, event_kind",
    )
    .unwrap()
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn totals(rows: &[(&str, &str, &str, i64)]) -> Vec<Total> {
    rows.iter()
        .map(|(m, s, k, a)| ((*m).into(), (*s).into(), (*k).into(), *a))
        .collect()
}

#[test]
fn honoraria_month_totals_follow_every_change() {
    let mut db = db();
    let p = person(&mut db, "Anna");
    let c = &db.conn;
    ok(
        c,
        &format!(
            "INSERT INTO events (id, kind, date) VALUES (1, 'school_visit', '2026-03-03'),
                                                        (2, 'other', '2026-04-04');
             INSERT INTO assignments (id, event_id, person_id, status)
                 VALUES (1, 1, {p}, 'attended'), (2, 2, {p}, 'attended');
             INSERT INTO honoraria (id, assignment_id, person_id, amount_ore, earned_on)
                 VALUES (1, 1, {p}, 50000, '2026-03-03'), (2, 2, {p}, 30000, '2026-04-04');"
        ),
    );
    assert_eq!(
        month_totals(c),
        totals(&[
            ("2026-03", "awaiting", "school_visit", 50000),
            ("2026-04", "awaiting", "other", 30000)
        ])
    );
    // A different amount, approval, a new date, payment.
    ok(c, "UPDATE honoraria SET amount_ore = 45000 WHERE id = 1");
    ok(c, "UPDATE honoraria SET status = 'approved' WHERE id = 1");
    ok(
        c,
        "UPDATE honoraria SET earned_on = '2026-05-05' WHERE id = 2",
    );
    ok(
        c,
        "INSERT INTO payout_batches (id, paid_on, reference) VALUES (1, '2026-06-01', 'L1');
         UPDATE honoraria SET status = 'paid', batch_id = 1 WHERE id = 1;",
    );
    assert_eq!(
        month_totals(c),
        totals(&[
            ("2026-03", "paid", "school_visit", 45000),
            ("2026-05", "awaiting", "other", 30000)
        ])
    );
    // A negative correction of the paid one; the awaiting one deleted.
    ok(
        c,
        &format!(
            "INSERT INTO honoraria (person_id, amount_ore, earned_on, corrects_honorarium_id,
                                    correction_reason)
                 VALUES ({p}, -5000, '2026-06-10', 1, 'for meget');
             DELETE FROM honoraria WHERE id = 2;"
        ),
    );
    let after_correction = totals(&[
        ("2026-03", "paid", "school_visit", 45000),
        ("2026-06", "awaiting", "school_visit", -5000),
    ]);
    assert_eq!(month_totals(c), after_correction);
    // A paid honorarium stays immutable: the refused change leaves the totals too.
    refused(c, "UPDATE honoraria SET amount_ore = 1 WHERE id = 1");
    assert_eq!(month_totals(c), after_correction);
    // The event given another kind takes its honoraria and their corrections along.
    ok(c, "UPDATE events SET kind = 'job_centre' WHERE id = 1");
    assert_eq!(
        month_totals(c),
        totals(&[
            ("2026-03", "paid", "job_centre", 45000),
            ("2026-06", "awaiting", "job_centre", -5000)
        ])
    );
    ok(
        c,
        "UPDATE events SET date = '2026-03-04', kind = 'job_centre' WHERE id = 1",
    );
    assert_eq!(
        month_totals(c)[0].2,
        "job_centre",
        "an unchanged kind moves nothing"
    );
}

#[test]
fn migration_8_sums_the_existing_honoraria() {
    let conn = Connection::open_in_memory().unwrap();
    super::migrations::migrate_to(&conn, 7).unwrap();
    ok(
        &conn,
        "INSERT INTO persons (id, name, kind, name_sort, name_fold, search_fold)
             VALUES (1, 'Anna', 'ambassador', 'anna', 'anna', 'anna');
         INSERT INTO events (id, kind, date) VALUES (1, 'other', '2026-02-02'),
                                                    (2, 'other', '2026-02-20');
         INSERT INTO assignments (id, event_id, person_id, status)
             VALUES (1, 1, 1, 'attended'), (2, 2, 1, 'attended');
         INSERT INTO honoraria (assignment_id, person_id, amount_ore, earned_on)
             VALUES (1, 1, 30000, '2026-02-02'), (2, 1, 20000, '2026-02-20');",
    );
    super::migrations::migrate_to(&conn, 8).unwrap();
    assert_eq!(
        month_totals(&conn),
        totals(&[("2026-02", "awaiting", "other", 50000)])
    );
}
