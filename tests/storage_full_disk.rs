//! A filesystem that fills up: a real tmpfs of a few MB, mounted by the test (CI runs as root).
//!
//! An import fits in the WAL but the checkpoint cannot grow the database file, so the file's
//! header counts pages that are only in the WAL. That database is whole: `korps check`, `budget`
//! and `render` must work and nothing may call it damaged or advise a restore. Once the
//! filesystem is given room, the next writing command checkpoints it: the file has every page
//! and plain SQL finds every imported person.
//!
//! Mounting needs root. As another user the test fails, unless `KORPS_SKIP_ROOT_TESTS=1` says
//! the developer knows (refused when `CI` is set): it never passes without testing.

mod safety_support;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use rusqlite::Connection;
use safety_support::{is_root, korps};

/// A tmpfs mounted at `dir/mnt` of `size`, unmounted when dropped.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(dir: &Path, size: &str) -> Tmpfs {
        let at = dir.join("mnt");
        fs::create_dir(&at).expect("mkdir");
        let status = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0755"),
                "tmpfs",
            ])
            .arg(&at)
            .status()
            .expect("run mount");
        assert!(status.success(), "mount -t tmpfs failed");
        Tmpfs(at)
    }

    fn resize(&self, size: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,size={size}")])
            .arg(&self.0)
            .status()
            .expect("run mount");
        assert!(status.success(), "remount failed");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Whether to go on: root goes on; anyone else fails, unless told to skip outside CI.
fn may_mount() -> bool {
    if is_root() {
        return true;
    }
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    let skip = std::env::var("KORPS_SKIP_ROOT_TESTS").is_ok_and(|v| v == "1");
    assert!(
        skip && !ci,
        "this test mounts a tmpfs and must run as root (CI does); \
         set KORPS_SKIP_ROOT_TESTS=1 to skip it knowingly outside CI"
    );
    eprintln!("NOT RUN: KORPS_SKIP_ROOT_TESTS=1 and not root");
    false
}

/// `(header page count, pages in the file)` of a database file.
fn pages(db: &Path) -> (u64, u64) {
    let bytes = fs::read(db).expect("read");
    let be = |at: usize| {
        u64::from(u32::from_be_bytes([
            bytes[at],
            bytes[at + 1],
            bytes[at + 2],
            bytes[at + 3],
        ]))
    };
    let page_size = u64::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    (be(28), bytes.len() as u64 / page_size)
}

fn run(dir: &Path, db: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = korps(dir)
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_checkpoint_stopped_by_a_full_disk_is_not_damage_and_finishes_once_there_is_room() {
    if !may_mount() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    // 3,000 people with long notes: about 5.5 MB in the WAL, as much again in the file.
    let csv = d.join("many.csv");
    let mut text = String::from("Navn;Type;Noter\n");
    for i in 0..3000 {
        writeln!(text, "Person Nummer {i};ambassadør;{}", "x".repeat(300)).expect("write");
    }
    fs::write(&csv, text).expect("write csv");
    let fs = Tmpfs::mount(d, "7000k");
    let db = fs.0.join("korps.db");
    assert_eq!(run(d, &db, &["init"]).0, Some(0));

    let (code, stdout, stderr) = run(d, &db, &["import", "people", &csv.display().to_string()]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let (header, in_file) = pages(&db);
    println!("after the import on a full disk: header {header} pages, file {in_file} pages");
    assert!(
        header > in_file,
        "the checkpoint was not cut short ({header} ≤ {in_file}): the scenario did not happen"
    );

    for args in [
        &["check"][..],
        &["budget"],
        &["render", "korps", "--size", "80x24"],
    ] {
        let (code, stdout, stderr) = run(d, &db, args);
        let all = format!("{stdout}{stderr}");
        assert_eq!(code, Some(0), "{args:?}: {all}");
        for word in ["beskadiget", "restore", "Gendan"] {
            assert!(!all.contains(word), "{args:?} says {word}: {all}");
        }
    }

    fs.resize("64m");
    let one = d.join("one.csv");
    fs::write(&one, "Navn;Type\nSidste Person;rollemodel\n").expect("write");
    let (code, stdout, stderr) = run(d, &db, &["import", "people", &one.display().to_string()]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let (header, in_file) = pages(&db);
    println!("after a write with room: header {header} pages, file {in_file} pages");
    assert_eq!(header, in_file, "the checkpoint was not finished");
    let persons: i64 = Connection::open(&db)
        .expect("open")
        .query_row("SELECT count(*) FROM persons", [], |r| r.get(0))
        .expect("count");
    assert_eq!(persons, 3001);
    let (code, stdout, _) = run(d, &db, &["check"]);
    assert_eq!(code, Some(0), "{stdout}");
}

#[test]
fn an_upgrade_without_room_says_the_disk_is_full_and_leaves_the_file() {
    if !may_mount() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let fs = Tmpfs::mount(d, "600k");
    let db = safety_support::fixture_v1(&fs.0, "old.db");
    // Fill what is left, so the backup before the migration cannot be written.
    let filler = fs.0.join("filler");
    let _ = fs::write(&filler, vec![0u8; 600 * 1024]);
    let before = safety_support::hash(&db);
    for lang in ["da", "en"] {
        let out = korps(d)
            .args(["--lang", lang, "--db"])
            .arg(&db)
            .args(["import", "people", "--dry-run"])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/good.csv"))
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        let expected = if lang == "da" {
            "Disken er fuld"
        } else {
            "disk is full"
        };
        assert!(stderr.contains(expected), "{stderr}");
    }
    assert_eq!(safety_support::hash(&db), before);
}
