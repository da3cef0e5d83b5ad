//! `korps backup FILE`, `korps restore FILE`, `korps check`, `korps export person NAME-OR-ID -o
//! FILE.json` and `korps privacy review`: thin calls into `storage::maintenance` and
//! `storage::privacy`. Stored text printed here goes through `ui::text::clean`, so a hostile name
//! cannot reach the terminal as escape sequences.
//!
//! Backup, check, export and review need an existing database (they never create an empty one
//! by mistake) and open it read-only, so a write-protected database (a kept backup) can be
//! checked and copied; restore replaces an existing database and never creates one.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::export::is_stdout;
use super::export_output::{Extent, OutputArg, Target};
use super::safety_args::{ExportPersonArgs, PrivacyCommand, SafetyCommand};
use super::{Cli, CliError, Setup};
use crate::export::{ExportError, FileFormat};
use crate::i18n::{self, Lang};
use crate::storage::{self, Database, OpenOptions};
use crate::ui::text::clean;

/// What can stop a safety command.
#[derive(Debug, thiserror::Error)]
pub enum SafetyError {
    #[error("{0} exists")]
    BackupExists(PathBuf),
    #[error("{0} is the database")]
    BackupIsDatabase(PathBuf),
    /// `korps check` found this many problems (the report is on stdout); `damaged` when
    /// SQLite's own integrity check failed (only then is a restore advised).
    #[error("{count} problems")]
    CheckFailed { count: usize, damaged: bool },
    #[error("no person matches {0}")]
    PersonNotFound(String),
    #[error("several persons match {0}")]
    PersonAmbiguous(String, Vec<(i64, String)>),
    #[error(transparent)]
    Export(#[from] ExportError),
}

impl SafetyError {
    pub fn message(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        match self {
            SafetyError::BackupExists(p) => {
                i18n::SAF_BACKUP_EXISTS.fill(lang, &[("path", &shown(p))])
            }
            SafetyError::BackupIsDatabase(p) => {
                i18n::SAF_BACKUP_SAME.fill(lang, &[("path", &shown(p))])
            }
            SafetyError::CheckFailed { count, damaged } => {
                let text = if *damaged {
                    i18n::SAF_CHECK_FAILED
                } else {
                    i18n::SAF_CHECK_FAILED_INTACT
                };
                text.fill(lang, &[("count", &count.to_string())])
            }
            SafetyError::PersonNotFound(q) => {
                i18n::SAF_PERSON_NOT_FOUND.fill(lang, &[("query", &clean(q))])
            }
            SafetyError::PersonAmbiguous(q, matches) => {
                let list: Vec<String> = matches
                    .iter()
                    .map(|(id, name)| format!("{id} {}", clean(name)))
                    .collect();
                i18n::SAF_PERSON_AMBIGUOUS
                    .fill(lang, &[("query", &clean(q)), ("matches", &list.join("; "))])
            }
            SafetyError::Export(e) => e.message(lang),
        }
    }
}

/// The storage options from `KORPS_BUSY_TIMEOUT_MS` (a value that is not a number is ignored)
/// and `KORPS_ALLOW_NETWORK_FS` (`1`, `true` or `yes` allow a database on a network drive).
pub fn open_options(busy_timeout_ms: Option<&str>, allow_network_fs: Option<&str>) -> OpenOptions {
    let mut options = OpenOptions::default();
    if let Some(ms) = busy_timeout_ms.and_then(|v| v.trim().parse::<u64>().ok()) {
        options.busy_timeout = Duration::from_millis(ms);
    }
    options.allow_network_fs = allow_network_fs.is_some_and(|v| {
        matches!(
            v.trim().to_lowercase().as_str(),
            "1" | "true" | "yes" | "ja"
        )
    });
    options
}

pub(super) fn run(cli: &Cli, command: &SafetyCommand, setup: &Setup) -> Result<(), CliError> {
    match command {
        SafetyCommand::Backup(args) => backup(cli, &args.file, args.force, setup),
        SafetyCommand::Restore(args) => restore(cli, &args.file, setup),
        SafetyCommand::Check => check(cli, setup),
        SafetyCommand::Privacy(PrivacyCommand::Review(args)) => review(
            cli,
            args.years.unwrap_or(setup.config.review_after_years),
            setup,
        ),
    }
}

/// `korps export person` (registered with the other exports in `cli::export`).
pub(super) fn run_export_person(
    cli: &Cli,
    args: &ExportPersonArgs,
    setup: &Setup,
) -> Result<(), CliError> {
    export_person(cli, &args.who, &args.output, setup)
}

/// Opens the chosen database, which must exist, for reading only.
fn open_existing(cli: &Cli, setup: &Setup) -> Result<(Database, PathBuf), CliError> {
    let (db, path, _) = super::open_database(cli, setup, super::Access::Read)?;
    Ok((db, path))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn backup(cli: &Cli, file: &Path, force: bool, setup: &Setup) -> Result<(), CliError> {
    let (db, path) = open_existing(cli, setup)?;
    if same_file(file, &path) {
        return Err(SafetyError::BackupIsDatabase(file.to_path_buf()).into());
    }
    if !force && std::fs::symlink_metadata(file).is_ok() {
        return Err(SafetyError::BackupExists(file.to_path_buf()).into());
    }
    db.backup_to(file, force)?;
    let size = std::fs::metadata(file).map_or(0, |m| m.len());
    println!(
        "{}",
        i18n::SAF_BACKUP_WRITTEN.fill(
            setup.lang,
            &[
                ("path", &file.display().to_string()),
                ("size", &format!("{} kB", size.div_ceil(1024))),
            ],
        )
    );
    Ok(())
}

fn restore(cli: &Cli, file: &Path, setup: &Setup) -> Result<(), CliError> {
    // Restoring replaces a database; it does not make one where none is (a mistyped --db
    // would otherwise get a confident "restored" — DESIGN §6). A new machine: korps init first.
    let path = super::chosen_path(cli, setup)?;
    super::require_existing(cli, &path)?;
    let restored = storage::restore(file, &path, &setup.env.storage)?;
    // Open it once: an older backup is upgraded now (with its own copy), and a file that does
    // not open is reported at once rather than at the next start.
    let db = Database::open_with(&path, &setup.user, &setup.env.storage)?;
    let lang = setup.lang;
    let (shown, source) = (path.display().to_string(), file.display().to_string());
    match &restored.kept {
        Some(kept) => println!(
            "{}",
            i18n::SAF_RESTORED.fill(
                lang,
                &[
                    ("path", &shown),
                    ("source", &source),
                    ("kept", &kept.display().to_string()),
                ],
            )
        ),
        None => println!(
            "{}",
            i18n::SAF_RESTORED_NEW.fill(lang, &[("path", &shown), ("source", &source)])
        ),
    }
    if let Some(backup) = db.migration_backup() {
        println!(
            "{}",
            i18n::SAF_RESTORE_MIGRATED.fill(lang, &[("backup", &backup.display().to_string())])
        );
    }
    Ok(())
}

fn check(cli: &Cli, setup: &Setup) -> Result<(), CliError> {
    let (db, path) = open_existing(cli, setup)?;
    let report = db.check()?;
    let lang = setup.lang;
    println!(
        "{}",
        i18n::SAF_CHECK_HEADER.fill(lang, &[("path", &path.display().to_string())])
    );
    for line in report.lines(lang) {
        println!("{line}");
    }
    if report.is_ok() {
        println!("{}", i18n::SAF_CHECK_ALL_WELL.get(lang));
        Ok(())
    } else {
        let problems = report.integrity.len().min(1)
            + report.foreign_keys.len().min(1)
            + usize::from(report.schema_version != storage::LATEST_VERSION)
            + report.findings.len();
        Err(SafetyError::CheckFailed {
            count: problems,
            damaged: !report.integrity.is_empty(),
        }
        .into())
    }
}

fn export_person(cli: &Cli, who: &str, output: &OutputArg, setup: &Setup) -> Result<(), CliError> {
    let target = Target::resolve(output, None, &[FileFormat::Json], setup.lang)?;
    let (db, _) = open_existing(cli, setup)?;
    let matches = db.find_persons(who, 10)?;
    let (id, name) = match matches.as_slice() {
        [] => return Err(SafetyError::PersonNotFound(who.to_string()).into()),
        [one] => one.clone(),
        _ => return Err(SafetyError::PersonAmbiguous(who.to_string(), matches).into()),
    };
    let doc = db.person_export(id, setup.today)?;
    let mut bytes = serde_json::to_vec_pretty(&doc).map_err(|e| CliError::File {
        path: target.path.clone(),
        source: std::io::Error::other(e),
    })?;
    bytes.push(b'\n');
    if !is_stdout(&target.path) {
        create_private_parent(&target.path)?;
    }
    let context = i18n::SAF_EXPORT_WRITTEN.fill(
        setup.lang,
        &[("id", &id.to_string()), ("name", &clean(&name))],
    );
    target.write(&bytes, Extent::Unmeasured, &context, setup.lang)
}

/// Creates the missing folders above `file`, readable by the owner only.
fn create_private_parent(file: &Path) -> Result<(), CliError> {
    let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) else {
        return Ok(());
    };
    if parent.exists() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(parent).map_err(|source| CliError::File {
        path: parent.to_path_buf(),
        source,
    })
}

fn review(cli: &Cli, years: u32, setup: &Setup) -> Result<(), CliError> {
    let (db, _) = open_existing(cli, setup)?;
    let lang = setup.lang;
    let rows = db.privacy_review(setup.today, years, 100_000)?;
    let cutoff = setup
        .today
        .checked_sub_months(chrono::Months::new(years * 12))
        .unwrap_or(setup.today);
    println!(
        "{}",
        i18n::SAF_REVIEW_HEADER.fill(
            lang,
            &[
                ("years", &years.to_string()),
                ("cutoff", &cutoff.format("%d.%m.%Y").to_string()),
            ],
        )
    );
    if rows.is_empty() {
        println!("{}", i18n::SAF_REVIEW_NONE.get(lang));
        return Ok(());
    }
    let date = |d: Option<chrono::NaiveDate>| {
        d.map_or_else(
            || i18n::SAF_REVIEW_NEVER.get(lang).to_string(),
            |d| d.format("%d.%m.%Y").to_string(),
        )
    };
    for row in &rows {
        let archived = if row.archived {
            i18n::SAF_REVIEW_ARCHIVED.get(lang)
        } else {
            ""
        };
        println!(
            "{}",
            i18n::SAF_REVIEW_ROW.fill(
                lang,
                &[
                    ("id", &row.id.to_string()),
                    ("kind", i18n::person_kind(row.kind).get(lang)),
                    ("last", &date(row.last_appointment)),
                    ("activity", &date(row.last_activity)),
                    ("archived", archived),
                    // Stored text last, so a name holding "{id}" stays as it is.
                    ("name", &clean(&row.name)),
                ],
            )
        );
    }
    println!(
        "{}",
        i18n::SAF_REVIEW_FOOTER.fill(lang, &[("count", &rows.len().to_string())])
    );
    Ok(())
}
