//! The staffing kept on each event (migration 12) and the dashboard reads built on it.
//!
//! - Any sequence of writes to bookings and persons — by korps or by another program, so here
//!   as plain SQL — leaves every event's kept counts equal to its bookings counted in Rust.
//! - Migration 12 counts the bookings a database already has; `korps check` reports a count
//!   that drifted.
//! - Oversigt's lists (the two weeks, the events short of people, the appointments ending) give
//!   the count and first rows that plain SQL and the rules written out give on a demo corps.
//!
//! The key-replay property (`tests/safety_check_after_keys.rs`) covers every command of the
//! app: it runs `korps check`, whose rule `StaleEventStaffing` compares the same counts.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rusqlite::Connection;

use super::Database;
use super::maintenance::Rule;
use crate::domain::event::Staffing;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).expect("date")
}

fn demo(scale: u32) -> Database {
    let mut db = Database::open_in_memory("test").expect("open");
    crate::demo::generate(&mut db, today(), scale, 1, &mut |_, _| {}).expect("demo");
    db
}

/// `(role models, ambassadors)` holding a place on each event, counted here from the bookings.
fn counted(conn: &Connection) -> HashMap<i64, Counts> {
    let mut out: HashMap<i64, Counts> = HashMap::new();
    let mut stmt = conn
        .prepare("SELECT a.event_id, a.status, p.kind FROM assignments a, persons p WHERE p.id = a.person_id")
        .expect("bookings");
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .expect("query");
    for row in rows {
        let (event, status, kind) = row.expect("row");
        let holds_a_place = matches!(status.as_str(), "booked" | "confirmed" | "attended");
        let entry = out.entry(event).or_default();
        if holds_a_place && kind == "role_model" {
            entry.0 += 1;
        } else if holds_a_place {
            entry.1 += 1;
        }
    }
    out
}

/// `(role models, ambassadors)`.
type Counts = (i64, i64);

/// The events whose kept counts differ from [`counted`]: `(id, kept, counted)`.
fn drifted(conn: &Connection) -> Vec<(i64, Counts, Counts)> {
    let counts = counted(conn);
    let mut stmt = conn
        .prepare("SELECT id, staffed_role_models, staffed_ambassadors FROM events ORDER BY id")
        .expect("events");
    stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))
        .expect("query")
        .map(|row| row.expect("row"))
        .map(|(id, kept): (i64, Counts)| (id, kept, counts.get(&id).copied().unwrap_or_default()))
        .filter(|(_, kept, counted)| kept != counted)
        .collect()
}

fn ids(conn: &Connection, sql: &str) -> Vec<i64> {
    let mut stmt = conn.prepare(sql).expect("ids");
    stmt.query_map([], |r| r.get(0))
        .expect("query")
        .map(|row| row.expect("row"))
        .collect()
}

const STATUSES: [&str; 5] = ["booked", "confirmed", "attended", "no_show", "cancelled"];

/// One write a user or another program could make to what staffing counts.
#[derive(Debug, Clone)]
enum Write {
    Book {
        event: usize,
        person: usize,
        status: usize,
    },
    SetStatus {
        booking: usize,
        status: usize,
    },
    Move {
        booking: usize,
        event: usize,
    },
    SwapPerson {
        booking: usize,
        person: usize,
    },
    Delete {
        booking: usize,
    },
    FlipKind {
        person: usize,
    },
}

fn write() -> impl Strategy<Value = Write> {
    let i = || 0usize..10_000;
    prop_oneof![
        (i(), i(), 0..STATUSES.len()).prop_map(|(event, person, status)| Write::Book {
            event,
            person,
            status
        }),
        (i(), 0..STATUSES.len()).prop_map(|(booking, status)| Write::SetStatus { booking, status }),
        (i(), i()).prop_map(|(booking, event)| Write::Move { booking, event }),
        (i(), i()).prop_map(|(booking, person)| Write::SwapPerson { booking, person }),
        i().prop_map(|booking| Write::Delete { booking }),
        i().prop_map(|person| Write::FlipKind { person }),
    ]
}

/// Runs `w` as plain SQL; a write a constraint refuses is rolled back by SQLite, triggers and
/// all, which is part of what is tested.
fn apply(conn: &Connection, w: &Write) {
    let events = ids(conn, "SELECT id FROM events ORDER BY id");
    let persons = ids(conn, "SELECT id FROM persons ORDER BY id");
    let bookings = ids(conn, "SELECT id FROM assignments ORDER BY id");
    let pick = |list: &[i64], i: usize| list[i % list.len()];
    let _ = match *w {
        Write::Book {
            event,
            person,
            status,
        } => conn.execute(
            "INSERT INTO assignments (event_id, person_id, status) VALUES (?1, ?2, ?3)",
            (
                pick(&events, event),
                pick(&persons, person),
                STATUSES[status],
            ),
        ),
        Write::SetStatus { booking, status } => conn.execute(
            "UPDATE assignments SET status = ?2 WHERE id = ?1",
            (pick(&bookings, booking), STATUSES[status]),
        ),
        Write::Move { booking, event } => conn.execute(
            "UPDATE assignments SET event_id = ?2 WHERE id = ?1",
            (pick(&bookings, booking), pick(&events, event)),
        ),
        Write::SwapPerson { booking, person } => conn.execute(
            "UPDATE assignments SET person_id = ?2 WHERE id = ?1",
            (pick(&bookings, booking), pick(&persons, person)),
        ),
        Write::Delete { booking } => conn.execute(
            "DELETE FROM assignments WHERE id = ?1 \
             AND NOT EXISTS (SELECT 1 FROM honoraria WHERE assignment_id = ?1)",
            [pick(&bookings, booking)],
        ),
        Write::FlipKind { person } => conn.execute(
            "UPDATE persons SET kind = CASE kind WHEN 'role_model' THEN 'ambassador' \
             ELSE 'role_model' END WHERE id = ?1",
            [pick(&persons, person)],
        ),
    };
}

#[test]
fn the_demo_corps_starts_with_its_bookings_counted() {
    let db = demo(1);
    assert_eq!(drifted(&db.conn), vec![]);
    let booked: i64 = db
        .conn
        .query_row(
            "SELECT total(staffed_role_models + staffed_ambassadors) FROM events",
            [],
            |r| r.get::<_, f64>(0),
        )
        .map(|t| t as i64)
        .expect("sum");
    assert!(booked > 20, "the demo books people: {booked}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_writes_to_bookings_and_persons_keep_every_events_staffing(
        writes in proptest::collection::vec(write(), 1..25)
    ) {
        let db = demo(1);
        for w in &writes {
            apply(&db.conn, w);
            prop_assert_eq!(drifted(&db.conn), vec![], "after {:?}", w);
        }
        let report = db.check().expect("check");
        prop_assert!(
            report.findings.iter().all(|f| f.rule != Rule::StaleEventStaffing),
            "{:?}", report.findings
        );
    }
}

#[test]
fn korps_check_names_an_event_whose_kept_staffing_drifted() {
    let db = demo(1);
    let event: i64 = db
        .conn
        .query_row("SELECT min(id) FROM events", [], |r| r.get(0))
        .expect("event");
    // Written past the triggers, as a faulty program or a hand edit could.
    db.conn
        .execute(
            "UPDATE events SET staffed_ambassadors = staffed_ambassadors + 1 WHERE id = ?1",
            [event],
        )
        .expect("drift");
    let report = db.check().expect("check");
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule == Rule::StaleEventStaffing)
        .expect("reported");
    assert_eq!((finding.count, finding.ids.clone()), (1, vec![event]));
}

#[test]
fn migration_12_counts_the_bookings_a_database_already_has() {
    let conn = Connection::open_in_memory().expect("open");
    super::migrations::migrate_to(&conn, 11).expect("v11");
    conn.execute_batch(
        "INSERT INTO persons (id, name, kind, name_sort, name_fold, search_fold) VALUES
             (1, 'Anna', 'ambassador', 'anna', 'anna', 'anna'),
             (2, 'Bo', 'role_model', 'bo', 'bo', 'bo'),
             (3, 'Cai', 'ambassador', 'cai', 'cai', 'cai');
         INSERT INTO events (id, kind, date, needs_ambassadors) VALUES
             (1, 'other', '2026-02-02', 2), (2, 'other', '2026-02-03', 1);
         INSERT INTO assignments (event_id, person_id, status) VALUES
             (1, 1, 'booked'), (1, 2, 'attended'), (1, 3, 'no_show'), (2, 3, 'cancelled');",
    )
    .expect("v11 data");
    super::migrations::migrate_to(&conn, 12).expect("v12");
    let kept = |id: i64| -> (i64, i64) {
        conn.query_row(
            "SELECT staffed_role_models, staffed_ambassadors FROM events WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("event")
    };
    assert_eq!((kept(1), kept(2)), ((1, 1), (0, 0)));
    assert_eq!(drifted(&conn), vec![]);
}

/// An event row's fields the dashboard shows, for comparing with the oracle's.
fn key(id: i64, date: NaiveDate, staffing: Staffing) -> (i64, NaiveDate, Staffing) {
    (id, date, staffing)
}

/// The open events of `from..=to` (all of them when `short_only` is false), in date, time and
/// id order, with staffing counted from the bookings: the rule written out over plain rows.
fn events_oracle(
    db: &Database,
    from: NaiveDate,
    to: NaiveDate,
    short_only: bool,
) -> Vec<(i64, NaiveDate, Staffing)> {
    let counts = counted(&db.conn);
    let mut stmt = db
        .conn
        .prepare(
            "SELECT id, date, coalesce(start_time, ''), status, needs_role_models, \
             needs_ambassadors FROM events WHERE date BETWEEN ?1 AND ?2",
        )
        .expect("events");
    let mut rows: Vec<(String, String, i64, String, u32, u32)> = stmt
        .query_map((from.to_string(), to.to_string()), |r| {
            Ok((
                r.get(1)?,
                r.get(2)?,
                r.get(0)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .expect("query")
        .map(|row| row.expect("row"))
        .collect();
    rows.sort();
    rows.into_iter()
        .map(|(date, _, id, status, need_rm, need_amb)| {
            let (rm, amb) = counts.get(&id).copied().unwrap_or_default();
            let staffing = Staffing {
                role_models: (rm as u32, need_rm),
                ambassadors: (amb as u32, need_amb),
            };
            let open = matches!(status.as_str(), "requested" | "planned" | "confirmed");
            let short = rm < i64::from(need_rm) || amb < i64::from(need_amb);
            (
                key(id, date.parse().expect("date"), staffing),
                open && short,
            )
        })
        .filter(|(_, short)| !short_only || *short)
        .map(|(row, _)| row)
        .collect()
}

#[test]
fn oversigts_event_lists_are_the_counts_and_first_rows_of_the_rule() {
    let db = demo(3);
    let monday = NaiveDate::from_ymd_opt(2026, 11, 30).expect("monday");
    let (from, to) = (today(), today() + Days::new(14));
    let all = events_oracle(&db, monday, monday + Days::new(13), false);
    let short = events_oracle(&db, from, to, true);
    assert!(
        all.len() >= 3 && short.len() >= 2,
        "{} {}",
        all.len(),
        short.len()
    );
    for limit in [1, 1000] {
        let (total, rows) = db
            .first_events_between(monday, monday + Days::new(13), limit)
            .expect("weeks");
        let got: Vec<_> = rows.iter().map(|e| key(e.id, e.date, e.staffing)).collect();
        assert_eq!(
            (total, got),
            (all.len(), all.iter().take(limit).copied().collect())
        );
        let (total, rows) = db
            .first_events_short_of_people(from, to, limit)
            .expect("short");
        let got: Vec<_> = rows.iter().map(|e| key(e.id, e.date, e.staffing)).collect();
        assert_eq!(
            (total, got),
            (short.len(), short.iter().take(limit).copied().collect())
        );
    }
}

#[test]
fn oversigts_ending_appointments_are_the_count_and_first_rows_of_the_rule() {
    let db = demo(3);
    let (from, to) = (today(), today() + Days::new(30));
    // The rule written out: an active appointment ending in the window, of a person not
    // archived, with no appointment of theirs starting after it; soonest first, then by name.
    let mut stmt = db
        .conn
        .prepare(
            "SELECT a.person_id, a.term_end, p.name_sort, p.archived, \
             (SELECT max(b.term_start) FROM appointments b WHERE b.person_id = a.person_id) \
             FROM appointments a, persons p WHERE p.id = a.person_id AND a.status = 'active'",
        )
        .expect("appointments");
    let mut expected: Vec<(String, String, i64)> = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
            ))
        })
        .expect("query")
        .map(|row| row.expect("row"))
        .filter(|(_, end, _, archived, last_start)| {
            *archived == 0
                && end.as_str() >= from.to_string().as_str()
                && end.as_str() <= to.to_string().as_str()
                && last_start.as_str() <= end.as_str()
        })
        .map(|(person, end, sort, _, _)| (end, sort, person))
        .collect();
    expected.sort();
    assert!(expected.len() > 3, "{expected:?}");
    for limit in [2, 1000] {
        let (total, rows) = db.appointments_ending(from, to, limit).expect("ending");
        let got: Vec<(String, i64)> = rows
            .iter()
            .map(|a| (a.end.to_string(), a.person_id))
            .collect();
        let want: Vec<(String, i64)> = expected
            .iter()
            .take(limit)
            .map(|(end, _, person)| (end.clone(), *person))
            .collect();
        assert_eq!((total, got), (expected.len(), want));
    }
}
