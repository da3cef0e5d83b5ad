//! `korps` without a command: the interactive terminal interface on the chosen database.

use super::{Cli, CliError, Setup, open_database};

/// Opens the database and runs the TUI until the user quits.
pub(super) fn run(cli: &Cli, setup: &Setup) -> Result<(), CliError> {
    let (db, path) = open_database(cli, setup)?;
    let ctx = setup.context(&path);
    crate::tui::run_interactive(db, ctx).map_err(CliError::Screen)
}
