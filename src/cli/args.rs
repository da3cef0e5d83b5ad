//! The command-line arguments (clap derive). Help is in English, with the Danish names of the
//! screens; korps's own messages follow the UI language.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

/// The seed `korps demo` and `--demo` use unless told otherwise.
pub const DEFAULT_SEED: u64 = 2010;

/// korps — coordinating a municipal role-model corps (Rollemodelkorpset).
///
/// Without a command korps opens the terminal interface on the database.
#[derive(Debug, Parser)]
#[command(name = "korps", version)]
#[command(
    after_help = "Environment: KORPS_DB (database), KORPS_CONFIG (config file), \
    KORPS_TODAY=YYYY-MM-DD (pin today's date), NO_COLOR (no colours), \
    KORPS_BUSY_TIMEOUT_MS (how long to wait for another user's lock, default 5000)."
)]
pub struct Cli {
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        help = "The database file [default: KORPS_DB, else korps.db in the data directory]"
    )]
    pub db: Option<PathBuf>,

    /// The language of the interface and messages [default: the config file, else da]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

    /// Use the demo database (demo.db in the data directory); made when the program or init opens it
    #[arg(long, global = true, conflicts_with = "db")]
    pub demo: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands besides the interactive interface.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a realistic demo database, generated relative to today
    Demo(DemoArgs),
    /// Run a screen headless and print it as text (for docs, tests and benchmarks)
    Render(RenderArgs),
    /// Export a list or calendar to a file
    Export(super::export::ExportArgs),
    /// Import from a spreadsheet
    Import(super::import::ImportArgs),
    /// Backup, restore, check, a person's export and the privacy review
    #[command(flatten)]
    Safety(super::safety_args::SafetyCommand),
    /// The year's budget figures and flags
    Budget(super::budget::BudgetArgs),
    /// Create a new, empty database at --db (or KORPS_DB, or the data directory)
    Init,
}

/// `korps demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Where to write the database
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,

    /// Multiply the number of persons and places by N (1–1000)
    #[arg(long, value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub scale: u32,

    /// The seed of the generator: the same seed and day give the same database
    #[arg(long, value_name = "S", default_value_t = DEFAULT_SEED)]
    pub seed: u64,

    /// Replace PATH if it exists
    #[arg(long)]
    pub force: bool,
}

/// `korps render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The screen: oversigt, korps, udpegninger, besoeg, fremmoede, honorarer, budget, steder
    #[arg(value_name = "SCREEN")]
    pub screen: String,

    #[arg(
        long,
        value_name = "WxH",
        default_value = "100x30",
        help = "The terminal size, WIDTHxHEIGHT (each 1–1000)"
    )]
    pub size: String,

    #[arg(
        long,
        value_name = "KEYS",
        default_value = "",
        help = "Keys to replay first: characters as typed, special keys in angle brackets, \
                e.g. \"/Søren<Enter>\" or \"<Down><Down>e\""
    )]
    pub keys: String,
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Dansk
    Da,
    /// English
    En,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::Da => Lang::Da,
            LangArg::En => Lang::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_argument_definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_options_work_after_the_command() {
        let cli =
            Cli::try_parse_from(["korps", "render", "korps", "--lang", "en", "--db", "x"]).unwrap();
        assert_eq!(cli.lang, Some(LangArg::En));
        assert_eq!(cli.db, Some(PathBuf::from("x")));
    }

    #[test]
    fn demo_and_db_exclude_each_other() {
        assert!(Cli::try_parse_from(["korps", "--demo", "--db", "x"]).is_err());
    }

    #[test]
    fn the_scale_is_bounded() {
        assert!(Cli::try_parse_from(["korps", "demo", "--out", "x", "--scale", "0"]).is_err());
        let cli = Cli::try_parse_from(["korps", "demo", "--out", "x", "--scale", "100"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Demo(DemoArgs { scale: 100, .. }))
        ));
    }
}
