//! Export formats: PDF, HTML, CSV, plain text and iCalendar, as pure functions.
//!
//! The yearly ambassador list, the payout batch and the committee report are first built as a
//! format-neutral [`Document`] (by their callers, from storage); each format here renders that
//! one model. Nothing in this module reads the database or the clock: print dates, seasons and
//! timestamps arrive as parameters, already formatted where they are shown.
//!
//! - [`pdf`] — A4 with page headers, repeated table headers and `Side 1 af 3` footers (krilla,
//!   DejaVu Sans embedded as a subset);
//! - [`html`] — one self-contained file with print CSS;
//! - [`csv`] — UTF-8 with BOM, `;`, CRLF, formula-safe, for Danish Excel;
//! - [`text`] — aligned plain text, width-aware;
//! - [`xlsx`] — Excel workbooks with typed cells (amounts, dates), the shared formats;
//! - [`ical`] — RFC 5545 calendars with a Europe/Copenhagen `VTIMEZONE`;
//! - [`write_private`] — writes any of them to disk, owner-readable only and all-or-nothing.

pub mod chart;
pub mod clean;
pub mod csv;
pub mod document;
pub mod format;
pub mod html;
pub mod html_chart;
pub mod ical;
pub mod markdown;
pub mod payouts;
pub mod pdf;
pub mod report;
pub mod report_xlsx;
pub mod text;
pub mod visits_ics;
pub mod xlsx;
pub mod yearly_list;
pub mod yearly_list_sheet;

pub use document::{Align, Chart, Column, Document, Orientation, Paragraph, Section, Table};
pub use format::FileFormat;

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// An export that could not be produced or written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The PDF writer refused the document.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
    /// The Excel writer refused the workbook.
    #[error("the Excel workbook could not be written: {0}")]
    Xlsx(String),
    /// Writing the file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file that was being written.
        path: PathBuf,
        /// What went wrong.
        source: io::Error,
    },
}

impl ExportError {
    /// The message for the user, in `lang`: the library's or the system's reason wrapped in words.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n;
        match self {
            ExportError::Pdf(detail) => i18n::EXPORT_PDF_FAILED.fill(lang, &[("detail", detail)]),
            ExportError::Xlsx(detail) => i18n::EXPORT_XLSX_FAILED.fill(lang, &[("detail", detail)]),
            ExportError::Io { path, source } => cannot_write(path, source, lang),
        }
    }
}

/// `e`, met writing `path`, as the storage error the app's effects report: a system error keeps
/// its kind, so the message says why in the UI language instead of passing the system's English
/// text on. A file that cannot be created because its folder is missing names the folder
/// ("/x/y findes ikke.").
pub fn storage_error(e: ExportError, path: &Path) -> crate::storage::StorageError {
    match e {
        ExportError::Io { path, source } => {
            let named = missing_folder(&path, &source).unwrap_or(&path);
            crate::storage::StorageError::io(named, source)
        }
        other => crate::storage::StorageError::Io {
            path: path.to_path_buf(),
            source: io::Error::other(other.to_string()),
        },
    }
}

/// Why `path` could not be written, for the user in `lang`: "X kan ikke skrives: …" with the
/// system's reason in words, naming the folder when it is the folder that is missing.
pub fn cannot_write(path: &Path, source: &io::Error, lang: crate::i18n::Lang) -> String {
    use crate::i18n;
    let reason = match missing_folder(path, source) {
        Some(folder) => {
            i18n::IO_FOLDER_MISSING.fill(lang, &[("folder", &folder.display().to_string())])
        }
        None => i18n::io_reason(source, lang),
    };
    i18n::CLI_FILE.fill(
        lang,
        &[("path", &path.display().to_string()), ("reason", &reason)],
    )
}

/// The folder `path` was to be written in, when the write failed because that folder is missing
/// (the system says only "not found", which of a file being created misleads).
fn missing_folder<'a>(path: &'a Path, source: &io::Error) -> Option<&'a Path> {
    path.parent()
        .filter(|folder| source.kind() == io::ErrorKind::NotFound && !folder.as_os_str().is_empty())
        .filter(|folder| !folder.exists())
}

/// Writes `bytes` to `path` so that only the owner can read it, all or nothing.
///
/// The bytes go to a new temporary file in the same folder, created with mode `0600` on Unix
/// (set at creation, never loosened afterwards), synced, and then renamed over `path`. If
/// anything fails the temporary file is removed and `path` is left as it was. An existing file at
/// `path` is replaced (and so ends up `0600` too).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let io_err = |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let tmp = temp_path(path).map_err(io_err)?;
    let result = write_new(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(io_err(e));
    }
    sync_parent(path);
    Ok(())
}

/// A fresh name beside `path`: `.NAME.PID.N.tmp`.
fn temp_path(path: &Path) -> io::Result<PathBuf> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "the path does not name a file")
    })?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp_name = format!(".{}.{}.{n}.tmp", name.to_string_lossy(), std::process::id());
    Ok(path.with_file_name(tmp_name))
}

fn write_new(tmp: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file: File = options.open(tmp)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes the rename durable where the platform allows it; a failure here loses nothing that the
/// caller could act on, so it is ignored.
fn sync_parent(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replaces_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("liste.csv");
        write_private(&path, b"first").expect("write");
        write_private(&path, b"second").expect("rewrite");
        assert_eq!(std::fs::read(&path).expect("read"), b"second");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("read_dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("liste.csv")]);
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("x.pdf");
        std::fs::write(&path, b"old").expect("seed");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        write_private(&path, b"new").expect("write");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_debris() {
        let dir = tempfile::tempdir().expect("tempdir");
        // The target is a non-empty folder: the rename fails after the temp file was written.
        let path = dir.path().join("busy");
        std::fs::create_dir(&path).expect("mkdir");
        std::fs::write(path.join("keep"), b"x").expect("seed");
        assert!(write_private(&path, b"data").is_err());
        assert!(path.join("keep").exists());
        assert_eq!(std::fs::read_dir(dir.path()).expect("read_dir").count(), 1);
        let missing = dir.path().join("no/such/folder/file.csv");
        assert!(matches!(
            write_private(&missing, b"x"),
            Err(ExportError::Io { .. })
        ));
    }
}
