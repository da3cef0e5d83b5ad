//! Several processes on one database file: writers at once lose nothing and nobody sees a lock
//! error; two processes editing one person — the second is told "changed by someone else" and
//! the first one's edit stays. (Attendance has no storage yet, so the writers add and edit
//! persons and add institutions; the mechanism — `BEGIN IMMEDIATE` with a busy timeout and a
//! version check — is the same for every aggregate.) Threads in one process are covered by
//! `storage_concurrency.rs`; these are separate processes, as on a shared host.

mod safety_support;

use std::process::Stdio;
use std::time::Instant;

use korps::storage::Database;
use korps::storage::persons::PersonFilter;
use safety_support::{Reported, stress};

const WRITERS: usize = 6;
const ACTIONS: usize = 120;

#[test]
fn six_processes_writing_at_once_lose_nothing_and_show_no_lock_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    drop(Database::open(&path, "setup").expect("create"));
    let started = Instant::now();
    let children: Vec<_> = (0..WRITERS)
        .map(|w| {
            stress::writer(
                &path,
                &[
                    "--actions",
                    &ACTIONS.to_string(),
                    "--tag",
                    &format!("w{w}"),
                    "--seed",
                    &(w as u64 + 7).to_string(),
                ],
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn")
        })
        .collect();
    let mut reported = Reported::default();
    let mut errors = Vec::new();
    for child in children {
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        if !out.status.success() || !stderr.is_empty() {
            errors.push(format!("{:?}: {stderr}", out.status));
        }
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            if stress::is_report(line) {
                reported.add(line);
            }
        }
    }
    let elapsed = started.elapsed();
    let db = Database::open(&path, "checker").expect("open");
    let (lost, examples) = reported.missing(&db);
    let persons = db
        .count_persons(&PersonFilter {
            archived: korps::storage::ArchivedFilter::All,
            ..PersonFilter::default()
        })
        .expect("count");
    println!(
        "concurrency figures: {WRITERS} processes × {ACTIONS} actions, committed {} \
         ({} persons, {} institutions, {} edits/archivings), errors shown {}, lost {lost}, \
         {:.2} s ({:.0} writes/s)",
        reported.actions,
        reported.persons.len(),
        reported.places.len(),
        reported.actions - reported.persons.len() - reported.places.len(),
        errors.len(),
        elapsed.as_secs_f64(),
        f64::from(u32::try_from(reported.actions).unwrap_or(u32::MAX)) / elapsed.as_secs_f64()
    );
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(reported.actions, WRITERS * ACTIONS);
    assert_eq!(lost, 0, "{examples:?}");
    assert_eq!(persons, reported.persons.len());
    assert_eq!(
        db.check().expect("check").findings,
        Vec::new(),
        "the domain rules hold"
    );
}

#[test]
fn the_second_of_two_processes_editing_one_person_gets_a_conflict_and_overwrites_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let mut db = Database::open(&path, "setup").expect("create");
    let mut data = korps::domain::person::PersonData {
        name: "Mette Kjær".into(),
        kind: korps::domain::person::PersonKind::Ambassador,
        birth_date: None,
        phone: String::new(),
        email: String::new(),
        home_institution_id: None,
        education: String::new(),
        languages: String::new(),
        themes: String::new(),
        recruitment: korps::domain::person::Recruitment::Interested,
        recruitment_changed: None,
        consent_date: None,
        guardian_consent_date: None,
        payroll_number: String::new(),
        notes: "original".into(),
        archived: false,
    };
    let id = db.insert_person(&data).expect("insert");
    drop(db);
    // Both loaded the person at version 1; the first saves, then the second.
    let edit = |lang: &str, notes: &str| {
        stress::writer(
            &path,
            &["--lang", lang, "--edit", &format!("{id}:1:{notes}")],
        )
        .output()
        .expect("run")
    };
    let first = edit("da", "first");
    assert!(first.status.success(), "{first:?}");
    let second = edit("da", "second");
    let third = edit("en", "third");
    let stderr = String::from_utf8_lossy(&second.stderr);
    println!(
        "conflict figures: second process exit {:?}, message {:?}",
        second.status.code(),
        stderr.trim()
    );
    assert_eq!(second.status.code(), Some(1));
    assert!(stderr.contains("Ændret af en anden"), "{stderr}");
    assert!(String::from_utf8_lossy(&third.stderr).contains("Changed by someone else"));
    let db = Database::open(&path, "checker").expect("open");
    data.notes = "first".into();
    let mut stored = db.person(id).expect("person");
    stored.data.recruitment_changed = None;
    assert_eq!(
        stored.data, data,
        "the first edit stays, nothing overwritten"
    );
    assert_eq!(stored.version, 2);
}

/// Not a test: the writer process the tests here spawn (see `safety_support::stress`).
#[test]
#[ignore = "the writer process the other tests spawn"]
fn stress_writer_process() {
    safety_support::stress::run_from_env();
}
