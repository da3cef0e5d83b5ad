//! Ending an appointment early, laying an unavailability over bookings and archiving a person
//! take the person's pending bookings with them as *afbud* — only after the user confirmed
//! exactly those bookings — in the same transaction; `korps check` stays clean and the planned
//! money of the cancelled bookings leaves the forecast (oracle: plain SQL over the rows).

mod common;
#[path = "visits_support/mod.rs"]
mod visits_support;

use korps::domain::event::EventKind;
use korps::domain::person::PersonKind;
use korps::domain::rates::Rate;
use korps::storage::booking::NewBooking;
use korps::storage::{Database, StorageError};
use rusqlite::Connection;

use common::date;
use visits_support::{Schedule, person_id};

/// A database file with the visit calendar, a flat rate per participation for every event and
/// person kind (so the oracle is a plain sum), and Anders Bæk booked on three events.
fn fixture() -> (tempfile::TempDir, Database, Schedule, i64) {
    let dir = tempfile::tempdir().expect("dir");
    let mut db = Database::open(&dir.path().join("korps.db"), "test").expect("open");
    let s = visits_support::seed(&mut db);
    for (i, kind) in EventKind::ALL.into_iter().enumerate() {
        for person_kind in [PersonKind::Ambassador, PersonKind::RoleModel] {
            db.add_rate(&Rate {
                event_kind: kind,
                person_kind,
                amount_ore: 30_000 + 1_000 * i as i64,
                per_hour_ore: None,
                effective_from: date(2020, 1, 1),
            })
            .expect("rate");
        }
    }
    let anders = person_id(&db, "Anders Bæk");
    let (from, to) = (date(2026, 8, 1), date(2027, 7, 31));
    for event in [s.monday, s.visit, s.festival] {
        db.book_persons(
            event,
            &[NewBooking {
                person_id: anders,
                forced_reason: None,
            }],
            from,
            to,
        )
        .expect("book");
    }
    (dir, db, s, anders)
}

/// Plain SQL on the file: the pending bookings of `person` as (event id, rate in øre).
fn pending(path: &std::path::Path, person: i64) -> Vec<(i64, i64)> {
    let conn = Connection::open(path).expect("sql");
    let mut stmt = conn
        .prepare(
            "SELECT a.event_id, (SELECT r.amount_ore FROM honorarium_rates r \
               WHERE r.event_kind = e.kind AND r.person_kind = p.kind \
               AND r.effective_from <= e.date ORDER BY r.effective_from DESC LIMIT 1) \
             FROM assignments a JOIN events e ON e.id = a.event_id \
             JOIN persons p ON p.id = a.person_id \
             WHERE a.person_id = ?1 AND a.status IN ('booked', 'confirmed') \
             AND e.status IN ('requested', 'planned', 'confirmed') ORDER BY e.date",
        )
        .expect("prepare");
    stmt.query_map([person], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

fn afbud_audit_rows(path: &std::path::Path) -> Vec<String> {
    let conn = Connection::open(path).expect("sql");
    let mut stmt = conn
        .prepare("SELECT after_json FROM audit_log WHERE action = 'assignment.cancel' ORDER BY id")
        .expect("prepare");
    stmt.query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

fn appointment_of(db: &Database, person: i64) -> korps::domain::appointment::Appointment {
    db.person_appointments(person, 10).expect("terms")[0].clone()
}

#[test]
fn ending_early_lists_the_later_bookings_and_cancels_them_only_when_confirmed() {
    let (dir, mut db, s, anders) = fixture();
    let path = dir.path().join("korps.db");
    let today = common::today();
    let before = pending(&path, anders);
    assert_eq!(
        before.iter().map(|b| b.0).collect::<Vec<_>>(),
        [s.monday, s.visit, s.festival]
    );
    let planned_before = db.budget_figures(2026, today).expect("figures").0.planned;
    let a = appointment_of(&db, anders);

    // Not confirmed: refused, listing the two bookings after 1.12, nothing written.
    let Err(StorageError::BookingsAffected(list)) =
        db.end_appointment_early(a.id, a.version, date(2026, 12, 1), "Flyttet", &[])
    else {
        panic!("must list the bookings first");
    };
    let listed: Vec<i64> = list.iter().map(|b| b.event_id).collect();
    assert_eq!(listed, [s.visit, s.festival]);
    assert_eq!(pending(&path, anders), before, "nothing written");
    assert!(!appointment_of(&db, anders).is_ended_early());

    // Confirming another set (a booking added meanwhile, say) is refused the same way.
    let wrong = [list[0].assignment_id];
    assert!(matches!(
        db.end_appointment_early(a.id, a.version, date(2026, 12, 1), "Flyttet", &wrong),
        Err(StorageError::BookingsAffected(_))
    ));

    let ids: Vec<i64> = list.iter().map(|b| b.assignment_id).collect();
    let cancelled = db
        .end_appointment_early(a.id, a.version, date(2026, 12, 1), "Flyttet", &ids)
        .expect("ends");
    assert_eq!(cancelled, 2);
    let after = pending(&path, anders);
    assert_eq!(after, [before[0]], "the booking before the last day stays");
    let planned_after = db.budget_figures(2026, today).expect("figures").0.planned;
    let dropped: i64 = before[1..].iter().map(|b| b.1).sum();
    assert!(dropped > 0);
    assert_eq!(planned_before - planned_after, dropped);
    let audit = afbud_audit_rows(&path);
    assert_eq!(audit.len(), 2);
    assert!(
        audit
            .iter()
            .all(|j| j.contains("\"reason\":\"Flyttet\"") && j.contains("appointment.end_early"))
    );
    let report = db.check().expect("check");
    assert!(report.is_ok(), "{:?}", report.findings);
}

#[test]
fn attendance_logged_after_the_last_day_refuses_the_early_end() {
    let (_dir, mut db, s, _) = fixture();
    // Anders attended the held visit on 20.11.2026: ending his term on 19.11 would orphan it.
    let anders = person_id(&db, "Anders Bæk");
    let conn_path = db.path().expect("file").to_path_buf();
    let conn = Connection::open(&conn_path).expect("sql");
    conn.execute(
        "UPDATE assignments SET status = 'attended' WHERE event_id = ?1",
        [s.held],
    )
    .expect("attended");
    drop(conn);
    let a = appointment_of(&db, anders);
    let err = db
        .end_appointment_early(a.id, a.version, date(2026, 11, 19), "Flyttet", &[])
        .expect_err("refused");
    assert!(matches!(
        err,
        StorageError::Appointment {
            error: korps::domain::appointment::AppointmentError::LoggedAfterEnd,
            ..
        }
    ));
    assert!(!appointment_of(&db, anders).is_ended_early());
}

#[test]
fn an_unavailability_over_bookings_and_archiving_cancel_them_after_asking() {
    let (dir, mut db, s, anders) = fixture();
    let path = dir.path().join("korps.db");
    let Err(StorageError::BookingsAffected(list)) =
        db.add_unavailability(anders, date(2026, 12, 3), date(2026, 12, 4), "eksamen", &[])
    else {
        panic!("must ask");
    };
    assert_eq!(
        list.iter().map(|b| b.event_id).collect::<Vec<_>>(),
        [s.visit]
    );
    assert!(
        db.unavailability(anders, 10).expect("periods").is_empty(),
        "nothing written"
    );
    let ids: Vec<i64> = list.iter().map(|b| b.assignment_id).collect();
    let (_, n) = db
        .add_unavailability(
            anders,
            date(2026, 12, 3),
            date(2026, 12, 4),
            "eksamen",
            &ids,
        )
        .expect("adds");
    assert_eq!(n, 1);
    assert_eq!(
        pending(&path, anders)
            .iter()
            .map(|b| b.0)
            .collect::<Vec<_>>(),
        [s.monday, s.festival]
    );

    // Archiving on 1.12 takes the festival (5.12) but not Monday 30.11, which lies before.
    let p = db.person(anders).expect("person");
    let Err(StorageError::BookingsAffected(list)) =
        db.set_person_archived(anders, p.version, true, date(2026, 12, 1), &[])
    else {
        panic!("must ask");
    };
    let ids: Vec<i64> = list.iter().map(|b| b.assignment_id).collect();
    assert_eq!(
        db.set_person_archived(anders, p.version, true, date(2026, 12, 1), &ids)
            .expect("archives"),
        1
    );
    assert!(db.person(anders).expect("person").data.archived);
    assert_eq!(
        pending(&path, anders)
            .iter()
            .map(|b| b.0)
            .collect::<Vec<_>>(),
        [s.monday]
    );
    assert!(db.check().expect("check").is_ok());
}
