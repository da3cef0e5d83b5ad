//! `korps export report (--year 2026 | --period) [--format pdf|html|md|xlsx] -o FILE`: the
//! committee status report, written owner-readable (`-o -` is standard output). A year outside
//! the project period without a budget of its own is refused (exit 1).

use clap::Args;

use super::export_output::{Extent, FormatParser, OutputArg, Target};
use super::{Access, Cli, CliError, Setup, open_database};
use crate::domain::date::format_date_short;
use crate::export::{self, FileFormat, Orientation};
use crate::i18n;

/// The formats of the report.
const FORMATS: &[FileFormat] = &[
    FileFormat::Pdf,
    FileFormat::Html,
    FileFormat::Md,
    FileFormat::Xlsx,
];

/// `korps export report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The year of the report
    #[arg(long, value_name = "YEAR", conflicts_with = "period")]
    pub year: Option<i32>,
    /// The whole project period
    #[arg(long)]
    pub period: bool,
    /// The file format [default: from the file name's extension]
    #[arg(long, value_name = "FORMAT", value_parser = FormatParser(FORMATS))]
    pub format: Option<FileFormat>,
    #[command(flatten)]
    pub output: OutputArg,
}

pub(super) fn run(cli: &Cli, args: &ReportArgs, setup: &Setup) -> Result<(), CliError> {
    let lang = setup.lang;
    if args.year.is_none() && !args.period {
        return Err(CliError::Usage(
            i18n::BUD_CLI_NEED_YEAR.get(lang).to_string(),
        ));
    }
    let target = Target::resolve(&args.output, args.format, FORMATS, lang)?;
    let year = super::budget::year_arg(args.year, setup)?;
    let (db, _, _) = open_database(cli, setup, Access::Read)?;
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
    if !args.period && !db.report_year_known(year, setup.today)? {
        let (p, _) = db.project_period(setup.today)?;
        return Err(CliError::Message(i18n::REP_YEAR_UNKNOWN.fill(
            lang,
            &[
                ("year", &year.to_string()),
                ("from", &p.start_year.to_string()),
                ("to", &p.end_year.to_string()),
            ],
        )));
    }
    let facts = db.report_facts(from, to, setup.today, setup.config.season_start_month)?;
    let printed = i18n::LIST_PRINTED.fill(lang, &[("date", &format_date_short(setup.today))]);
    let cx = export::report::ReportContext {
        corps: &setup.config.corps_name,
        what: &what,
        printed: &printed,
        today: setup.today,
        lang,
    };
    let doc = export::report::document(&facts, &cx);
    let (bytes, extent) = match target.format {
        FileFormat::Html => (
            export::html::render(&doc, Orientation::Portrait).into_bytes(),
            Extent::Unmeasured,
        ),
        FileFormat::Md => (
            export::markdown::render(&doc).into_bytes(),
            Extent::Unmeasured,
        ),
        FileFormat::Xlsx => (
            export::report_xlsx::render(&facts, &cx)
                .map_err(|e| CliError::Message(e.message(lang)))?,
            Extent::Unmeasured,
        ),
        _ => {
            let options = export::pdf::PdfOptions::for_lang(lang);
            let (bytes, pages) = export::pdf::render_paged(&doc, &options)
                .map_err(|e| CliError::Message(e.message(lang)))?;
            (bytes, Extent::Pages(pages))
        }
    };
    let context = i18n::OUT_REPORT.fill(lang, &[("what", &what)]);
    target.write(&bytes, extent, &context, lang)
}
