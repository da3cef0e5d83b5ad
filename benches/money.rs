//! What the committee's numbers cost on a large corps (`korps demo --scale 100`: about 6,000
//! persons, 28,000 events, 42,000 honoraria): the year's budget figures and flags, the Budget
//! and Honorarer screens from start to the first frame, and a key to the next frame on each
//! (another year; down a row, a page, the next view). Rendering goes to `TestBackend`, so the
//! figures are korps's own work.
//!
//! A year's sums are kept while the database is unchanged (`storage::year_cache`), so the
//! figures and the year switch are measured twice: on an unchanged database (the sums kept) and
//! right after another user's change (the sums read again, and SQLite's page cache dropped —
//! the dearest case).

mod support;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use korps::app::budget::BudgetAction;
use korps::app::honoraria::HonAction;
use korps::app::{Action, Screen};
use korps::storage::Database;
use korps::tui::run_loop::{dispatch_for_frame, run_after_frame};
use support::{demo_db, draw, first_frame, on_screen, today};

/// A change committed by another connection (untimed in the benchmarks): the next read of a
/// year's sums goes to the database again.
struct OtherUser {
    db: Database,
    turn: i64,
}

impl OtherUser {
    fn new(path: &Path) -> OtherUser {
        OtherUser {
            db: Database::open(path, "other").expect("open"),
            turn: 0,
        }
    }

    fn change(&mut self) {
        let year = self.db.budget_year(2040).expect("year");
        self.turn += 1;
        self.db
            .set_budget_year(2040, year.version, 5_000_000 + self.turn, 80)
            .expect("change");
    }
}

/// Dispatches the two keys in turn: the time to the first frame after each, as the run loop
/// draws it; the work that waits for the frame (the status bar's budget) runs after it, untimed.
/// With `other`, another user changes something before each key.
fn key_to_frame(
    c: &mut Criterion,
    name: &str,
    path: &Path,
    screen: Screen,
    keys: &[Action; 2],
    mut other: Option<OtherUser>,
) {
    let (mut db, mut state, mut terminal) = on_screen(path, screen);
    let mut turn = 0usize;
    c.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                if let Some(other) = other.as_mut() {
                    other.change();
                }
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

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = demo_db(dir.path());
    {
        let db = Database::open(&path, "bench").expect("open");
        let (figures, flags) = db.budget_figures(2026, today()).expect("figures");
        eprintln!("scale 100, 2026: {figures:?} {flags:?}");
    }

    let db = Database::open(&path, "bench").expect("open");
    let mut other = OtherUser::new(&path);
    c.bench_function(
        "budget: the year's figures and flags, after another user's change (scale 100)",
        |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    other.change();
                    let t = Instant::now();
                    black_box(db.budget_figures(2026, today()).expect("figures"));
                    spent += t.elapsed();
                }
                spent
            });
        },
    );
    c.bench_function(
        "budget: the year's figures and flags, unchanged database (scale 100)",
        |b| {
            b.iter(|| black_box(db.budget_figures(2026, today()).expect("figures")));
        },
    );
    drop(db);

    c.bench_function("budget: start to first frame (scale 100, 120x40)", |b| {
        b.iter(|| black_box(first_frame(&path, Screen::Budget).budget.year));
    });
    c.bench_function("honorarer: start to first frame (scale 100, 120x40)", |b| {
        b.iter(|| black_box(first_frame(&path, Screen::Honorarer).honoraria.list.total));
    });

    let years = [
        Action::Budget(BudgetAction::ShiftYear(-1)),
        Action::Budget(BudgetAction::ShiftYear(1)),
    ];
    key_to_frame(
        c,
        "budget: key to frame, previous/next year, unchanged database (scale 100)",
        &path,
        Screen::Budget,
        &years,
        None,
    );
    key_to_frame(
        c,
        "budget: key to frame, previous/next year, after another user's change (scale 100)",
        &path,
        Screen::Budget,
        &years,
        Some(OtherUser::new(&path)),
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
        None,
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
        None,
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
        None,
    );
}

criterion_group! {
    name = money;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(money);
