//! What the committee's numbers cost on a large corps (`korps demo --scale 100`: about 6,000
//! persons, 28,000 events, 42,000 honoraria): the year's budget figures and flags, the Budget
//! and Honorarer screens from start to the first frame, and a key to the next frame on each
//! (another year; down a row, a page, the next view). Rendering goes to `TestBackend`, so the
//! figures are korps's own work.

mod support;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use korps::app::budget::BudgetAction;
use korps::app::honoraria::HonAction;
use korps::app::{Action, Screen};
use korps::storage::Database;
use korps::tui::run_loop::{dispatch, dispatch_for_frame, run_after_frame};
use support::{demo_db, draw, first_frame, on_screen, today};

/// Dispatches the two keys in turn: the time to the first frame after each, as the run loop
/// draws it; the work that waits for the frame runs after it, untimed (see `key_to_complete`).
fn key_to_frame(c: &mut Criterion, name: &str, path: &Path, screen: Screen, keys: &[Action; 2]) {
    let (mut db, mut state, mut terminal) = on_screen(path, screen);
    let mut turn = 0usize;
    c.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                let t = Instant::now();
                let later = dispatch_for_frame(&mut state, &mut db, keys[turn % 2].clone());
                draw(&mut terminal, &state);
                spent += t.elapsed();
                turn += 1;
                run_after_frame(&mut state, &mut db, later);
            }
            spent
        });
    });
}

/// The same keys, timed until the screen is complete (the work after the frame done and drawn).
fn key_to_complete(c: &mut Criterion, name: &str, path: &Path, screen: Screen, keys: &[Action; 2]) {
    let (mut db, mut state, mut terminal) = on_screen(path, screen);
    let mut turn = 0usize;
    c.bench_function(name, |b| {
        b.iter(|| {
            dispatch(&mut state, &mut db, keys[turn % 2].clone());
            turn += 1;
            draw(&mut terminal, &state);
        });
    });
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = demo_db(dir.path());
    {
        let db = Database::open(&path, "bench").expect("open");
        let (figures, flags) = db.budget_figures(2026, today()).expect("figures");
        eprintln!("scale 100, 2026: {figures:?} {flags:?}");
    }

    let db = Database::open(&path, "bench").expect("open");
    c.bench_function("budget: the year's figures and flags (scale 100)", |b| {
        b.iter(|| black_box(db.budget_figures(2026, today()).expect("figures")));
    });
    drop(db);

    c.bench_function("budget: start to first frame (scale 100, 120x40)", |b| {
        b.iter(|| black_box(first_frame(&path, Screen::Budget).budget.year));
    });
    c.bench_function("honorarer: start to first frame (scale 100, 120x40)", |b| {
        b.iter(|| black_box(first_frame(&path, Screen::Honorarer).honoraria.list.total));
    });

    key_to_frame(
        c,
        "budget: key to frame, previous/next year (scale 100)",
        &path,
        Screen::Budget,
        &[
            Action::Budget(BudgetAction::ShiftYear(-1)),
            Action::Budget(BudgetAction::ShiftYear(1)),
        ],
    );
    key_to_complete(
        c,
        "budget: key to the complete screen (by kind too), previous/next year (scale 100)",
        &path,
        Screen::Budget,
        &[
            Action::Budget(BudgetAction::ShiftYear(-1)),
            Action::Budget(BudgetAction::ShiftYear(1)),
        ],
    );
    key_to_frame(
        c,
        "honorarer: key to frame, down/up a row (scale 100)",
        &path,
        Screen::Honorarer,
        &[
            Action::Honoraria(HonAction::Move(1)),
            Action::Honoraria(HonAction::Move(-1)),
        ],
    );
    key_to_frame(
        c,
        "honorarer: key to frame, page down/up (scale 100)",
        &path,
        Screen::Honorarer,
        &[
            Action::Honoraria(HonAction::Page(1)),
            Action::Honoraria(HonAction::Page(-1)),
        ],
    );
    key_to_frame(
        c,
        "honorarer: key to frame, next view (awaiting → approved → paid → rates) (scale 100)",
        &path,
        Screen::Honorarer,
        &[
            Action::Honoraria(HonAction::CycleView),
            Action::Honoraria(HonAction::CycleView),
        ],
    );
}

criterion_group! {
    name = money;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(money);
