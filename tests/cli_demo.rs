//! `korps demo` and `korps --demo` end to end: the file written, its permissions, determinism and
//! scale, checked through the public storage API.
//!
//! These tests need the real storage (`Database::open`, inserts and lists); the last one needs
//! the TUI's headless renderer as well. Each runs in a sealed temporary environment with a
//! pinned `KORPS_TODAY`.

mod cli_support;

use std::path::Path;

use chrono::NaiveDate;
use cli_support::korps;
use korps::storage::institutions::InstitutionFilter;
use korps::storage::persons::PersonFilter;
use korps::storage::{ArchivedFilter, Database};
use predicates::prelude::*;
use tempfile::TempDir;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("a date")
}

fn all_persons() -> PersonFilter {
    PersonFilter {
        archived: ArchivedFilter::All,
        ..PersonFilter::default()
    }
}

fn all_institutions() -> InstitutionFilter {
    InstitutionFilter {
        include_inactive: true,
        ..InstitutionFilter::default()
    }
}

/// Persons and institutions of the database at `path`, as the lists show them.
fn contents(path: &Path) -> (Vec<String>, Vec<String>) {
    let db = Database::open(path, "test").expect("the demo database opens");
    let persons = db
        .list_persons(&all_persons(), 0, 100_000)
        .expect("persons listed")
        .into_iter()
        .map(|p| format!("{p:?}"))
        .collect();
    let places = db
        .list_institutions(&all_institutions(), 0, 100_000)
        .expect("institutions listed")
        .into_iter()
        .map(|i| format!("{i:?}"))
        .collect();
    (persons, places)
}

#[test]
fn demo_writes_a_database_readable_by_its_owner_only() {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("demo-ud.db");
    korps(&dir)
        .args(["demo", "--out"])
        .arg(&out)
        .assert()
        .success()
        // No progress: stderr is not a terminal here.
        .stderr("")
        .stdout(
            predicate::str::contains("Demodatabasen er skrevet")
                .and(predicate::str::contains("(60 personer, 21 steder)")),
        );
    assert!(!dir.path().join("demo-ud.db.partial").exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
    }
    let (persons, places) = contents(&out);
    assert_eq!((persons.len(), places.len()), (60, 21));
}

#[test]
fn demo_force_replaces_an_existing_file() {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("x.db");
    std::fs::write(&out, "gammelt").unwrap();
    korps(&dir)
        .args(["--lang", "en", "demo", "--force", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("The demo database is written"));
    assert_eq!(contents(&out).0.len(), 60);
}

#[test]
fn the_same_seed_and_day_give_the_same_database() {
    let dir = TempDir::new().unwrap();
    let path = |name: &str| dir.path().join(name);
    for (name, seed) in [("a.db", "7"), ("b.db", "7"), ("c.db", "8")] {
        korps(&dir)
            .args(["demo", "--seed", seed, "--out"])
            .arg(path(name))
            .assert()
            .success();
    }
    assert_eq!(contents(&path("a.db")), contents(&path("b.db")));
    assert_ne!(contents(&path("a.db")).0, contents(&path("c.db")).0);
}

#[test]
fn scale_multiplies_persons_and_places() {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("stor.db");
    korps(&dir)
        .args(["demo", "--scale", "3", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("(180 personer, 63 steder)"));
    let db = Database::open(&out, "test").unwrap();
    assert_eq!(db.count_persons(&all_persons()).unwrap(), 180);
    assert_eq!(db.count_institutions(&all_institutions()).unwrap(), 63);
}

#[test]
fn generate_fills_an_in_memory_database_and_reports_progress() {
    let mut db = Database::open_in_memory("test").unwrap();
    let mut calls = Vec::new();
    let summary = korps::demo::generate(&mut db, today(), 1, 1, &mut |done, total| {
        calls.push((done, total));
    })
    .unwrap();
    assert_eq!((summary.persons, summary.institutions), (60, 21));
    assert_eq!(calls.len(), 81);
    assert_eq!(calls.last(), Some(&(81, 81)));
    let archived = PersonFilter {
        archived: ArchivedFilter::Archived,
        ..PersonFilter::default()
    };
    assert!(db.count_persons(&archived).unwrap() > 0);
}

#[test]
fn the_demo_flag_creates_the_demo_database_apart_from_the_real_one_only_when_opening_it() {
    let dir = TempDir::new().unwrap();
    // A command that does not create databases finds none (DESIGN §6), and says how to make it.
    korps(&dir)
        .args(["--demo", "render", "korps"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Der findes ingen database i"))
        .stderr(predicate::str::contains("korps demo --out"));
    assert!(!dir.path().join("demo.db").exists());
    // `init` (like the program itself) makes the demo, not an empty file.
    korps(&dir)
        .args(["--demo", "init"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Ny database:"));
    assert!(dir.path().join("demo.db").exists());
    assert!(!dir.path().join("korps.db").exists());
    assert_eq!(contents(&dir.path().join("demo.db")).0.len(), 60);
    korps(&dir)
        .args(["--demo", "render", "korps"])
        .assert()
        .success();
}

/// Needs the TUI's headless renderer too.
#[test]
fn render_prints_the_demo_roster() {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("demo.db");
    korps(&dir)
        .args(["demo", "--out"])
        .arg(&out)
        .assert()
        .success();
    let first = Database::open(&out, "test")
        .unwrap()
        .list_persons(&PersonFilter::default(), 0, 1)
        .unwrap()
        .remove(0)
        .name;
    korps(&dir)
        .args(["--demo", "render", "korps", "--size", "120x40"])
        .assert()
        .success()
        .stderr("")
        .stdout(predicate::str::contains(first));
}
