//! `korps export list [--season 2026/27] [--public] [--format pdf|html|csv|txt|xlsx] -o FILE`: the
//! yearly ambassador list. The format follows the file's extension unless `--format` names it
//! (see `export_output`); the season defaults to the current one. Bad arguments are refused
//! (exit 2) before the database is opened.

use clap::Args;

use super::export::season_arg;
use super::export_output::{Extent, FormatParser, OutputArg, Target};
use super::{Access, Cli, CliError, Setup, open_database};
use crate::export::FileFormat;
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
    #[arg(long, value_name = "FORMAT", value_parser = FormatParser(ListFormat::OFFERED))]
    pub format: Option<FileFormat>,

    #[command(flatten)]
    pub output: OutputArg,
}

pub(super) fn run(cli: &Cli, args: &ExportListArgs, setup: &Setup) -> Result<(), CliError> {
    let lang = setup.lang;
    let season = season_arg(args.season.as_deref(), setup)?;
    let target = Target::resolve(&args.output, args.format, ListFormat::OFFERED, lang)?;
    let format = ListFormat::from_file_format(target.format)
        .ok_or_else(|| CliError::Message(target.format.extension().to_string()))?;
    let variant = if args.public {
        ListVariant::Public
    } else {
        ListVariant::Internal
    };
    let (db, _, _) = open_database(cli, setup, Access::Read)?;
    let entries = db.yearly_list(season, variant, setup.today)?;
    let header = ListHeader {
        corps_name: setup.config.corps_name.clone(),
        season,
        printed: setup.today,
        lang,
    };
    let (bytes, pages) = yearly_list::export(&entries, variant, format, &header)
        .map_err(|e| CliError::Message(e.message(lang)))?;
    let extent = match (pages, format) {
        (Some(n), _) => Extent::Pages(n),
        (None, ListFormat::Csv | ListFormat::Xlsx) => Extent::Rows(entries.len()),
        _ => Extent::Unmeasured,
    };
    let context = i18n::LIST_WRITTEN.fill(
        lang,
        &[
            ("season", &season.label()),
            ("count", &entries.len().to_string()),
        ],
    );
    target.write(&bytes, extent, &context, lang)
}
