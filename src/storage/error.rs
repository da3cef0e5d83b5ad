//! The storage error: what went wrong, with enough context for a clear message in the UI
//! language ([`StorageError::message`]).
//!
//! SQLite's result codes are mapped once, here: busy/locked → [`StorageError::Busy`], read-only
//! and cannot-open → [`StorageError::ReadOnly`], full → [`StorageError::DiskFull`], not a
//! database → [`StorageError::NotKorps`], corrupt → [`StorageError::Corrupt`], no row →
//! [`StorageError::NotFound`]. Errors raised while a file is being opened carry its path
//! ([`StorageError::at`]); later ones may carry an empty path, and their messages then say
//! "the database".

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use crate::i18n::{self, Lang};

/// Everything that can go wrong in storage.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The row changed since it was loaded (optimistic concurrency): nothing was written.
    #[error("changed by someone else — reload")]
    Conflict,
    /// The row does not exist (any more).
    #[error("not found")]
    NotFound,
    /// The person or institution has history and cannot be deleted (archive instead).
    #[error("has history")]
    HasHistory,
    /// The file exists but is not a korps database.
    #[error("{0} is not a korps database")]
    NotKorps(PathBuf),
    /// The database was written by a newer korps.
    #[error("{path} has schema version {found}, this korps knows up to {supported}")]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The database is locked by another process for longer than the busy timeout.
    #[error("database is busy")]
    Busy,
    /// Another process has the database open (a restore needs it to itself).
    #[error("{0} is in use")]
    InUse(PathBuf),
    /// A restore was asked to put the database back from itself.
    #[error("{0} is the database itself")]
    RestoreFromItself(PathBuf),
    /// The file or folder cannot be written.
    #[error("read-only: {0}")]
    ReadOnly(PathBuf),
    /// The disk (or the database's size limit) is full.
    #[error("disk full")]
    DiskFull,
    /// The file is damaged (SQLite's own check fails).
    #[error("damaged database: {0}")]
    Corrupt(PathBuf),
    /// There is no database at the path, and this command does not create one.
    #[error("no database at {0}")]
    Missing(PathBuf),
    /// The path is a FIFO, a socket or a device, not a file.
    #[error("{0} is not a regular file")]
    NotAFile(PathBuf),
    /// The file is on a network filesystem, where SQLite's locks cannot be trusted.
    #[error("{path} is on a network filesystem ({fs_type})")]
    NetworkFs { path: PathBuf, fs_type: String },
    /// A `-shm` file beside the database that this user cannot write (left by another user).
    #[error("{0} cannot be written")]
    StaleShm(PathBuf),
    /// A file-system error, with the path it concerns.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// An appointment of `name` refused by the rules (overlap, end before start, …).
    #[error("{name}: {error:?}")]
    Appointment {
        name: String,
        error: crate::domain::appointment::AppointmentError,
    },
    /// The change would leave these pending bookings behind: ask, then repeat the change with
    /// their ids confirmed (see `storage::afbud`). Nothing was written.
    #[error("{} bookings affected", .0.len())]
    BookingsAffected(Vec<super::afbud::AffectedBooking>),
    /// Moving an event to `date` would leave the bookings of `names` outside their
    /// appointments: nothing was written.
    #[error("not appointed on {date}: {names:?}")]
    NotAppointedOn {
        date: chrono::NaiveDate,
        names: Vec<String>,
    },
    /// The budget gate asks before this change is saved; nothing was written (the question:
    /// `Database::take_question`).
    #[error("the budget gate asks first")]
    NeedsConfirmation,
    /// An amount outside its limits (`domain::limits`): nothing was written.
    #[error("{kind:?} amount out of range: {error:?}")]
    Amount {
        kind: crate::domain::limits::AmountKind,
        error: crate::domain::limits::AmountError,
    },
    /// Any other SQLite error.
    #[error(transparent)]
    Sqlite(rusqlite::Error),
}

/// The text a trigger raises for a change to a paid honorarium (see `schema/v2_domain.sql`).
const PAID_IMMUTABLE_MARKER: &str = "korps: a paid honorarium cannot be changed";

impl From<rusqlite::Error> for StorageError {
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StorageError::Busy,
            Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen) => {
                StorageError::ReadOnly(PathBuf::new())
            }
            Some(ErrorCode::DiskFull) => StorageError::DiskFull,
            Some(ErrorCode::NotADatabase) => StorageError::NotKorps(PathBuf::new()),
            Some(ErrorCode::DatabaseCorrupt) => StorageError::Corrupt(PathBuf::new()),
            _ if matches!(error, rusqlite::Error::QueryReturnedNoRows) => StorageError::NotFound,
            _ => StorageError::Sqlite(error),
        }
    }
}

impl From<serde_json::Error> for StorageError {
    fn from(error: serde_json::Error) -> Self {
        StorageError::Sqlite(rusqlite::Error::ToSqlConversionFailure(Box::new(error)))
    }
}

impl StorageError {
    /// A file-system error on `path`: permission denied is [`StorageError::ReadOnly`], a full
    /// disk [`StorageError::DiskFull`], anything else [`StorageError::Io`].
    pub fn io(path: &Path, source: std::io::Error) -> StorageError {
        match source.kind() {
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
                StorageError::ReadOnly(path.to_path_buf())
            }
            ErrorKind::StorageFull => StorageError::DiskFull,
            _ => StorageError::Io {
                path: path.to_path_buf(),
                source,
            },
        }
    }

    /// The same error, naming `path` where it names a file and has none yet.
    #[must_use]
    pub fn at(self, path: &Path) -> StorageError {
        match self {
            StorageError::ReadOnly(p) if p.as_os_str().is_empty() => {
                StorageError::ReadOnly(path.to_path_buf())
            }
            StorageError::NotKorps(p) if p.as_os_str().is_empty() => {
                StorageError::NotKorps(path.to_path_buf())
            }
            StorageError::Corrupt(p) if p.as_os_str().is_empty() => {
                StorageError::Corrupt(path.to_path_buf())
            }
            other => other,
        }
    }

    /// `Ok` when `ore` is within the limits of `kind`, else [`StorageError::Amount`]: every
    /// write of an amount passes here before it reaches the database.
    pub fn check_amount(
        kind: crate::domain::limits::AmountKind,
        ore: i64,
    ) -> Result<(), StorageError> {
        crate::domain::limits::check_amount(kind, ore)
            .map_err(|error| StorageError::Amount { kind, error })
    }

    /// Whether a paid honorarium's immutability trigger refused the change.
    pub fn is_paid_immutable(&self) -> bool {
        matches!(self, StorageError::Sqlite(e) if e.to_string().contains(PAID_IMMUTABLE_MARKER))
    }

    /// A message for a municipal employee, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        match self {
            StorageError::Conflict => i18n::ERR_CONFLICT.get(lang).to_string(),
            StorageError::NotFound => i18n::ERR_NOT_FOUND.get(lang).to_string(),
            StorageError::HasHistory => i18n::ERR_HAS_HISTORY.get(lang).to_string(),
            StorageError::NeedsConfirmation => i18n::ERR_NEEDS_CONFIRMATION.get(lang).to_string(),
            StorageError::NotKorps(p) if p.as_os_str().is_empty() => {
                i18n::ERR_NOT_KORPS_OPEN.get(lang).to_string()
            }
            StorageError::NotKorps(p) => i18n::ERR_NOT_KORPS.fill(lang, &[("path", &shown(p))]),
            StorageError::TooNew {
                path,
                found,
                supported,
            } => i18n::ERR_TOO_NEW.fill(
                lang,
                &[
                    ("path", &shown(path)),
                    ("found", &found.to_string()),
                    ("supported", &supported.to_string()),
                ],
            ),
            StorageError::Busy => i18n::ERR_BUSY.get(lang).to_string(),
            StorageError::InUse(p) => i18n::SAF_ERR_IN_USE.fill(lang, &[("path", &shown(p))]),
            StorageError::RestoreFromItself(p) => {
                i18n::SAF_ERR_RESTORE_ITSELF.fill(lang, &[("path", &shown(p))])
            }
            StorageError::ReadOnly(p) if p.as_os_str().is_empty() => {
                i18n::ERR_READ_ONLY_OPEN.get(lang).to_string()
            }
            StorageError::ReadOnly(p) => i18n::ERR_READ_ONLY.fill(lang, &[("path", &shown(p))]),
            StorageError::DiskFull => i18n::ERR_DISK_FULL.get(lang).to_string(),
            StorageError::Corrupt(p) if p.as_os_str().is_empty() => {
                i18n::ERR_CORRUPT_OPEN.get(lang).to_string()
            }
            StorageError::Corrupt(p) => i18n::ERR_CORRUPT.fill(lang, &[("path", &shown(p))]),
            StorageError::Missing(p) => i18n::ERR_NO_DATABASE.fill(lang, &[("path", &shown(p))]),
            StorageError::NotAFile(p) => i18n::ERR_NOT_A_FILE.fill(lang, &[("path", &shown(p))]),
            StorageError::NetworkFs { path, fs_type } => {
                i18n::ERR_NETWORK_FS.fill(lang, &[("path", &shown(path)), ("fs", fs_type)])
            }
            StorageError::StaleShm(p) => i18n::ERR_STALE_SHM.fill(lang, &[("path", &shown(p))]),
            StorageError::Io { path, source } => io_message(path, source, lang),
            StorageError::Appointment { name, error } => {
                format!("{name}: {}", i18n::appointment_error(error).get(lang))
            }
            StorageError::BookingsAffected(list) => {
                i18n::AFBUD_REFUSED.fill(lang, &[("list", &i18n::affected_bookings(list, lang))])
            }
            StorageError::NotAppointedOn { date, names } => i18n::ERR_NOT_APPOINTED_ON.fill(
                lang,
                &[
                    ("date", &i18n::format_date(*date, lang)),
                    ("names", &names.join(", ")),
                ],
            ),
            StorageError::Amount { error, .. } => i18n::amount_error(*error, lang),
            StorageError::Sqlite(_) if self.is_paid_immutable() => {
                i18n::ERR_PAID_IMMUTABLE.get(lang).to_string()
            }
            StorageError::Sqlite(e)
                if e.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) =>
            {
                i18n::ERR_CONSTRAINT.fill(lang, &[("detail", &clean_detail(e))])
            }
            StorageError::Sqlite(e) => i18n::ERR_SQLITE.fill(lang, &[("detail", &clean_detail(e))]),
        }
    }
}

/// The message of a file-system error, with the common reasons in the UI language.
fn io_message(path: &Path, source: &std::io::Error, lang: Lang) -> String {
    let shown = path.display().to_string();
    match source.kind() {
        ErrorKind::IsADirectory => i18n::ERR_IS_DIRECTORY.fill(lang, &[("path", &shown)]),
        ErrorKind::NotADirectory => i18n::ERR_NOT_A_DIRECTORY.fill(lang, &[("path", &shown)]),
        ErrorKind::NotFound => i18n::ERR_MISSING.fill(lang, &[("path", &shown)]),
        _ => i18n::ERR_IO.fill(
            lang,
            &[("path", &shown), ("reason", &i18n::io_reason(source, lang))],
        ),
    }
}

/// SQLite's own text, without control characters (it may quote stored text).
fn clean_detail(error: &rusqlite::Error) -> String {
    error
        .to_string()
        .chars()
        .filter(|c| !c.is_control())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_new_names_both_versions_in_both_languages() {
        let e = StorageError::TooNew {
            path: PathBuf::from("/x/korps.db"),
            found: 5,
            supported: 2,
        };
        assert!(
            e.message(Lang::Da)
                .contains("version 5; denne korps kender op til 2")
        );
        assert!(e.message(Lang::En).contains("version 5"));
    }

    #[test]
    fn sqlite_codes_map_to_their_variants() {
        let code = |c| {
            StorageError::from(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(c),
                None,
            ))
        };
        assert!(matches!(
            code(rusqlite::ffi::SQLITE_BUSY),
            StorageError::Busy
        ));
        assert!(matches!(
            code(rusqlite::ffi::SQLITE_LOCKED),
            StorageError::Busy
        ));
        assert!(matches!(
            code(rusqlite::ffi::SQLITE_FULL),
            StorageError::DiskFull
        ));
        assert!(matches!(
            code(rusqlite::ffi::SQLITE_NOTADB),
            StorageError::NotKorps(_)
        ));
        assert!(matches!(
            code(rusqlite::ffi::SQLITE_CORRUPT),
            StorageError::Corrupt(_)
        ));
        assert!(matches!(
            code(rusqlite::ffi::SQLITE_READONLY),
            StorageError::ReadOnly(_)
        ));
        assert!(matches!(
            StorageError::from(rusqlite::Error::QueryReturnedNoRows),
            StorageError::NotFound
        ));
    }

    #[test]
    fn every_variant_has_a_message_without_debug_text() {
        let errors = [
            StorageError::Conflict,
            StorageError::NotFound,
            StorageError::HasHistory,
            StorageError::NotKorps(PathBuf::from("a.db")),
            StorageError::NotKorps(PathBuf::new()),
            StorageError::Busy,
            StorageError::ReadOnly(PathBuf::from("a.db")),
            StorageError::ReadOnly(PathBuf::new()),
            StorageError::DiskFull,
            StorageError::Corrupt(PathBuf::from("a.db")),
            StorageError::Corrupt(PathBuf::new()),
            StorageError::Missing(PathBuf::from("a.db")),
            StorageError::NotAFile(PathBuf::from("a.db")),
            StorageError::NetworkFs {
                path: PathBuf::from("a.db"),
                fs_type: "nfs4".into(),
            },
            StorageError::StaleShm(PathBuf::from("a.db-shm")),
            StorageError::io(
                Path::new("d"),
                std::io::Error::from(ErrorKind::IsADirectory),
            ),
        ];
        for e in &errors {
            for lang in [Lang::Da, Lang::En] {
                let m = e.message(lang);
                assert!(!m.is_empty() && !m.contains('{'), "{e:?}: {m}");
            }
        }
        assert_eq!(
            StorageError::Conflict.message(Lang::Da),
            "Ændret af en anden i mellemtiden — genindlæs med Ctrl-R (det du har skrevet bevares)"
        );
    }
}
