//! The writer process of the crash, concurrency and maintenance tests: real user actions
//! through the library — add a person, edit a person's notes, archive or restore a person, add
//! an institution — each its own transaction, one line printed per action *after* it committed
//! (`ok person-insert ID NAME`, `ok person-update ID VERSION NOTES`, `ok person-archive ID
//! VERSION ARCHIVED`, `ok place-insert ID NAME`). A test that kills the process at any moment
//! may then demand that every printed action is in the database.
//!
//! It lives in the tests, not in the shipped `korps` binary: [`writer`] runs the test binary
//! itself with only its ignored entry `stress_writer_process` (each test file that spawns
//! writers declares it, calling [`run_from_env`]), so `cargo test` always builds what the tests
//! need and no user ever gets a command that edits any person or holds the lock.
//!
//! Arguments (as the old hidden command took them): `--actions N --tag T --seed S` for the
//! action loop; `--edit ID:VERSION:NOTES` makes one edit of a person as loaded at VERSION and
//! prints `ok edit ID`, or on a conflict prints the message as korps would (`korps: …` on
//! stderr, exit 1, in `--lang da|en`); `--hold open` keeps the database open and `--hold lock`
//! holds its exclusive lock until stdin closes, printing `holding` when it does.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use korps::demo::rng::Rng;
use korps::domain::institution::{InstitutionData, InstitutionKind};
use korps::domain::person::{PersonData, PersonKind, Recruitment};
use korps::i18n::Lang;
use korps::storage::{Database, StorageError};

/// A writer process on `db` with `args` (see the module doc).
pub fn writer(db: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(std::env::current_exe().expect("the test binary"));
    cmd.args([
        "stress_writer_process",
        "--exact",
        "--ignored",
        "--nocapture",
        "--quiet",
        "--test-threads=1",
    ])
    .env("KORPS_STRESS_DB", db)
    .env("KORPS_STRESS_ARGS", args.join("\u{1f}"));
    cmd
}

/// Whether a line of a writer's stdout is one of its reports (the test harness prints its own
/// lines around them).
pub fn is_report(line: &str) -> bool {
    line.starts_with("ok ") || line == "holding" || line.starts_with("conflict ")
}

/// The writer's body: does what `KORPS_STRESS_ARGS` asks on `KORPS_STRESS_DB`; nothing when
/// they are not set (as in a plain `cargo test -- --ignored`).
pub fn run_from_env() {
    let Some(path) = std::env::var_os("KORPS_STRESS_DB") else {
        return;
    };
    let args = std::env::var("KORPS_STRESS_ARGS").unwrap_or_default();
    let args: Vec<&str> = args.split('\u{1f}').filter(|a| !a.is_empty()).collect();
    let opt = |name: &str| {
        args.iter()
            .position(|a| *a == name)
            .and_then(|i| args.get(i + 1))
            .copied()
    };
    let number =
        |name: &str, default: u64| opt(name).map_or(default, |v| v.parse().expect("number"));
    let lang = if opt("--lang") == Some("en") {
        Lang::En
    } else {
        Lang::Da
    };
    let tag = opt("--tag").unwrap_or("w");
    let path = Path::new(&path);
    if opt("--hold") == Some("lock") {
        hold_lock(path);
        return;
    }
    let mut db = Database::open(path, &format!("stress {tag}")).unwrap_or_else(|e| fail(&e, lang));
    if let Some(edit) = opt("--edit") {
        edit_one(&mut db, edit, lang);
        return;
    }
    if opt("--hold").is_some() {
        println!("holding");
        let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut Vec::new());
        return;
    }
    actions(
        &mut db,
        tag,
        number("--seed", 1),
        number("--actions", 1000),
        lang,
    );
}

/// Prints the error as korps does and exits 1.
fn fail(e: &StorageError, lang: Lang) -> ! {
    eprintln!("korps: {}", e.message(lang));
    std::process::exit(1)
}

/// Holds the database's exclusive lock until stdin closes. (A lock must be held by another
/// process: POSIX drops a process's locks when it closes any descriptor of the file.)
fn hold_lock(path: &Path) {
    let conn = rusqlite::Connection::open(path).expect("open");
    // Exclusive locking mode keeps the lock after the (empty) transaction.
    conn.query_row("PRAGMA locking_mode=EXCLUSIVE", [], |_| Ok(()))
        .expect("locking mode");
    conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;")
        .expect("lock");
    println!("holding");
    let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut Vec::new());
}

fn actions(db: &mut Database, tag: &str, seed: u64, count: u64, lang: Lang) {
    let mut rng = Rng::new(seed);
    let mut mine: Vec<i64> = Vec::new();
    let mut out = std::io::stdout().lock();
    for n in 0..count {
        let line = action(db, &mut rng, &mut mine, tag, n).unwrap_or_else(|e| fail(&e, lang));
        // One line per committed action, flushed before the next one starts.
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    }
}

/// One action, committed; its report line.
fn action(
    db: &mut Database,
    rng: &mut Rng,
    mine: &mut Vec<i64>,
    tag: &str,
    n: u64,
) -> Result<String, StorageError> {
    let roll = rng.below(10);
    Ok(if roll < 4 || mine.is_empty() {
        let name = format!("{tag}-P{n}");
        let id = db.insert_person(&person(&name))?;
        mine.push(id);
        format!("ok person-insert {id} {name}")
    } else if roll < 7 {
        let id = mine[rng.below(mine.len() as u64) as usize];
        let mut p = db.person(id)?;
        p.data.notes = format!("{tag}-note-{n}");
        db.update_person(id, p.version, &p.data)?;
        format!("ok person-update {id} {} {}", p.version + 1, p.data.notes)
    } else if roll < 9 {
        let name = format!("{tag}-S{n}");
        let id = db.insert_institution(&InstitutionData {
            name: name.clone(),
            kind: InstitutionKind::Other,
            address: format!("Vej {n}"),
            contact_person: String::new(),
            phone: String::new(),
            email: String::new(),
            notes: String::new(),
            active: true,
        })?;
        format!("ok place-insert {id} {name}")
    } else {
        let id = mine[rng.below(mine.len() as u64) as usize];
        let p = db.person(id)?;
        db.set_person_archived(id, p.version, !p.data.archived, today(), &[])?;
        format!(
            "ok person-archive {id} {} {}",
            p.version + 1,
            !p.data.archived
        )
    })
}

fn edit_one(db: &mut Database, edit: &str, lang: Lang) {
    let mut parts = edit.splitn(3, ':');
    let id: i64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let version: i64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let notes = parts.next().unwrap_or("").to_string();
    let mut p = db.person(id).unwrap_or_else(|e| fail(&e, lang));
    p.data.notes = notes;
    match db.update_person(id, version, &p.data) {
        Ok(()) => println!("ok edit {id}"),
        Err(e) => {
            if matches!(e, StorageError::Conflict) {
                println!("conflict {}", e.message(lang));
            }
            fail(&e, lang);
        }
    }
}

/// The day the tests pin (`KORPS_TODAY` of `safety_support::korps`).
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("a date")
}

fn person(name: &str) -> PersonData {
    PersonData {
        name: name.to_string(),
        kind: PersonKind::RoleModel,
        birth_date: None,
        phone: String::new(),
        email: String::new(),
        home_institution_id: None,
        education: String::new(),
        languages: String::new(),
        themes: String::new(),
        recruitment: Recruitment::Interested,
        recruitment_changed: Some(today()),
        consent_date: None,
        guardian_consent_date: None,
        payroll_number: String::new(),
        notes: String::new(),
        archived: false,
    }
}

/// Reads a holder's stdout up to its `holding` line (after the test harness's own lines); the
/// reader is returned so the pipe stays open.
pub fn wait_holding(
    stdout: std::process::ChildStdout,
) -> std::io::BufReader<std::process::ChildStdout> {
    use std::io::BufRead;
    let mut reader = std::io::BufReader::new(stdout);
    let mut line = String::new();
    loop {
        line.clear();
        let n = reader.read_line(&mut line).expect("read the holder");
        assert!(n > 0, "the holder ended without holding");
        if line.trim() == "holding" {
            return reader;
        }
    }
}
