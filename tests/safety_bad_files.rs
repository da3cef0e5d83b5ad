//! Bad files through the real binary: each case opens the database the way the app does
//! (`korps render korps`) and the way `korps check` does, in Danish and in English, and must give
//! a clear `korps: …` message, a non-zero exit and leave the file's bytes as they were (hashed
//! before and after). The table of cases is printed (`-- --nocapture`).
//!
//! A missing parent folder is not an error: korps creates it (mode 0700) for a new database, so
//! the case here is a parent that is a *file*. The read-only cases cannot be made when the tests
//! run as root (permissions do not bind root); they are then reported as skipped, not passed.

mod safety_support;

use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use korps::storage::Database;
use rusqlite::Connection;
use safety_support::{fixture_v1, hash, korps, permissions_bite};

struct Case {
    name: &'static str,
    /// The `--db` path.
    db: PathBuf,
    /// What must stay unchanged.
    watched: PathBuf,
    env: Vec<(&'static str, String)>,
    da: &'static str,
    en: &'static str,
}

fn current_db(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let mut db = Database::open(&path, "setup").expect("create");
    db.insert_person(&korps::domain::person::PersonData {
        name: "Mette".into(),
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
        notes: String::new(),
        archived: false,
    })
    .expect("insert");
    path
}

fn run(dir: &Path, case: &Case, lang: &str, command: &[&str]) -> (Option<i32>, String, String) {
    let mut cmd = korps(dir);
    cmd.args(["--lang", lang, "--db"])
        .arg(&case.db)
        .args(command);
    for (k, v) in &case.env {
        cmd.env(k, v);
    }
    let out = assert_cmd::Command::from_std(cmd).output().expect("run");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).trim().to_string(),
        String::from_utf8_lossy(&out.stdout).to_string(),
    )
}

#[test]
fn every_bad_file_gets_a_clear_message_a_failing_exit_and_stays_unchanged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let mut cases = Vec::new();
    let mut skipped = Vec::new();

    let empty = d.join("empty.db");
    fs::write(&empty, b"").expect("write");
    cases.push(Case {
        name: "empty file",
        db: empty.clone(),
        watched: empty,
        env: vec![],
        da: "ikke en korps-database",
        en: "not a korps database",
    });

    let random = d.join("random.db");
    let bytes: Vec<u8> = (0..16_384u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    fs::write(&random, bytes).expect("write");
    cases.push(Case {
        name: "random bytes",
        db: random.clone(),
        watched: random,
        env: vec![],
        da: "ikke en korps-database",
        en: "not a korps database",
    });

    let truncated = current_db(d, "truncated.db");
    let full = fs::read(&truncated).expect("read");
    fs::write(&truncated, &full[..full.len() / 2]).expect("truncate");
    cases.push(Case {
        name: "truncated database",
        db: truncated.clone(),
        watched: truncated,
        env: vec![],
        da: "beskadiget",
        en: "damaged",
    });

    let folder = d.join("folder.db");
    fs::create_dir(&folder).expect("mkdir");
    cases.push(Case {
        name: "a folder at the path",
        db: folder.clone(),
        watched: folder,
        env: vec![],
        da: "er en mappe",
        en: "is a folder",
    });

    let plain = d.join("plain");
    fs::write(&plain, b"just a file").expect("write");
    cases.push(Case {
        name: "parent is a file",
        db: plain.join("korps.db"),
        watched: plain,
        env: vec![],
        da: "plain/korps.db",
        en: "plain/korps.db",
    });

    let newer = fixture_v1(d, "newer.db");
    Connection::open(&newer)
        .expect("open")
        .pragma_update(None, "user_version", 99)
        .expect("bump");
    cases.push(Case {
        name: "newer korps database",
        db: newer.clone(),
        watched: newer,
        env: vec![],
        da: "nyere version af korps",
        en: "newer version of korps",
    });

    let locked = current_db(d, "locked.db");
    cases.push(Case {
        name: "locked by another process",
        db: locked.clone(),
        watched: locked.clone(),
        env: vec![("KORPS_BUSY_TIMEOUT_MS", "300".into())],
        da: "optaget af en anden bruger",
        en: "busy with another user",
    });

    // An old database needs room to be upgraded; with the page limit at its current size the
    // upgrade cannot grow it.
    let cramped = fixture_v1(d, "cramped.db");
    let pages: i64 = Connection::open(&cramped)
        .expect("open")
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .expect("page_count");
    cases.push(Case {
        name: "full disk (max_page_count)",
        db: cramped.clone(),
        watched: cramped,
        env: vec![("KORPS_MAX_PAGE_COUNT", pages.to_string())],
        da: "Disken er fuld",
        en: "disk is full",
    });

    if permissions_bite(d) {
        let read_only = current_db(d, "read-only.db");
        fs::set_permissions(&read_only, fs::Permissions::from_mode(0o400)).expect("chmod");
        cases.push(Case {
            name: "read-only file",
            db: read_only.clone(),
            watched: read_only,
            env: vec![],
            da: "Kan ikke skrive",
            en: "Cannot write",
        });
        let ro_dir = d.join("ro");
        fs::create_dir(&ro_dir).expect("mkdir");
        let in_ro = current_db(&ro_dir, "korps.db");
        fs::set_permissions(&ro_dir, fs::Permissions::from_mode(0o500)).expect("chmod");
        cases.push(Case {
            name: "read-only folder",
            db: in_ro.clone(),
            watched: in_ro,
            env: vec![],
            da: "Kan ikke",
            en: "Cannot",
        });
    } else {
        skipped.push("read-only file");
        skipped.push("read-only folder");
    }

    // The lock is held by another process for the whole run (see `korps stress-writer --hold`).
    let mut holder = korps(d)
        .arg("--db")
        .arg(&locked)
        .args(["stress-writer", "--hold", "lock"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn the lock holder");
    let mut ready = String::new();
    BufReader::new(holder.stdout.take().expect("stdout"))
        .read_line(&mut ready)
        .expect("read");
    assert_eq!(ready.trim(), "holding");

    let mut table = vec![format!(
        "{:<28} {:<8} {:<9} {}",
        "case", "exit", "unchanged", "message (da)"
    )];
    let mut failures = Vec::new();
    for case in &cases {
        let before = hash(&case.watched);
        let mut row_exit = Vec::new();
        let mut shown = String::new();
        for command in [&["render", "korps", "--size", "80x24"][..], &["check"][..]] {
            for (lang, expected) in [("da", case.da), ("en", case.en)] {
                let (code, stderr, stdout) = run(d, case, lang, command);
                row_exit.push(code);
                let msg_ok = stderr.starts_with("korps: ")
                    && (stderr.contains(expected) || command == ["check"]);
                if code.is_none_or(|c| c == 0) || !msg_ok || stdout.contains('\u{1b}') {
                    failures.push(format!(
                        "{} / {command:?} / {lang}: exit {code:?}, stderr {stderr:?}",
                        case.name
                    ));
                }
                if lang == "da" && command[0] == "render" {
                    shown = stderr;
                }
            }
        }
        let after = hash(&case.watched);
        if before != after {
            failures.push(format!("{}: bytes changed", case.name));
        }
        let exit = row_exit
            .iter()
            .map(|c| c.map_or("-".into(), |c| c.to_string()))
            .collect::<Vec<_>>()
            .join("/");
        table.push(format!(
            "{:<28} {:<8} {:<9} {}",
            case.name,
            exit,
            if before == after { "yes" } else { "NO" },
            shown.replace(&format!("{}/", d.display()), "")
        ));
    }
    drop(holder.stdin.take());
    holder.wait().expect("the holder ends");
    for name in &skipped {
        table.push(format!(
            "{name:<28} {:<8} {:<9} skipped: running as root, permissions do not bind",
            "-", "-"
        ));
    }
    println!("bad-file cases:\n{}", table.join("\n"));
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn a_missing_parent_folder_is_created_private_for_a_new_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("new/sub/korps.db");
    let out = korps(dir.path())
        .arg("--db")
        .arg(&db)
        .args(["render", "korps", "--size", "80x24"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let mode = |p: &Path| fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&dir.path().join("new")), 0o700);
    assert_eq!(mode(&dir.path().join("new/sub")), 0o700);
}
