//! What a user feels on a large corps (`korps demo --scale 100`): start to the roster's first
//! frame, and a key press (move, search character) to the next frame. Rendering goes to
//! `TestBackend`, so the figures are korps's own work, not the terminal's.

use std::hint::black_box;
use std::path::Path;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use korps::app::{Action, Context, Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::run_loop::{dispatch, start};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_input::InputRequest;

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

/// A scale-100 demo database, written once per run.
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

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = demo_db(dir.path());

    c.bench_function("roster: start to first frame (scale 100, 120x40)", |b| {
        b.iter(|| {
            let mut db = Database::open(&path, "bench").expect("open");
            let mut state = State::new(ctx(), 120, 40);
            state.screen = Screen::Korps;
            start(&mut state, &mut db);
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
            draw(&mut terminal, &state);
            black_box(state.roster.list.total)
        });
    });

    let mut db = Database::open(&path, "bench").expect("open");
    let mut state = State::new(ctx(), 120, 40);
    start(&mut state, &mut db);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let mut down = true;
    c.bench_function("roster: key to frame, move selection (scale 100)", |b| {
        b.iter(|| {
            dispatch(
                &mut state,
                &mut db,
                Action::MoveSelection(if down { 1 } else { -1 }),
            );
            down = !down;
            draw(&mut terminal, &state);
        });
    });

    c.bench_function(
        "roster: key to frame, page down through the list (scale 100)",
        |b| {
            b.iter(|| {
                if state.roster.list.selected + 100 > state.roster.list.total {
                    dispatch(&mut state, &mut db, Action::SelectFirst);
                }
                dispatch(&mut state, &mut db, Action::PageDown);
                draw(&mut terminal, &state);
            });
        },
    );

    dispatch(&mut state, &mut db, Action::StartSearch);
    let mut typed = false;
    c.bench_function("roster: key to frame, search character (scale 100)", |b| {
        b.iter(|| {
            let request = if typed {
                InputRequest::DeletePrevChar
            } else {
                InputRequest::InsertChar('s')
            };
            typed = !typed;
            dispatch(&mut state, &mut db, Action::EditSearch(request));
            draw(&mut terminal, &state);
        });
    });
}

criterion_group! {
    name = roster;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(roster);
