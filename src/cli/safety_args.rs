//! The arguments of `korps backup`, `restore`, `check`, `export person` and `privacy review`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// The safety and privacy commands (flattened into [`super::Command`]).
#[derive(Debug, Subcommand)]
pub enum SafetyCommand {
    /// Write a consistent copy of the database to FILE (safe while others are working)
    Backup(BackupArgs),
    /// Replace the database with a backup: checked first, the current one kept beside it
    Restore(RestoreArgs),
    /// Check the database: integrity, references, schema version and the domain's rules
    Check,
    /// Privacy: the review list of people inactive for years
    #[command(subcommand)]
    Privacy(PrivacyCommand),
}

/// `korps backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (mode 0600)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
}

/// `korps restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup to restore
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

/// `korps export person`.
#[derive(Debug, Args)]
pub struct ExportPersonArgs {
    /// The person's id, or name
    #[arg(value_name = "NAME-OR-ID")]
    pub who: String,
    // The JSON file (replaced if it exists; missing folders are made, owner-only).
    #[command(flatten)]
    pub output: super::export_output::OutputArg,
}

/// `korps privacy …`.
#[derive(Debug, Subcommand)]
pub enum PrivacyCommand {
    /// List people with no appointment or other activity for more than N years
    Review(ReviewArgs),
}

/// `korps privacy review`.
#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The number of years [default: review_after_years in the config, else 2]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=50))]
    pub years: Option<u32>,
}
