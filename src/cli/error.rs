//! What can stop a command, with its message in the UI language and its exit code: 2 for a bad
//! argument (as clap does), 1 for everything that goes wrong at run time.

use std::path::PathBuf;

use crate::config::ConfigError;
use crate::i18n::{self, Lang};
use crate::storage::StorageError;

/// An error that ends a command.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// `KORPS_TODAY` is not a `YYYY-MM-DD` date.
    #[error("bad KORPS_TODAY: {0}")]
    BadToday(String),
    /// No home folder, so no default place for the data.
    #[error("no home folder")]
    NoHome,
    /// `korps render` was given a screen that does not exist.
    #[error("unknown screen {0}")]
    UnknownScreen(String),
    /// `--size` is not `WxH` with both in 1–1000.
    #[error("bad size {0}")]
    BadSize(String),
    /// `korps demo --out` would overwrite a file without `--force`.
    #[error("{0} exists")]
    DemoExists(PathBuf),
    /// `--demo` with a command that does not create a database, and no demo database yet.
    #[error("no demo database at {0}")]
    NoDemoDatabase(PathBuf),
    /// A file korps writes itself (outside the database) failed.
    #[error("{path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A bad argument found after parsing, with its message already in the UI language (exit 2).
    #[error("{0}")]
    Usage(String),
    /// A failure with its message already in the UI language (exit 1).
    #[error("{0}")]
    Message(String),
    /// The TUI (interactive or headless) failed.
    #[error("{0:#}")]
    Screen(anyhow::Error),
    /// Backup, restore, check and privacy commands (see `cli::safety`).
    #[error(transparent)]
    Safety(#[from] super::safety::SafetyError),
}

impl CliError {
    /// The message for the user, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CliError::Config(e) => e.message(lang),
            CliError::Storage(e) => e.message(lang),
            CliError::BadToday(value) => i18n::CLI_BAD_TODAY.fill(lang, &[("value", value)]),
            CliError::NoHome => i18n::CLI_NO_HOME.get(lang).to_string(),
            CliError::UnknownScreen(screen) => i18n::CLI_UNKNOWN_SCREEN.fill(
                lang,
                &[
                    ("screen", screen),
                    ("screens", &super::render::SCREENS.join(", ")),
                ],
            ),
            CliError::BadSize(size) => i18n::CLI_BAD_SIZE.fill(lang, &[("size", size)]),
            CliError::DemoExists(path) => {
                i18n::DEMO_EXISTS.fill(lang, &[("path", &path.display().to_string())])
            }
            CliError::NoDemoDatabase(path) => {
                i18n::CLI_NO_DEMO_DATABASE.fill(lang, &[("path", &path.display().to_string())])
            }
            CliError::File { path, source } => crate::export::cannot_write(path, source, lang),
            CliError::Usage(text) | CliError::Message(text) => text.clone(),
            CliError::Screen(e) => {
                i18n::CLI_SCREEN_FAILED.fill(lang, &[("reason", &format!("{e:#}"))])
            }
            CliError::Safety(e) => e.message(lang),
        }
    }

    /// The process exit code: 2 for a bad argument, 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::UnknownScreen(_) | CliError::BadSize(_) | CliError::Usage(_) => 2,
            _ => 1,
        }
    }
}
