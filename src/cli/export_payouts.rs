//! `korps export payouts --batch ID -o FILE.csv`: the payroll file of one payout batch (one row
//! per person: name, payroll number, amount, number of events, period), `;`-separated, UTF-8
//! with BOM, formula-safe, written owner-readable and all-or-nothing (`-o -` for standard
//! output). An unknown batch is a clear message and exit 1, with nothing written.

use std::path::PathBuf;

use clap::Args;

use super::export::{is_stdout, write_output};
use super::{Cli, CliError, Setup, open_database};
use crate::storage::StorageError;
use crate::{export, i18n};

/// `korps export payouts`.
#[derive(Debug, Args)]
pub struct PayoutsArgs {
    /// The payout batch's id (shown on the Honorarer screen)
    #[arg(long, value_name = "ID")]
    pub batch: i64,
    /// Where to write the .csv file (`-` for standard output); written owner-readable only
    #[arg(short = 'o', long = "output", value_name = "FILE.csv")]
    pub output: PathBuf,
}

pub(super) fn run(cli: &Cli, args: &PayoutsArgs, setup: &Setup) -> Result<(), CliError> {
    let lang = setup.lang;
    let (db, _) = open_database(cli, setup)?;
    let batch = match db.payout_batch(args.batch) {
        Ok(b) => b,
        Err(StorageError::NotFound) => {
            return Err(CliError::Message(
                i18n::HON_CLI_NO_BATCH.fill(lang, &[("id", &args.batch.to_string())]),
            ));
        }
        Err(e) => return Err(e.into()),
    };
    let lines = db.payout_lines(batch.id)?;
    write_output(&args.output, &export::payouts::payroll_csv(&lines, lang))?;
    let done = i18n::HON_CLI_WRITTEN.fill(
        lang,
        &[
            ("id", &batch.id.to_string()),
            ("reference", &batch.reference),
            (
                "date",
                &crate::domain::date::format_date_short(batch.paid_on),
            ),
            ("path", &args.output.display().to_string()),
            ("n", &lines.len().to_string()),
            ("total", &batch.total.to_string()),
        ],
    );
    if is_stdout(&args.output) {
        eprintln!("{done}");
    } else {
        println!("{done}");
    }
    Ok(())
}
