//! The terminal: setup and restore, and the run loop (generic over backend and event source).

// (Skeleton: the UI work fills this module; the CLI calls these two entry points.)

use crate::app::Context;
use crate::storage::Database;

/// Runs the interactive TUI on `db` until the user quits; restores the terminal on every path.
pub fn run_interactive(_db: Database, _ctx: Context) -> anyhow::Result<()> {
    anyhow::bail!("the TUI is not built yet")
}

/// Runs the real app headless at `width`×`height` on `screen` (a screen name such as `korps`),
/// replays `keys` (see `keys` syntax) and returns the final screen as text lines.
pub fn render_headless(
    _db: Database,
    _ctx: Context,
    _screen: &str,
    _width: u16,
    _height: u16,
    _keys: &str,
) -> anyhow::Result<String> {
    anyhow::bail!("the TUI is not built yet")
}
