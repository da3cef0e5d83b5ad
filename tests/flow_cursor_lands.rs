//! The cursor lands on the record just saved (issue 14): through the real key loop on a demo
//! database large enough that lists are windowed, a new person, event, expense, appointment,
//! rate and period of unavailability are saved and the list's cursor stands on that record (found
//! by plain SQL) — also when it lies outside the loaded window; when a filter hides it, the
//! message says so.

mod common;

use common::press;

use korps::app::appointments::Dialog;
use korps::app::appointments::dialogs::PERIOD_FIELDS;
use korps::app::honoraria::View;
use korps::app::state::Overlay;
use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::run_loop::start;
use rusqlite::{Connection, named_params};
use std::sync::OnceLock;

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
    assert_eq!(row.id, id, "{}", common::message(&state));
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
    let msg = common::message(&state);
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
    assert!(state.overlay.is_none(), "{}", common::message(&state));
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
    assert_eq!(row.id, id, "{}", common::message(&state));
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
        common::message(&state),
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

/// Adds a person through the Korps form (an adult role model with consent today).
fn new_person(state: &mut State, db: &mut Database, name: &str) {
    press(state, db, "2");
    press(
        state,
        db,
        &format!("n{name}<Tab><Right><Tab>3.12.2000<C-s>"),
    );
    assert!(state.overlay.is_none(), "{}", common::message(state));
}

#[test]
fn a_new_appointment_is_selected_on_udpegninger_even_outside_the_loaded_window() {
    let (_dir, mut db, sql, mut state) = open();
    new_person(&mut state, &mut db, "Øjvind Østergaard Ørum");
    press(&mut state, &mut db, "3");
    assert_eq!(state.screen, Screen::Udpegninger);
    let window = state.appointments.list.rows.len();
    assert!(
        state.appointments.list.total > window,
        "the list is windowed: {window} of {}",
        state.appointments.list.total
    );
    // The picker: search, tick, the term from 1 December; save.
    press(
        &mut state,
        &mut db,
        "nØjvind<Down><Space><Tab><C-u>1.12.2026<C-s>",
    );
    assert!(state.overlay.is_none(), "{}", common::message(&state));
    let (id, season_from, season_to): (i64, String, String) = sql
        .query_row(
            "SELECT a.id, '2026-08-01', '2027-07-31' FROM appointments a \
             JOIN persons p ON p.id = a.person_id WHERE p.name = 'Øjvind Østergaard Ørum' \
             AND a.term_start = '2026-12-01'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("the new term");
    // Where the plain rule puts it: the season's terms in Danish name order before it.
    let before: i64 = sql
        .query_row(
            "SELECT count(*) FROM appointments a JOIN persons p ON p.id = a.person_id \
             WHERE a.term_start <= :to AND COALESCE(a.ended_on, a.term_end) >= :from \
             AND (p.name_sort, p.id, a.term_start, a.id) < \
             (SELECT p2.name_sort, p2.id, a2.term_start, a2.id FROM appointments a2 \
              JOIN persons p2 ON p2.id = a2.person_id WHERE a2.id = :id)",
            named_params! { ":from": season_from, ":to": season_to, ":id": id },
            |r| r.get(0),
        )
        .expect("position");
    let row = state
        .appointments
        .list
        .selected_row()
        .expect("selected row loaded");
    assert_eq!(row.appointment.id, id, "{}", common::message(&state));
    let before = usize::try_from(before).expect("a count");
    assert_eq!(state.appointments.list.selected, before);
    assert!(before >= window, "it lies beyond the first window");
}

#[test]
fn an_appointment_the_kind_filter_hides_is_saved_and_the_message_says_so() {
    let (_dir, mut db, sql, mut state) = open();
    new_person(&mut state, &mut db, "Birk Bøgh");
    let kind: String = sql
        .query_row(
            "SELECT kind FROM persons WHERE name = 'Birk Bøgh'",
            [],
            |r| r.get(0),
        )
        .expect("saved");
    // `f` once shows role models only, twice ambassadors only: pick the other kind.
    let filter = if kind == "role_model" { "ff" } else { "f" };
    press(&mut state, &mut db, &format!("3{filter}"));
    press(
        &mut state,
        &mut db,
        "nBirk<Down><Space><Tab><C-u>1.12.2026<C-s>",
    );
    assert!(state.overlay.is_none(), "{}", common::message(&state));
    let saved: i64 = sql
        .query_row(
            "SELECT count(*) FROM appointments a JOIN persons p ON p.id = a.person_id \
             WHERE p.name = 'Birk Bøgh'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(saved, 1);
    let msg = common::message(&state);
    assert!(msg.contains("filter skjuler"), "{msg}");
}

#[test]
fn a_new_rate_is_selected_in_the_rates_view() {
    let (_dir, mut db, sql, mut state) = open();
    // From the awaiting view: saving a rate shows the rates, the cursor on it.
    press(&mut state, &mut db, "6");
    assert_eq!(state.screen, Screen::Honorarer);
    // Jobcenter (the second event kind), ambassador, 300 kr. from 1.8.2027.
    press(
        &mut state,
        &mut db,
        "n<Right><Tab><Right><Tab>300,00<Tab><Tab><C-u>1.8.2027<C-s>",
    );
    if matches!(state.overlay, Some(Overlay::Confirm { .. })) {
        press(&mut state, &mut db, "j");
    }
    assert!(state.overlay.is_none(), "{}", common::message(&state));
    let id: i64 = sql
        .query_row(
            "SELECT id FROM honorarium_rates WHERE event_kind = 'job_centre' \
             AND person_kind = 'ambassador' AND effective_from = '2027-08-01'",
            [],
            |r| r.get(0),
        )
        .expect("the new rate");
    let h = &state.honoraria;
    assert_eq!(h.view, View::Rates);
    assert!(h.rate_selected > 0, "not the first row by chance");
    assert_eq!(
        h.rates[h.rate_selected].id,
        id,
        "{}",
        common::message(&state)
    );
}

#[test]
fn a_new_period_of_unavailability_is_under_the_dialogs_cursor() {
    let (_dir, mut db, sql, mut state) = open();
    press(&mut state, &mut db, "2");
    let person = state.roster.list.selected_row().expect("a person").id;
    // Two periods: the later one first, then one before it (it sorts first).
    press(
        &mut state,
        &mut db,
        "u<C-u>1.3.2027<Tab>5.3.2027<Tab>ferie<C-s>",
    );
    press(
        &mut state,
        &mut db,
        "<Tab><C-u>10.2.2027<Tab>12.2.2027<Tab>eksamen<C-s>",
    );
    let id: i64 = sql
        .query_row(
            "SELECT id FROM unavailability WHERE person_id = :p AND from_date = '2027-02-10'",
            named_params! { ":p": person },
            |r| r.get(0),
        )
        .expect("the new period");
    let Some(Overlay::Appointments(dialog)) = &state.overlay else {
        panic!("the dialog stays open: {}", common::message(&state))
    };
    let Dialog::Unavailability(d) = dialog.as_ref() else {
        panic!("the unavailability dialog")
    };
    let periods = &state
        .appointments
        .person
        .as_ref()
        .expect("facts")
        .unavailability;
    assert_eq!(periods[d.cursor].id, id, "{periods:?}");
    assert_eq!(d.focus, PERIOD_FIELDS, "the cursor is shown on the list");
}

#[test]
fn a_correction_is_selected_in_the_awaiting_view() {
    let (_dir, mut db, sql, mut state) = open();
    // Two honoraria awaiting approval dated after today: newest first, the correction (dated
    // today) comes third.
    for _ in 0..2 {
        sql.execute(
            "INSERT INTO honoraria (person_id, amount_ore, earned_on, status, \
             corrects_honorarium_id, correction_reason) \
             SELECT person_id, 10000, '2026-12-20', 'awaiting', id, 'Senere' \
             FROM honoraria WHERE status = 'paid' ORDER BY id LIMIT 1",
            [],
        )
        .expect("a later honorarium");
    }
    // The paid view, a few rows down; K corrects that honorarium.
    press(&mut state, &mut db, "6vv<Down><Down><Down>");
    assert_eq!(state.honoraria.view, View::Paid);
    let target = state.honoraria.list.selected_row().expect("a paid row").id;
    press(&mut state, &mut db, "K-125,00<Tab>Forkert sats<C-s>");
    if matches!(state.overlay, Some(Overlay::Confirm { .. })) {
        press(&mut state, &mut db, "j");
    }
    assert!(state.overlay.is_none(), "{}", common::message(&state));
    let id: i64 = sql
        .query_row(
            "SELECT id FROM honoraria WHERE corrects_honorarium_id = :t \
             AND correction_reason = 'Forkert sats'",
            named_params! { ":t": target },
            |r| r.get(0),
        )
        .expect("the correction");
    // Where the plain rule puts it: awaiting honoraria newer (date, then id) than it.
    let before: i64 = sql
        .query_row(
            "SELECT count(*) FROM honoraria WHERE status = 'awaiting' AND \
             (earned_on, id) > (SELECT earned_on, id FROM honoraria WHERE id = :id)",
            named_params! { ":id": id },
            |r| r.get(0),
        )
        .expect("position");
    assert_eq!(before, 2, "below the two later ones");
    let h = &state.honoraria;
    assert_eq!(h.view, View::Awaiting);
    assert_eq!(h.list.selected, usize::try_from(before).expect("a count"));
    assert_eq!(
        h.list.selected_row().expect("selected row loaded").id,
        id,
        "{}",
        common::message(&state)
    );
}
