//! `korps export payouts --batch ID -o FILE.csv`: the payroll file of one payout batch (one row
//! per person: name, payroll number, amount, number of events, period), `;`-separated, UTF-8
//! with BOM, formula-safe, written owner-readable and all-or-nothing (`-o -` for standard
//! output). An unknown batch is a clear message and exit 1, with nothing written.

use clap::Args;

use super::export_output::{Extent, FormatParser, OutputArg, Target};
use super::{Cli, CliError, Setup, open_database};
use crate::export::FileFormat;
use crate::storage::StorageError;
use crate::{export, i18n};

/// The formats of the payroll file.
const FORMATS: &[FileFormat] = &[FileFormat::Csv];

/// `korps export payouts`.
#[derive(Debug, Args)]
pub struct PayoutsArgs {
    /// The payout batch's id (shown on the Honorarer screen)
    #[arg(long, value_name = "ID")]
    pub batch: i64,
    /// The file format [default: from the file name's extension]
    #[arg(long, value_name = "FORMAT", value_parser = FormatParser(FORMATS))]
    pub format: Option<FileFormat>,
    #[command(flatten)]
    pub output: OutputArg,
}

pub(super) fn run(cli: &Cli, args: &PayoutsArgs, setup: &Setup) -> Result<(), CliError> {
    let lang = setup.lang;
    let target = Target::resolve(&args.output, args.format, FORMATS, lang)?;
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
    let bytes = export::payouts::payroll_csv(&lines, lang);
    let context = i18n::HON_CLI_WRITTEN.fill(
        lang,
        &[
            ("id", &batch.id.to_string()),
            ("reference", &batch.reference),
            (
                "date",
                &crate::domain::date::format_date_short(batch.paid_on),
            ),
            ("total", &batch.total.to_string()),
        ],
    );
    target.write(&bytes, Extent::Rows(lines.len()), &context, lang)
}
