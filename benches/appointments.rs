//! The Udpegninger screen on a large corps (`korps demo --scale 100`): a key press to the next
//! frame — moving the selection, and switching the season (which reloads the list).
//! Rendering goes to `TestBackend`, so the figures are korps's own work.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use korps::app::appointments::AppointmentsAction;
use korps::app::{Action, Context, Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::run_loop::{dispatch, start};
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

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("scale100.db");
    let mut db = Database::open(&path, "bench").expect("open");
    korps::demo::generate(&mut db, today(), 100, 1, &mut |_, _| {}).expect("demo");
    let mut state = State::new(ctx(), 120, 40);
    state.screen = Screen::Udpegninger;
    start(&mut state, &mut db);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let draw = |terminal: &mut Terminal<TestBackend>, state: &State| {
        terminal
            .draw(|f| korps::ui::render(state, f))
            .expect("draw");
    };
    let mut down = true;
    c.bench_function(
        "udpegninger: key to frame, move selection (scale 100)",
        |b| {
            b.iter(|| {
                dispatch(
                    &mut state,
                    &mut db,
                    Action::MoveSelection(if down { 1 } else { -1 }),
                );
                down = !down;
                draw(&mut terminal, &state);
            });
        },
    );
    let mut next = true;
    c.bench_function(
        "udpegninger: key to frame, switch season (scale 100)",
        |b| {
            b.iter(|| {
                let a = if next {
                    AppointmentsAction::NextSeason
                } else {
                    AppointmentsAction::PrevSeason
                };
                dispatch(&mut state, &mut db, Action::Appointments(a));
                next = !next;
                draw(&mut terminal, &state);
                black_box(state.appointments.list.total)
            });
        },
    );
}

criterion_group!(name = group; config = Criterion::default().sample_size(30); targets = benches);
criterion_main!(group);
