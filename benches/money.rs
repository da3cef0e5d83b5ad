//! What the committee's numbers cost on a large corps (`korps demo --scale 100`: about 6,000
//! persons, 28,000 events, 42,000 honoraria): the year's budget figures and flags, the Budget
//! and Honorarer screens from start to the first frame, and a key to the next frame on each
//! (another year; down a row, a page, the next view). Rendering goes to `TestBackend`, so the
//! figures are korps's own work.

use std::hint::black_box;
use std::path::Path;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use korps::app::budget::BudgetAction;
use korps::app::honoraria::HonAction;
use korps::app::{Action, Context, Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::run_loop::{dispatch, start, start_screen};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
}

fn ctx() -> Context {
    Context {
        lang: Lang::Da,
        today: today(),
        user: "bench".into(),
        corps_name: "Rollemodelkorpset".into(),
        season_start_month: 8,
        db_label: "bench.db".into(),
    }
}

fn demo_db(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("scale100.db");
    let mut db = Database::open(&path, "bench").expect("open");
    korps::demo::generate(&mut db, today(), 100, 1, &mut |_, _| {}).expect("demo");
    path
}

fn draw(terminal: &mut Terminal<TestBackend>, state: &State) {
    terminal
        .draw(|f| korps::ui::render(state, f))
        .expect("draw");
}

/// Opens the database, loads `screen` and draws it once (the status bar's budget summary
/// follows the first frame, as in the interactive app).
fn first_frame(path: &Path, screen: Screen) -> State {
    let mut db = Database::open(path, "bench").expect("open");
    let mut state = State::new(ctx(), 120, 40);
    state.screen = screen;
    start_screen(&mut state, &mut db);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    draw(&mut terminal, &state);
    state
}

/// Dispatches `forward` and `back` in turn, drawing after each.
fn key_to_frame(c: &mut Criterion, name: &str, path: &Path, screen: Screen, keys: &[Action; 2]) {
    let mut db = Database::open(path, "bench").expect("open");
    let mut state = State::new(ctx(), 120, 40);
    state.screen = screen;
    start(&mut state, &mut db);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
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
