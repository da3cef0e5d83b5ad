//! What the screen benchmarks share: the pinned date and context, a scale-100 demo database
//! written once per run, and drawing to `TestBackend` (so the figures are korps's own work,
//! not a terminal's).

#![allow(dead_code)] // each benchmark uses its own part

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use korps::app::{Context, Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::run_loop::{start, start_screen};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
}

pub fn ctx() -> Context {
    Context {
        lang: Lang::Da,
        today: today(),
        user: "bench".into(),
        corps_name: "Rollemodelkorpset".into(),
        season_start_month: 8,
        db_label: "bench.db".into(),
    }
}

/// A scale-100 demo database in `dir`.
pub fn demo_db(dir: &Path) -> PathBuf {
    let path = dir.join("scale100.db");
    let mut db = Database::open(&path, "bench").expect("open");
    korps::demo::generate(&mut db, today(), 100, 1, &mut |_, _| {}).expect("demo");
    path
}

pub fn draw(terminal: &mut Terminal<TestBackend>, state: &State) {
    terminal
        .draw(|f| korps::ui::render(state, f))
        .expect("draw");
}

/// The database at `path` opened on `screen` at 120×40, loaded, with a terminal to draw on.
pub fn on_screen(path: &Path, screen: Screen) -> (Database, State, Terminal<TestBackend>) {
    let mut db = Database::open(path, "bench").expect("open");
    let mut state = State::new(ctx(), 120, 40);
    state.screen = screen;
    start(&mut state, &mut db);
    let terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    (db, state, terminal)
}

/// Opens the database at `path`, loads `screen` and draws it once: korps's first frame. The
/// status bar's budget summary follows the first frame, as in the interactive app.
pub fn first_frame(path: &Path, screen: Screen) -> State {
    let mut db = Database::open(path, "bench").expect("open");
    let mut state = State::new(ctx(), 120, 40);
    state.screen = screen;
    let _after_frame = start_screen(&mut state, &mut db);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    draw(&mut terminal, &state);
    state
}
