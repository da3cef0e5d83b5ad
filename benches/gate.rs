//! The budget gate at `korps demo --scale 100`: a key to the gate's question frame for an
//! expense save (Ctrl-S in the expense form, over the budget); `j` to the frame with the status
//! bar updated after the change; and `A` on 100 marked honoraria to the approval dialog's frame
//! with the gate's preview. Rendering goes to `TestBackend`.
//!
//! The expense that crosses is derived from the year's figures read with plain SQL (budget −
//! committed + 1 kr.: the forecast is at least the committed money, so the forecast after is
//! past the budget at any scale and whatever budget the demo writes); while that is more than
//! one expense may be, the setup first spends the budget down with expenses of the largest
//! amount allowed.

mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use korps::app::state::Overlay;
use korps::app::{Action, Screen, State};
use korps::domain::limits::EXPENSE_MAX_ORE;
use korps::domain::money::Money;
use korps::storage::Database;
use korps::storage::expenses::ExpenseData;
use korps::tui::keys;
use korps::tui::run_loop::{action_for, dispatch, dispatch_for_frame, run_after_frame};
use ratatui::crossterm::event::Event;
use support::{demo_db, draw, on_screen, today};

const YEAR: i32 = 2026;

fn press(state: &mut State, db: &mut Database, text: &str) {
    for key in keys::parse(text).expect("keys") {
        if let Some(action) = action_for(state, &Event::Key(key)) {
            dispatch(state, db, action);
        }
    }
}

/// The action of one key in `state`.
fn action(state: &State, text: &str) -> Action {
    let key = keys::parse(text).expect("key")[0];
    action_for(state, &Event::Key(key)).expect("bound")
}

/// Budget − committed money of `YEAR`, by plain SQL on the file (not korps's own sums).
fn headroom(path: &Path) -> i64 {
    let conn = rusqlite::Connection::open(path).expect("sqlite");
    let (from, to) = (format!("{YEAR}-01-01"), format!("{}-01-01", YEAR + 1));
    conn.query_row(
        "SELECT coalesce((SELECT amount_ore FROM budgets WHERE year = ?1), 5000000)
              - (SELECT coalesce(sum(amount_ore), 0) FROM honoraria
                  WHERE status IN ('awaiting', 'approved', 'paid')
                    AND earned_on >= ?2 AND earned_on < ?3)
              - (SELECT coalesce(sum(amount_ore), 0) FROM expenses
                  WHERE spent_on >= ?2 AND spent_on < ?3)",
        rusqlite::params![YEAR, from, to],
        |r| r.get(0),
    )
    .expect("headroom")
}

/// The amount (as typed) of an expense that puts the forecast past the budget: spends the
/// budget down first while more than one expense could cross.
fn crossing_amount(path: &Path) -> String {
    let mut db = Database::open(path, "bench").expect("open");
    while headroom(path) + 100 > EXPENSE_MAX_ORE {
        db.insert_expense(&ExpenseData {
            spent_on: today(),
            amount_ore: EXPENSE_MAX_ORE,
            category: "Bench".into(),
            text: "Brugt ned".into(),
        })
        .expect("expense");
    }
    let ore = (headroom(path) / 100 + 1).max(1) * 100;
    Money(ore).format_plain()
}

fn question_shown(state: &State) -> bool {
    matches!(state.overlay, Some(Overlay::Confirm { .. }))
}

fn expense_benches(c: &mut Criterion, path: &Path) {
    let amount = crossing_amount(path);
    let form = format!("a<Tab>{amount}<Tab>Bench");
    let (mut db, mut state, mut terminal) = on_screen(path, Screen::Budget);
    press(&mut state, &mut db, &form);
    c.bench_function(
        "gate: Ctrl-S in the expense form to the question frame (scale 100)",
        |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let save = action(&state, "<C-s>");
                    let t = Instant::now();
                    let later = dispatch_for_frame(&mut state, &mut db, save);
                    draw(&mut terminal, &state);
                    spent += t.elapsed();
                    assert!(question_shown(&state), "the gate asks");
                    run_after_frame(&mut state, &mut db, later);
                    press(&mut state, &mut db, "n");
                }
                spent
            });
        },
    );
    c.bench_function(
        "gate: j to the frame with the status bar updated after the change (scale 100)",
        |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    press(&mut state, &mut db, "<C-s>");
                    assert!(question_shown(&state), "the gate asks");
                    let before = state.budget.summary.expect("summary").figures.forecast;
                    let yes = action(&state, "j");
                    let t = Instant::now();
                    let later = dispatch_for_frame(&mut state, &mut db, yes);
                    draw(&mut terminal, &state);
                    spent += t.elapsed();
                    assert!(state.budget.summary.expect("summary").figures.forecast > before);
                    run_after_frame(&mut state, &mut db, later);
                    press(&mut state, &mut db, &form);
                }
                spent
            });
        },
    );
}

fn approval_bench(c: &mut Criterion, path: &Path) {
    let (mut db, mut state, mut terminal) = on_screen(path, Screen::Honorarer);
    press(&mut state, &mut db, &" ".repeat(100));
    assert_eq!(state.honoraria.marked.len(), 100, "100 awaiting honoraria");
    c.bench_function(
        "gate: A on 100 marked honoraria to the approval dialog with the gate's figures (scale 100)",
        |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let approve = action(&state, "A");
                    let t = Instant::now();
                    let later = dispatch_for_frame(&mut state, &mut db, approve);
                    draw(&mut terminal, &state);
                    spent += t.elapsed();
                    let Some(Overlay::Honoraria(dialog)) = &state.overlay else {
                        panic!("the approval dialog");
                    };
                    let line = format!("Budget {YEAR} efter godkendelsen");
                    assert!(dialog.lines.iter().any(|l| l.contains(&line)), "the gate's figures");
                    run_after_frame(&mut state, &mut db, later);
                    press(&mut state, &mut db, "<Esc>");
                }
                spent
            });
        },
    );
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = demo_db(dir.path());
    approval_bench(c, &path);
    expense_benches(c, &path);
}

criterion_group! {
    name = gate;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(gate);
