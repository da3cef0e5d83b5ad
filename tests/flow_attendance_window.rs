//! Fremmøde loads what its view shows: through the real key loop on a demo corps whose backlog
//! is longer than the view (four months unlogged), every event to log is reached with ↓, End and Home in the order of
//! the rule written out in plain SQL, the selected event and its bookings are the oracle's, and
//! no load holds more events than the view has rows — at 80×24 and at 120×40.

mod common;

use korps::app::layout::attendance_event_rows;
use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::run_loop::start;

/// The events to log on `today` in plain SQL (see tests/attendance_count.rs), most recent first.
fn to_log(path: &std::path::Path, today: &str) -> Vec<i64> {
    let conn = rusqlite::Connection::open(path).expect("open");
    let mut stmt = conn
        .prepare(
            "SELECT e.id FROM events e WHERE e.date <= ?1 AND e.status <> 'cancelled' \
             AND EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id \
                         AND a.status IN ('booked', 'confirmed')) \
             ORDER BY e.date DESC, e.start_time IS NULL, e.start_time DESC, e.id DESC",
        )
        .expect("sql");
    stmt.query_map([today], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("ids")
}

/// The booking ids of event `id` in plain SQL.
fn bookings(path: &std::path::Path, id: i64) -> Vec<i64> {
    let conn = rusqlite::Connection::open(path).expect("open");
    let mut stmt = conn
        .prepare(
            "SELECT a.id FROM assignments a JOIN persons p ON p.id = a.person_id \
             WHERE a.event_id = ?1 ORDER BY p.name_sort, p.id",
        )
        .expect("sql");
    stmt.query_map([id], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("ids")
}

/// Checks the screen against the oracle with row `at` selected.
fn check(state: &State, path: &std::path::Path, expected: &[i64], at: usize, rows: usize) {
    let a = &state.attendance;
    assert_eq!(a.total, expected.len());
    assert_eq!(a.selected, at);
    let event = a.selected_event().expect("the selected event is loaded");
    assert_eq!(event.id, expected[at], "row {at}");
    let shown: Vec<i64> = a.bookings.iter().map(|b| b.assignment_id).collect();
    assert_eq!(shown, bookings(path, event.id), "row {at}");
    // What is loaded is the view: at most its rows, and every row it shows.
    assert!(a.events.len() <= rows, "{} events loaded", a.events.len());
    let top = a.top(rows);
    for (i, id) in expected.iter().enumerate().skip(top).take(rows) {
        assert_eq!(a.event(i).map(|e| e.id), Some(*id), "row {i} of the view");
    }
}

#[test]
fn every_event_to_log_is_reached_while_each_load_reads_only_the_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("demo.db");
    let mut db = Database::open(&path, "test").expect("open");
    korps::demo::generate(&mut db, common::today(), 8, 9, &mut |_, _| {}).expect("demo");
    // Four months on, the demo's bookings of those months wait to be logged: a long backlog.
    let today = common::today() + chrono::Days::new(120);
    let expected = to_log(&path, &today.to_string());
    for (width, height) in [(80, 24), (120, 40)] {
        let rows = attendance_event_rows(width, height);
        assert!(
            expected.len() > rows + 2,
            "the backlog ({}) is longer than the view ({rows})",
            expected.len()
        );
        let ctx = korps::app::Context {
            today,
            ..common::ctx(Lang::Da)
        };
        let mut state = State::new(ctx, width, height);
        start(&mut state, &mut db);
        common::press(&mut state, &mut db, "5");
        assert_eq!(state.screen, Screen::Fremmoede);
        check(&state, &path, &expected, 0, rows);
        for at in 1..expected.len() {
            common::press(&mut state, &mut db, "<Down>");
            check(&state, &path, &expected, at, rows);
        }
        common::press(&mut state, &mut db, "<Home>");
        check(&state, &path, &expected, 0, rows);
        common::press(&mut state, &mut db, "<End>");
        check(&state, &path, &expected, expected.len() - 1, rows);
        common::press(&mut state, &mut db, "<Up>");
        check(&state, &path, &expected, expected.len() - 2, rows);
    }
}
