//! Scripted booking flows through the real loop on a real SQLite file: book two people from the
//! picker, try a double booking and see it blocked, force it with a reason and find the audit
//! row; cancel an event with a reason; create an event through the form; jump from the
//! dashboard's alert to the picker; select events with the mouse and move with the wheel.

mod common;
mod visits_support;

use common::press;

use korps::app::state::Overlay;
use korps::app::visits::state::VisitsOverlay;
use korps::app::{Screen, State};
use korps::domain::event::{AssignmentStatus, EventStatus};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::run_loop::{action_for, dispatch, start};
use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

/// The seeded week-49 calendar in a fresh in-memory database, started on `screen` at
/// `width`×`height` in `lang`.
fn on_screen(
    screen: Screen,
    lang: Lang,
    width: u16,
    height: u16,
) -> (Database, visits_support::Schedule, State) {
    let mut db = Database::open_in_memory("testbruger").expect("open");
    let s = visits_support::seed(&mut db);
    let mut state = State::new(common::ctx(lang), width, height);
    state.screen = screen;
    start(&mut state, &mut db);
    (db, s, state)
}

fn picker_message(state: &State) -> String {
    match &state.overlay {
        Some(Overlay::Visits(o)) => match o.as_ref() {
            VisitsOverlay::Picker(p) => p.message.clone().unwrap_or_default(),
            VisitsOverlay::Prompt(_) => String::new(),
        },
        _ => String::new(),
    }
}

#[test]
fn book_two_then_a_double_booking_is_blocked_until_forced_with_a_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let mut db = Database::open(&path, "testbruger").expect("open");
    let s = visits_support::seed(&mut db);
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Besoeg;
    start(&mut state, &mut db);

    // Week 49, Thursday's visit (third event), picker; mark the first two and book them.
    press(&mut state, &mut db, "ljjb<Space>j<Space><Enter>");
    assert!(
        picker_message(&state).contains("2 booket"),
        "{}",
        picker_message(&state)
    );
    let booked = db.event_bookings(s.visit).expect("bookings");
    let names: Vec<&str> = booked.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, vec!["Zenia Holm", "Ærenpris Møller"]);

    // Afbud (X) on a booked row (the booked sort after the free ones) asks first; "n" keeps
    // the booking and goes back to the picker.
    press(&mut state, &mut db, "jjX");
    assert!(
        matches!(&state.overlay, Some(Overlay::Confirm { question, .. }) if question.starts_with("Afbud for ")),
        "{:?}",
        state.overlay
    );
    press(&mut state, &mut db, "n");
    assert!(
        matches!(state.overlay, Some(Overlay::Visits(_))),
        "back in the picker"
    );
    assert_eq!(db.event_bookings(s.visit).expect("bookings").len(), 2);

    // The overlapping event: Zenia is blocked (sixth row) and the picker says where.
    press(&mut state, &mut db, "<Esc>jb");
    let Some(Overlay::Visits(o)) = &state.overlay else {
        panic!("no picker");
    };
    let VisitsOverlay::Picker(p) = o.as_ref() else {
        panic!("no picker");
    };
    assert_eq!(p.event.id, s.overlapping);
    let zenia = p
        .rows
        .iter()
        .position(|r| r.name == "Zenia Holm")
        .expect("zenia");
    press(&mut state, &mut db, &"j".repeat(zenia));
    press(&mut state, &mut db, "<Enter>");
    assert!(
        picker_message(&state).contains("Blokeret: Zenia Holm"),
        "{}",
        picker_message(&state)
    );
    assert!(
        db.event_bookings(s.overlapping).expect("b").is_empty(),
        "blocked, not booked"
    );

    // An empty reason is refused; a reason forces the booking.
    press(&mut state, &mut db, "<Enter>");
    assert!(
        picker_message(&state).contains("begrundelse"),
        "{}",
        picker_message(&state)
    );
    press(&mut state, &mut db, "Kører direkte videre<Enter>");
    let b = db.event_bookings(s.overlapping).expect("b");
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].forced_reason, "Kører direkte videre");
    let audit = db
        .audit_entries("assignments", b[0].assignment_id, 5)
        .expect("audit");
    assert_eq!(audit[0].action, "assignment.force");
    assert_eq!(audit[0].actor, "testbruger");
    assert_eq!(
        audit[0].after.as_ref().expect("after")["verdict"]["reasons"][0]["reason"],
        "double_booked"
    );
}

#[test]
fn cancelling_asks_for_a_reason_and_cancels_the_bookings() {
    let (mut db, s, mut state) = on_screen(Screen::Besoeg, Lang::Da, 100, 30);
    press(&mut state, &mut db, "ljjb<Space><Enter><Esc>");
    press(&mut state, &mut db, "X<Enter>");
    assert!(
        matches!(state.overlay, Some(Overlay::Visits(_))),
        "a reason is required"
    );
    press(&mut state, &mut db, "Skolen har temadag<Enter>");
    assert!(state.overlay.is_none());
    let e = db.event(s.visit).expect("event");
    assert_eq!(e.data.status, EventStatus::Cancelled);
    assert_eq!(e.data.cancel_reason, "Skolen har temadag");
    let b = db.event_bookings(s.visit).expect("b");
    assert!(b.iter().all(|b| b.status == AssignmentStatus::Cancelled));
}

#[test]
fn a_new_event_is_created_through_the_form_and_shown_in_its_week() {
    let (mut db, _, mut state) = on_screen(Screen::Besoeg, Lang::Da, 100, 30);
    press(
        &mut state,
        &mut db,
        "n<Tab>nørre<Tab><C-u>uge<C-u>8.1.2027<Tab>9<Tab>10.30<Tab>Lokale 3<C-s>",
    );
    assert!(state.overlay.is_none(), "{:?}", state.message);
    assert_eq!(state.visits.monday, Some(common::date(2027, 1, 4)));
    let row = state.visits.selected_row().expect("selected");
    assert_eq!(row.date, common::date(2027, 1, 8));
    assert_eq!(row.institution.as_deref(), Some("Nørremarkskolen"));
}

#[test]
fn the_dashboard_alert_opens_the_picker_of_the_event_lacking_people() {
    let (mut db, s, mut state) = on_screen(Screen::Oversigt, Lang::Da, 100, 30);
    press(&mut state, &mut db, "j<Enter>");
    assert_eq!(state.screen, Screen::Besoeg);
    let Some(Overlay::Visits(o)) = &state.overlay else {
        panic!("no picker: {:?}", state.message);
    };
    let VisitsOverlay::Picker(p) = o.as_ref() else {
        panic!("no picker");
    };
    assert_eq!(p.event.id, s.visit);
}

#[test]
fn the_week_is_exported_as_ics_from_the_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("uge49.ics");
    let (mut db, _, mut state) = on_screen(Screen::Besoeg, Lang::Da, 100, 30);
    press(&mut state, &mut db, "lE<C-u>");
    press(&mut state, &mut db, &format!("{}<Enter>", out.display()));
    assert!(state.overlay.is_none(), "{:?}", state.message);
    let ics = std::fs::read_to_string(&out).expect("written");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 5);
    assert!(ics.contains("STATUS:CANCELLED"));
}

/// A calendar export to a folder that does not exist names the missing folder in the UI
/// language, not in the system's English ("No such file or directory (os error 2)").
#[test]
fn an_export_to_a_missing_folder_says_why_in_the_ui_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("findes-ikke");
    let out = folder.join("uge49.ics");
    for (lang, says) in [(Lang::Da, "findes ikke."), (Lang::En, "does not exist.")] {
        let reason = format!("{} {says}", folder.display());
        let (mut db, _, mut state) = on_screen(Screen::Besoeg, lang, 100, 30);
        press(&mut state, &mut db, "lE<C-u>");
        press(&mut state, &mut db, &format!("{}<Enter>", out.display()));
        let message = format!("{:?}", state.message);
        assert!(message.contains(&reason), "{message}");
        assert!(!message.contains("os error"), "{message}");
    }
}

fn mouse(state: &mut State, db: &mut Database, kind: MouseEventKind, column: u16, row: u16) {
    let event = Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    });
    if let Some(action) = action_for(state, &event) {
        dispatch(state, db, action);
    }
}

fn selected_id(state: &State) -> Option<i64> {
    state.visits.week.get(state.visits.selected).map(|e| e.id)
}

#[test]
fn the_mouse_selects_events_in_the_week_and_the_list_and_the_wheel_moves() {
    let (mut db, s, mut state) = on_screen(Screen::Besoeg, Lang::Da, 120, 40);
    press(&mut state, &mut db, "l");
    // Week 49 has a Saturday event: seven columns of 16 + separators. The title and the day
    // headers take the body's first two lines (rows 1–2), so Thursday's (column 51–66) second
    // event takes rows 6–8.
    let down = MouseEventKind::Down(MouseButton::Left);
    mouse(&mut state, &mut db, down, 55, 7);
    assert_eq!(selected_id(&state), Some(s.overlapping));
    mouse(&mut state, &mut db, down, 55, 4);
    assert_eq!(selected_id(&state), Some(s.visit));
    // A separator, an empty part of a column: nothing changes.
    mouse(&mut state, &mut db, down, 50, 4);
    mouse(&mut state, &mut db, down, 55, 20);
    assert_eq!(selected_id(&state), Some(s.visit));
    // The wheel is ↓ / ↑.
    mouse(&mut state, &mut db, MouseEventKind::ScrollDown, 55, 20);
    assert_eq!(selected_id(&state), Some(s.overlapping));
    mouse(&mut state, &mut db, MouseEventKind::ScrollUp, 55, 20);
    assert_eq!(selected_id(&state), Some(s.visit));
    assert_eq!(
        state.visits.detail.as_ref().map(|d| d.event.id),
        Some(s.visit),
        "the detail follows"
    );

    // The list view: rows start under the filter line and the table header (row 3).
    press(&mut state, &mut db, "v");
    mouse(&mut state, &mut db, down, 10, 5);
    assert_eq!(state.visits.list.selected, 2);
    mouse(&mut state, &mut db, down, 10, 39);
    assert_eq!(state.visits.list.selected, 2, "below the rows: nothing");
}

/// A booking made in the picker shows behind it at once: the week's staffing and the event's
/// detail load again while the picker stays open (a later question over the week shows the
/// event as it is now). Expected from the database with plain reads.
#[test]
fn a_booking_in_the_open_picker_refreshes_the_week_and_the_detail_behind_it() {
    let (mut db, s, mut state) = on_screen(Screen::Besoeg, Lang::Da, 120, 40);
    press(&mut state, &mut db, "ljjb");
    assert_eq!(state.visits.selected_row().map(|r| r.id), Some(s.visit));
    let before = state.visits.selected_row().expect("row").staffing;
    press(&mut state, &mut db, "<Space><Enter>");
    assert!(
        matches!(&state.overlay, Some(Overlay::Visits(o)) if matches!(o.as_ref(), VisitsOverlay::Picker(_))),
        "the picker stays open: {}",
        picker_message(&state)
    );
    let booked = db.event_bookings(s.visit).expect("bookings");
    assert_eq!(booked.len(), 1, "{}", picker_message(&state));
    let row = state.visits.selected_row().expect("row");
    assert_eq!(row.id, s.visit);
    assert_eq!(
        row.staffing.role_models.0 + row.staffing.ambassadors.0,
        before.role_models.0 + before.ambassadors.0 + 1
    );
    let detail = state.visits.detail.as_ref().expect("detail loaded");
    assert_eq!(detail.event.id, s.visit);
    assert_eq!(detail.bookings, booked);
}
