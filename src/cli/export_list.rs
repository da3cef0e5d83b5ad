//! `korps export list [--season 2026/27] [--public] [--format pdf|html|csv|txt] -o FILE`: the
//! yearly ambassador list. The format defaults to the file's extension; the season to the
//! current one. Bad arguments are refused (exit 2) before the database is opened.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::export::{is_stdout, season_arg, write_output};
use super::{Cli, CliError, Setup, open_database};
use crate::export::yearly_list::{self, ListFormat, ListHeader, ListVariant};
use crate::i18n;

/// `korps export list`.
#[derive(Debug, Args)]
pub struct ExportListArgs {
    /// The season, e.g. 2026/27 [default: the current season]
    #[arg(long, value_name = "SEASON")]
    pub season: Option<String>,

    /// The public variant: without phone, e-mail, events and honoraria
    #[arg(long)]
    pub public: bool,

    /// The file format [default: from the file name's extension]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<FormatArg>,

    /// Where to write the list (`-` for standard output); written owner-readable only
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Pdf,
    Html,
    Csv,
    Txt,
}

impl From<FormatArg> for ListFormat {
    fn from(f: FormatArg) -> ListFormat {
        match f {
            FormatArg::Pdf => ListFormat::Pdf,
            FormatArg::Html => ListFormat::Html,
            FormatArg::Csv => ListFormat::Csv,
            FormatArg::Txt => ListFormat::Txt,
        }
    }
}

pub(super) fn run(cli: &Cli, args: &ExportListArgs, setup: &Setup) -> Result<(), CliError> {
    let lang = setup.lang;
    let season = season_arg(args.season.as_deref(), setup)?;
    let format = match args.format {
        Some(f) => ListFormat::from(f),
        None => ListFormat::from_path(&args.output).ok_or_else(|| {
            CliError::Usage(
                i18n::LIST_NO_FORMAT.fill(lang, &[("path", &args.output.display().to_string())]),
            )
        })?,
    };
    if format == ListFormat::Pdf && is_stdout(&args.output) && std::io::stdout().is_terminal() {
        return Err(CliError::Usage(
            i18n::LIST_PDF_TO_TERMINAL.get(lang).to_string(),
        ));
    }
    let variant = if args.public {
        ListVariant::Public
    } else {
        ListVariant::Internal
    };
    let (db, _) = open_database(cli, setup)?;
    let entries = db.yearly_list(season)?;
    let header = ListHeader {
        corps_name: setup.config.corps_name.clone(),
        season,
        printed: setup.today,
        lang,
    };
    let doc = yearly_list::build(&entries, variant, &header);
    let bytes =
        yearly_list::render(&doc, variant, format).map_err(|e| CliError::Message(e.to_string()))?;
    write_output(&args.output, &bytes)?;
    let done = i18n::LIST_WRITTEN.fill(
        lang,
        &[
            ("season", &season.label()),
            ("path", &args.output.display().to_string()),
            ("count", &entries.len().to_string()),
        ],
    );
    if is_stdout(&args.output) {
        eprintln!("{done}");
    } else {
        println!("{done}");
    }
    Ok(())
}
