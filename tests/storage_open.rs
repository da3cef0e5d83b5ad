//! Opening database files: creation with private permissions, the upgrade of a version-1
//! fixture with its backup, and the refusals that must leave a file byte-for-byte untouched.

mod safety_support;
mod storage_support;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use korps::domain::person::Recruitment;
use korps::i18n::Lang;
use korps::storage::persons::PersonFilter;
use korps::storage::{
    APPLICATION_ID, ArchivedFilter, Database, LATEST_VERSION, OpenOptions, StorageError,
};
use rusqlite::Connection;
use storage_support::person;

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

fn fixture_copy(dir: &Path) -> PathBuf {
    let path = dir.join("korps.db");
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/korps-v1.db"),
        &path,
    )
    .expect("copy the fixture");
    path
}

/// Opens `path` expecting a refusal, and checks the file's bytes did not change.
fn refused(path: &Path) -> StorageError {
    let before = fs::read(path).expect("read before");
    let err = Database::open(path, "tester")
        .err()
        .expect("the file is refused");
    let after = fs::read(path).expect("read after");
    assert!(before == after, "{} was changed", path.display());
    err
}

#[test]
fn a_new_database_is_created_private_in_private_new_folders_and_fully_migrated() {
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let path = dir.path().join("a/b/korps.db");
    let db = Database::open(&path, "tester").unwrap();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&dir.path().join("a")), 0o700);
    assert_eq!(mode(&dir.path().join("a/b")), 0o700);
    assert_eq!(mode(dir.path()), 0o755, "an existing folder is left alone");
    assert_eq!(db.schema_version().unwrap(), LATEST_VERSION);
    assert_eq!(db.migration_backup(), None);
    assert_eq!(db.path(), Some(path.as_path()));
    drop(db);
    let leftovers: Vec<_> = fs::read_dir(dir.path().join("a/b"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("creating"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let conn = Connection::open(&path).unwrap();
    let app: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    let journal: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(app, APPLICATION_ID);
    assert_eq!(journal, "wal");
}

#[test]
fn reopening_a_current_database_keeps_its_rows_and_writes_no_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("korps.db");
    let id = Database::open(&path, "tester")
        .unwrap()
        .insert_person(&person("Mette"))
        .unwrap();
    let db = Database::open(&path, "tester").unwrap();
    assert_eq!(db.person(id).unwrap().data.name, "Mette");
    assert_eq!(db.migration_backup(), None);
    let mut db = db;
    let mut ghost = person("Ghost");
    ghost.home_institution_id = Some(999_999);
    assert!(
        db.insert_person(&ghost).is_err(),
        "foreign keys are enforced"
    );
}

#[test]
fn a_version_1_database_is_backed_up_then_upgraded_with_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_copy(dir.path());
    let original = fs::read(&path).unwrap();
    let db = Database::open(&path, "tester").unwrap();
    assert_eq!(db.schema_version().unwrap(), LATEST_VERSION);

    let backup = db
        .migration_backup()
        .expect("a backup was written")
        .to_path_buf();
    assert_eq!(backup, dir.path().join("korps.v1-backup.db"));
    assert_eq!(mode(&backup), 0o600);
    let old = Connection::open(&backup).unwrap();
    let version: i64 = old
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    let persons: i64 = old
        .query_row("SELECT count(*) FROM persons", [], |r| r.get(0))
        .unwrap();
    assert_eq!((version, persons), (1, 4));
    assert!(!original.is_empty());

    let all = PersonFilter {
        archived: ArchivedFilter::All,
        ..PersonFilter::default()
    };
    let names: Vec<String> = db
        .list_persons(&all, 0, 10)
        .unwrap()
        .into_iter()
        .map(|r| r.name)
        .collect();
    assert_eq!(
        names,
        ["Ahmad Karimi", "Søren Ærø", "Zenia Holm", "Åse Jørgensen"]
    );
    let ahmad = db.list_persons(&all, 0, 1).unwrap().remove(0);
    assert_eq!(ahmad.institution.as_deref(), Some("Erhvervsskolen Syd"));
    assert_eq!(ahmad.recruitment, Recruitment::Appointed);
    assert!(!db.person_has_history(ahmad.id).unwrap());
    assert_eq!(db.audit_entries("persons", 1, 10).unwrap().len(), 1);
}

#[test]
fn a_second_upgrade_does_not_overwrite_the_first_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_copy(dir.path());
    drop(Database::open(&path, "tester").unwrap());
    let first = fs::read(dir.path().join("korps.v1-backup.db")).unwrap();
    fixture_copy(dir.path());
    let db = Database::open(&path, "tester").unwrap();
    assert_eq!(
        db.migration_backup(),
        Some(dir.path().join("korps.v1-backup-2.db").as_path())
    );
    assert_eq!(
        fs::read(dir.path().join("korps.v1-backup.db")).unwrap(),
        first
    );
}

#[test]
fn a_database_from_a_newer_korps_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_copy(dir.path());
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let err = refused(&path);
    assert!(
        matches!(err, StorageError::TooNew { found: 99, supported, .. } if supported == LATEST_VERSION),
        "{err:?}"
    );
    assert!(err.message(Lang::Da).contains("version 99"));
    assert!(!dir.path().join("korps.v1-backup.db").exists());
}

#[test]
fn files_that_are_not_korps_databases_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();

    let random = dir.path().join("random.db");
    let bytes: Vec<u8> = (0..8192u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    fs::write(&random, &bytes).unwrap();
    assert!(matches!(refused(&random), StorageError::NotKorps(p) if p == random));

    let empty = dir.path().join("empty.db");
    fs::write(&empty, b"").unwrap();
    let err = refused(&empty);
    assert!(matches!(err, StorageError::NotKorps(_)));
    assert!(err.message(Lang::En).contains("not a korps database"));

    let text = dir.path().join("notes.txt");
    fs::write(&text, "SQLite format 3 but not really\n").unwrap();
    assert!(matches!(refused(&text), StorageError::NotKorps(_)));

    let other_app = dir.path().join("other.db");
    let conn = Connection::open(&other_app).unwrap();
    conn.execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');")
        .unwrap();
    conn.pragma_update(None, "application_id", 0x1234_5678)
        .unwrap();
    drop(conn);
    assert!(matches!(refused(&other_app), StorageError::NotKorps(_)));

    let unmarked = dir.path().join("unmarked.db");
    Connection::open(&unmarked)
        .unwrap()
        .execute_batch("CREATE TABLE persons (id INTEGER PRIMARY KEY, name TEXT);")
        .unwrap();
    assert!(matches!(refused(&unmarked), StorageError::NotKorps(_)));
}

#[test]
fn an_empty_sqlite_file_is_initialised() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("blank.db");
    Connection::open(&path)
        .unwrap()
        .execute_batch("VACUUM")
        .unwrap();
    let db = Database::open(&path, "tester").unwrap();
    assert_eq!(db.schema_version().unwrap(), LATEST_VERSION);
    assert_eq!(db.migration_backup(), None);
}

#[test]
fn a_folder_at_the_path_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let err = Database::open(dir.path(), "tester").err().unwrap();
    assert!(matches!(err, StorageError::Io { .. }), "{err:?}");
    assert!(err.message(Lang::Da).contains("er en mappe"));
    assert!(err.message(Lang::En).contains("is a folder"));
}

#[test]
fn a_read_only_file_is_refused_for_writing_untouched_and_opens_for_reading() {
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let path = dir.path().join("current.db");
    Database::open(&path, "setup").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&path).unwrap();
    // Permissions do not bind root: the writer runs as an unprivileged user (nobody in CI).
    let out = safety_support::korps_unprivileged(dir.path())
        .arg("--db")
        .arg(&path)
        .args(["import", "people"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/good.csv"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("Kan ikke skrive") && stderr.contains("current.db"),
        "{stderr}"
    );
    assert!(fs::read(&path).unwrap() == before, "the file changed");
    let reader = Database::open_with(
        &path,
        "tester",
        &OpenOptions {
            read_only: true,
            create: false,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    assert_eq!(reader.schema_version().unwrap(), LATEST_VERSION);
}

#[test]
fn a_path_through_a_file_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain");
    fs::write(&file, "x").unwrap();
    let err = Database::open(&file.join("korps.db"), "tester")
        .err()
        .unwrap();
    assert!(!err.message(Lang::Da).is_empty());
}

#[test]
fn a_truncated_database_is_refused_as_damaged_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_copy(dir.path());
    let bytes = fs::read(&path).unwrap();
    fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let err = refused(&path);
    assert!(
        matches!(err, StorageError::Corrupt(ref p) if *p == path),
        "{err:?}"
    );
    assert!(err.message(Lang::Da).contains("beskadiget"));
}
