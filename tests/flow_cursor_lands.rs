//! The cursor lands on the record just saved (issue 14): through the real key loop on a demo
//! database large enough that lists are windowed, a new person, event and expense are saved and
//! the list's cursor stands on that record — also when it lies outside the loaded window; when
//! a filter hides it, the message says so.

mod common;

use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::keys;
use korps::tui::run_loop::{action_for, dispatch, start};
use ratatui::crossterm::event::Event;
use rusqlite::{Connection, named_params};
use std::sync::OnceLock;

fn press(state: &mut State, db: &mut Database, keys_text: &str) {
    for key in keys::parse(keys_text).expect("keys") {
        if let Some(action) = action_for(state, &Event::Key(key)) {
            dispatch(state, db, action);
        }
    }
}

/// A demo database made once (scale 8: more people and events than one loaded window), copied
/// for each test.
fn demo() -> &'static std::path::Path {
    static DEMO: OnceLock<tempfile::TempDir> = OnceLock::new();
    let dir = DEMO.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut db = Database::open(&dir.path().join("demo.db"), "testbruger").expect("open");
        korps::demo::generate(&mut db, common::today(), 8, 7, &mut |_, _| {}).expect("demo");
        dir
    });
    dir.path()
}

/// A copy of the demo database and the loop on it.
fn open() -> (tempfile::TempDir, Database, Connection, State) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let copy = Connection::open(demo().join("demo.db")).expect("demo");
    copy.execute("VACUUM INTO ?1", [path.to_str().expect("utf-8 path")])
        .expect("copy");
    let mut db = Database::open(&path, "testbruger").expect("open");
    let sql = Connection::open(&path).expect("plain sqlite");
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    start(&mut state, &mut db);
    (dir, db, sql, state)
}

fn message(state: &State) -> String {
    state
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn id_of_person(sql: &Connection, name: &str) -> i64 {
    sql.query_row(
        "SELECT id FROM persons WHERE name = :n",
        named_params! { ":n": name },
        |r| r.get(0),
    )
    .expect("saved person")
}

#[test]
fn a_new_person_is_selected_even_outside_the_loaded_window() {
    let (_dir, mut db, sql, mut state) = open();
    press(&mut state, &mut db, "2");
    assert_eq!(state.screen, Screen::Korps);
    let window = state.roster.list.rows.len();
    assert!(state.roster.list.total > window, "the list is windowed");
    // "Øjvind" sorts after every demo name (Ø is near the end of the Danish alphabet).
    press(
        &mut state,
        &mut db,
        "nØjvind Østergaard Ørum<Tab><Right><Tab>3.12.2000<C-s>",
    );
    let id = id_of_person(&sql, "Øjvind Østergaard Ørum");
    let row = state
        .roster
        .list
        .selected_row()
        .expect("selected row loaded");
    assert_eq!(row.id, id, "{}", message(&state));
    // And one near the start of the alphabet, after scrolling to the end.
    press(&mut state, &mut db, "G");
    press(
        &mut state,
        &mut db,
        "nAbel Abelsen<Tab><Right><Tab>3.12.2000<C-s>",
    );
    let id = id_of_person(&sql, "Abel Abelsen");
    assert_eq!(state.roster.list.selected_row().expect("row").id, id);
    assert!(state.roster.list.selected < window);
}

#[test]
fn a_person_the_filter_hides_is_saved_and_the_message_says_so() {
    let (_dir, mut db, sql, mut state) = open();
    press(&mut state, &mut db, "2ff");
    let shown = state.roster.filter.kind.expect("a kind filter");
    press(
        &mut state,
        &mut db,
        "nBirk Bøgh<Tab><Right><Tab>3.12.2000<C-s>",
    );
    let kind: String = sql
        .query_row(
            "SELECT kind FROM persons WHERE name = 'Birk Bøgh'",
            [],
            |r| r.get(0),
        )
        .expect("saved");
    assert_ne!(kind, shown.code(), "the new person is of the other kind");
    let msg = message(&state);
    assert!(
        msg.contains("Birk Bøgh er gemt") && msg.contains("filter skjuler"),
        "{msg}"
    );
}

#[test]
fn a_new_event_is_selected_in_the_list_view() {
    let (_dir, mut db, sql, mut state) = open();
    // The list view, every date (an empty range): more events than one window.
    press(&mut state, &mut db, "4vd<C-u><Enter>");
    let window = state.visits.list.rows.len();
    assert!(
        state.visits.list.total > window,
        "the list is windowed: {} of {}",
        window,
        state.visits.list.total
    );
    let place: String = sql
        .query_row(
            "SELECT name FROM institutions ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("a place");
    press(
        &mut state,
        &mut db,
        &format!("n<Tab>{place}<Tab><C-u>9.6.2027<Tab>9<Tab>10.30<Tab>Lokale 3<C-s>"),
    );
    assert!(state.overlay.is_none(), "{}", message(&state));
    let id: i64 = sql
        .query_row("SELECT id FROM events WHERE place = 'Lokale 3'", [], |r| {
            r.get(0)
        })
        .expect("saved event");
    let row = state
        .visits
        .list
        .selected_row()
        .expect("selected row loaded");
    assert_eq!(row.id, id, "{}", message(&state));
    assert!(
        state.visits.list.selected >= window,
        "it lies beyond the first window"
    );
}

#[test]
fn a_new_expense_is_selected_in_its_year() {
    let (_dir, mut db, sql, mut state) = open();
    press(&mut state, &mut db, "7");
    // An expense of the year before the one shown: the screen goes to its year, cursor on it.
    press(
        &mut state,
        &mut db,
        "n<C-u>2.3.2025<Tab>1234,50<Tab>Transport<Tab>Bus til festival<C-s>",
    );
    assert!(
        state.overlay.is_none(),
        "{} {:?}",
        message(&state),
        state.overlay
    );
    let id: i64 = sql
        .query_row(
            "SELECT id FROM expenses WHERE text = 'Bus til festival'",
            [],
            |r| r.get(0),
        )
        .expect("saved expense");
    assert_eq!(state.budget.year, 2025);
    assert_eq!(state.budget.selected_expense().expect("selected").id, id);
}
