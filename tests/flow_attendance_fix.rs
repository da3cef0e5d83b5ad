//! Fixing a logged attendance through the real loop (issue 14): log every booking of an event so
//! it leaves the to-log list, switch with `v` to the events logged in the last four weeks, find
//! it there, log a person again (no-show → attended, another amount, attended → no-show) and see
//! the honorarium follow in plain SQL; an amount that would raise a budget flag asks first; once
//! the honorarium is approved the screen says so and nothing changes; `korps check` stays clean.

mod attendance_support;
mod common;
mod visits_support;

use common::press;

use korps::app::state::Overlay;
use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::command::Command;
use korps::tui::run_loop::start;
use rusqlite::{Connection, OptionalExtension, named_params};

/// Puts the cursor on `name` among the selected event's bookings with Shift-Tab / Tab.
fn select(state: &mut State, db: &mut Database, name: &str) {
    let n = state.attendance.bookings.len();
    press(state, db, &"<S-Tab>".repeat(n));
    let at = state
        .attendance
        .bookings
        .iter()
        .position(|b| b.name == name)
        .unwrap_or_else(|| panic!("{name} is not booked here"));
    press(state, db, &"<Tab>".repeat(at));
    assert_eq!(
        state.attendance.selected_booking().expect("booking").name,
        name
    );
}

/// The booking of `name` on `event`, read with plain SQL: status, minutes, and its original
/// honorarium (id, amount, status) when there is one.
fn booking(
    sql: &Connection,
    event: i64,
    name: &str,
) -> (String, Option<i64>, Option<(i64, i64, String)>) {
    let (id, status, minutes): (i64, String, Option<i64>) = sql
        .query_row(
            "SELECT a.id, a.status, a.minutes FROM assignments a \
             JOIN persons p ON p.id = a.person_id WHERE a.event_id = :e AND p.name = :n",
            named_params! { ":e": event, ":n": name },
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("booking");
    let honorarium = sql
        .query_row(
            "SELECT id, amount_ore, status FROM honoraria \
             WHERE assignment_id = :a AND corrects_honorarium_id IS NULL",
            named_params! { ":a": id },
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .expect("honorarium");
    (status, minutes, honorarium)
}

#[test]
fn a_logged_event_is_reopened_from_the_logged_list_and_fixed_until_approved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let mut db = Database::open(&path, "testbruger").expect("open");
    let past = attendance_support::seed(&mut db);
    let sql = Connection::open(&path).expect("plain sqlite");
    let mut state = State::new(common::ctx(Lang::Da), 80, 24);
    start(&mut state, &mut db);

    // Log the visit fully: Aase Andersen attended, Åse Lund no-show; it leaves the list.
    press(&mut state, &mut db, "5");
    assert_eq!(state.screen, Screen::Fremmoede);
    assert_eq!(
        state.attendance.selected_event().expect("event").id,
        past.visit
    );
    select(&mut state, &mut db, "Aase Andersen");
    press(&mut state, &mut db, "M");
    select(&mut state, &mut db, "Åse Lund");
    press(&mut state, &mut db, "U");
    assert!(state.attendance.events.iter().all(|e| e.id != past.visit));
    let (_, _, aase_before) = booking(&sql, past.visit, "Aase Andersen");
    let (aase_honorarium, rate, _) = aase_before.expect("Aase's honorarium");

    // `v`: the events logged in the last four weeks, the visit first (the most recent).
    press(&mut state, &mut db, "v");
    assert_eq!(
        state.attendance.selected_event().expect("logged").id,
        past.visit
    );
    let shown: Vec<i64> = state.attendance.events.iter().map(|e| e.id).collect();
    let oracle: Vec<i64> = sql
        .prepare(
            "SELECT e.id FROM events e WHERE e.date BETWEEN '2026-10-30' AND '2026-11-27' \
             AND e.status <> 'cancelled' \
             AND EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id) \
             AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id \
                             AND a.status IN ('booked', 'confirmed')) \
             ORDER BY e.date DESC, e.id DESC",
        )
        .expect("sql")
        .query_map([], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("ids");
    assert_eq!(shown, oracle);
    assert_eq!(state.attendance.total, oracle.len());

    // Åse Lund did come after all: M logs her attended at the rate.
    select(&mut state, &mut db, "Åse Lund");
    press(&mut state, &mut db, "M");
    let (status, _, honorarium) = booking(&sql, past.visit, "Åse Lund");
    assert_eq!(status, "attended");
    let (_, amount, hon_status) = honorarium.expect("a new honorarium");
    assert_eq!((amount, hon_status.as_str()), (rate, "awaiting"));
    assert_eq!(
        state.attendance.selected_booking().expect("cursor").name,
        "Åse Lund",
        "the cursor stays on the booking just fixed"
    );

    // Aase Andersen's amount: 600 kr. with a reason; the same honorarium row takes it.
    select(&mut state, &mut db, "Aase Andersen");
    press(&mut state, &mut db, "b600<Enter>Ekstra forberedelse<Enter>");
    let (_, _, honorarium) = booking(&sql, past.visit, "Aase Andersen");
    assert_eq!(
        honorarium,
        Some((aase_honorarium, 60_000, "awaiting".into()))
    );

    // An amount that raises a budget flag asks first; `n` changes nothing.
    press(&mut state, &mut db, "b45000<Enter>Fejl<Enter>");
    match &state.overlay {
        Some(Overlay::Confirm { question, .. }) => assert!(question.contains("→"), "{question}"),
        other => panic!("the gate did not ask: {other:?}"),
    }
    press(&mut state, &mut db, "n");
    assert!(
        matches!(state.overlay, Some(Overlay::Attendance(_))),
        "the answer no goes back to the prompt"
    );
    press(&mut state, &mut db, "<Esc>");
    let (_, _, honorarium) = booking(&sql, past.visit, "Aase Andersen");
    assert_eq!(
        honorarium,
        Some((aase_honorarium, 60_000, "awaiting".into()))
    );

    // Zenia Holm did not come: her awaiting honorarium goes.
    select(&mut state, &mut db, "Zenia Holm");
    press(&mut state, &mut db, "U");
    let (status, minutes, honorarium) = booking(&sql, past.visit, "Zenia Holm");
    assert_eq!(
        (status.as_str(), minutes, honorarium),
        ("no_show", None, None)
    );

    // Approved: the screen says so, and logging again is refused with the way to fix it.
    db.run(Command::Approve {
        ids: vec![aase_honorarium],
        on: common::today(),
    })
    .expect("approve");
    press(&mut state, &mut db, "r");
    select(&mut state, &mut db, "Aase Andersen");
    press(&mut state, &mut db, "U");
    let msg = common::message(&state);
    assert!(
        msg.contains("er godkendt") && msg.contains("Honorarer"),
        "{msg}"
    );
    let (status, _, honorarium) = booking(&sql, past.visit, "Aase Andersen");
    assert_eq!(status, "attended");
    assert_eq!(
        honorarium,
        Some((aase_honorarium, 60_000, "approved".into()))
    );

    // Back to the events to log with `v`.
    press(&mut state, &mut db, "v");
    assert!(state.attendance.events.iter().all(|e| e.id != past.visit));
    let report = db.check().expect("check");
    assert!(report.is_ok(), "{report:?}");
}
