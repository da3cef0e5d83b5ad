//! SQLite storage: opening (pragmas, permissions, migrations with a backup first), one module
//! per aggregate, and the audit log written in the same transaction as every change.
//!
//! A [`Database`] is never queried per frame: the app caches what it shows in its state and asks
//! again only when something changed. (Skeleton: the storage helper implements the bodies.)

mod error;
pub mod institutions;
pub mod persons;

pub use error::StorageError;

use std::path::{Path, PathBuf};

/// An open korps database and who is using it (written to the audit log).
pub struct Database {
    pub(crate) conn: rusqlite::Connection,
    pub(crate) actor: String,
    pub(crate) path: Option<PathBuf>,
}

/// A filter for list queries on archived rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ArchivedFilter {
    /// Only rows not archived (the default view).
    #[default]
    Current,
    /// Only archived rows.
    Archived,
    /// Everything.
    All,
}

impl Database {
    /// Opens (creating when missing) the database at `path`, migrating it after writing a backup
    /// beside it. Refuses a file that is not a korps database or is newer than this program,
    /// leaving it untouched. `actor` is who the audit log names.
    pub fn open(_path: &Path, _actor: &str) -> Result<Database, StorageError> {
        unimplemented!("storage helper")
    }

    /// A fresh, migrated in-memory database (tests, benchmarks).
    pub fn open_in_memory(_actor: &str) -> Result<Database, StorageError> {
        unimplemented!("storage helper")
    }

    /// The file this database lives in (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Who the audit log names for changes made through this handle.
    pub fn actor(&self) -> &str {
        &self.actor
    }
}
