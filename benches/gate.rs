//! The budget gate at `korps demo --scale 100`: a key to the gate's question frame for an
//! expense save (Ctrl-S in the expense form, over the budget); `j` to the frame with the status
//! bar updated after the change; and the gate's preview of approving 100 honoraria (what the
//! approval dialog shows). Rendering goes to `TestBackend`.

mod support;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use korps::app::{Action, Screen, State};
use korps::storage::Database;
use korps::storage::command::Command;
use korps::tui::keys;
use korps::tui::run_loop::{action_for, dispatch, dispatch_for_frame, run_after_frame};
use ratatui::crossterm::event::Event;
use support::{demo_db, draw, on_screen, today};

fn press(state: &mut State, db: &mut Database, text: &str) {
    for key in keys::parse(text).expect("keys") {
        if let Some(action) = action_for(state, &Event::Key(key)) {
            dispatch(state, db, action);
        }
    }
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = demo_db(dir.path());
    let (mut db, mut state, mut terminal) = on_screen(&path, Screen::Budget);
    press(&mut state, &mut db, "a<Tab>100.000,00<Tab>Bench");
    c.bench_function(
        "gate: Ctrl-S in the expense form to the question frame (scale 100)",
        |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let t = Instant::now();
                    let later = dispatch_for_frame(&mut state, &mut db, Action::SaveForm);
                    draw(&mut terminal, &state);
                    spent += t.elapsed();
                    assert!(matches!(
                        state.overlay,
                        Some(korps::app::state::Overlay::Confirm { .. })
                    ));
                    run_after_frame(&mut state, &mut db, later);
                    dispatch(&mut state, &mut db, Action::Answer(false));
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
                    dispatch(&mut state, &mut db, Action::SaveForm);
                    let before = state.budget.summary.expect("summary").figures.forecast;
                    let t = Instant::now();
                    let later = dispatch_for_frame(&mut state, &mut db, Action::Answer(true));
                    draw(&mut terminal, &state);
                    spent += t.elapsed();
                    assert!(state.budget.summary.expect("summary").figures.forecast > before);
                    run_after_frame(&mut state, &mut db, later);
                    press(&mut state, &mut db, "a<Tab>100.000,00<Tab>Bench");
                }
                spent
            });
        },
    );
    let ids: Vec<i64> = {
        let db = Database::open(&path, "bench").expect("open");
        db.honoraria_page(
            &korps::storage::honoraria::HonorariumFilter::default(),
            0,
            100,
        )
        .expect("page")
        .rows
        .iter()
        .map(|r| r.id)
        .collect()
    };
    assert_eq!(ids.len(), 100);
    c.bench_function(
        "gate: preview of approving 100 honoraria (scale 100)",
        |b| {
            b.iter(|| {
                let command = Command::Approve {
                    ids: ids.clone(),
                    on: today(),
                };
                black_box(db.preview(&command, today()).expect("preview"))
            });
        },
    );
}

criterion_group! {
    name = gate;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(gate);
