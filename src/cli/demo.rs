//! `korps demo --out PATH [--scale N] [--seed S] [--force]`, and the creation of the `--demo`
//! database when it is missing.
//!
//! The database is generated into `PATH.partial` and renamed into place only when complete, so
//! an interrupted run never leaves a half-filled demo database behind that `--demo` would then
//! open forever. An existing file is replaced only with `--force`.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::{CliError, DemoArgs, Setup};
use crate::demo::{self, DemoSummary};
use crate::i18n::{self, Lang};
use crate::storage::Database;

/// Who the audit log names for generated rows.
const DEMO_ACTOR: &str = "demo";

pub(super) fn run(args: &DemoArgs, setup: &Setup) -> Result<(), CliError> {
    if std::fs::symlink_metadata(&args.out).is_ok() && !args.force {
        return Err(CliError::DemoExists(args.out.clone()));
    }
    let summary = create(&args.out, args.scale, args.seed, setup)?;
    println!(
        "{}",
        i18n::DEMO_WRITTEN.fill(
            setup.lang,
            &[
                ("path", &args.out.display().to_string()),
                ("persons", &summary.persons.to_string()),
                ("institutions", &summary.institutions.to_string()),
            ],
        )
    );
    Ok(())
}

/// Generates a demo database at `path`, replacing what is there.
pub(super) fn create(
    path: &Path,
    scale: u32,
    seed: u64,
    setup: &Setup,
) -> Result<DemoSummary, CliError> {
    let partial = with_suffix(path, ".partial");
    remove_database_files(&partial)?;
    let mut progress = Progress::new(setup.lang, std::io::stderr().is_terminal());
    progress.announce(path);
    let generated = Database::open(&partial, DEMO_ACTOR)
        .and_then(|mut db| {
            demo::generate(&mut db, setup.today, scale, seed, &mut |done, total| {
                progress.show(done, total);
            })
        })
        .map_err(CliError::from);
    progress.finish();
    let summary = match generated {
        Ok(summary) => summary,
        Err(e) => {
            let _ = remove_database_files(&partial);
            return Err(e);
        }
    };
    // The connection is closed here, so the WAL has been folded into the file.
    remove_database_files(path)?;
    std::fs::rename(&partial, path).map_err(|source| CliError::File {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(summary)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

/// Removes a database file and its `SQLite` companions; what is not there is fine.
fn remove_database_files(path: &Path) -> Result<(), CliError> {
    for file in [
        path.to_path_buf(),
        with_suffix(path, "-wal"),
        with_suffix(path, "-shm"),
        with_suffix(path, "-journal"),
    ] {
        match std::fs::remove_file(&file) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(CliError::File {
                    path: file,
                    source: e,
                });
            }
            _ => {}
        }
    }
    Ok(())
}

/// Progress on stderr, only when it is a terminal; redrawn when the percentage changes.
struct Progress {
    lang: Lang,
    enabled: bool,
    shown: Option<usize>,
}

impl Progress {
    fn new(lang: Lang, enabled: bool) -> Progress {
        Progress {
            lang,
            enabled,
            shown: None,
        }
    }

    fn announce(&self, path: &Path) {
        if self.enabled {
            let text =
                i18n::DEMO_CREATING.fill(self.lang, &[("path", &path.display().to_string())]);
            eprintln!("{text}");
        }
    }

    fn show(&mut self, done: usize, total: usize) {
        if !self.enabled || total == 0 {
            return;
        }
        let percent = done * 100 / total;
        if self.shown == Some(percent) {
            return;
        }
        self.shown = Some(percent);
        let text = i18n::DEMO_PROGRESS.fill(
            self.lang,
            &[("done", &done.to_string()), ("total", &total.to_string())],
        );
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r{text} ({percent} %)");
        let _ = err.flush();
    }

    fn finish(&self) {
        if self.enabled && self.shown.is_some() {
            eprintln!();
        }
    }
}
