//! `korps import people FILE.csv|FILE.xlsx [--dry-run]`: checks every row, prints a report of
//! accepted and rejected rows (line numbers and reasons, in the UI language) and writes all of
//! it in one transaction — or nothing, when a row is rejected or with `--dry-run`. The file is
//! read before the database is opened, so an unreadable file leaves the database untouched.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{Cli, CliError, Setup, open_database};
use crate::i18n;
use crate::import::{self, PlanError, read};

/// Above this many rows the import shows its progress (when stderr is a terminal).
const PROGRESS_FROM: usize = 200;

/// `korps import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub what: ImportCommand,
}

/// What to import.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Persons (and optionally their terms) from a CSV or XLSX file with Danish or English
    /// column headers
    People(ImportPeopleArgs),
}

/// `korps import people`.
#[derive(Debug, Args)]
pub struct ImportPeopleArgs {
    /// The spreadsheet: .csv (`;` or `,`, UTF-8 or Windows-1252) or .xlsx (first sheet)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Check and report only; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub(super) fn run(cli: &Cli, args: &ImportArgs, setup: &Setup) -> Result<(), CliError> {
    match &args.what {
        ImportCommand::People(people) => run_people(cli, people, setup),
    }
}

fn run_people(cli: &Cli, args: &ImportPeopleArgs, setup: &Setup) -> Result<(), CliError> {
    let lang = setup.lang;
    let path = args.file.display().to_string();
    let rows = read::read_rows(&args.file).map_err(|e| {
        CliError::Message(match e {
            read::ReadError::UnknownKind => {
                i18n::IMPORT_UNKNOWN_KIND_OF_FILE.fill(lang, &[("path", &path)])
            }
            read::ReadError::Empty => i18n::IMPORT_EMPTY_FILE.fill(lang, &[("path", &path)]),
            other => i18n::IMPORT_READ_FAILED
                .fill(lang, &[("path", &path), ("reason", &other.to_string())]),
        })
    })?;
    let (mut db, _) = open_database(cli, setup)?;
    let known = db.import_known()?;
    let plan = import::plan(&rows, &known, setup.today, lang).map_err(|e| match e {
        PlanError::NoNameColumn => {
            CliError::Message(i18n::IMPORT_NO_NAME_COLUMN.fill(lang, &[("path", &path)]))
        }
    })?;
    if !plan.rejected.is_empty() {
        print(&import::report(&plan, lang, args.dry_run, None));
        return Err(CliError::Message(
            i18n::IMPORT_REJECTED_ERROR
                .fill(lang, &[("rejected", &plan.rejected.len().to_string())]),
        ));
    }
    let to_write = plan.rows_to_write();
    if args.dry_run || to_write.is_empty() {
        print(&import::report(&plan, lang, args.dry_run, None));
        return Ok(());
    }
    let show = std::io::stderr().is_terminal() && to_write.len() >= PROGRESS_FROM;
    let mut progress = |done: usize, total: usize| {
        if show && (done.is_multiple_of(50) || done == total) {
            let text = i18n::IMPORT_PROGRESS.fill(
                lang,
                &[("done", &done.to_string()), ("total", &total.to_string())],
            );
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r{text}");
            if done == total {
                let _ = writeln!(err);
            }
        }
    };
    let counts = db.import_people(&to_write, &mut progress)?;
    print(&import::report(&plan, lang, false, Some(counts)));
    Ok(())
}

fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}
