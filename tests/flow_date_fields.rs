//! A date field through the real key loop (issue 14: the expense date had no weekday preview and
//! refused "3. december 2026"): typed with the month's name, the preview beside the field shows
//! the weekday and the full date, and the expense is saved on that day (plain SQL). The Besøg
//! screen's date prompts (`u` go to, `d` date range) show the same preview under what is typed
//! and go where it says.

mod common;

use common::press;

use korps::app::state::Overlay;
use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::run_loop::start;
use korps::tui::{buffer_text, replay};
use rusqlite::Connection;

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

/// The Besøg screen after `keys` at 80×24 in `lang`: the state and the text on screen.
fn besoeg(db: &mut Database, lang: Lang, keys: &str) -> (State, String) {
    let (state, buffer) =
        replay(db, common::ctx(lang), Screen::Besoeg, 80, 24, keys).expect("replay");
    (state, buffer_text(&buffer))
}

#[test]
fn the_besoeg_date_prompts_read_month_names_and_show_the_weekday() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut db = Database::open(&dir.path().join("korps.db"), "testbruger").expect("open");
    common::seed(&mut db);
    // "Go to": 3 December 2026 is a Thursday (written out), in the week from Monday 30.11.
    for (lang, typed, shown) in [
        (Lang::Da, "3 dec", "tor 3.12.2026"),
        (Lang::Da, "3. december 2026", "tor 3.12.2026"),
        (Lang::En, "3 dec", "Thu 3.12.2026"),
    ] {
        let (_, screen) = besoeg(&mut db, lang, &format!("u{typed}"));
        assert!(screen.contains(shown), "{typed:?} → {shown}:\n{screen}");
        let (state, _) = besoeg(&mut db, lang, &format!("u{typed}<Enter>"));
        assert!(state.overlay.is_none(), "{:?}", state.message);
        assert_eq!(state.visits.monday, Some(common::date(2026, 11, 30)));
    }
    // The list's date range, month names on both sides.
    let typed = "3 dec - 4. december 2026";
    let (_, screen) = besoeg(&mut db, Lang::Da, &format!("d{typed}"));
    assert!(screen.contains("tor 3.12.2026 – fre 4.12.2026"), "{screen}");
    let (state, _) = besoeg(&mut db, Lang::Da, &format!("d{typed}<Enter>"));
    assert!(state.overlay.is_none(), "{:?}", state.message);
    let f = &state.visits.filter;
    assert_eq!(
        (f.from, f.to),
        (
            Some(common::date(2026, 12, 3)),
            Some(common::date(2026, 12, 4))
        )
    );
    // What is no date shows no preview (the error comes on Enter).
    let (_, screen) = besoeg(&mut db, Lang::Da, "u31. februar");
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("31. februar"))
        .expect("the prompt");
    let under = lines[at + 1].trim_matches(|c: char| c == '│' || c.is_whitespace());
    assert_eq!(under, "", "no preview under a non-date:\n{screen}");
}
