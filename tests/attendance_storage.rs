//! Attendance storage: the honorarium at the rate in force on the event date (a later rate
//! change does not alter it), a different amount needs a reason, the event becomes held when
//! every booking is logged, walk-ins go through the booking verdict, and a logged booking is
//! logged again only while its honorarium awaits approval.

mod common;
mod visits_support;

use korps::domain::event::{AssignmentStatus, EventKind, EventStatus};
use korps::storage::Database;
use korps::storage::attendance::{AttendanceError, Outcome};
use korps::storage::booking::NewBooking;
use rusqlite::{Connection, named_params};
use visits_support::{event, person_id, place_id};

struct Fixture {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    db: Database,
    /// Wednesday 25.11.2026 09:00–10:30 at Østre Skole: Zenia Holm and Aase Andersen booked.
    event: i64,
}

const SEASON: (u32, u32) = (8, 1);

fn season() -> (chrono::NaiveDate, chrono::NaiveDate) {
    (
        common::date(2026, SEASON.0, SEASON.1),
        common::date(2027, 7, 31),
    )
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let mut db = Database::open(&path, "testbruger").expect("open");
    visits_support::seed(&mut db);
    let oestre = place_id(&db, "Østre Skole");
    let mut data = event(
        EventKind::SchoolVisit,
        oestre,
        common::date(2026, 11, 25),
        Some((9, 0, 10, 30)),
    );
    data.status = EventStatus::Confirmed;
    let id = db.insert_event(&data, common::today()).expect("event");
    let people: Vec<NewBooking> = ["Zenia Holm", "Aase Andersen"]
        .iter()
        .map(|n| NewBooking {
            person_id: person_id(&db, n),
            forced_reason: None,
        })
        .collect();
    let (from, to) = season();
    db.book_persons(id, &people, from, to).expect("book");
    Fixture {
        _dir: dir,
        path,
        db,
        event: id,
    }
}

fn raw(path: &std::path::Path) -> Connection {
    Connection::open(path).expect("raw")
}

fn add_rate(path: &std::path::Path, amount: i64, from: &str) {
    raw(path)
        .execute(
            "INSERT INTO honorarium_rates (event_kind, person_kind, amount_ore, effective_from) \
             VALUES ('school_visit', 'role_model', :a, :f), ('school_visit', 'ambassador', :a, :f)",
            named_params! { ":a": amount, ":f": from },
        )
        .expect("rate");
}

fn honorarium(path: &std::path::Path, assignment: i64) -> (i64, String, String) {
    raw(path)
        .query_row(
            "SELECT amount_ore, status, amount_reason FROM honoraria WHERE assignment_id = :a",
            named_params! { ":a": assignment },
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("honorarium")
}

fn attended() -> Outcome {
    Outcome::Attended {
        minutes: Some(90),
        amount: None,
    }
}

#[test]
fn every_database_has_the_default_rates() {
    let db = Database::open_in_memory("t").expect("open");
    let rates = db.honorarium_rates_for_attendance().expect("rates");
    assert_eq!(
        rates,
        korps::domain::rates::default_rates(common::date(2020, 1, 1))
    );
}

#[test]
fn honorarium_is_the_rate_on_the_event_date_and_a_later_rate_change_leaves_it() {
    let mut f = fixture();
    // A raise from the day after the event does not apply to it.
    add_rate(&f.path, 60_000, "2026-11-26");
    let (listed, rows) = f.db.events_to_log(common::today(), 0, 50).expect("list");
    assert!(listed >= 1);
    let row = rows.iter().find(|r| r.id == f.event).expect("to log");
    assert_eq!((row.logged, row.total), (0, 2));
    let bookings = f.db.log_bookings(f.event).expect("bookings");
    let first = bookings[0].assignment_id;
    let logged =
        f.db.log_attendance(first, &attended(), common::today())
            .expect("log");
    assert_eq!(logged.honorarium_ore, Some(50_000));
    assert!(!logged.event_held);
    assert_eq!(
        honorarium(&f.path, first),
        (50_000, "awaiting".to_string(), String::new())
    );
    // A rate change effective before the event, made after logging, changes nothing logged …
    add_rate(&f.path, 70_000, "2026-11-01");
    assert_eq!(honorarium(&f.path, first).0, 50_000);
    let b = f.db.log_bookings(f.event).expect("bookings");
    assert_eq!(b[0].honorarium_ore, Some(50_000));
    assert_eq!(b[0].minutes, Some(90));
    // … but prices the next one.
    let second = b[1].assignment_id;
    let logged =
        f.db.log_attendance(second, &attended(), common::today())
            .expect("log");
    assert_eq!(logged.honorarium_ore, Some(70_000));
}

#[test]
fn a_different_amount_needs_a_reason() {
    let mut f = fixture();
    let id = f.db.log_bookings(f.event).expect("b")[0].assignment_id;
    let without = Outcome::Attended {
        minutes: None,
        amount: Some((65_000, "  ".into())),
    };
    let err =
        f.db.log_attendance(id, &without, common::today())
            .expect_err("refused");
    assert!(matches!(
        err,
        AttendanceError::ReasonRequired {
            rate_ore: Some(50_000)
        }
    ));
    assert_eq!(
        f.db.log_bookings(f.event).expect("b")[0].status,
        AssignmentStatus::Booked,
        "nothing written"
    );
    // The rate's own amount needs no reason.
    let same = Outcome::Attended {
        minutes: None,
        amount: Some((50_000, String::new())),
    };
    let with = Outcome::Attended {
        minutes: None,
        amount: Some((65_000, "Kørte selv fra Aarhus".into())),
    };
    f.db.log_attendance(id, &with, common::today())
        .expect("logged");
    assert_eq!(
        honorarium(&f.path, id),
        (
            65_000,
            "awaiting".to_string(),
            "Kørte selv fra Aarhus".to_string()
        )
    );
    let other = f.db.log_bookings(f.event).expect("b")[1].assignment_id;
    f.db.log_attendance(other, &same, common::today())
        .expect("same amount");
    assert_eq!(honorarium(&f.path, other).2, "");
}

#[test]
fn the_event_is_held_when_every_booking_is_logged_and_leaves_the_list() {
    let mut f = fixture();
    let before = f.db.event(f.event).expect("event");
    let b = f.db.log_bookings(f.event).expect("b");
    let first =
        f.db.log_attendance(b[0].assignment_id, &Outcome::NoShow, common::today())
            .expect("no show");
    assert_eq!(first.honorarium_ore, None);
    assert!(!first.event_held);
    let (_, rows) = f.db.events_to_log(common::today(), 0, 50).expect("list");
    let row = rows.iter().find(|r| r.id == f.event).expect("still listed");
    assert_eq!((row.logged, row.total), (1, 2));
    let last =
        f.db.log_attendance(b[1].assignment_id, &Outcome::Cancelled, common::today())
            .expect("afbud");
    assert!(last.event_held);
    let after = f.db.event(f.event).expect("event");
    assert_eq!(after.data.status, EventStatus::Held);
    assert!(after.sequence > before.sequence);
    let (_, rows) = f.db.events_to_log(common::today(), 0, 50).expect("list");
    assert!(rows.iter().all(|r| r.id != f.event));
    let audit = f.db.audit_entries("events", f.event, 5).expect("audit");
    assert_eq!(audit[0].action, "event.held");
    let audit =
        f.db.audit_entries("assignments", b[0].assignment_id, 5)
            .expect("audit");
    assert_eq!(audit[0].action, "assignment.no_show");
}

/// The original honorarium of booking `id` in plain SQL: (id, amount, status).
fn honorarium_sql(path: &std::path::Path, id: i64) -> Option<(i64, i64, String)> {
    use rusqlite::OptionalExtension;
    Connection::open(path)
        .expect("sql")
        .query_row(
            "SELECT id, amount_ore, status FROM honoraria \
             WHERE assignment_id = :a AND corrects_honorarium_id IS NULL",
            named_params! { ":a": id },
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .expect("honorarium")
}

#[test]
fn a_logged_booking_is_logged_again_until_its_honorarium_is_approved() {
    let mut f = fixture();
    let id = f.db.log_bookings(f.event).expect("b")[0].assignment_id;
    f.db.log_attendance(id, &attended(), common::today())
        .expect("log");
    let (_, rate, _) = honorarium_sql(&f.path, id).expect("honorarium");
    // A mistake: no-show after all — the awaiting honorarium goes.
    f.db.log_attendance(id, &Outcome::NoShow, common::today())
        .expect("logged again");
    assert_eq!(honorarium_sql(&f.path, id), None);
    // Attended after all, then another amount: one honorarium row, changed in place.
    f.db.log_attendance(id, &attended(), common::today())
        .expect("attended again");
    let (second, amount, _) = honorarium_sql(&f.path, id).expect("honorarium");
    assert_eq!(amount, rate);
    let other = Outcome::Attended {
        minutes: Some(90),
        amount: Some((rate + 10_000, "Ekstra tid".into())),
    };
    f.db.log_attendance(id, &other, common::today())
        .expect("another amount");
    assert_eq!(
        honorarium_sql(&f.path, id),
        Some((second, rate + 10_000, "awaiting".into()))
    );
    let audit = f.db.audit_entries("honoraria", second, 5).expect("audit");
    assert_eq!(audit[0].action, "honorarium.relog");
    // Approved: never logged again, and nothing changes.
    f.db.approve_honoraria(&[second], common::today())
        .expect("approve");
    let again =
        f.db.log_attendance(id, &Outcome::NoShow, common::today())
            .expect_err("refused");
    assert!(matches!(
        again,
        AttendanceError::Approved(korps::storage::honoraria::HonorariumStatus::Approved)
    ));
    assert_eq!(
        honorarium_sql(&f.path, id),
        Some((second, rate + 10_000, "approved".into()))
    );
    assert!(f.db.check().expect("check").is_ok());
}

#[test]
fn future_events_are_not_logged() {
    let mut f = fixture();
    // Thursday 3.12 is next week.
    let (_, rows) = f.db.events_to_log(common::today(), 0, 50).expect("list");
    assert!(rows.iter().all(|r| r.date <= common::today()));
    let future = visits_support::seed_ids_future(&f.db);
    let (from, to) = season();
    let zenia = person_id(&f.db, "Åse Lund");
    f.db.book_persons(
        future,
        &[NewBooking {
            person_id: zenia,
            forced_reason: None,
        }],
        from,
        to,
    )
    .expect("book");
    let b = &f.db.log_bookings(future).expect("b")[0];
    let err =
        f.db.log_attendance(b.assignment_id, &attended(), common::today())
            .expect_err("future");
    assert!(matches!(err, AttendanceError::NotLoggable));
}

#[test]
fn a_walk_in_without_an_appointment_is_blocked_unless_forced_with_a_reason() {
    let mut f = fixture();
    let emile = person_id(&f.db, "Émile Dupont");
    let err =
        f.db.add_walk_in(f.event, emile, None, Some(90), season(), common::today())
            .expect_err("blocked");
    match err {
        AttendanceError::Blocked(list) => {
            assert_eq!(list.len(), 1);
            assert_eq!(list[0].1.reasons[0].code(), "no_appointment");
        }
        other => panic!("expected blocked, got {other:?}"),
    }
    assert_eq!(
        f.db.log_bookings(f.event).expect("b").len(),
        2,
        "nothing written"
    );
    let logged =
        f.db.add_walk_in(
            f.event,
            emile,
            Some("Kom med sin søster, aftalt med skolen"),
            Some(90),
            season(),
            common::today(),
        )
        .expect("forced");
    assert_eq!(logged.honorarium_ore, Some(50_000));
    let b = f.db.log_bookings(f.event).expect("b");
    let walk = b.iter().find(|b| b.person_id == emile).expect("walk-in");
    assert!(walk.walk_in);
    assert_eq!(walk.status, AssignmentStatus::Attended);
    let audit =
        f.db.audit_entries("assignments", walk.assignment_id, 10)
            .expect("audit");
    let forced = audit
        .iter()
        .find(|a| a.action == "assignment.force")
        .expect("forced audit row");
    assert_eq!(
        forced.after.as_ref().expect("after")["forced_reason"],
        "Kom med sin søster, aftalt med skolen"
    );
    // An appointed person walks in without a reason.
    let zenia_event = f.event;
    let anders = person_id(&f.db, "Anders Bæk");
    f.db.add_walk_in(zenia_event, anders, None, None, season(), common::today())
        .expect("eligible walk-in");
}
