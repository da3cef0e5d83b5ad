//! `korps backup`, `korps restore` and `korps check` through the real binary: a backup taken
//! while other processes write is consistent and private; a restore checks its file first,
//! keeps the current database, refuses while someone has it open; the check finds broken
//! domain rules and says so in the UI language.

mod safety_support;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Output, Stdio};

use korps::storage::Database;
use korps::storage::persons::PersonFilter;
use rusqlite::Connection;
use safety_support::{hash, korps, stress};

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

fn run(dir: &Path, db: &Path, args: &[&str]) -> Output {
    korps(dir)
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run korps")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn demo(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("korps.db");
    let out = korps(dir)
        .args(["demo", "--out"])
        .arg(&path)
        .output()
        .expect("demo");
    assert!(out.status.success(), "{out:?}");
    path
}

fn all() -> PersonFilter {
    PersonFilter {
        archived: korps::storage::ArchivedFilter::All,
        ..PersonFilter::default()
    }
}

#[test]
fn a_backup_taken_while_others_write_is_consistent_private_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = demo(dir.path());
    let writers: Vec<_> = (0..2)
        .map(|w| {
            stress::writer(&db, &["--actions", "150", "--tag", &format!("b{w}")])
                .stdout(Stdio::null())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let mut backups = Vec::new();
    for n in 0..3 {
        let target = dir.path().join(format!("kopier/backup-{n}.db"));
        let out = run(
            dir.path(),
            &db,
            &["backup", target.to_str().expect("utf-8")],
        );
        assert!(out.status.success(), "{out:?}");
        assert!(text(&out.stdout).contains("Sikkerhedskopien er skrevet"));
        backups.push(target);
    }
    for mut w in writers {
        assert!(w.wait().expect("wait").success());
    }
    let final_count = Database::open(&db, "t")
        .expect("open")
        .count_persons(&all())
        .expect("count");
    let mut counts = Vec::new();
    for b in &backups {
        assert_eq!(mode(b), 0o600);
        let conn = Connection::open(b).expect("open backup");
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("check");
        let journal: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .expect("journal");
        assert_eq!((ok.as_str(), journal.as_str()), ("ok", "delete"));
        drop(conn);
        let copy = Database::open(b, "t").expect("a backup is a korps database");
        assert!(copy.check().expect("check").is_ok());
        counts.push(copy.count_persons(&all()).expect("count"));
    }
    assert_eq!(mode(&dir.path().join("kopier")), 0o700);
    println!(
        "backup figures: persons in 3 backups taken during 300 writes {counts:?}, final {final_count}"
    );
    assert!(counts.windows(2).all(|w| w[0] <= w[1]) && counts[2] <= final_count);

    let before = hash(&backups[0]);
    let out = run(
        dir.path(),
        &db,
        &["backup", backups[0].to_str().expect("utf-8")],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("findes allerede"), "{out:?}");
    assert_eq!(hash(&backups[0]), before);
    let out = run(
        dir.path(),
        &db,
        &["backup", db.to_str().expect("utf-8"), "--force"],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "the database is not its own backup"
    );
    let out = run(
        dir.path(),
        &db,
        &["backup", backups[0].to_str().expect("utf-8"), "--force"],
    );
    assert!(out.status.success());

    let missing = dir.path().join("nothing-here.db");
    let out = run(dir.path(), &missing, &["backup", "x.db"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("Der findes ingen database"));
    assert!(!missing.exists(), "backup never creates an empty database");
}

#[test]
fn restore_checks_the_file_keeps_the_current_database_and_refuses_while_it_is_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let db = demo(d);
    let backup = d.join("backup.db");
    assert!(
        run(d, &db, &["backup", backup.to_str().expect("utf-8")])
            .status
            .success()
    );
    let before_restore = {
        let mut handle = Database::open(&db, "t").expect("open");
        let id = handle.find_persons("1", 1).expect("find")[0].0;
        handle.delete_person(id, 1).ok();
        let mut gone = handle.person(2).expect("person");
        gone.data.notes = "changed after the backup".into();
        handle
            .update_person(2, gone.version, &gone.data)
            .expect("update");
        handle.count_persons(&all()).expect("count")
    };
    let current = hash(&db);

    // Files that are no backup are refused; nothing changes.
    let junk = d.join("junk.db");
    fs::write(&junk, b"SQLite format 3\0 but nothing else").expect("write");
    let damaged = d.join("damaged.db");
    let mut bytes = fs::read(&backup).expect("read");
    // Garbage over the middle of the file (the header stays valid).
    let len = bytes.len();
    for b in &mut bytes[len / 3..len / 2] {
        *b = 0x5a;
    }
    fs::write(&damaged, &bytes).expect("write");
    let newer = d.join("newer.db");
    fs::copy(&backup, &newer).expect("copy");
    Connection::open(&newer)
        .expect("open")
        .pragma_update(None, "user_version", 42)
        .expect("bump");
    let mut refusals = Vec::new();
    for (file, da) in [
        (&junk, "ikke en korps-database"),
        (&damaged, "beskadiget"),
        (&newer, "nyere version"),
        (&d.join("missing.db"), "findes ikke"),
        (&db, "er selve databasen, ikke en sikkerhedskopi"),
    ] {
        let out = run(d, &db, &["restore", file.to_str().expect("utf-8")]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(da), "{stderr}");
        refusals.push(stderr.trim().to_string());
    }
    assert_eq!(hash(&db), current, "a refused restore changes nothing");

    // Someone has the database open: refused, unchanged.
    let mut holder = stress::writer(&db, &["--hold", "open"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let _held = stress::wait_holding(holder.stdout.take().expect("stdout"));
    let out = korps(d)
        .env("KORPS_BUSY_TIMEOUT_MS", "200")
        .arg("--db")
        .arg(&db)
        .args(["restore", backup.to_str().expect("utf-8")])
        .output()
        .expect("run");
    drop(holder.stdin.take());
    holder.wait().expect("holder ends");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("åben i et andet korps-vindue"), "{stderr}");
    refusals.push(stderr.trim().to_string());
    assert_eq!(hash(&db), current);

    // Now it goes through: the old one is kept beside, the backup's content is back.
    let out = run(
        d,
        &db,
        &["--lang", "en", "restore", backup.to_str().expect("utf-8")],
    );
    assert!(out.status.success(), "{out:?}");
    assert!(text(&out.stdout).contains("is restored from"));
    let kept = d.join("korps.before-restore.db");
    assert_eq!(mode(&kept), 0o600);
    assert_eq!(mode(&db), 0o600);
    assert_eq!(
        Database::open(&kept, "t")
            .expect("kept")
            .count_persons(&all())
            .expect("count"),
        before_restore
    );
    let restored = Database::open(&db, "t").expect("restored");
    assert_ne!(
        restored.person(2).expect("p").data.notes,
        "changed after the backup"
    );
    assert!(restored.check().expect("check").is_ok());
    drop(restored);
    let leftovers: Vec<String> = fs::read_dir(d)
        .expect("dir")
        .map(|e| e.expect("e").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // A damaged current database can be replaced too (that is what restoring is for).
    fs::write(&db, b"garbage garbage garbage").expect("damage");
    let out = run(d, &db, &["restore", backup.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        fs::read(d.join("korps.before-restore-2.db")).expect("kept"),
        b"garbage garbage garbage"
    );
    println!("restore refusals:\n  {}", refusals.join("\n  "));
}

#[test]
fn check_reports_every_broken_rule_and_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let db = demo(d);
    let out = run(d, &db, &["check"]);
    assert!(out.status.success(), "{out:?}");
    assert!(text(&out.stdout).contains("Alt er i orden."));

    let conn = Connection::open(&db).expect("raw");
    // Damage the data the way a buggy tool or a hand edit would: constraints off.
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON;
         INSERT INTO payout_batches (id, paid_on, reference) VALUES (900, '2026-01-31', 'B-900');
         INSERT INTO appointments (id, person_id, term_start, term_end)
             VALUES (900, 1, '2020-01-01', '2020-12-31'), (901, 1, '2020-06-01', '2021-05-31'),
                    (902, 99999, '2020-01-01', '2020-12-31');
         INSERT INTO events (id, kind, date) VALUES (900, 'school_visit', '2019-03-03');
         INSERT INTO assignments (id, event_id, person_id, status) VALUES (900, 900, 1, 'attended');
         INSERT INTO honoraria (id, assignment_id, person_id, amount_ore, earned_on, status)
             VALUES (900, 900, 2, 50000000, '2019-03-03', 'paid');
         UPDATE persons SET name = 'Hånd Redigeret' WHERE id = 3;
         UPDATE assignments SET event_date = '1999-01-01' WHERE id = 1;
         UPDATE honoraria_month_totals SET amount_ore = amount_ore + 1
             WHERE month = (SELECT min(month) FROM honoraria_month_totals);",
    )
    .expect("damage");
    drop(conn);
    let out = run(d, &db, &["check"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    for expected in [
        "✗ Alle henvisninger",
        "✗ Ingen udbetalte honorarer uden udbetalingsbatch",
        "✗ Ingen booking uden for en udpegning",
        "✗ Ingen overlappende udpegninger",
        "✗ Hvert honorar hører til personen",
        "✗ Beløb inden for rimelige grænser",
        "✗ Sortering og søgning",
        "✗ Hver booking har sit besøgs dato",
        "✗ Honorarernes månedssummer stemmer med honorarerne",
        // integrity_check sees the CHECK constraint broken too.
        "✗ Filen er hel",
        "CHECK constraint failed in honoraria",
    ] {
        assert!(stdout.contains(expected), "{expected} missing in\n{stdout}");
    }
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("korps: Tjekket fandt"), "{stderr}");
    let en = run(d, &db, &["--lang", "en", "check"]);
    assert!(text(&en.stdout).contains("✗ No overlapping appointments of one person"));
    let broken = stdout.lines().filter(|l| l.starts_with('✗')).count();
    let passed = stdout.lines().filter(|l| l.starts_with('✓')).count();
    println!("check figures: {passed} checks passed, {broken} failed as planted\n{stdout}");
}

/// Not a test: the writer process the tests here spawn (see `safety_support::stress`).
#[test]
#[ignore = "the writer process the other tests spawn"]
fn stress_writer_process() {
    safety_support::stress::run_from_env();
}
