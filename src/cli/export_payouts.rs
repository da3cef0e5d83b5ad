//! `korps export payouts --batch ID -o FILE.csv|FILE.xlsx [--allow-missing-payroll]`: the payroll file of
//! one payout batch (see [`crate::export::payouts`]), written owner-readable and all-or-nothing
//! (`-o -` for standard output). An unknown batch is a clear message and exit 1, with nothing
//! written. So is a batch with people who have no payroll number — payroll cannot pay them from
//! the file — unless `--allow-missing-payroll` is given; either way they are named, with their
//! korps numbers.

use clap::Args;

use super::export_output::{Extent, FormatParser, OutputArg, Target};
use super::{Access, Cli, CliError, Setup, open_database};
use crate::export::FileFormat;
use crate::storage::StorageError;
use crate::{export, i18n};

/// The formats of the payroll file.
const FORMATS: &[FileFormat] = &[FileFormat::Csv, FileFormat::Xlsx];

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
    /// Write the file even when some people in it have no payroll number (they are named)
    #[arg(long)]
    pub allow_missing_payroll: bool,
}

pub(super) fn run(cli: &Cli, args: &PayoutsArgs, setup: &Setup) -> Result<(), CliError> {
    let lang = setup.lang;
    let target = Target::resolve(&args.output, args.format, FORMATS, lang)?;
    let (db, _, _) = open_database(cli, setup, Access::Read)?;
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
    let missing = export::payouts::missing_payroll(&lines);
    let named = || {
        let names: Vec<String> = missing
            .iter()
            .map(|l| {
                i18n::OUT_PERSON_NUMBERED.fill(
                    lang,
                    &[("name", &l.person_name), ("id", &l.person_id.to_string())],
                )
            })
            .collect();
        [
            ("id", batch.id.to_string()),
            ("n", missing.len().to_string()),
            ("names", names.join("\n")),
        ]
    };
    if !missing.is_empty() && !args.allow_missing_payroll {
        let args = named();
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        return Err(CliError::Message(
            i18n::OUT_MISSING_PAYROLL.fill(lang, &args),
        ));
    }
    let bytes = match target.format {
        FileFormat::Xlsx => export::payouts::payroll_xlsx(&lines, lang)
            .map_err(|e| CliError::Message(e.to_string()))?,
        _ => export::payouts::payroll_csv(&lines, lang),
    };
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
    target.write(&bytes, Extent::Rows(lines.len()), &context, lang)?;
    if !missing.is_empty() {
        let args = named();
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        eprintln!("{}", i18n::OUT_MISSING_PAYROLL_WRITTEN.fill(lang, &args));
    }
    Ok(())
}
