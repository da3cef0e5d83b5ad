//! What a user feels on a large corps (`korps demo --scale 100`): start to the roster's first
//! frame, and a key press (move, search character) to the next frame. Rendering goes to
//! `TestBackend`, so the figures are korps's own work, not the terminal's.

mod support;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use korps::app::{Action, Screen};
use korps::tui::run_loop::dispatch;
use support::{demo_db, draw, first_frame, on_screen};
use tui_input::InputRequest;

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = demo_db(dir.path());

    c.bench_function("roster: start to first frame (scale 100, 120x40)", |b| {
        b.iter(|| black_box(first_frame(&path, Screen::Korps).roster.list.total));
    });

    let (mut db, mut state, mut terminal) = on_screen(&path, Screen::Korps);
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
