//! `korps export report (--year 2026 | --period) --format pdf|html|md -o FILE`: the committee
//! status report, written owner-readable (`-o -` is standard output).

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::export::write_output;
use super::{Cli, CliError, Setup, open_database};
use crate::domain::date::format_date_short;
use crate::export::{self, Orientation};
use crate::i18n;

/// `korps export report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The year of the report
    #[arg(long, value_name = "YEAR", conflicts_with = "period")]
    pub year: Option<i32>,
    /// The whole project period
    #[arg(long)]
    pub period: bool,
    /// pdf, html or md
    #[arg(long, value_enum, default_value_t = ReportFormat::Pdf)]
    pub format: ReportFormat,
    /// Where to write the report (`-` for standard output)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Pdf,
    Html,
    Md,
}

pub(super) fn run(cli: &Cli, args: &ReportArgs, setup: &Setup) -> Result<(), CliError> {
    let lang = setup.lang;
    if args.year.is_none() && !args.period {
        return Err(CliError::Usage(
            i18n::BUD_CLI_NEED_YEAR.get(lang).to_string(),
        ));
    }
    let year = super::budget::year_arg(args.year, setup)?;
    let (db, _) = open_database(cli, setup)?;
    let (from, to, what) = if args.period {
        let (p, _) = db.project_period(setup.today)?;
        let what = i18n::BUD_REPORT_PERIOD.fill(
            lang,
            &[
                ("from", &p.start_year.to_string()),
                ("to", &p.end_year.to_string()),
            ],
        );
        (p.start_year, p.end_year, what)
    } else {
        (year, year, year.to_string())
    };
    let facts = db.report_facts(from, to, setup.today)?;
    let printed = i18n::LIST_PRINTED.fill(lang, &[("date", &format_date_short(setup.today))]);
    let doc = export::report::document(&facts, &setup.config.corps_name, &what, &printed, lang);
    let bytes = match args.format {
        ReportFormat::Pdf => export::pdf::render(&doc, &export::pdf::PdfOptions::for_lang(lang))
            .map_err(|e| CliError::Message(e.to_string()))?,
        ReportFormat::Html => export::html::render(&doc, Orientation::Portrait).into_bytes(),
        ReportFormat::Md => export::markdown::render(&doc).into_bytes(),
    };
    write_output(&args.output, &bytes)
}
