//! Opening a database file safely.
//!
//! - A missing file is created complete or not at all: folders korps creates get mode 0700, the
//!   new database is built in a hidden file (mode 0600) beside the target and hard-linked into
//!   place, so a crash never leaves a half-made database and a racing process never overwrites
//!   one.
//! - Only the TUI, `korps init` and `korps demo` create a database ([`OpenOptions::create`]);
//!   every other command on a missing path gets [`StorageError::Missing`] and nothing is made.
//!   What is not a regular file, or lies on a network filesystem, is refused before SQLite
//!   opens it (see `file_checks`).
//! - An existing file is inspected first, without SQLite (the 16-byte magic) and then with a
//!   read-only connection (`application_id`, `user_version`, the tables). A 0-byte file, random
//!   bytes, another program's SQLite file (another application id, or tables without the korps
//!   id) are refused as [`StorageError::NotKorps`], a newer schema as [`StorageError::TooNew`].
//!   A file shorter than its header says is *damaged* only when SQLite's `quick_check` fails:
//!   after a checkpoint that a full disk stopped half-way, the header already counts pages that
//!   are still only in the WAL — the database is whole, and the next writable open checkpoints
//!   it again (once there is room). A refused file is never opened for writing, so its bytes
//!   stay as they were. (An SQLite file with no tables and no ids at all is an empty database
//!   and is initialised.)
//! - Read-only commands ([`OpenOptions::read_only`]) get a read-only connection, so they work on
//!   a write-protected file in a write-protected folder. SQLite needs a `-shm` file for a WAL
//!   database; where it cannot create one and there is no WAL content to read, the file is
//!   opened `immutable` (no locks, no `-shm`) — nothing can be writing it then but its owner.
//!   A database that needs a migration is opened for writing even so (the migration must run).
//! - An older korps database is copied beside itself with SQLite's online backup API
//!   (`<stem>.v<N>-backup.db`, then `-2`, `-3`, … never overwriting; mode 0600) and migrated in
//!   one transaction.
//! - Then the connection pragmas: WAL, `foreign_keys=ON`, `busy_timeout=5000`,
//!   `synchronous=NORMAL`, and for speed `temp_store=MEMORY` and a 32 MiB page cache.
//! - No memory map (`mmap_size` stays 0): with one, a read error of the file (a network drive
//!   gone, a file cut short by another program) kills korps with SIGBUS instead of giving an
//!   error; and at scale 100 the first read after another process's change cost 1.5 ms more
//!   with it, the Budget and Honorarer screens' first frames 15–20 % more — more than the map
//!   saved anywhere (the week view and the picker: 3–8 %; see the closing note of issue 5).

use std::fs;
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, MAIN_DB, OpenFlags};

use super::migrations::{self, APPLICATION_ID, LATEST_VERSION};
use super::{StorageError, file_checks};

/// How long a writer waits for another one before giving up with [`StorageError::Busy`].
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How a file is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenOptions {
    /// How long to wait for another process's lock before [`StorageError::Busy`] (default 5 s).
    pub busy_timeout: Duration,
    /// `PRAGMA max_page_count` for this connection: the database cannot grow beyond it (tests
    /// simulate a full disk with it; `None` leaves SQLite's limit).
    pub max_page_count: Option<u64>,
    /// Create the database when the path is free (default); otherwise a missing database is
    /// [`StorageError::Missing`].
    pub create: bool,
    /// Open for reading only (see the module doc).
    pub read_only: bool,
    /// Allow a database on a network filesystem (`KORPS_ALLOW_NETWORK_FS=1`).
    pub allow_network_fs: bool,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            busy_timeout: BUSY_TIMEOUT,
            max_page_count: None,
            create: true,
            read_only: false,
            allow_network_fs: false,
        }
    }
}

/// What opening a file did besides opening it.
pub(crate) struct Opened {
    pub conn: Connection,
    /// The backup written before a migration, if there was one.
    pub backup: Option<PathBuf>,
}

/// What the read-only inspection found in an existing file.
pub(crate) struct Found {
    pub version: i64,
    /// A plain SQLite file without any tables: initialised, nothing to back up.
    pub empty: bool,
    /// Shorter than its header says, yet whole (its last pages are in the WAL).
    pub short: bool,
}

/// A fresh, migrated in-memory database.
pub(crate) fn open_memory() -> Result<Connection, StorageError> {
    let conn = Connection::open_in_memory()?;
    migrations::migrate(&conn)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(conn)
}

/// Opens the file at `path`, creating, checking, backing up and migrating it as the module doc
/// describes.
pub(crate) fn open_file(path: &Path, options: &OpenOptions) -> Result<Opened, StorageError> {
    let exists = file_checks::regular_file(path)?;
    if !options.allow_network_fs {
        file_checks::not_on_network(path)?;
    }
    if !exists {
        if !options.create {
            return Err(StorageError::Missing(path.to_path_buf()));
        }
        create_new(path)?;
    }
    let found = inspect(path, options.busy_timeout)?;
    let at = |e: rusqlite::Error| StorageError::from(e).at(path);
    if options.read_only && found.version == LATEST_VERSION {
        let conn = read_only_connection(path, options.busy_timeout)?;
        tune(&conn).map_err(at)?;
        return Ok(Opened { conn, backup: None });
    }
    file_checks::shm_writable(path)?;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(at)?;
    conn.busy_timeout(options.busy_timeout).map_err(at)?;
    if conn.is_readonly(MAIN_DB).map_err(at)? {
        return Err(StorageError::ReadOnly(path.to_path_buf()));
    }
    if let Some(pages) = options.max_page_count {
        conn.pragma_update(None, "max_page_count", pages as i64)
            .map_err(at)?;
    }
    let mut backup = None;
    if found.version < LATEST_VERSION {
        if !found.empty {
            backup = Some(backup_beside(&conn, path, found.version)?);
        }
        migrations::migrate(&conn).map_err(|e| e.at(path))?;
    }
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
        .map_err(at)?;
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(at)?;
    if found.short {
        // Finish the checkpoint a full disk stopped; still no room leaves it in the WAL,
        // where it is safe, for the next time.
        let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }
    tune(&conn).map_err(at)?;
    Ok(Opened { conn, backup })
}

/// The pragmas of every connection to a file, read-only or not.
fn tune(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Speed on a large file: sorting and grouping in memory, not in a temporary file; a page
    // cache of 32 MiB instead of 2 MiB. No memory map (see the module doc).
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "cache_size", -32_768)?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

/// A read-only connection that has read the schema; `immutable` when SQLite cannot make the
/// `-shm` file it needs and there is no WAL content to miss (see the module doc).
fn read_only_connection(path: &Path, busy_timeout: Duration) -> Result<Connection, StorageError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let ready = |conn: Connection| -> rusqlite::Result<Connection> {
        conn.busy_timeout(busy_timeout)?;
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
        Ok(conn)
    };
    let plain = Connection::open_with_flags(path, flags).and_then(ready);
    let Err(error) = plain else {
        return plain.map_err(StorageError::from);
    };
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let wal_empty = fs::metadata(PathBuf::from(wal)).map_or(true, |m| m.len() == 0);
    let cannot_share = matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
    );
    if !(cannot_share && wal_empty) {
        return Err(StorageError::from(error).at(path));
    }
    let uri = format!("file:{}?immutable=1", uri_path(path));
    Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
        .and_then(ready)
        .map_err(|e| StorageError::from(e).at(path))
}

/// `path` for a `file:` URI: `%`, `?` and `#` escaped.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    out
}

/// Creates a new, fully migrated database at `path` (see the module doc).
fn create_new(path: &Path) -> Result<(), StorageError> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.exists() {
        create_private_dirs(&parent).map_err(|e| StorageError::io(&parent, e))?;
    }
    let name = path
        .file_name()
        .map_or_else(|| "korps.db".into(), |n| n.to_string_lossy().into_owned());
    let tmp = parent.join(format!(".{name}.creating-{}", std::process::id()));
    let built = build_into(&tmp);
    if let Err(e) = built {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    // When the link fails because someone else created the file meanwhile, theirs wins and is
    // inspected like any file; on a file system without hard links, rename instead.
    let linked = match fs::hard_link(&tmp, path) {
        Err(_) if !path.exists() => fs::rename(&tmp, path),
        _ => Ok(()),
    };
    let _ = fs::remove_file(&tmp);
    linked.map_err(|e| StorageError::io(path, e))
}

/// Writes a migrated database into the new file `tmp` (mode 0600).
fn build_into(tmp: &Path) -> Result<(), StorageError> {
    let mut journal = tmp.as_os_str().to_owned();
    journal.push("-journal");
    let _ = fs::remove_file(PathBuf::from(journal));
    private_file(tmp, false).map_err(|e| StorageError::io(tmp, e))?;
    let conn = Connection::open(tmp).map_err(|e| StorageError::from(e).at(tmp))?;
    migrations::migrate(&conn).map_err(|e| e.at(tmp))?;
    conn.close().map_err(|(_, e)| StorageError::from(e).at(tmp))
}

/// Looks at an existing file without changing it; refuses what is not a usable korps database.
pub(crate) fn inspect(path: &Path, busy_timeout: Duration) -> Result<Found, StorageError> {
    let not_korps = || StorageError::NotKorps(path.to_path_buf());
    let mut header = Vec::with_capacity(100);
    fs::File::open(path)
        .and_then(|f| f.take(100).read_to_end(&mut header))
        .map_err(|e| StorageError::io(path, e))?;
    if header.len() < 100 || !header.starts_with(b"SQLite format 3\0") {
        return Err(not_korps());
    }
    let short = is_truncated(&header, path)?;
    let at = |e: rusqlite::Error| StorageError::from(e).at(path);
    let conn = match read_only_connection(path, busy_timeout) {
        Err(StorageError::NotKorps(_) | StorageError::Corrupt(_)) if short => {
            return Err(StorageError::Corrupt(path.to_path_buf()));
        }
        other => other?,
    };
    // Damaged only when SQLite says so: the missing pages may be in the WAL (module doc).
    if short && !quick_check_ok(&conn) {
        return Err(StorageError::Corrupt(path.to_path_buf()));
    }
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(at)?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(at)?;
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(at)?;
    if app_id == APPLICATION_ID {
        if version > LATEST_VERSION {
            return Err(StorageError::TooNew {
                path: path.to_path_buf(),
                found: version,
                supported: LATEST_VERSION,
            });
        }
        Ok(Found {
            version,
            empty: false,
            short,
        })
    } else if app_id == 0 && version == 0 && objects == 0 && !short {
        Ok(Found {
            version: 0,
            empty: true,
            short,
        })
    } else {
        Err(not_korps())
    }
}

/// Whether SQLite's `quick_check` finds the database whole.
fn quick_check_ok(conn: &Connection) -> bool {
    conn.query_row("PRAGMA quick_check(1)", [], |r| r.get::<_, String>(0))
        .is_ok_and(|verdict| verdict == "ok")
}

/// Whether the file is shorter than its header says: a truncated copy, or a checkpoint a full
/// disk stopped (then the pages are in the WAL); `quick_check` tells them apart.
fn is_truncated(header: &[u8], path: &Path) -> Result<bool, StorageError> {
    let be32 = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    // The page count in the header is valid only when the change counter matches.
    let pages = if be32(24) == be32(92) {
        u64::from(be32(28))
    } else {
        0
    };
    let len = fs::metadata(path)
        .map_err(|e| StorageError::io(path, e))?
        .len();
    Ok(len < pages * page_size)
}

/// Copies the database beside itself before migrating it from `version`; returns the copy's
/// path. An earlier backup is never overwritten: a counter is added instead.
fn backup_beside(conn: &Connection, path: &Path, version: i64) -> Result<PathBuf, StorageError> {
    let stem = path
        .file_stem()
        .map_or_else(|| "korps".into(), |s| s.to_string_lossy().into_owned());
    let dir = path.parent().unwrap_or_else(|| Path::new(""));
    let mut counter = 1;
    let target = loop {
        let name = if counter == 1 {
            format!("{stem}.v{version}-backup.db")
        } else {
            format!("{stem}.v{version}-backup-{counter}.db")
        };
        let candidate = dir.join(name);
        match private_file(&candidate, true) {
            Ok(()) => break candidate,
            Err(e) if e.kind() == ErrorKind::AlreadyExists => counter += 1,
            Err(e) => return Err(StorageError::io(&candidate, e)),
        }
    };
    let copied = conn.backup(MAIN_DB, &target, None::<fn(rusqlite::backup::Progress)>);
    if let Err(e) = copied {
        let _ = fs::remove_file(&target);
        return Err(StorageError::from(e).at(&target));
    }
    Ok(target)
}

/// Creates an empty file readable and writable by its owner only (`exclusive`: fail when it
/// exists; otherwise truncate a leftover).
pub(crate) fn private_file(path: &Path, exclusive: bool) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true);
    if exclusive {
        options.create_new(true);
    } else {
        options.create(true).truncate(true);
    }
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map(drop)
}

/// Creates `dir` and any missing parents, each readable by its owner only.
pub(crate) fn create_private_dirs(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}
