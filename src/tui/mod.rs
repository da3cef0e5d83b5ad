//! The terminal: setup and restore, the run loop (generic over backend and event source), the
//! key-sequence syntax of `korps render`, and the two ways to run the app — interactive and
//! headless.

pub mod check_after_keys;
pub mod keys;
pub mod run_loop;
pub mod terminal;

use std::collections::VecDeque;

use anyhow::Context as _;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::Event;

use crate::app::{Context, Screen, State};
use crate::storage::Database;

/// Runs the interactive TUI on `db` until the user quits; restores the terminal on every path.
pub fn run_interactive(
    mut db: Database,
    ctx: Context,
    notice: Option<String>,
) -> anyhow::Result<()> {
    let mut guard = terminal::TerminalGuard::enter().context("terminal")?;
    let size = guard.terminal.size().context("terminal size")?;
    let mut state = State::new(ctx, size.width, size.height);
    state.screen = Screen::Oversigt;
    state.no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    // The first frame as soon as the screen is loaded; the budget summary follows.
    let later = run_loop::start_screen(&mut state, &mut db);
    if let Some(notice) = notice {
        state.info(notice);
    }
    guard
        .terminal
        .draw(|frame| crate::ui::render(&state, frame))
        .context("draw")?;
    run_loop::run_after_frame(&mut state, &mut db, later);
    run_loop::run(
        &mut guard.terminal,
        &mut terminal::TerminalEvents,
        &mut db,
        &mut state,
    )?;
    Ok(())
}

/// The app after `keys` on `screen` at `width`×`height`, headless: the final state and frame.
pub fn run_headless(
    mut db: Database,
    ctx: Context,
    screen: Screen,
    width: u16,
    height: u16,
    keys: &str,
) -> anyhow::Result<(State, Buffer)> {
    replay(&mut db, ctx, screen, width, height, keys)
}

/// [`run_headless`] on a borrowed database, which the caller keeps (to check what the keys
/// wrote, say).
pub fn replay(
    db: &mut Database,
    ctx: Context,
    screen: Screen,
    width: u16,
    height: u16,
    keys: &str,
) -> anyhow::Result<(State, Buffer)> {
    let events: VecDeque<Event> = keys::parse(keys)?.into_iter().map(Event::Key).collect();
    let mut terminal = Terminal::new(TestBackend::new(width, height))?;
    let mut state = State::new(ctx, width, height);
    state.screen = screen;
    run_loop::start(&mut state, db);
    run_loop::run(
        &mut terminal,
        &mut run_loop::ScriptedEvents(events),
        db,
        &mut state,
    )?;
    // The loop drew after every change; only a quitting key leaves a state it did not draw.
    if state.quit {
        terminal.draw(|frame| crate::ui::render(&state, frame))?;
    }
    Ok((state, terminal.backend().buffer().clone()))
}

/// Runs the real app headless at `width`×`height` on `screen` (a screen name such as `korps`),
/// replays `keys` (see [`keys`] for the syntax) and returns the final screen as text lines.
pub fn render_headless(
    db: Database,
    ctx: Context,
    screen: &str,
    width: u16,
    height: u16,
    keys: &str,
) -> anyhow::Result<String> {
    let screen = Screen::from_code(screen).with_context(|| format!("unknown screen {screen}"))?;
    let (_, buffer) = run_headless(db, ctx, screen, width, height, keys)?;
    Ok(buffer_text(&buffer))
}

/// The text of a buffer, one line per row, trailing spaces trimmed.
pub fn buffer_text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut skip = 0;
        for x in area.left()..area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
