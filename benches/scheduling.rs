//! What a coordinator feels on a large corps (`korps demo --scale 100`, about 6,000 persons and
//! 500 events a week): the Besøg week view's first frame (from starting korps, and from another
//! tab), a key (next week, next event) to the next frame, and the picker's verdicts for every
//! person of the season on one event.
//! Rendering goes to `TestBackend`, so the figures are korps's own work.

mod support;

use std::hint::black_box;

use chrono::Days;
use criterion::{Criterion, criterion_group, criterion_main};
use korps::app::visits::VisitsAction;
use korps::app::{Action, Screen, State};
use korps::domain::season::Season;
use korps::storage::Database;
use korps::tui::run_loop::{dispatch, run_after_frame, start_screen};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use support::{ctx, demo_db, draw, first_frame, on_screen, today};

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = demo_db(dir.path());
    {
        let db = Database::open(&path, "bench").expect("open");
        let m = today() - Days::new(4);
        let week = db.events_between(m, m + Days::new(6)).expect("week");
        let persons = db
            .count_persons(&korps::storage::persons::PersonFilter::default())
            .expect("count");
        eprintln!(
            "scale 100: {} events this week, {persons} current persons",
            week.len()
        );
    }

    c.bench_function(
        "besøg: start to first frame of the week view (scale 100, 120x40)",
        |b| {
            b.iter(|| black_box(first_frame(&path, Screen::Besoeg).visits.week.len()));
        },
    );
    c.bench_function(
        "besøg: start to first frame and the status bar's budget after it (scale 100, 120x40)",
        |b| {
            b.iter(|| {
                let mut db = Database::open(&path, "bench").expect("open");
                let mut state = State::new(ctx(), 120, 40);
                state.screen = Screen::Besoeg;
                let later = start_screen(&mut state, &mut db);
                let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
                draw(&mut terminal, &state);
                run_after_frame(&mut state, &mut db, later);
                draw(&mut terminal, &state);
                black_box(state.budget.summary.is_some())
            });
        },
    );

    let (mut db, mut state, mut terminal) = on_screen(&path, Screen::Besoeg);
    c.bench_function(
        "besøg: from another tab to the first frame of the week view (scale 100, 120x40)",
        |b| {
            b.iter_custom(|iters| {
                let mut spent = std::time::Duration::ZERO;
                for _ in 0..iters {
                    dispatch(&mut state, &mut db, Action::GoTo(Screen::Korps));
                    let t = std::time::Instant::now();
                    dispatch(&mut state, &mut db, Action::GoTo(Screen::Besoeg));
                    draw(&mut terminal, &state);
                    spent += t.elapsed();
                }
                spent
            });
        },
    );
    let mut forward = true;
    c.bench_function(
        "besøg: key to frame, next/previous week (scale 100)",
        |b| {
            b.iter(|| {
                let step = if forward { 1 } else { -1 };
                forward = !forward;
                dispatch(
                    &mut state,
                    &mut db,
                    Action::Visits(VisitsAction::ShiftWeek(step)),
                );
                draw(&mut terminal, &state);
            });
        },
    );

    let mut down = true;
    c.bench_function("besøg: key to frame, next event (scale 100)", |b| {
        b.iter(|| {
            let step = if down { 1 } else { -1 };
            down = !down;
            dispatch(
                &mut state,
                &mut db,
                Action::Visits(VisitsAction::MoveSelection(step)),
            );
            draw(&mut terminal, &state);
        });
    });

    let event = state.visits.week.first().expect("an event this week").id;
    let data = db.event(event).expect("event").data;
    let season = Season::containing(data.date, 8);
    c.bench_function(
        "picker: verdicts for every person of the season (scale 100)",
        |b| {
            b.iter(|| {
                let rows = db
                    .picker_rows(Some(event), &data, season.first_day(), season.last_day())
                    .expect("rows");
                black_box(rows.len())
            });
        },
    );

    c.bench_function(
        "picker: open and close the picker, with frame (scale 100, 120x40)",
        |b| {
            b.iter(|| {
                dispatch(
                    &mut state,
                    &mut db,
                    Action::Visits(VisitsAction::OpenPicker),
                );
                draw(&mut terminal, &state);
                dispatch(
                    &mut state,
                    &mut db,
                    Action::Visits(VisitsAction::CloseOverlay),
                );
            });
        },
    );
}

criterion_group! {
    name = scheduling;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(scheduling);
