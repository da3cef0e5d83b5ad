//! Scheduling storage: week ranges, the filtered list, edits with sequence bumps and conflicts,
//! status rules, cancelling with its bookings, the picker's verdicts (double booking named,
//! no appointment, warnings), booking several at once, forced bookings in the audit log,
//! school holidays and the dashboard queries.

mod common;
mod visits_support;

use korps::domain::event::{AssignmentStatus, EventError, EventStatus};
use korps::domain::schedule::{Level, Reason};
use korps::storage::booking::{BookOutcome, NewBooking};
use korps::storage::events::{EventChangeError, EventFilter};
use korps::storage::{Database, StorageError};
use visits_support::{Schedule, person_id, seed};

fn setup() -> (Database, Schedule) {
    let mut db = Database::open_in_memory("testbruger").expect("open");
    let s = seed(&mut db);
    (db, s)
}

fn season() -> (chrono::NaiveDate, chrono::NaiveDate) {
    (common::date(2026, 8, 1), common::date(2027, 7, 31))
}

fn book(db: &mut Database, event: i64, names: &[&str], reason: Option<&str>) -> BookOutcome {
    let bookings: Vec<NewBooking> = names
        .iter()
        .map(|n| NewBooking {
            person_id: person_id(db, n),
            forced_reason: reason.map(ToString::to_string),
        })
        .collect();
    let (from, to) = season();
    db.book_persons(event, &bookings, from, to).expect("book")
}

#[test]
fn the_week_is_read_by_date_in_time_order_with_staffing() {
    let (db, s) = setup();
    let rows = db
        .events_between(common::date(2026, 11, 30), common::date(2026, 12, 6))
        .expect("week");
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    assert_eq!(
        ids,
        vec![s.monday, s.cancelled, s.visit, s.overlapping, s.festival]
    );
    let visit = &rows[2];
    assert_eq!(visit.institution.as_deref(), Some("Østre Skole"));
    assert_eq!(visit.staffing.role_models, (0, 1));
    assert!(visit.staffing.is_understaffed());
}

#[test]
fn the_list_filters_by_status_kind_institution_and_range() {
    let (db, s) = setup();
    let all = EventFilter::default();
    assert_eq!(db.count_events(&all).expect("count"), 6);
    let cancelled = EventFilter {
        status: Some(EventStatus::Cancelled),
        ..EventFilter::default()
    };
    assert_eq!(
        db.list_events(&cancelled, 0, 10).expect("list")[0].id,
        s.cancelled
    );
    let range = EventFilter {
        from: Some(common::date(2026, 12, 3)),
        to: Some(common::date(2026, 12, 3)),
        kind: Some(korps::domain::event::EventKind::JobCentre),
        ..EventFilter::default()
    };
    let rows = db.list_events(&range, 0, 10).expect("list");
    assert_eq!(
        rows.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![s.overlapping]
    );
}

#[test]
fn an_edit_bumps_sequence_and_version_and_a_stale_edit_is_refused() {
    let (mut db, s) = setup();
    let before = db.event(s.visit).expect("event");
    let mut data = before.data.clone();
    data.grades = "9.a".into();
    db.update_event(s.visit, before.version, &data, common::today())
        .expect("update");
    let after = db.event(s.visit).expect("event");
    assert_eq!(after.sequence, before.sequence + 1);
    assert_eq!(after.version, before.version + 1);
    let stale = db.update_event(s.visit, before.version, &data, common::today());
    assert!(matches!(
        stale,
        Err(EventChangeError::Storage(StorageError::Conflict))
    ));
    let audit = db.audit_entries("events", s.visit, 5).expect("audit");
    assert_eq!(audit[0].action, "event.update");
}

#[test]
fn status_rules_hold_in_storage() {
    let (mut db, s) = setup();
    let e = db.event(s.visit).expect("event");
    let mut data = e.data.clone();
    data.status = EventStatus::Held;
    let r = db.update_event(s.visit, e.version, &data, common::today());
    assert!(matches!(
        r,
        Err(EventChangeError::Rule(EventError::HeldInFuture))
    ));
    let c = db.event(s.cancelled).expect("event");
    let mut data = c.data.clone();
    data.status = EventStatus::Planned;
    let r = db.update_event(s.cancelled, c.version, &data, common::today());
    assert!(matches!(
        r,
        Err(EventChangeError::Rule(EventError::StatusFinal))
    ));
    let r = db.cancel_event(
        s.visit,
        db.event(s.visit).expect("e").version,
        "  ",
        common::today(),
    );
    assert!(matches!(
        r,
        Err(EventChangeError::Rule(EventError::CancelReasonRequired))
    ));
}

#[test]
fn cancelling_cancels_the_bookings_in_the_same_change() {
    let (mut db, s) = setup();
    assert_eq!(
        book(&mut db, s.visit, &["Zenia Holm", "Aase Andersen"], None),
        BookOutcome::Booked(2)
    );
    let e = db.event(s.visit).expect("event");
    db.cancel_event(s.visit, e.version, "Sygdom", common::today())
        .expect("cancel");
    let after = db.event(s.visit).expect("event");
    assert_eq!(after.data.status, EventStatus::Cancelled);
    assert_eq!(after.data.cancel_reason, "Sygdom");
    assert!(after.sequence > e.sequence);
    let bookings = db.event_bookings(s.visit).expect("bookings");
    assert!(
        bookings
            .iter()
            .all(|b| b.status == AssignmentStatus::Cancelled)
    );
}

#[test]
fn the_picker_names_the_double_booking_and_blocks_it_until_forced_with_a_reason() {
    let (mut db, s) = setup();
    assert_eq!(
        book(&mut db, s.visit, &["Zenia Holm", "Aase Andersen"], None),
        BookOutcome::Booked(2)
    );
    let other = db.event(s.overlapping).expect("event");
    let (from, to) = season();
    let rows = db
        .picker_rows(Some(s.overlapping), &other.data, from, to)
        .expect("rows");
    let zenia = rows.iter().find(|r| r.name == "Zenia Holm").expect("zenia");
    assert_eq!(zenia.verdict.level, Level::Blocked);
    assert!(matches!(
        &zenia.verdict.reasons[0],
        Reason::DoubleBooked { event_id, label } if *event_id == s.visit && label.contains("Østre Skole 10:00–11:30")
    ));
    let emile = rows
        .iter()
        .find(|r| r.name == "Émile Dupont")
        .expect("emile");
    assert_eq!(emile.verdict.reasons, vec![Reason::NoAppointment]);
    assert!(
        rows.iter().all(|r| r.name != "Bo Arkiv"),
        "archived persons are not offered"
    );
    // Eligible first, then by fewest events this season.
    let levels: Vec<Level> = rows.iter().map(|r| r.verdict.level).collect();
    let mut sorted = levels.clone();
    sorted.sort();
    assert_eq!(levels, sorted);
    let anders = rows
        .iter()
        .find(|r| r.name == "Anders Bæk")
        .expect("anders");
    assert_eq!(anders.events_this_season, 1);

    match book(&mut db, s.overlapping, &["Zenia Holm"], None) {
        BookOutcome::Blocked(b) => assert_eq!(b[0].0, "Zenia Holm"),
        other @ BookOutcome::Booked(_) => panic!("not blocked: {other:?}"),
    }
    assert!(
        db.event_bookings(s.overlapping).expect("b").is_empty(),
        "nothing written"
    );
    assert_eq!(
        book(
            &mut db,
            s.overlapping,
            &["Zenia Holm"],
            Some("Kører direkte videre")
        ),
        BookOutcome::Booked(1)
    );
    let b = db.event_bookings(s.overlapping).expect("b");
    assert_eq!(b[0].forced_reason, "Kører direkte videre");
    let audit = db
        .audit_entries("assignments", b[0].assignment_id, 5)
        .expect("audit");
    assert_eq!(audit[0].action, "assignment.force");
    let after = audit[0].after.as_ref().expect("after");
    assert_eq!(after["forced_reason"], "Kører direkte videre");
    assert_eq!(after["verdict"]["level"], "blocked");
}

#[test]
fn warnings_for_weekends_and_minors_do_not_block() {
    let (db, s) = setup();
    let fest = db.event(s.festival).expect("event");
    let (from, to) = season();
    let rows = db
        .picker_rows(Some(s.festival), &fest.data, from, to)
        .expect("rows");
    let oern = rows
        .iter()
        .find(|r| r.name == "Ørn Østergaard")
        .expect("ørn");
    assert_eq!(oern.verdict.level, Level::Warning);
    assert!(matches!(oern.verdict.reasons[0], Reason::Minor { age: 17 }));
    // A festival stand on a Saturday is not a school visit: no weekend warning.
    assert!(!oern.verdict.reasons.contains(&Reason::Weekend));
}

#[test]
fn school_holidays_are_replaced_per_year_and_read_by_range() {
    let (mut db, _) = setup();
    let christmas = db
        .school_holidays_between(common::date(2026, 12, 24), common::date(2026, 12, 24))
        .expect("range");
    assert_eq!(christmas.len(), 1);
    assert_eq!(christmas[0].name, "Juleferie");
    let mut rows = db.school_holidays_of_year(2026).expect("year");
    rows.truncate(2);
    db.replace_school_holidays(2026, &rows).expect("replace");
    assert_eq!(db.school_holidays_of_year(2026).expect("year").len(), 2);
    let audit = db.audit_entries("school_holidays", 2026, 5).expect("audit");
    assert_eq!(audit[0].action, "school_holidays.replace");
}

#[test]
fn the_dashboard_finds_unvisited_schools_and_calendar_entries_by_person() {
    let (mut db, s) = setup();
    let (from, to) = season();
    let (n, schools) = db.schools_not_visited(from, to).expect("schools");
    assert_eq!(n, 0, "both primary schools have events: {schools:?}");
    book(&mut db, s.visit, &["Åse Lund"], None);
    let aase = person_id(&db, "Åse Lund");
    let entries = db
        .calendar_entries(None, None, Some(aase))
        .expect("entries");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].people, vec!["Åse Lund".to_string()]);
    assert_eq!(entries[0].uid.len(), 32);
}

/// Found by the key-replay check (`safety_check_after_keys`, seed 3): a booking goes with its
/// event, so moving a booked event to a day outside a booked person's appointment would leave a
/// booking outside any appointment. The move is refused naming them, and nothing is written; a
/// forced booking (with a reason) may move; a move inside the term saves.
#[test]
fn moving_a_booked_event_outside_an_appointment_is_refused_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("korps.db");
    let mut db = Database::open(&path, "testbruger").expect("open");
    let s = seed(&mut db);
    assert!(matches!(
        book(&mut db, s.visit, &["Zenia Holm", "Anders Bæk"], None),
        BookOutcome::Booked(_)
    ));
    let before = db.event(s.visit).expect("event");
    let mut moved = before.data.clone();
    // The appointments (visits_support::seed) run 1.8.2026–31.7.2027.
    moved.date = common::date(2027, 8, 5);
    let err = db
        .update_event(s.visit, before.version, &moved, common::today())
        .expect_err("refused");
    let EventChangeError::Storage(StorageError::NotAppointedOn { date, names }) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(*date, moved.date);
    assert_eq!(names, &["Anders Bæk", "Zenia Holm"]);
    let message = StorageError::NotAppointedOn {
        date: *date,
        names: names.clone(),
    }
    .message(korps::i18n::Lang::Da);
    assert!(message.contains("Anders Bæk, Zenia Holm"), "{message}");
    assert!(message.contains("5.8.2027"), "{message}");
    assert_eq!(db.event(s.visit).expect("event"), before, "nothing written");
    // The rule written out, in plain SQL: every booking of the event is inside a term.
    let outside: i64 = rusqlite::Connection::open(&path)
        .expect("sql")
        .query_row(
            "SELECT count(*) FROM assignments a JOIN events e ON e.id = a.event_id \
             WHERE a.status <> 'cancelled' AND a.forced_reason = '' AND NOT EXISTS \
             (SELECT 1 FROM appointments p WHERE p.person_id = a.person_id \
              AND e.date >= p.term_start AND e.date <= p.term_end)",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(outside, 0);
    assert!(db.check().expect("check").is_ok());

    // Inside the term the move saves, bookings and all.
    moved.date = common::date(2026, 12, 10);
    db.update_event(s.visit, before.version, &moved, common::today())
        .expect("moved within the term");
    let bookings = db.event_bookings(s.visit).expect("bookings");
    assert_eq!(bookings.len(), 2);
    assert!(db.check().expect("check").is_ok());
}
