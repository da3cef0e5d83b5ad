//! The unstaffed money against an oracle: the rule of DESIGN §4 written out in plain SQL
//! (needs minus the bookings that count, never below zero, times the rate that will apply) over
//! a seeded mix of events, needs, bookings and statuses.

use chrono::NaiveDate;

use super::super::Database;
use super::super::budget::tests::person;
use crate::domain::event::EventKind;
use crate::domain::person::PersonKind;
use crate::domain::rates::Rate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The oracle: the default rates (school visit, job centre, youth guidance 500 kr.; festival
/// stand 300 kr. + 100 kr. an hour; other 300 kr.) with the one stored rate of the dataset
/// (role models on school visits 700 kr. from 1 June 2026), written out as a CASE.
const ORACLE: &str = "
    WITH counted AS (
        SELECT e.id, e.kind, e.date,
          (strftime('%s', '2000-01-01 ' || e.end_time)
             - strftime('%s', '2000-01-01 ' || e.start_time)) / 60 AS minutes,
          max(0, e.needs_role_models - (SELECT count(*) FROM assignments a
              JOIN persons p ON p.id = a.person_id WHERE a.event_id = e.id
              AND p.kind = 'role_model' AND a.status NOT IN ('cancelled', 'no_show'))) AS rm,
          max(0, e.needs_ambassadors - (SELECT count(*) FROM assignments a
              JOIN persons p ON p.id = a.person_id WHERE a.event_id = e.id
              AND p.kind = 'ambassador' AND a.status NOT IN ('cancelled', 'no_show'))) AS amb
        FROM events e
        WHERE e.status NOT IN ('held', 'cancelled') AND strftime('%Y', e.date) = :year),
    priced AS (
        SELECT rm * (CASE
            WHEN kind = 'school_visit' AND date >= '2026-06-01' THEN 70000
            WHEN kind IN ('school_visit', 'job_centre', 'youth_guidance') THEN 50000
            WHEN kind = 'festival_stand' THEN 30000 + coalesce((10000 * minutes + 30) / 60, 0)
            ELSE 30000 END)
          + amb * (CASE
            WHEN kind IN ('school_visit', 'job_centre', 'youth_guidance') THEN 50000
            WHEN kind = 'festival_stand' THEN 30000 + coalesce((10000 * minutes + 30) / 60, 0)
            ELSE 30000 END) AS cost
        FROM counted)
    SELECT coalesce(sum(cost), 0) FROM priced";

fn oracle(db: &Database, year: i32) -> i64 {
    db.conn
        .query_row(
            ORACLE,
            rusqlite::named_params! { ":year": year.to_string() },
            |r| r.get(0),
        )
        .unwrap()
}

/// A small deterministic generator (no dependency on the code under test).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

fn seeded(seed: u64) -> Database {
    let mut db = Database::open_in_memory("tester").unwrap();
    let people: Vec<i64> = (0..8)
        .map(|i| {
            let kind = if i % 2 == 0 {
                PersonKind::RoleModel
            } else {
                PersonKind::Ambassador
            };
            person(&mut db, &format!("P{i}"), kind)
        })
        .collect();
    db.add_rate(&Rate {
        event_kind: EventKind::SchoolVisit,
        person_kind: PersonKind::RoleModel,
        amount_ore: 70_000,
        per_hour_ore: None,
        effective_from: d(2026, 6, 1),
    })
    .unwrap();
    let mut rng = Lcg(seed);
    let kinds = [
        "school_visit",
        "job_centre",
        "youth_guidance",
        "festival_stand",
        "other",
    ];
    let statuses = ["requested", "planned", "confirmed", "held", "cancelled"];
    let booking_statuses = ["booked", "confirmed", "attended", "no_show", "cancelled"];
    for id in 1..=80 {
        let year = 2025 + rng.below(3);
        let date = format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
        let times = if rng.below(3) == 0 {
            ("NULL".to_string(), "NULL".to_string())
        } else {
            let start = 8 + rng.below(6);
            let len = [45, 60, 90, 150][rng.below(4) as usize];
            let end = start * 60 + len;
            (
                format!("'{start:02}:00'"),
                format!("'{:02}:{:02}'", end / 60, end % 60),
            )
        };
        let sql = format!(
            "INSERT INTO events (id, kind, date, start_time, end_time, status, cancel_reason, \
             needs_role_models, needs_ambassadors) VALUES ({id}, '{}', '{date}', {}, {}, '{}', \
             'grund', {}, {})",
            kinds[rng.below(5) as usize],
            times.0,
            times.1,
            statuses[rng.below(5) as usize],
            rng.below(4),
            rng.below(4),
        );
        db.conn.execute_batch(&sql).unwrap();
        for p in &people {
            if rng.below(3) == 0 {
                db.conn
                    .execute(
                        "INSERT INTO assignments (event_id, person_id, status) VALUES (?1, ?2, ?3)",
                        rusqlite::params![id, p, booking_statuses[rng.below(5) as usize]],
                    )
                    .unwrap();
            }
        }
    }
    db
}

#[test]
fn unstaffed_equals_the_plain_sql_rule() {
    let mut priced = 0;
    for seed in 1..=6 {
        let db = seeded(seed);
        for year in 2025..=2027 {
            let expected = oracle(&db, year);
            let inputs = db.budget_inputs(year).unwrap();
            assert_eq!(inputs.unstaffed_ore, expected, "seed {seed}, year {year}");
            let report = db.budget_report(year, d(2026, 3, 1)).unwrap();
            assert_eq!(report.figures.unstaffed, expected);
            assert_eq!(
                report.figures.if_fully_staffed,
                report.figures.forecast + expected
            );
            let by_kind: i64 = report.by_kind.iter().map(|k| k.unstaffed).sum();
            assert_eq!(by_kind, expected);
            priced += i32::from(expected > 0);
        }
    }
    assert!(
        priced >= 12,
        "the dataset must have open needs to price ({priced})"
    );
}

#[test]
fn a_booking_fills_a_need_and_a_cancellation_opens_it_again() {
    let mut db = Database::open_in_memory("tester").unwrap();
    let a = person(&mut db, "Anna", PersonKind::Ambassador);
    let b = person(&mut db, "Bo", PersonKind::Ambassador);
    db.conn
        .execute_batch(
            "INSERT INTO events (id, kind, date, status, needs_role_models, needs_ambassadors)
             VALUES (1, 'school_visit', '2026-12-10', 'planned', 2, 2)",
        )
        .unwrap();
    // Two role models and two ambassadors open: 4 × 500 kr.
    assert_eq!(db.budget_inputs(2026).unwrap().unstaffed_ore, 200_000);
    db.conn
        .execute(
            "INSERT INTO assignments (id, event_id, person_id, status) VALUES (1, 1, ?1, 'booked')",
            [a],
        )
        .unwrap();
    let i = db.budget_inputs(2026).unwrap();
    assert_eq!((i.unstaffed_ore, i.planned_ore), (150_000, 50_000));
    db.conn
        .execute(
            "INSERT INTO assignments (id, event_id, person_id, status) VALUES (2, 1, ?1, 'cancelled')",
            [b],
        )
        .unwrap();
    assert_eq!(
        db.budget_inputs(2026).unwrap().unstaffed_ore,
        150_000,
        "afbud fills nothing"
    );
    // A third ambassador beyond the need does not lower the role models' need.
    db.conn
        .execute_batch("UPDATE assignments SET status = 'confirmed' WHERE id = 2")
        .unwrap();
    db.conn
        .execute_batch("UPDATE events SET needs_ambassadors = 1 WHERE id = 1")
        .unwrap();
    assert_eq!(db.budget_inputs(2026).unwrap().unstaffed_ore, 100_000);
    // Held or cancelled events have no open needs.
    db.conn
        .execute_batch("UPDATE events SET status = 'held' WHERE id = 1")
        .unwrap();
    assert_eq!(db.budget_inputs(2026).unwrap().unstaffed_ore, 0);
}
