//! A date field through the real key loop (issue 14: the expense date had no weekday preview and
//! refused "3. december 2026"): typed with the month's name, the preview beside the field shows
//! the weekday and the full date, and the expense is saved on that day (plain SQL).

mod common;

use korps::app::state::Overlay;
use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::keys;
use korps::tui::run_loop::{action_for, dispatch, start};
use ratatui::crossterm::event::Event;
use rusqlite::Connection;

fn press(state: &mut State, db: &mut Database, keys_text: &str) {
    for key in keys::parse(keys_text).expect("keys") {
        if let Some(action) = action_for(state, &Event::Key(key)) {
            dispatch(state, db, action);
        }
    }
}

fn date_hint(state: &State) -> Option<String> {
    match &state.overlay {
        Some(Overlay::Form(open)) => open.form.fields[0].hint.clone(),
        _ => panic!("no form open"),
    }
}

#[test]
fn the_expense_date_reads_month_names_and_shows_the_weekday() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let mut db = Database::open(&path, "testbruger").expect("open");
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    start(&mut state, &mut db);
    press(&mut state, &mut db, "7");
    assert_eq!(state.screen, Screen::Budget);
    press(&mut state, &mut db, "n<C-u>3 dec");
    assert_eq!(date_hint(&state).as_deref(), Some("tor 3.12.2026"));
    press(&mut state, &mut db, "<C-u>3. december 2026");
    assert_eq!(date_hint(&state).as_deref(), Some("tor 3.12.2026"));
    press(&mut state, &mut db, "<Tab>250<Tab>Transport<Tab>Bus<C-s>");
    assert!(state.overlay.is_none(), "{:?}", state.message);
    let spent_on: String = Connection::open(&path)
        .expect("sql")
        .query_row(
            "SELECT spent_on FROM expenses WHERE text = 'Bus'",
            [],
            |r| r.get(0),
        )
        .expect("saved");
    assert_eq!(spent_on, "2026-12-03");
}
