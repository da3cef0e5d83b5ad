//! A budget whose figures cannot be read (issue 11, item 4): the Budget tab says why in words
//! and still lists the year's expenses, which can be deleted; the status bar and Oversigt say
//! it too, and `korps budget` / `korps export report` fail with the message, never a panic.
//! When the data is put right the figures come back at the next frame. And the issue's own
//! case — two expenses of 92.233.720.368.547.757 øre written with plain SQL — shows its
//! (saturated) figures, and deleting the bad expenses through the keys brings back the figures
//! the plain-SQL sums give.

mod cli_support;
mod common;

use common::press;

use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::run_loop::start;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;

fn screen(state: &State) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    terminal
        .draw(|f| korps::ui::render(state, f))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A file with a 2026 budget of 10.000 kr. and one expense ("Stand", 500 kr.).
fn setup() -> (TempDir, Database) {
    common::budget_file(50_000)
}

fn sql(dir: &TempDir, statement: &str) {
    rusqlite::Connection::open(dir.path().join("korps.db"))
        .expect("sqlite")
        .execute_batch(statement)
        .expect("plain SQL");
}

/// Plain-SQL sum of 2026's expenses (the oracle of `spent` when no honoraria are paid).
fn expenses_2026(dir: &TempDir) -> i64 {
    rusqlite::Connection::open(dir.path().join("korps.db"))
        .expect("sqlite")
        .query_row(
            "SELECT coalesce(sum(amount_ore), 0) FROM expenses \
             WHERE spent_on >= '2026-01-01' AND spent_on < '2027-01-01'",
            [],
            |r| r.get(0),
        )
        .expect("sum")
}

/// A month total of paid honoraria stored as a number beyond `i64` (written by other means):
/// the year's figures cannot be read.
const BREAK: &str = "INSERT INTO honoraria_month_totals (month, status, event_kind, amount_ore, \
     entries) VALUES ('2026-05', 'paid', 'school_visit', 1.5e19, 1)";
const REPAIR: &str = "DELETE FROM honoraria_month_totals WHERE month = '2026-05'";

#[test]
fn figures_that_cannot_be_read_show_why_keep_the_expenses_and_come_back() {
    let (dir, mut db) = setup();
    sql(&dir, BREAK);
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Budget;
    start(&mut state, &mut db);

    let error = state
        .budget
        .error
        .clone()
        .expect("the error is kept, not Henter …");
    assert!(state.budget.report.is_none());
    let shown = screen(&state);
    assert!(
        shown.contains("Budgettallene for 2026 kan ikke læses"),
        "{shown}"
    );
    assert!(!shown.contains("Henter"), "{shown}");
    assert!(shown.contains("Stand"), "the expenses are listed: {shown}");
    assert!(
        shown.contains("Budget: ✗ kan ikke læses"),
        "status bar: {shown}"
    );
    assert!(!error.is_empty());

    // Oversigt says it in words too.
    press(&mut state, &mut db, "1");
    let shown = screen(&state);
    assert!(shown.contains("kan ikke læses"), "Oversigt: {shown}");
    press(&mut state, &mut db, "7");

    // The expense can still be deleted: the gate cannot judge a year it cannot read, and lets
    // the change through.
    press(&mut state, &mut db, "D");
    press(&mut state, &mut db, "j");
    assert!(
        db.expenses_of_year(2026).expect("expenses").is_empty(),
        "deleted"
    );
    assert!(state.budget.expenses.is_empty());
    assert!(state.budget.error.is_some(), "still unreadable");

    // The commands say it in words and fail, without a panic.
    for args in [
        vec!["budget", "--year", "2026"],
        vec!["budget", "--year", "2026", "--json"],
        vec![
            "export",
            "report",
            "--year",
            "2026",
            "--output",
            dir.path().join("r.md").to_str().expect("utf-8"),
        ],
    ] {
        let out = cli_support::korps(&dir).args(&args).output().expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.starts_with("korps: "), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }

    // Put right by another process: the figures come back at the next frame.
    sql(&dir, REPAIR);
    press(&mut state, &mut db, "<Down>");
    assert!(state.budget.error.is_none());
    assert!(state.budget.summary_error.is_none());
    let report = state.budget.report.as_ref().expect("figures back");
    assert_eq!(report.figures.spent, expenses_2026(&dir));
    assert_eq!(report.figures.spent, 0);
    let shown = screen(&state);
    assert!(!shown.contains("kan ikke læses"), "{shown}");
}

#[test]
fn the_issues_huge_expenses_show_their_figures_and_can_be_deleted_with_the_keys() {
    let (dir, mut db) = setup();
    sql(
        &dir,
        "INSERT INTO expenses (spent_on, amount_ore, category, text) VALUES \
           ('2026-04-01', 92233720368547757, 'Fejl', 'Stor1'), \
           ('2026-04-02', 92233720368547757, 'Fejl', 'Stor2')",
    );
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Budget;
    start(&mut state, &mut db);
    let report = state.budget.report.as_ref().expect("figures, not an error");
    assert_eq!(report.figures.spent, expenses_2026(&dir));
    assert!(state.budget.error.is_none());
    // Newest first: the two bad ones are the first two rows.
    press(&mut state, &mut db, "Dj");
    press(&mut state, &mut db, "Dj");
    assert_eq!(db.expenses_of_year(2026).expect("e").len(), 1);
    let report = state.budget.report.as_ref().expect("figures");
    assert_eq!(report.figures.spent, 50_000);
    assert_eq!(report.figures.spent, expenses_2026(&dir));
    assert_eq!(
        state.budget.summary.expect("status bar").figures,
        report.figures
    );
}
