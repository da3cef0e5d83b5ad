//! `korps export …`: one subcommand per export, each in its own file (`export_list.rs` for the
//! yearly list; others sit beside it), and the plumbing they share: the season argument and
//! writing the output (`-o -` is standard output).

use std::io::Write;
use std::path::Path;

use clap::{Args, Subcommand};

use super::{Cli, CliError, Setup};
use crate::domain::season::Season;
use crate::i18n;

/// `korps export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub what: ExportCommand,
}

/// What to export.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The yearly ambassador list of a season (PDF, HTML, CSV or text)
    List(super::export_list::ExportListArgs),
    /// Events as an iCalendar file (.ics) for Outlook and other calendars
    Calendar(super::export_calendar::CalendarArgs),
    /// Everything stored about one person, as JSON (a data subject's access request)
    Person(super::safety_args::ExportPersonArgs),
    /// A payout batch as the payroll CSV
    Payouts(super::export_payouts::PayoutsArgs),
    /// The committee status report for a year or the project period (PDF, HTML or Markdown)
    Report(super::export_report::ReportArgs),
}

pub(super) fn run(cli: &Cli, args: &ExportArgs, setup: &Setup) -> Result<(), CliError> {
    match &args.what {
        ExportCommand::List(list) => super::export_list::run(cli, list, setup),
        ExportCommand::Calendar(calendar) => super::export_calendar::run(cli, calendar, setup),
        ExportCommand::Person(person) => super::safety::run_export_person(cli, person, setup),
        ExportCommand::Payouts(payouts) => super::export_payouts::run(cli, payouts, setup),
        ExportCommand::Report(report) => super::export_report::run(cli, report, setup),
    }
}

/// The season `--season` names, else the one today falls in (start month from the config).
pub(super) fn season_arg(value: Option<&str>, setup: &Setup) -> Result<Season, CliError> {
    let month = setup.config.season_start_month;
    let current = Season::containing(setup.today, month);
    match value {
        None => Ok(current),
        Some(text) => Season::parse(text, month).ok_or_else(|| {
            CliError::Usage(i18n::LIST_BAD_SEASON.fill(
                setup.lang,
                &[("value", text), ("example", &current.label())],
            ))
        }),
    }
}

/// Whether `path` means standard output.
pub(super) fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Writes `bytes` to `path` owner-readable only (see [`crate::export::write_private`]), or to
/// standard output for `-`.
pub(super) fn write_output(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    if is_stdout(path) {
        let mut out = std::io::stdout().lock();
        return match out.write_all(bytes).and_then(|()| out.flush()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::File {
                path: "stdout".into(),
                source: e,
            }),
            _ => Ok(()),
        };
    }
    crate::export::write_private(path, bytes).map_err(|e| match e {
        crate::export::ExportError::Io { path, source } => CliError::File { path, source },
        other => CliError::Message(other.to_string()),
    })
}
