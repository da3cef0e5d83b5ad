//! Attendance through the real loop on a real SQLite file: log two bookings of an event with
//! `m` and `u`, see the selection move to the next unlogged booking, the event become held and
//! leave the list; add a blocked walk-in with a reason and find the audit row; type a walk-in's
//! hours in the picker.

mod attendance_support;
mod common;
mod visits_support;

use common::press;

use korps::app::{Screen, State};
use korps::domain::event::{AssignmentStatus, EventStatus};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::run_loop::start;

fn open() -> (tempfile::TempDir, Database, attendance_support::Past) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let mut db = Database::open(&path, "testbruger").expect("open");
    let past = attendance_support::seed(&mut db);
    (dir, db, past)
}

#[test]
fn log_two_bookings_and_the_event_leaves_the_list() {
    let (_dir, mut db, past) = open();
    let mut state = State::new(common::ctx(Lang::Da), 80, 24);
    start(&mut state, &mut db);
    press(&mut state, &mut db, "5");
    assert_eq!(state.screen, Screen::Fremmoede);
    assert_eq!(state.attendance.total, 3);
    assert_eq!(
        state.attendance.selected_event().expect("event").id,
        past.visit
    );
    // Aase Andersen is the first unlogged booking; m logs her attended.
    assert_eq!(
        state.attendance.selected_booking().expect("booking").name,
        "Aase Andersen"
    );
    press(&mut state, &mut db, "M");
    assert_eq!(
        state.attendance.selected_booking().expect("next").name,
        "Åse Lund",
        "the selection moved to the next unlogged booking"
    );
    let msg = state.message.clone().expect("message").text;
    assert!(msg.contains("Aase Andersen: mødt"), "{msg}");
    press(&mut state, &mut db, "U");
    let msg = state.message.clone().expect("message").text;
    assert!(msg.contains("arrangementet er nu afholdt"), "{msg}");
    assert_eq!(state.attendance.total, 2);
    assert!(state.attendance.events.iter().all(|e| e.id != past.visit));
    assert_eq!(
        state.attendance.selected_event().expect("next event").id,
        past.festival
    );
    assert_eq!(
        db.event(past.visit).expect("event").data.status,
        EventStatus::Held
    );
    let bookings = db.log_bookings(past.visit).expect("bookings");
    let statuses: Vec<(String, AssignmentStatus, Option<i64>)> = bookings
        .into_iter()
        .map(|b| (b.name, b.status, b.honorarium_ore))
        .collect();
    assert_eq!(
        statuses,
        vec![
            (
                "Zenia Holm".into(),
                AssignmentStatus::Attended,
                Some(50_000)
            ),
            (
                "Aase Andersen".into(),
                AssignmentStatus::Attended,
                Some(50_000)
            ),
            ("Åse Lund".into(), AssignmentStatus::NoShow, None),
        ]
    );
}

#[test]
fn festival_hours_change_the_honorarium() {
    let (_dir, mut db, past) = open();
    let mut state = State::new(common::ctx(Lang::Da), 80, 24);
    start(&mut state, &mut db);
    // The festival is the second event: 300 kr. + 100 kr./h for 4 hours = 700 kr.
    press(&mut state, &mut db, "5jt4<Enter>M");
    let b = &db.log_bookings(past.festival).expect("bookings")[0];
    assert_eq!(b.minutes, Some(240));
    assert_eq!(b.honorarium_ore, Some(70_000));
}

#[test]
fn a_blocked_walk_in_needs_a_reason_and_is_audited() {
    let (_dir, mut db, past) = open();
    let mut state = State::new(common::ctx(Lang::Da), 120, 40);
    start(&mut state, &mut db);
    // Émile Dupont (no appointment) is fourth in the picker.
    press(&mut state, &mut db, "5wjjj<Enter><Enter>");
    assert!(
        db.log_bookings(past.visit)
            .expect("b")
            .iter()
            .all(|b| b.name != "Émile Dupont"),
        "an empty reason adds nobody"
    );
    press(&mut state, &mut db, "Kom med sin klasse<Enter>");
    let b = db.log_bookings(past.visit).expect("b");
    let emile = b
        .iter()
        .find(|b| b.name == "Émile Dupont")
        .expect("walk-in");
    assert!(emile.walk_in);
    assert_eq!(emile.status, AssignmentStatus::Attended);
    let audit = db
        .audit_entries("assignments", emile.assignment_id, 10)
        .expect("audit");
    assert!(audit.iter().any(|a| a.action == "assignment.force"
        && a.after.as_ref().expect("after")["forced_reason"] == "Kom med sin klasse"));
    assert!(state.overlay.is_none());
    let msg = state.message.clone().expect("message").text;
    assert!(msg.contains("Émile Dupont tilføjet som walk-in"), "{msg}");
}

#[test]
fn a_walk_in_is_logged_with_the_hours_typed_in_the_picker() {
    let (_dir, mut db, past) = open();
    let mut state = State::new(common::ctx(Lang::Da), 80, 24);
    start(&mut state, &mut db);
    // The festival stand (second event); the walk-in picker starts at the event's length.
    press(&mut state, &mut db, "5jwt");
    let typed = |state: &State| match &state.overlay {
        Some(korps::app::state::Overlay::Attendance(o)) => match o.as_ref() {
            korps::app::attendance::AttendanceOverlay::WalkIn(w) => {
                (w.minutes, w.hours.as_ref().map(|i| i.value().to_string()))
            }
            korps::app::attendance::AttendanceOverlay::Prompt(_) => panic!("a prompt"),
        },
        _ => panic!("no walk-in picker"),
    };
    let (length, shown) = typed(&state);
    let expected = length.map_or_else(String::new, |m| format!("{}:{:02}", m / 60, m % 60));
    assert_eq!(shown, Some(expected));
    // Nonsense is refused in place; Esc leaves the hours as they were.
    press(&mut state, &mut db, "<C-u>mange<Enter>");
    assert_eq!(typed(&state).0, length);
    press(&mut state, &mut db, "<Esc>");
    assert_eq!(
        typed(&state),
        (length, None),
        "Esc closes only the hours line"
    );
    press(&mut state, &mut db, "t<C-u>1,5<Enter>");
    assert_eq!(typed(&state), (Some(90), None));
    press(&mut state, &mut db, "<Enter>");
    let bookings = db.log_bookings(past.festival).expect("bookings");
    let walk_in = bookings.iter().find(|b| b.walk_in).expect("walk-in added");
    assert_eq!(walk_in.minutes, Some(90));
    // Festival stand: 300 kr. + 1,5 × 100 kr.
    assert_eq!(walk_in.honorarium_ore, Some(45_000));
}
