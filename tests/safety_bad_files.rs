//! Bad files through the real binary: each case opens the database the way the app does
//! (`korps render korps`) and the way `korps check` does, in Danish and in English, and must give
//! a clear `korps: …` message, a non-zero exit and leave the file's bytes as they were (hashed
//! before and after). The table of cases is printed (`-- --nocapture`).
//!
//! A missing parent folder is not an error for `korps init` (it creates it, mode 0700), so the
//! case here is a parent that is a *file*. A FIFO must be refused at once (a reader of a FIFO
//! would wait for a writer forever). The write-protected cases run the binary as an
//! unprivileged user (`nobody` when the tests run as root, as CI does): read-only commands work
//! there, writing ones are refused with a clear message. A missing path is refused by every
//! command but `init` and the TUI, and nothing is created.

mod safety_support;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use korps::storage::Database;
use rusqlite::Connection;
use safety_support::{fixture_v1, hash, korps, korps_unprivileged, stress};

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

    let fifo = d.join("fifo.db");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success(), "mkfifo failed");
    cases.push(Case {
        name: "a FIFO at the path",
        db: fifo.clone(),
        watched: fifo,
        env: vec![],
        da: "ikke en almindelig fil",
        en: "not a regular file",
    });

    // The lock is held by another process for the whole run (see `safety_support::stress`).
    let mut holder = stress::writer(&locked, &["--hold", "lock"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn the lock holder");
    let _held = stress::wait_holding(holder.stdout.take().expect("stdout"));

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
    println!("bad-file cases:\n{}", table.join("\n"));
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn init_creates_a_missing_parent_folder_private_for_a_new_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("new/sub/korps.db");
    let out = korps(dir.path())
        .arg("--db")
        .arg(&db)
        .arg("init")
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Ny database:"));
    let mode = |p: &Path| fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&dir.path().join("new")), 0o700);
    assert_eq!(mode(&dir.path().join("new/sub")), 0o700);
    let again = korps(dir.path())
        .arg("--db")
        .arg(&db)
        .arg("init")
        .output()
        .expect("run");
    assert!(again.status.success(), "{again:?}");
    assert!(String::from_utf8_lossy(&again.stdout).contains("findes allerede"));
}

#[test]
fn a_fifo_is_refused_promptly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe.db");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo")
            .success()
    );
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/good.csv");
    let fixture = fixture.display().to_string();
    for command in [
        &["check"][..],
        &["budget"],
        &["import", "people", &fixture],
        &["init"],
    ] {
        let started = std::time::Instant::now();
        let mut child = korps(dir.path())
            .arg("--db")
            .arg(&fifo)
            .args(command)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        // A reader of the FIFO would block for ever: give it ten seconds, then fail.
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if started.elapsed() > std::time::Duration::from_secs(10) {
                let _ = child.kill();
                panic!("{command:?} on a FIFO hangs");
            }
            std::thread::yield_now();
        };
        let out = child.wait_with_output().expect("output");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(status.code(), Some(1), "{command:?}: {stderr}");
        assert!(
            stderr.contains("ikke en almindelig fil"),
            "{command:?}: {stderr}"
        );
    }
}

/// Every command but `init`, `demo` and the TUI (the only ones that create a database), with the
/// arguments it needs. `restore` replaces a database and does not make one where none is.
const COMMANDS_ON_A_DATABASE: [&[&str]; 14] = [
    &["render", "korps", "--size", "80x24"],
    &["render", "korps", "--keys", "<Down>"],
    &["check"],
    &["budget"],
    &["backup", "OUT/backup.db"],
    &["privacy", "review"],
    &["export", "list", "-o", "OUT/list.csv"],
    &["export", "calendar", "-o", "OUT/cal.ics"],
    &["export", "payouts", "--batch", "1", "-o", "OUT/pay.csv"],
    &["export", "report", "--year", "2026", "-o", "OUT/report.md"],
    &["export", "person", "1", "-o", "OUT/p.json"],
    &["import", "people", "FIXTURE"],
    &["import", "people", "FIXTURE", "--dry-run"],
    &["restore", "BACKUP"],
];

/// The commands that may create a database (DESIGN §6).
const CREATORS: [&str; 2] = ["init", "demo"];

/// Every command of the binary, as its words (`export list`), from clap's own command tree.
fn every_command() -> Vec<String> {
    use clap::CommandFactory;
    fn leaves(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let words = format!("{prefix}{}", sub.get_name());
            if sub.has_subcommands() {
                leaves(sub, &format!("{words} "), out);
            } else {
                out.push(words);
            }
        }
    }
    let mut out = Vec::new();
    leaves(&korps::cli::Cli::command(), "", &mut out);
    out
}

#[test]
fn the_missing_database_table_names_every_command_that_does_not_create_one() {
    let commands = every_command();
    assert!(
        commands.len() >= COMMANDS_ON_A_DATABASE.len() - 2 + CREATORS.len()
            && commands.iter().any(|c| c == "export person"),
        "{commands:?}"
    );
    for command in commands {
        let covered = COMMANDS_ON_A_DATABASE
            .iter()
            .any(|c| c.join(" ").starts_with(&command));
        assert!(
            covered != CREATORS.contains(&command.as_str()),
            "korps {command}: in the table of a_missing_database_is_refused_… exactly when it \
             does not create a database"
        );
    }
}

#[test]
fn a_missing_database_is_refused_by_every_command_and_nothing_is_created() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("out");
    fs::create_dir(&out_dir).expect("mkdir");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/good.csv");
    // A real backup for `restore` to be given.
    let real = dir.path().join("real.db");
    let backup = dir.path().join("backup.db");
    for args in [
        vec!["init"],
        vec!["backup", backup.to_str().expect("utf-8")],
    ] {
        let out = korps(dir.path())
            .arg("--db")
            .arg(&real)
            .args(&args)
            .output()
            .expect("run");
        assert!(out.status.success(), "{args:?}: {out:?}");
    }
    let missing = dir.path().join("typo/korsp.db");
    // The database chosen by --db, and the demo database chosen by --demo (KORPS_DEMO_DB) before
    // it was ever made: both refused alike.
    let choose = |how: &str, cmd: &mut std::process::Command| {
        if how == "--demo" {
            cmd.env("KORPS_DEMO_DB", &missing).arg("--demo");
        } else {
            cmd.arg("--db").arg(&missing);
        }
    };
    let mut refused = 0;
    for command in COMMANDS_ON_A_DATABASE {
        let args: Vec<String> = command
            .iter()
            .map(|a| {
                a.replace("OUT", &out_dir.display().to_string())
                    .replace("FIXTURE", &fixture.display().to_string())
                    .replace("BACKUP", &backup.display().to_string())
            })
            .collect();
        for how in ["--db", "--demo"] {
            for (lang, expected) in [
                ("da", "Der findes ingen database i"),
                ("en", "There is no database at"),
            ] {
                let mut cmd = korps(dir.path());
                cmd.args(["--lang", lang]);
                choose(how, &mut cmd);
                let out = cmd.args(&args).output().expect("run");
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert_eq!(out.status.code(), Some(1), "{how} {args:?}: {stderr}");
                assert!(
                    stderr.contains(expected) && stderr.contains("typo/korsp.db"),
                    "{how} {args:?} / {lang}: {stderr}"
                );
                refused += 1;
            }
            assert!(
                !dir.path().join("typo").exists(),
                "{how} {args:?} created the folder"
            );
            let made: Vec<_> = fs::read_dir(&out_dir).expect("ls").collect();
            assert!(made.is_empty(), "{how} {args:?} wrote {made:?}");
        }
    }
    assert_eq!(refused, COMMANDS_ON_A_DATABASE.len() * 2 * 2);
}

/// A korps database made write-protected (0444) in a write-protected folder (0555), and its
/// number of persons (by plain SQL, before it was protected).
fn protected_database(dir: &Path) -> (PathBuf, i64) {
    let folder = dir.join("kept");
    fs::create_dir(&folder).expect("mkdir");
    let out = korps(dir)
        .arg("--db")
        .arg(folder.join("korps.db"))
        .args(["demo", "--out"])
        .arg(folder.join("korps.db"))
        .output()
        .expect("demo");
    assert!(out.status.success(), "{out:?}");
    let persons: i64 = Connection::open(folder.join("korps.db"))
        .expect("open")
        .query_row("SELECT count(*) FROM persons", [], |r| r.get(0))
        .expect("count");
    for leftover in ["korps.db-wal", "korps.db-shm"] {
        let _ = fs::remove_file(folder.join(leftover));
    }
    fs::set_permissions(folder.join("korps.db"), fs::Permissions::from_mode(0o444)).expect("chmod");
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).expect("chmod");
    (folder.join("korps.db"), persons)
}

#[test]
fn read_only_commands_work_on_a_protected_database_as_an_unprivileged_user() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    // The unprivileged user must get in and may write its outputs here.
    fs::set_permissions(d, fs::Permissions::from_mode(0o777)).expect("chmod");
    let (db, original) = protected_database(d);
    let folder = db.parent().expect("folder").to_path_buf();
    let before = (hash(&db), hash(&folder));
    let out_dir = d.join("out");
    fs::create_dir(&out_dir).expect("mkdir");
    fs::set_permissions(&out_dir, fs::Permissions::from_mode(0o777)).expect("chmod");
    let run = |args: &[&str]| {
        let out = korps_unprivileged(d)
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .expect("run");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let o = |name: &str| out_dir.join(name).display().to_string();
    let works: [(Vec<String>, &str); 7] = [
        (vec!["check".into()], "Alt er i orden"),
        (vec!["budget".into()], "Budget"),
        (
            vec!["backup".into(), o("copy.db")],
            "Sikkerhedskopien er skrevet",
        ),
        (vec!["privacy".into(), "review".into()], ""),
        (
            vec!["export".into(), "list".into(), "-o".into(), o("list.csv")],
            "Skrev",
        ),
        (
            vec![
                "export".into(),
                "report".into(),
                "--year".into(),
                "2026".into(),
                "-o".into(),
                o("report.md"),
            ],
            "",
        ),
        (
            vec![
                "render".into(),
                "korps".into(),
                "--size".into(),
                "80x24".into(),
            ],
            "Korps",
        ),
    ];
    for (args, expected) in &works {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, stdout, stderr) = run(&args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(stdout.contains(expected), "{args:?}: {stdout}");
    }
    // The backup is a whole database: checked by plain SQL, not by korps.
    let copy = Connection::open(out_dir.join("copy.db")).expect("open the copy");
    let persons: i64 = copy
        .query_row("SELECT count(*) FROM persons", [], |r| r.get(0))
        .expect("count");
    assert!(
        persons > 0 && persons == original,
        "{persons} vs {original}"
    );
    // A writing command is refused with a clear message.
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/good.csv");
    let (code, _, stderr) = run(&["import", "people", &fixture.display().to_string()]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("Kan ikke skrive"), "{stderr}");
    assert_eq!(
        (hash(&db), hash(&folder)),
        before,
        "the protected files changed"
    );
}

#[test]
fn a_stale_shm_of_another_user_is_named_when_writing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    fs::set_permissions(d, fs::Permissions::from_mode(0o777)).expect("chmod");
    let db = d.join("shared.db");
    // The database belongs to the unprivileged user; a `-shm` is left by someone else,
    // readable but not writable by that user.
    let made = korps_unprivileged(d)
        .arg("--db")
        .arg(&db)
        .arg("init")
        .output()
        .expect("init");
    assert!(made.status.success(), "{made:?}");
    let shm = d.join("shared.db-shm");
    fs::write(&shm, vec![0u8; 32_768]).expect("write shm");
    fs::set_permissions(&shm, fs::Permissions::from_mode(0o444)).expect("chmod");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/good.csv");
    let out = korps_unprivileged(d)
        .arg("--db")
        .arg(&db)
        .args(["import", "people"])
        .arg(&fixture)
        .output()
        .expect("import");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("shared.db-shm") && stderr.contains("anden bruger"),
        "{stderr}"
    );
    // Reading still works.
    let check = korps_unprivileged(d)
        .arg("--db")
        .arg(&db)
        .arg("check")
        .output()
        .expect("check");
    assert!(check.status.success(), "{check:?}");
}

/// Not a test: the writer process the tests here spawn (see `safety_support::stress`).
#[test]
#[ignore = "the writer process the other tests spawn"]
fn stress_writer_process() {
    safety_support::stress::run_from_env();
}
