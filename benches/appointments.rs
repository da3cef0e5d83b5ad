//! The Udpegninger screen on a large corps (`korps demo --scale 100`): a key press to the next
//! frame — moving the selection, and switching the season (which reloads the list).
//! Rendering goes to `TestBackend`, so the figures are korps's own work.

mod support;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use korps::app::appointments::AppointmentsAction;
use korps::app::{Action, Screen};
use korps::tui::run_loop::dispatch;
use support::{demo_db, draw, on_screen};

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = demo_db(dir.path());
    let (mut db, mut state, mut terminal) = on_screen(&path, Screen::Udpegninger);
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
