//! `korps import people FILE.csv|FILE.xlsx [--dry-run]`: checks every row, prints a report of
//! accepted and rejected rows (line numbers and reasons, in the UI language) and writes all of
//! it in one transaction — or nothing, when a row is rejected or with `--dry-run`. The file is
//! read before the database is opened, so an unreadable file leaves the database untouched.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{Access, Cli, CliError, Setup, open_database};
use crate::i18n;
use crate::import::{self, PlanError, PlanOptions, read};
use crate::storage::import::ImportCounts;

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

    /// The kind of rows without one: ambassadør or rollemodel (ambassador, role-model)
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,

    /// Save what the file says differently about persons already there (shown in the report)
    #[arg(long)]
    pub update: bool,
}

pub(super) fn run(cli: &Cli, args: &ImportArgs, setup: &Setup) -> Result<(), CliError> {
    match &args.what {
        ImportCommand::People(people) => run_people(cli, people, setup),
    }
}

fn run_people(cli: &Cli, args: &ImportPeopleArgs, setup: &Setup) -> Result<(), CliError> {
    let lang = setup.lang;
    let path = args.file.display().to_string();
    let kind = match args.kind.as_deref() {
        None => None,
        Some(text) => Some(import::parse_kind(text).ok_or_else(|| {
            CliError::Message(i18n::IMPORT_BAD_KIND_ARG.fill(lang, &[("value", text)]))
        })?),
    };
    let rows = read::read_rows(&args.file).map_err(|e| {
        CliError::Message(match e {
            read::ReadError::UnknownKind => {
                i18n::IMPORT_UNKNOWN_KIND_OF_FILE.fill(lang, &[("path", &path)])
            }
            read::ReadError::Empty => i18n::IMPORT_EMPTY_FILE.fill(lang, &[("path", &path)]),
            read::ReadError::Io(e) => i18n::IMPORT_READ_FAILED.fill(
                lang,
                &[("path", &path), ("reason", &i18n::io_reason(&e, lang))],
            ),
            read::ReadError::Workbook(detail) => i18n::IMPORT_READ_FAILED.fill(
                lang,
                &[
                    ("path", &path),
                    ("reason", &i18n::workbook_reason(&detail, lang)),
                ],
            ),
        })
    })?;
    let options = PlanOptions {
        today: setup.today,
        lang,
        kind,
        update: args.update,
    };
    let plan_error = |e: PlanError| {
        CliError::Message(match e {
            PlanError::NoNameColumn => i18n::IMPORT_NO_NAME_COLUMN.fill(lang, &[("path", &path)]),
            PlanError::NoKindColumn => i18n::IMPORT_NO_KIND_COLUMN.fill(lang, &[("path", &path)]),
        })
    };
    let (mut db, _, _) = open_database(cli, setup, Access::Write)?;
    if args.dry_run {
        let plan = import::plan(&rows, &db.import_known()?, options).map_err(plan_error)?;
        print(&import::report(&plan, lang, true, None));
        return refused(&plan, lang);
    }
    let show = std::io::stderr().is_terminal() && rows.len() > PROGRESS_FROM;
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
    // The check and the write in one write transaction: a second import of the same file
    // waits, then finds everyone there.
    let (plan, counts) = db.import_checked(
        |known| match import::plan(&rows, known, options) {
            Ok(plan) if plan.rejected.is_empty() => {
                let rows = plan.rows_to_write();
                (Ok(plan), rows)
            }
            other => (other, Vec::new()),
        },
        &mut progress,
    )?;
    let plan = plan.map_err(plan_error)?;
    let written = (counts != ImportCounts::default()).then_some(counts);
    print(&import::report(&plan, lang, false, written));
    refused(&plan, lang)
}

/// The exit: an error when rows were rejected (nothing was written then).
fn refused(plan: &import::Plan, lang: i18n::Lang) -> Result<(), CliError> {
    if plan.rejected.is_empty() {
        return Ok(());
    }
    Err(CliError::Message(i18n::IMPORT_REJECTED_ERROR.fill(
        lang,
        &[("rejected", &plan.rejected.len().to_string())],
    )))
}

fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}
