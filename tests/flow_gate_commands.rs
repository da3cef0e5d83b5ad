//! A flow test per gated command of the Budget tab, through the real key loop (issue 11,
//! Proof): for each, on a file whose 2026 forecast is 70 % of its budget (no flag), the keys
//! that save the change; when it raises a flag the question says "Prognose before → after af
//! budget" with the numbers of a plain-SQL oracle, `n` leaves row counts and `korps budget
//! --json` as they were, `j` saves and writes `budget.overrun_confirmed` with the command's
//! code. A command that cannot raise a flag here (deleting an expense lowers the forecast)
//! does not ask. After every change the status bar, the Budget screen, `korps budget --json`
//! and the oracle agree (item 2).

mod attendance_support;
mod cli_support;
mod common;
mod honoraria_support;
mod visits_support;

use chrono::NaiveDate;
use korps::app::state::Overlay;
use korps::app::{Screen, State};
use korps::domain::budget::BudgetFigures;
use korps::domain::money::Money;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::expenses::ExpenseData;
use korps::tui::keys;
use korps::tui::run_loop::{action_for, dispatch, start};
use ratatui::crossterm::event::Event;
use tempfile::TempDir;

fn press(state: &mut State, db: &mut Database, keys_text: &str) {
    for key in keys::parse(keys_text).expect("keys") {
        if let Some(action) = action_for(state, &Event::Key(key)) {
            dispatch(state, db, action);
        }
    }
}

fn question(state: &State) -> Option<String> {
    match &state.overlay {
        Some(Overlay::Confirm { question, .. }) => Some(question.clone()),
        _ => None,
    }
}

/// 2026: a budget of 10.000 kr. (warning at 80 %) and 7.000 kr. spent on one expense.
fn setup() -> (TempDir, Database) {
    common::budget_file(700_000)
}

fn conn(dir: &TempDir) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.path().join("korps.db")).expect("sqlite")
}

/// §4 for 2026 by plain SQL sums: [budget, spent, committed, planned, forecast]; the
/// forecast (committed + pending bookings at their rates) from the shared plain-SQL oracle.
fn oracle(dir: &TempDir) -> [i64; 5] {
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

/// 2026's warning threshold as stored.
fn threshold(dir: &TempDir) -> i64 {
    conn(dir)
        .query_row(
            "SELECT threshold_percent FROM budgets WHERE year = 2026",
            [],
            |r| r.get(0),
        )
        .expect("threshold")
}

fn numbers(f: &BudgetFigures) -> [i64; 5] {
    [f.budget, f.spent, f.committed, f.planned, f.forecast]
}

/// Rows of the tables a gated command can write.
fn rows(dir: &TempDir) -> Vec<i64> {
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
fn cli(dir: &TempDir) -> ([i64; 5], Vec<String>) {
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
fn agree(dir: &TempDir, state: &State, what: &str) {
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

fn overruns(dir: &TempDir) -> Vec<String> {
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

fn kr(ore: i64) -> String {
    Money(ore).to_string()
}

struct Case {
    name: &'static str,
    /// Keys on the Budget tab up to the save that the gate judges.
    keys: &'static str,
    /// The gate's command code when it asks; `None`: it cannot raise a flag here.
    asks: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        name: "expense added",
        keys: "a<Tab>2.000,00<Tab>Transport<C-s>",
        asks: Some("expense.add"),
    },
    Case {
        name: "expense changed",
        keys: "<Enter><Tab><C-u>12.000,00<C-s>",
        asks: Some("expense.change"),
    },
    Case {
        name: "budget lowered",
        keys: "b<C-u>8.000,00<C-s>",
        asks: Some("budget"),
    },
    Case {
        name: "threshold lowered",
        keys: "b<Tab><C-u>60<C-s>",
        asks: Some("budget"),
    },
    Case {
        name: "expense deleted",
        keys: "Dj",
        asks: None,
    },
];

#[test]
fn every_budget_tab_command_asks_with_the_oracles_numbers_or_cannot_raise_a_flag() {
    for case in CASES {
        let (dir, mut db) = setup();
        let mut state = State::new(common::ctx(Lang::Da), 100, 30);
        state.screen = Screen::Budget;
        start(&mut state, &mut db);
        agree(&dir, &state, case.name);
        let (before, threshold_before) = (oracle(&dir), threshold(&dir));
        let (rows_before, cli_before) = (rows(&dir), cli(&dir));

        press(&mut state, &mut db, case.keys);
        let Some(code) = case.asks else {
            assert_eq!(question(&state), None, "{}: no question", case.name);
            assert_ne!(rows(&dir), rows_before, "{}: saved", case.name);
            assert!(
                oracle(&dir)[4] < before[4],
                "{}: lowers the forecast",
                case.name
            );
            assert!(overruns(&dir).is_empty(), "{}", case.name);
            agree(&dir, &state, case.name);
            continue;
        };
        let q = question(&state).unwrap_or_else(|| panic!("{}: the gate asks", case.name));
        press(&mut state, &mut db, "n");
        assert_eq!(rows(&dir), rows_before, "{}: n writes nothing", case.name);
        assert_eq!(cli(&dir), cli_before, "{}: n moves no figure", case.name);
        assert_eq!(oracle(&dir), before, "{}", case.name);
        assert!(
            matches!(state.overlay, Some(Overlay::Form(_))),
            "{}: the form comes back",
            case.name
        );

        press(&mut state, &mut db, "<C-s>");
        assert_eq!(
            question(&state).as_deref(),
            Some(q.as_str()),
            "{}",
            case.name
        );
        press(&mut state, &mut db, "j");
        let after = oracle(&dir);
        assert_ne!(
            (after, threshold(&dir)),
            (before, threshold_before),
            "{}: j saves",
            case.name
        );
        let line = format!(
            "Budgetår 2026: Prognose {} → {} af {}",
            kr(before[4]),
            kr(after[4]),
            kr(after[0])
        );
        assert!(q.contains(&line), "{}: {line} in {q}", case.name);
        assert_eq!(
            overruns(&dir),
            vec![code.to_string()],
            "{}: audited",
            case.name
        );
        agree(&dir, &state, case.name);
    }
}

/// Honorarer: the five awaiting honoraria of `honoraria_support` (2.300 kr. committed) against
/// a budget of 2.000 kr., and Zenia Holm's 500 kr. paid: the year is past its budget.
fn honoraria_file() -> (TempDir, Database, State) {
    let dir = TempDir::new().expect("dir");
    let path = honoraria_support::file(dir.path());
    conn(&dir)
        .execute_batch(
            "INSERT INTO payout_batches (id, paid_on, reference) VALUES (1, '2026-10-31', 'L1');
             UPDATE honoraria SET status = 'paid', approved_on = '2026-10-01', batch_id = 1
              WHERE earned_on = '2026-09-01';",
        )
        .expect("paid");
    let mut db = honoraria_support::open(&path);
    db.set_budget_year(2026, 0, 200_000, 80).expect("budget");
    let mut state = State::new(common::ctx(Lang::Da), 120, 40);
    state.screen = Screen::Honorarer;
    start(&mut state, &mut db);
    (dir, db, state)
}

fn dialog(state: &State) -> Option<String> {
    match &state.overlay {
        Some(Overlay::Honoraria(d)) => Some(d.lines.join("\n")),
        _ => None,
    }
}

/// Approving many past the budget: one dialog with the gate's figures (they do not move: the
/// money was committed already); `n` approves nothing, `j` approves and audits `approval`.
#[test]
fn approving_many_past_the_budget_asks_in_one_dialog_with_the_oracles_figures() {
    let (dir, mut db, mut state) = honoraria_file();
    let before = oracle(&dir);
    let (rows_before, cli_before) = (rows(&dir), cli(&dir));
    press(&mut state, &mut db, "  A");
    let text = dialog(&state).expect("the approval dialog");
    let line = format!(
        "Budget 2026 efter godkendelsen: prognose {} af {}",
        kr(before[4]),
        kr(before[0])
    );
    assert!(text.contains(&line), "{line} in {text}");
    assert!(text.contains("Godkend alligevel?"), "{text}");
    press(&mut state, &mut db, "n");
    assert_eq!(rows(&dir), rows_before, "n writes nothing");
    assert_eq!(cli(&dir), cli_before);
    press(&mut state, &mut db, "A");
    assert_eq!(
        dialog(&state).as_deref(),
        Some(text.as_str()),
        "the marks are kept"
    );
    press(&mut state, &mut db, "j");
    assert_eq!(question(&state), None, "one dialog, not two");
    let approved: i64 = conn(&dir)
        .query_row(
            "SELECT count(*) FROM honoraria WHERE status = 'approved'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(approved, 2);
    assert_eq!(oracle(&dir), before, "approving moves no figure");
    assert_eq!(overruns(&dir), vec!["approval".to_string()]);
    press(&mut state, &mut db, "7");
    agree(&dir, &state, "approval");
}

/// A correction of a paid honorarium adds money past the budget: asks with before → after;
/// `n` keeps the form and writes nothing, `j` saves and audits `correction`.
#[test]
fn a_correction_past_the_budget_asks_with_the_oracles_numbers() {
    let (dir, mut db, mut state) = honoraria_file();
    let before = oracle(&dir);
    let (rows_before, cli_before) = (rows(&dir), cli(&dir));
    press(&mut state, &mut db, "vvK100,00<Tab>Glemt kørsel<C-s>");
    let q = question(&state).expect("the gate asks");
    press(&mut state, &mut db, "n");
    assert_eq!(rows(&dir), rows_before, "n writes nothing");
    assert_eq!(cli(&dir), cli_before);
    assert!(
        matches!(state.overlay, Some(Overlay::Form(_))),
        "the form comes back"
    );
    press(&mut state, &mut db, "<C-s>j");
    let after = oracle(&dir);
    assert_eq!(after[4], before[4] + 10_000);
    let line = format!(
        "Budgetår 2026: Prognose {} → {} af {}",
        kr(before[4]),
        kr(after[4]),
        kr(after[0])
    );
    assert!(q.contains(&line), "{line} in {q}");
    assert_eq!(overruns(&dir), vec!["correction".to_string()]);
    press(&mut state, &mut db, "7");
    agree(&dir, &state, "correction");
}

/// A plain question before a gated change (the picker's afbud asks so) is one dialog with the
/// gate's question when the gate would ask: the preview saves nothing, `j` saves confirmed and
/// audits. (Afbud itself cannot raise a flag: the place it frees is priced as the booking
/// was, so "if fully staffed" stays and the forecast falls; the mechanism is shown here on an
/// expense.)
#[test]
fn a_question_before_a_change_the_gate_asks_about_is_one_dialog() {
    use korps::app::budget::BudgetEffect;
    use korps::app::effect::{Effect, perform};
    let (dir, mut db) = setup();
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Budget;
    start(&mut state, &mut db);
    let (before, rows_before) = (oracle(&dir), rows(&dir));
    let save = Effect::Budget(BudgetEffect::SaveExpense {
        existing: None,
        data: Box::new(ExpenseData {
            spent_on: NaiveDate::from_ymd_opt(2026, 5, 1).expect("date"),
            amount_ore: 500_000,
            category: "Transport".into(),
            text: "Bus".into(),
        }),
    });
    let ask = Effect::Ask {
        question: "Sikker?".into(),
        effect: Box::new(save),
    };
    let action = perform(&mut db, ask, Lang::Da, common::today());
    dispatch(&mut state, &mut db, action);
    let q = question(&state).expect("one dialog");
    assert!(q.starts_with("Sikker?\n"), "{q}");
    let line = format!(
        "Budgetår 2026: Prognose {} → {} af {}",
        kr(before[4]),
        kr(before[4] + 500_000),
        kr(before[0])
    );
    assert!(q.contains(&line), "{line} in {q}");
    assert_eq!(rows(&dir), rows_before, "the preview saves nothing");
    press(&mut state, &mut db, "j");
    assert_eq!(question(&state), None, "no second question");
    assert_eq!(oracle(&dir)[4], before[4] + 500_000);
    assert_eq!(overruns(&dir), vec!["expense.add".to_string()]);
    agree(&dir, &state, "asked first");
}

/// Fremmøde (`attendance_support`): the 2026 budget set 1.000 kr. above the forecast, so the
/// year starts within it (no new flag can come from the setup).
fn attendance_file() -> (TempDir, Database, State) {
    events_file(|o| o.forecast + 100_000)
}

/// `attendance_support`'s events on a file, 2026's budget `budget(oracle)` (warning at 100 %),
/// on the Fremmøde screen.
fn events_file(budget: fn(&common::budget_oracle::Oracle) -> i64) -> (TempDir, Database, State) {
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
fn bookings(dir: &TempDir) -> Vec<(i64, String)> {
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
fn ask_no_then_yes(
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
fn before_after(before: &[i64; 5], after: &[i64; 5]) -> String {
    format!(
        "Budgetår 2026: Prognose {} → {} af {}",
        kr(before[4]),
        kr(after[4]),
        kr(after[0])
    )
}

/// Fremmøde, `b`: Aase Andersen logged as present with 5.000 kr. (her booking was priced at
/// the school visit's rate): the forecast passes the budget, the gate asks with the oracle's
/// before → after; `n` logs nothing, `j` logs her with the amount and audits `attendance`.
#[test]
fn attendance_with_another_amount_past_the_budget_asks_with_the_oracles_numbers() {
    let (dir, mut db, mut state) = attendance_file();
    assert_eq!(
        state.attendance.selected_booking().expect("booking").name,
        "Aase Andersen"
    );
    let keys = "b5.000,00<Enter>Ekstra forberedelse<Enter>";
    let (q, before) = ask_no_then_yes(&dir, &mut db, &mut state, [keys, keys]);
    let after = oracle(&dir);
    let logged: (String, i64) = conn(&dir)
        .query_row(
            "SELECT a.status, h.amount_ore FROM assignments a \
             JOIN persons p ON p.id = a.person_id JOIN honoraria h ON h.assignment_id = a.id \
             WHERE p.name = 'Aase Andersen' AND a.status = 'attended'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("logged");
    assert_eq!(logged, ("attended".to_string(), 500_000));
    assert!(after[4] > after[0], "past the budget: {after:?}");
    assert_eq!(after[2], before[2] + 500_000, "5.000 kr. committed");
    let line = before_after(&before, &after);
    assert!(q.contains(&line), "{line} in {q}");
    assert_eq!(overruns(&dir), vec!["attendance".to_string()]);
    press(&mut state, &mut db, "7");
    agree(&dir, &state, "attendance with another amount");
}

/// Fremmøde, `w`: a walk-in on the festival stand (300 kr. + 100 kr./h) for 20 hours, 2.300 kr.
/// against 1.000 kr. of room: the gate asks with the oracle's before → after; `n` adds nobody,
/// `j` adds the walk-in with its honorarium and audits `walk_in`.
#[test]
fn a_walk_in_past_the_budget_asks_with_the_oracles_numbers() {
    let (dir, mut db, mut state) = attendance_file();
    let keys = "jwt<C-u>20<Enter><Enter>";
    let (q, before) = ask_no_then_yes(&dir, &mut db, &mut state, [keys, "<Enter>"]);
    let after = oracle(&dir);
    let walk_in: i64 = conn(&dir)
        .query_row(
            "SELECT h.amount_ore FROM assignments a JOIN events e ON e.id = a.event_id \
             JOIN honoraria h ON h.assignment_id = a.id \
             WHERE a.walk_in = 1 AND e.date = '2026-11-21'",
            [],
            |r| r.get(0),
        )
        .expect("the walk-in's honorarium");
    assert_eq!(walk_in, 230_000);
    assert_eq!(after[2], before[2] + 230_000, "2.300 kr. committed");
    assert!(after[4] > after[0], "past the budget: {after:?}");
    let line = before_after(&before, &after);
    assert!(q.contains(&line), "{line} in {q}");
    assert_eq!(overruns(&dir), vec!["walk_in".to_string()]);
    press(&mut state, &mut db, "7");
    agree(&dir, &state, "walk-in");
}

/// Honorarer, rates view, `n`: a school-visit rate for role models of 5.000 kr. from 1.11.2026
/// prices the two pending bookings of 25.11 at it (planned = bookings at the rate that will
/// apply): the forecast passes the budget, the gate asks with the oracle's before → after; `n`
/// stores no rate and keeps the form, `j` stores it and audits `rate`.
#[test]
fn a_rate_that_prices_pending_bookings_past_the_budget_asks_with_the_oracles_numbers() {
    let (dir, mut db, mut state) = attendance_file();
    press(&mut state, &mut db, "6vvv");
    assert_eq!(state.screen, Screen::Honorarer);
    let keys = "n<Tab><Tab>5.000,00<Tab><Tab><C-u>1.11.2026<C-s>";
    let (q, before) = ask_no_then_yes(&dir, &mut db, &mut state, [keys, "<C-s>"]);
    let after = oracle(&dir);
    let rate: i64 = conn(&dir)
        .query_row(
            "SELECT amount_ore FROM honorarium_rates WHERE event_kind = 'school_visit' \
             AND person_kind = 'role_model' AND effective_from = '2026-11-01'",
            [],
            |r| r.get(0),
        )
        .expect("the rate is stored");
    assert_eq!(rate, 500_000);
    assert_eq!(after[2], before[2], "nothing committed");
    assert!(after[3] > before[3], "planned grew: {before:?} → {after:?}");
    assert!(after[4] > after[0], "past the budget: {after:?}");
    let line = before_after(&before, &after);
    assert!(q.contains(&line), "{line} in {q}");
    assert_eq!(overruns(&dir), vec!["rate".to_string()]);
    press(&mut state, &mut db, "7");
    agree(&dir, &state, "rate");
}

/// Besøg, `e`: the selected event's role-model needs raised to 9 on a budget that holds the
/// year fully staffed with 100 kr. to spare: the forecast does not move, "if fully staffed"
/// passes the budget, so the gate asks for *staffing would exceed* with the oracle's figures;
/// `n` keeps the needs and the form, `j` saves and audits `event`.
#[test]
fn an_events_needs_raised_past_the_budget_if_fully_staffed_asks_for_staffing() {
    let (dir, mut db, mut state) = events_file(|o| o.forecast + o.unstaffed + 10_000);
    press(&mut state, &mut db, "4");
    assert_eq!(state.screen, Screen::Besoeg);
    let id = state.visits.selected_row().expect("an event").id;
    let needs = |dir: &TempDir| -> i64 {
        conn(dir)
            .query_row(
                "SELECT needs_role_models FROM events WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .expect("needs")
    };
    let needs_before = needs(&dir);
    assert!(needs_before < 9, "{needs_before}");
    let staffed = |dir: &TempDir| {
        let o = common::budget_oracle::oracle(&conn(dir), 2026);
        o.forecast + o.unstaffed
    };
    assert!(
        staffed(&dir) < oracle(&dir)[0],
        "within the budget fully staffed"
    );
    let keys = format!("e{}<C-u>9<C-s>", "<Tab>".repeat(10));
    let (q, before) = ask_no_then_yes(&dir, &mut db, &mut state, [&keys, "<C-s>"]);
    let after = oracle(&dir);
    assert_eq!(needs(&dir), 9, "j saves the needs");
    assert_eq!(after, before, "needs move no figure of the forecast");
    let full = staffed(&dir);
    assert!(full > after[0], "past the budget fully staffed: {full}");
    let line = before_after(&before, &after);
    assert!(q.contains(&line), "{line} in {q}");
    let flag = korps::i18n::budget_flag(korps::domain::budget::BudgetFlag::StaffingWouldExceed)
        .get(Lang::Da);
    assert!(q.contains(&format!("⚠ {flag}: ")), "{flag} in {q}");
    assert!(q.contains(&kr(full)), "{} in {q}", kr(full));
    assert_eq!(overruns(&dir), vec!["event".to_string()]);
    press(&mut state, &mut db, "7");
    agree(&dir, &state, "needs raised");
    assert!(
        cli(&dir).1.contains(&"staffing_would_exceed".to_string()),
        "korps budget names the flag"
    );
}
