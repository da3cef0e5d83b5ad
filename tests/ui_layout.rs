//! Snapshots of the screens issue 14 laid out anew, on the demo corps on Friday 4 December 2026
//! at 80×24 and 200×60:
//! Oversigt (the budget flag headline whole, event rows ending in their status symbol and `⚠`),
//! the week view (each cell's status symbol in its own column), the Budget tab (the by-kind
//! table with headings and aligned amounts, what Disponeret includes, the chart's legend on its
//! title line), a detail pane with a whole border (Korps), and the budget gate's question with
//! two flags (sized from its content, nothing cut); and the help, which leaves the status row
//! whole on every screen.

mod common;

use chrono::NaiveDate;
use korps::app::{Context, Screen};
use korps::domain::money::Money;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::expenses::ExpenseData;
use korps::tui::{buffer_text, run_headless};

/// Friday 4 December 2026: the demo's next week holds events.
fn today() -> NaiveDate {
    common::date(2026, 12, 4)
}

fn ctx() -> Context {
    Context {
        today: today(),
        ..common::ctx(Lang::Da)
    }
}

/// The demo corps on `today()`; with `warning`, an expense of 2 December that takes the year's
/// forecast to 85 % of the budget, so the warning flag is raised.
fn demo(warning: bool) -> Database {
    let mut db = Database::open_in_memory("testbruger").expect("open");
    korps::demo::generate(&mut db, today(), 1, 7, &mut |_, _| {}).expect("demo");
    if warning {
        let (f, _) = db.budget_figures(2026, today()).expect("figures");
        db.insert_expense(&ExpenseData {
            spent_on: common::date(2026, 12, 2),
            amount_ore: f.budget * 85 / 100 - f.forecast,
            category: "Materialer".into(),
            text: "Roll-ups til messen".into(),
        })
        .expect("expense");
    }
    db
}

fn render(db: Database, screen: Screen, w: u16, h: u16, keys: &str) -> String {
    let (_, buffer) = run_headless(db, ctx(), screen, w, h, keys).expect("runs");
    buffer_text(&buffer)
}

/// The keys of an expense that takes the forecast just past the budget, its committed part
/// still under it: the gate names two flags (the forecast over the budget and the warning).
fn two_flag_expense() -> String {
    let (f, flags) = demo(false).budget_figures(2026, today()).expect("figures");
    assert!(flags.is_empty(), "{flags:?}");
    assert!(f.planned > 100, "the demo plans honoraria this year");
    let amount = Money(f.budget - f.forecast + 100).format_plain();
    format!("a<Tab>{amount}<Tab>Transport<C-s>")
}

/// Snapshots `name_80x24` and `name_200x60` of `screen` after `keys`, on the demo (with the
/// warning raised or not).
fn at_both_sizes(name: &str, warning: bool, screen: Screen, keys: &str) {
    for (w, h) in [(80, 24), (200, 60)] {
        let text = render(demo(warning), screen, w, h, keys);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), text);
    }
}

#[test]
fn oversigt() {
    at_both_sizes("oversigt", true, Screen::Oversigt, "");
}

#[test]
fn week_view() {
    // This week is empty in the demo; the next holds events.
    at_both_sizes("week", false, Screen::Besoeg, "<Right>");
}

#[test]
fn budget_tab() {
    at_both_sizes("budget", true, Screen::Budget, "");
}

#[test]
fn detail_pane() {
    at_both_sizes("korps", false, Screen::Korps, "");
}

#[test]
fn gate_question_with_two_flags() {
    let keys = two_flag_expense();
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        let text = render(demo(false), Screen::Budget, w, h, &keys);
        insta::assert_snapshot!(format!("gate_two_flags_{w}x{h}"), text);
    }
}

/// The demo corps on `today()` in a file, for plain SQL beside the app.
fn demo_file(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("demo.db");
    let mut db = Database::open(&path, "testbruger").expect("open");
    korps::demo::generate(&mut db, today(), 1, 7, &mut |_, _| {}).expect("demo");
    path
}

/// At 80×24 the week view gives its detail pane the grid's spare rows: the selected event's
/// detail shows whole (no "↓ N linjer mere") while every week cell keeps its symbol; and under
/// the budget gate's question — booking from Oversigt's alert, which opens the picker straight
/// away — the pane still shows that event, its title below the dialog.
#[test]
fn the_week_shows_the_selected_event_whole_and_under_the_gate() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = demo_file(dir.path());
    let open = || Database::open(&path, "testbruger").expect("open");
    // Oversigt's first alert is an event missing staff: Enter opens its picker, Enter books the
    // first person, and the gate asks (the booking reaches the warning).
    let (state, buffer) =
        run_headless(open(), ctx(), Screen::Oversigt, 80, 24, "<Enter><Enter>").expect("runs");
    let gate = buffer_text(&buffer);
    assert!(gate.contains("Book alligevel?"), "{gate}");
    let id = state.visits.selected_row().expect("an event selected").id;
    // What its detail shows, by plain SQL.
    let (place, room, grades, notes): (String, String, String, String) =
        rusqlite::Connection::open(&path)
            .expect("sql")
            .query_row(
                "SELECT i.name, e.place, e.grades, e.notes FROM events e \
                 JOIN institutions i ON i.id = e.institution_id WHERE e.id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .expect("the event");
    let fields = [room, grades, notes];
    assert!(fields.iter().all(|f| !f.is_empty()), "{fields:?}");
    // Below the question, the pane: its title names the event, its first lines follow.
    let below: Vec<&str> = gate
        .lines()
        .skip_while(|l| !l.contains("Ja   n Nej"))
        .skip(2)
        .collect();
    let below = below.join("\n");
    assert!(
        below.starts_with('┌') && below.lines().next().is_some_and(|l| l.contains(&place)),
        "the event's title under the question:\n{gate}"
    );
    assert!(
        below.contains(&fields[0]),
        "{:?} under the question:\n{gate}",
        fields[0]
    );
    // The week itself (the picker closed): the detail whole, the cells with their symbols.
    let (state, buffer) =
        run_headless(open(), ctx(), Screen::Oversigt, 80, 24, "<Enter><Esc>").expect("runs");
    let week = buffer_text(&buffer);
    assert_eq!(state.visits.selected_row().expect("selected").id, id);
    assert!(!week.contains("linjer mere"), "{week}");
    for f in &fields {
        assert!(week.contains(f.as_str()), "{f:?} in\n{week}");
    }
}

/// The help leaves the status row as it is without the help, on every screen at every size: at
/// 80×24 it was drawn over the row and left its ends ("Budget 2026: ✓ 79 % · └──┘ot").
#[test]
fn the_help_leaves_the_status_row_whole() {
    let mut covered = Vec::new();
    for screen in Screen::AVAILABLE {
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            let row = |keys: &str| -> String {
                let (_, buffer) =
                    run_headless(demo(false), ctx(), screen, w, h, keys).expect("runs");
                let text = buffer_text(&buffer);
                text.lines()
                    .nth(usize::from(h) - 2)
                    .unwrap_or_default()
                    .to_string()
            };
            let (plain, help) = (row(""), row("?"));
            assert!(
                plain.contains("bruger: testbruger"),
                "{screen:?} {w}×{h}: {plain}"
            );
            if help != plain {
                covered.push(format!("{screen:?} {w}×{h}:\n  {plain}\n  {help}"));
            }
        }
    }
    assert!(covered.is_empty(), "{}", covered.join("\n"));
}
