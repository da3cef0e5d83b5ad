//! The storage error: what went wrong, with enough context for a clear message in the UI
//! language ([`StorageError::message`]).

use std::path::PathBuf;

use crate::i18n::Lang;

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
    /// The file or folder cannot be written.
    #[error("read-only: {0}")]
    ReadOnly(PathBuf),
    /// The disk (or the database's size limit) is full.
    #[error("disk full")]
    DiskFull,
    /// The file is damaged.
    #[error("damaged database: {0}")]
    Corrupt(PathBuf),
    /// A file-system error, with the path it concerns.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Any other SQLite error.
    #[error(transparent)]
    Sqlite(rusqlite::Error),
}

impl StorageError {
    /// A message for a municipal employee, in `lang`.
    pub fn message(&self, _lang: Lang) -> String {
        unimplemented!("storage helper")
    }
}
