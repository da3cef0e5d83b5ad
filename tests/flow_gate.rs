//! The budget gate through the real loop, and one set of figures on screen: an expense saved
//! from the Budget tab over the budget asks first with before → after; `n` changes nothing,
//! `j` saves and audits; after each change — this user's or another process's — the status bar,
//! the Budget screen and `korps budget --json` show the same figures.

mod attendance_support;
mod cli_support;
mod common;
mod gate_flow_support;
mod visits_support;

use chrono::NaiveDate;
use korps::app::state::Overlay;
use korps::app::{Screen, State};
use korps::domain::money::Money;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::expenses::ExpenseData;
use korps::tui::run_loop::start;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;

use common::press;
use gate_flow_support::{cli, question};

fn expense(amount_ore: i64) -> ExpenseData {
    ExpenseData {
        spent_on: NaiveDate::from_ymd_opt(2026, 3, 2).expect("date"),
        amount_ore,
        category: "Festival".into(),
        text: "Stand".into(),
    }
}

/// 2026: a budget of 10.000 kr. and 8.500 kr. spent (warning), in a file the CLI can read.
fn setup() -> (TempDir, Database) {
    common::budget_file(850_000)
}

/// The status bar, the Budget screen, the CLI and the plain-SQL oracle agree on the figures and
/// the flags (`gate_flow_support::agree`); the status bar drawn says the headline flag (or the
/// percent) of those figures.
fn agree(dir: &TempDir, state: &State, what: &str) {
    gate_flow_support::agree(dir, state, what);
    let summary = state.budget.summary.expect("summary");
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    terminal
        .draw(|f| korps::ui::render(state, f))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    let bottom: String = (0..buffer.area.height)
        .flat_map(|y| (0..buffer.area.width).map(move |x| (x, y)))
        .map(|(x, y)| buffer[(x, y)].symbol().to_string())
        .collect();
    let expected = match summary.flag {
        Some(flag) => korps::i18n::budget_flag(flag).get(Lang::Da).to_string(),
        None => format!("{} %", summary.percent()),
    };
    assert!(
        bottom.contains(&expected),
        "{what}: the screen shows {expected}"
    );
}

#[test]
fn an_expense_over_the_budget_asks_and_every_figure_agrees_after() {
    let (dir, mut db) = setup();
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Budget;
    start(&mut state, &mut db);
    agree(&dir, &state, "before");
    let rows = db.expenses_of_year(2026).expect("expenses").len();

    press(&mut state, &mut db, "a<Tab>2.000,00<Tab>Transport<C-s>");
    let q = question(&state).unwrap_or_default();
    assert!(q.contains(&Money(850_000).to_string()), "{q}");
    assert!(q.contains(&Money(1_050_000).to_string()), "{q}");
    assert!(q.contains("Prognose over budget"), "{q}");
    press(&mut state, &mut db, "n");
    assert_eq!(
        db.expenses_of_year(2026).expect("e").len(),
        rows,
        "n saves nothing"
    );
    assert_eq!(cli(&dir).0[4], 850_000, "the forecast in korps budget");
    assert!(
        matches!(state.overlay, Some(Overlay::Form(_))),
        "the form comes back"
    );

    press(&mut state, &mut db, "<C-s>");
    assert!(question(&state).is_some());
    press(&mut state, &mut db, "j");
    assert_eq!(db.expenses_of_year(2026).expect("e").len(), rows + 1);
    let audit = db.audit_entries("budgets", 2026, 1).expect("audit");
    assert_eq!(audit[0].action, "budget.overrun_confirmed");
    assert_eq!(
        audit[0].after.as_ref().expect("after")["action"],
        "expense.add"
    );
    agree(&dir, &state, "after j");
    assert_eq!(state.budget.summary.expect("s").figures.forecast, 1_050_000);
}

#[test]
fn another_process_change_shows_everywhere_at_the_next_frame() {
    let (dir, mut db) = setup();
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Budget;
    start(&mut state, &mut db);
    let mut other = Database::open(&dir.path().join("korps.db"), "anden").expect("open");
    other.insert_expense(&expense(300_000)).expect("expense");
    // Any key: here the next year and back.
    press(&mut state, &mut db, "<Right><Left>");
    assert_eq!(state.budget.summary.expect("s").figures.forecast, 1_150_000);
    agree(&dir, &state, "another process");
}
