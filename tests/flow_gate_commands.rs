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
mod gate_flow_support;
mod honoraria_support;
mod visits_support;

use chrono::NaiveDate;
use common::press;
use gate_flow_support::{
    agree, ask_no_then_yes, before_after, cli, conn, kr, oracle, overruns, question, rows,
};
use korps::app::state::Overlay;
use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::expenses::ExpenseData;
use korps::tui::run_loop::{dispatch, start};
use tempfile::TempDir;

/// 2026: a budget of 10.000 kr. (warning at 80 %) and 7.000 kr. spent on one expense.
fn setup() -> (TempDir, Database) {
    common::budget_file(700_000)
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

/// A payout batch past the budget (Honorarer, `U`): the honoraria approved (by SQL), the batch's
/// form and its own confirmation, then the gate asks — paying out lets money go while the year
/// is beyond its budget — with the oracle's before → after (paying moves spent, not the
/// forecast); `n` makes
/// no batch, `j` pays them and audits `payout`.
#[test]
fn a_payout_batch_past_the_budget_asks_with_the_oracles_numbers() {
    let (dir, mut db, mut state) = honoraria_file();
    conn(&dir)
        .execute(
            "UPDATE honoraria SET status = 'approved', approved_on = '2026-11-02' \
             WHERE status = 'awaiting'",
            [],
        )
        .expect("approved");
    let approved: i64 = conn(&dir)
        .query_row(
            "SELECT sum(amount_ore) FROM honoraria WHERE status = 'approved'",
            [],
            |r| r.get(0),
        )
        .expect("approved total");
    press(&mut state, &mut db, "r");
    let keys = "U<Tab>Løn nov<C-s>j";
    let (q, before) = ask_no_then_yes(&dir, &mut db, &mut state, [keys, keys]);
    let after = oracle(&dir);
    let c = conn(&dir);
    let count = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).expect(sql) };
    assert_eq!(
        count("SELECT count(*) FROM payout_batches"),
        2,
        "one batch more"
    );
    assert_eq!(
        count("SELECT count(*) FROM honoraria WHERE status = 'approved'"),
        0
    );
    assert_eq!(
        after[1],
        before[1] + approved,
        "the approved money is spent"
    );
    assert_eq!(after[2..], before[2..], "committed and forecast stay");
    assert!(after[4] > after[0], "beyond the budget: {after:?}");
    let line = before_after(&before, &after);
    assert!(q.contains(&line), "{line} in {q}");
    assert_eq!(overruns(&dir), vec!["payout".to_string()]);
    press(&mut state, &mut db, "7");
    agree(&dir, &state, "payout");
}
