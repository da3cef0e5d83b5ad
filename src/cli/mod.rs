//! The command line: clap commands, each a thin call into the library.
//!
//! [`main`] is the whole edge of the program: it parses the arguments, reads the environment
//! and the clock once ([`Env::from_process`]), loads the config, and hands a [`Setup`] to the command.
//! Every error comes back here and is printed as `korps: <message>` in the UI language, with
//! exit code 1 (2 for bad arguments, as clap does); nothing below calls `process::exit`.

mod account;
mod args;
mod budget;
mod clap_i18n;
mod demo;
mod error;
mod export;
mod export_calendar;
mod export_list;
mod export_output;
mod export_payouts;
mod export_report;
mod import;
mod interactive;
mod paths;
mod render;
mod safety;
mod safety_args;

pub use args::{Cli, Command, DEFAULT_SEED, DemoArgs, LangArg, RenderArgs};
pub use error::CliError;
pub use export::{ExportArgs, ExportCommand};
pub use export_calendar::CalendarArgs;
pub use export_list::ExportListArgs;
pub use import::{ImportArgs, ImportCommand, ImportPeopleArgs};
pub use paths::{Dirs, Env, UNKNOWN_USER};
pub use render::{SCREENS, parse_size};
pub use safety::SafetyError;
pub use safety_args::{BackupArgs, ExportPersonArgs, PrivacyCommand, RestoreArgs};

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::app::Context;
use crate::config::Config;
use crate::i18n::Lang;
use crate::storage::Database;

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let args = clap_i18n::help_command_as_flag(std::env::args_os().collect());
    let env = Env::from_process();
    // The language must be known before parsing, for `--help` and argument errors: `--lang`
    // from the raw arguments, else the config file's, else Danish.
    let config = load_config(&env);
    let early_lang = clap_i18n::lang_before_parsing(&args)
        .unwrap_or_else(|| config.as_ref().map_or(Lang::Da, |c| c.lang));
    let cli = match parse(&args, early_lang) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let mut lang = cli.lang.map_or(early_lang, Lang::from);
    let result = config.and_then(|config| {
        lang = cli.lang.map_or(config.lang, Lang::from);
        let setup = Setup::new(&cli, env, config)?;
        run(&cli, &setup)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("korps: {}", e.message(lang));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Parses the arguments with help and errors in `lang`; a mistake (or `--help`) is printed here
/// and its exit code returned.
fn parse(args: &[std::ffi::OsString], lang: Lang) -> Result<Cli, ExitCode> {
    use clap::FromArgMatches;
    let mut cmd = clap_i18n::command(lang);
    let err = match cmd.try_get_matches_from_mut(args) {
        Ok(matches) => match Cli::from_arg_matches(&matches) {
            Ok(cli) => return Ok(cli),
            Err(e) => e.with_cmd(&cmd),
        },
        Err(e) => e,
    };
    let report = clap_i18n::report(&err, &mut cmd, args, lang);
    if report.to_stdout {
        print!("{}", report.text);
    } else {
        eprint!("{}", report.text);
    }
    Err(ExitCode::from(report.exit_code))
}

fn run(cli: &Cli, setup: &Setup) -> Result<(), CliError> {
    match &cli.command {
        None => interactive::run(cli, setup),
        Some(Command::Demo(args)) => demo::run(args, setup),
        Some(Command::Render(args)) => render::run(cli, args, setup),
        Some(Command::Export(args)) => export::run(cli, args, setup),
        Some(Command::Import(args)) => import::run(cli, args, setup),
        Some(Command::Safety(command)) => safety::run(cli, command, setup),
        Some(Command::Budget(args)) => budget::run(cli, args, setup),
        Some(Command::Init) => init(cli, setup),
    }
}

/// What every command is told: the environment, the config and what follows from them.
#[derive(Debug, Clone)]
pub struct Setup {
    pub env: Env,
    pub config: Config,
    /// `--lang`, else the config, else Danish.
    pub lang: Lang,
    pub today: NaiveDate,
    /// Who the audit log names.
    pub user: String,
}

impl Setup {
    /// Reads today's date and settles language and user; the first thing every command does.
    pub fn new(cli: &Cli, env: Env, config: Config) -> Result<Setup, CliError> {
        let today = env.today(|| chrono::Local::now().date_naive())?;
        Ok(Setup {
            lang: cli.lang.map_or(config.lang, Lang::from),
            today,
            user: env.user(&config),
            config,
            env,
        })
    }

    /// The app's context for the database shown as `db_path`.
    pub fn context(&self, db_path: &std::path::Path) -> Context {
        Context {
            lang: self.lang,
            today: self.today,
            user: self.user.clone(),
            corps_name: self.config.corps_name.clone(),
            season_start_month: self.config.season_start_month,
            db_label: self.env.display_path(db_path),
        }
    }
}

/// The config file's settings; the defaults when there is no file (or no home folder).
pub fn load_config(env: &Env) -> Result<Config, CliError> {
    match env.config_path() {
        Some(path) => Ok(Config::load(&path)?),
        None => Ok(Config::default()),
    }
}

/// `korps init`: creates the database the global options choose (or says that it exists).
fn init(cli: &Cli, setup: &Setup) -> Result<(), CliError> {
    let path = chosen_path(cli, setup)?;
    let access = if std::fs::symlink_metadata(&path).is_ok() {
        Access::Read
    } else {
        Access::Create
    };
    let (_, path, created) = open_database(cli, setup, access)?;
    let shown = path.display().to_string();
    let text = if created {
        crate::i18n::CLI_NEW_DATABASE
    } else {
        crate::i18n::CLI_INIT_EXISTS
    };
    println!("{}", text.fill(setup.lang, &[("path", &shown)]));
    Ok(())
}

/// How a command uses the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    /// May create it: the TUI, `korps init` (and `korps demo`, which writes its own file).
    Create,
    /// Changes an existing database.
    Write,
    /// Only reads an existing database: opened read-only, so a write-protected file works.
    Read,
}

/// The database the global options choose: the demo database with `--demo`, else `--db` /
/// `KORPS_DB` / the data directory.
pub(crate) fn chosen_path(cli: &Cli, setup: &Setup) -> Result<PathBuf, CliError> {
    if cli.demo {
        setup.env.demo_db_path()
    } else {
        setup.env.db_path(cli.db.as_deref())
    }
}

/// Refuses a missing database for a command that does not create one (every one but the TUI,
/// `korps init` and `korps demo`): "Der findes ingen database i STI", and how to make one (for
/// `--demo`: the demo, never an empty file at the demo's path).
pub(crate) fn require_existing(cli: &Cli, path: &std::path::Path) -> Result<(), CliError> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Ok(());
    }
    if cli.demo {
        return Err(CliError::NoDemoDatabase(path.to_path_buf()));
    }
    Err(crate::storage::StorageError::Missing(path.to_path_buf()).into())
}

/// Opens the database the global options choose (see [`chosen_path`]). Only [`Access::Create`]
/// creates a missing database — with `--demo`, by generating the demo — and the flag says
/// whether this call did; every other access refuses a missing one.
fn open_database(
    cli: &Cli,
    setup: &Setup,
    access: Access,
) -> Result<(Database, PathBuf, bool), CliError> {
    let path = chosen_path(cli, setup)?;
    let existed = std::fs::symlink_metadata(&path).is_ok();
    if access != Access::Create {
        require_existing(cli, &path)?;
    } else if cli.demo && !existed {
        demo::create(&path, 1, DEFAULT_SEED, setup)?;
    }
    let options = crate::storage::OpenOptions {
        create: access == Access::Create,
        read_only: access == Access::Read,
        ..setup.env.storage
    };
    let db = Database::open_with(&path, &setup.user, &options)?;
    Ok((db, path, !existed))
}
