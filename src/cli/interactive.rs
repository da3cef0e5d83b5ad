//! `korps` without a command: the interactive terminal interface on the chosen database. It
//! may create the database (so may `korps init` and `korps demo`, nothing else); its first
//! screen then says so ("Ny database: STI").

use super::{Access, Cli, CliError, Setup, open_database};
use crate::i18n;

/// Opens the database and runs the TUI until the user quits.
pub(super) fn run(cli: &Cli, setup: &Setup) -> Result<(), CliError> {
    let (db, path, created) = open_database(cli, setup, Access::Create)?;
    let ctx = setup.context(&path);
    let notice = created
        .then(|| i18n::CLI_NEW_DATABASE.fill(setup.lang, &[("path", &path.display().to_string())]));
    crate::tui::run_interactive(db, ctx, notice).map_err(CliError::Screen)
}
