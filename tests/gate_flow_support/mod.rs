//! Shared by the gate's flow tests (`flow_gate_commands`, `flow_gate_events`): the question on
//! screen, the plain-SQL oracle of 2026's five figures, row counts, `korps budget --json`, the
//! check that status bar, Budget screen, command line and oracle agree, the audit rows of
//! confirmed overruns, and the ask → `n` → ask again → `j` round every gated command goes
//! through.

#![allow(dead_code)]

use korps::app::state::Overlay;
use korps::app::{Screen, State};
use korps::domain::budget::BudgetFigures;
use korps::domain::money::Money;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::run_loop::start;
use tempfile::TempDir;

use super::common::{self, press};
use super::{attendance_support, cli_support};

/// The Confirm dialog's question, if one is open.
pub fn question(state: &State) -> Option<String> {
    match &state.overlay {
        Some(Overlay::Confirm { question, .. }) => Some(question.clone()),
        _ => None,
    }
}

pub fn conn(dir: &TempDir) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.path().join("korps.db")).expect("sqlite")
}

/// §4 for 2026 by plain SQL sums: [budget, spent, committed, planned, forecast]; the
/// forecast (committed + pending bookings at their rates) from the shared plain-SQL oracle.
pub fn oracle(dir: &TempDir) -> [i64; 5] {
    let c = conn(dir);
    let one = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).expect(sql) };
    let range = "BETWEEN '2026-01-01' AND '2026-12-31'";
    let honoraria = |status: &str| {
        one(&format!(
            "SELECT coalesce(sum(amount_ore), 0) FROM honoraria \
             WHERE status = '{status}' AND earned_on {range}"
        ))
    };
    let expenses = one(&format!(
        "SELECT coalesce(sum(amount_ore), 0) FROM expenses WHERE spent_on {range}"
    ));
    let budget = one("SELECT amount_ore FROM budgets WHERE year = 2026");
    let spent = honoraria("paid") + expenses;
    let committed = spent + honoraria("approved") + honoraria("awaiting");
    let forecast = common::budget_oracle::oracle(&c, 2026).forecast;
    [budget, spent, committed, forecast - committed, forecast]
}

pub fn numbers(f: &BudgetFigures) -> [i64; 5] {
    [f.budget, f.spent, f.committed, f.planned, f.forecast]
}

/// Rows of the tables a gated command can write.
pub fn rows(dir: &TempDir) -> Vec<i64> {
    let c = conn(dir);
    [
        "expenses",
        "budgets",
        "honoraria",
        "honorarium_rates",
        "audit_log",
        "assignments",
        "events",
    ]
    .iter()
    .map(|t| {
        c.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .expect("count")
    })
    .collect()
}

/// `korps budget --year 2026 --json`: the five numbers and the flag codes.
pub fn cli(dir: &TempDir) -> ([i64; 5], Vec<String>) {
    let v = cli_support::budget_json(dir, 2026);
    let n = |k: &str| v[k].as_i64().expect(k);
    let flags = v["flags"]
        .as_array()
        .expect("flags")
        .iter()
        .map(|f| f.as_str().expect("code").to_string())
        .collect();
    (
        [
            n("budget_ore"),
            n("spent_ore"),
            n("committed_ore"),
            n("planned_ore"),
            n("forecast_ore"),
        ],
        flags,
    )
}

/// The status bar's summary, the Budget screen, `korps budget --json` and the oracle agree.
pub fn agree(dir: &TempDir, state: &State, what: &str) {
    let summary = state.budget.summary.expect("summary");
    let report = state.budget.report.as_ref().expect("report");
    assert_eq!(
        summary.figures, report.figures,
        "{what}: status bar vs Budget screen"
    );
    let (numbers_cli, flags) = cli(dir);
    assert_eq!(
        numbers(&report.figures),
        numbers_cli,
        "{what}: screen vs korps budget"
    );
    assert_eq!(
        numbers_cli,
        oracle(dir),
        "{what}: korps budget vs plain SQL"
    );
    let codes: Vec<String> = report.flags.iter().map(|f| f.code().to_string()).collect();
    assert_eq!(codes, flags, "{what}: flags");
}

pub fn overruns(dir: &TempDir) -> Vec<String> {
    let c = conn(dir);
    let mut stmt = c
        .prepare(
            "SELECT json_extract(after_json, '$.action') FROM audit_log \
             WHERE action = 'budget.overrun_confirmed' ORDER BY id",
        )
        .expect("sql");
    stmt.query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

pub fn kr(ore: i64) -> String {
    Money(ore).to_string()
}

/// Fremmøde (`attendance_support`): the 2026 budget set 1.000 kr. above the forecast, so the
/// year starts within it (no new flag can come from the setup).
pub fn attendance_file() -> (TempDir, Database, State) {
    events_file(|o| o.forecast + 100_000)
}

/// `attendance_support`'s events on a file, 2026's budget `budget(oracle)` (warning at 100 %),
/// on the Fremmøde screen.
pub fn events_file(
    budget: fn(&common::budget_oracle::Oracle) -> i64,
) -> (TempDir, Database, State) {
    let dir = TempDir::new().expect("dir");
    let mut db = Database::open(&dir.path().join("korps.db"), "testbruger").expect("open");
    attendance_support::seed(&mut db);
    let amount = budget(&common::budget_oracle::oracle(&conn(&dir), 2026));
    db.set_budget_year(2026, 0, amount, 100).expect("budget");
    let mut state = State::new(common::ctx(Lang::Da), 120, 40);
    start(&mut state, &mut db);
    press(&mut state, &mut db, "5");
    assert_eq!(state.screen, Screen::Fremmoede);
    (dir, db, state)
}

/// The statuses of all bookings, by id: what logging attendance changes.
pub fn bookings(dir: &TempDir) -> Vec<(i64, String)> {
    let c = conn(dir);
    let mut stmt = c
        .prepare("SELECT id, status FROM assignments ORDER BY id")
        .expect("sql");
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

/// Asks the gate with `keys` on `state`, checks that `n` writes nothing, asks again with
/// `again` and answers `j`; returns the question and the figures before.
pub fn ask_no_then_yes(
    dir: &TempDir,
    db: &mut Database,
    state: &mut State,
    [keys, again]: [&str; 2],
) -> (String, [i64; 5]) {
    let before = oracle(dir);
    let (rows_before, cli_before, bookings_before) = (rows(dir), cli(dir), bookings(dir));
    press(state, db, keys);
    let q = question(state).expect("the gate asks");
    press(state, db, "n");
    assert_eq!(rows(dir), rows_before, "n writes nothing");
    assert_eq!(bookings(dir), bookings_before, "n logs nobody");
    assert_eq!(cli(dir), cli_before, "n moves no figure");
    assert_eq!(oracle(dir), before);
    press(state, db, again);
    assert_eq!(question(state).as_deref(), Some(q.as_str()), "asks again");
    press(state, db, "j");
    assert_eq!(question(state), None, "j answers");
    (q, before)
}

/// The question's before → after line from the oracle's figures.
pub fn before_after(before: &[i64; 5], after: &[i64; 5]) -> String {
    format!(
        "Budgetår 2026: Prognose {} → {} af {}",
        kr(before[4]),
        kr(after[4]),
        kr(after[0])
    )
}
