//! `korps export calendar` end to end on a demo database: the file written (owner-only),
//! its shape, the date and person filters, and clear refusals that write nothing.

mod cli_support;

use cli_support::korps;
use predicates::prelude::*;
use tempfile::TempDir;

fn demo(dir: &TempDir) {
    korps(dir)
        .args(["demo", "--out"])
        .arg(dir.path().join("korps.db"))
        .assert()
        .success();
}

#[test]
fn exports_a_week_as_ics_readable_by_the_owner_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    demo(&dir);
    let out = dir.path().join("uge49.ics");
    korps(&dir)
        .args([
            "export",
            "calendar",
            "--from",
            "30.11.2026",
            "--to",
            "6.12.2026",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains(" arrangementer)"));
    let ics = std::fs::read_to_string(&out).expect("written");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen"));
    assert!(ics.contains("DTSTAMP:20261127T000000Z"));
    let n = ics.matches("BEGIN:VEVENT").count();
    assert!(n > 0, "{ics}");
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75);
    }
    for date in ics.lines().filter(|l| l.starts_with("DTSTART;")) {
        let d = &date[date.rfind(':').expect("value") + 1..][..8];
        assert!(("20261130"..="20261206").contains(&d), "{date}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // A second export gives the same UIDs (an import updates rather than duplicates).
    let again = dir.path().join("again.ics");
    korps(&dir)
        .args([
            "export",
            "calendar",
            "--from",
            "30.11.2026",
            "--to",
            "6.12.2026",
            "-o",
        ])
        .arg(&again)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&again).expect("again"), ics);
}

#[test]
fn bad_dates_and_unknown_persons_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    demo(&dir);
    let out = dir.path().join("x.ics");
    korps(&dir)
        .args(["export", "calendar", "--from", "31.2.2027", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "korps: --from/--to \"31.2.2027\"",
        ));
    korps(&dir)
        .args([
            "export",
            "calendar",
            "--from",
            "6.12.2026",
            "--to",
            "1.12.2026",
            "-o",
        ])
        .arg(&out)
        .assert()
        .code(2);
    korps(&dir)
        .args([
            "--lang",
            "en",
            "export",
            "calendar",
            "--person",
            "Ingen Sådan",
            "-o",
        ])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "No person is called \"Ingen Sådan\"",
        ));
    assert!(!out.exists());
}

#[test]
fn a_person_filter_by_id_exports_only_their_events() {
    let dir = tempfile::tempdir().expect("tempdir");
    demo(&dir);
    let all = dir.path().join("all.ics");
    let one = dir.path().join("one.ics");
    korps(&dir)
        .args(["export", "calendar", "-o"])
        .arg(&all)
        .assert()
        .success();
    korps(&dir)
        .args(["export", "calendar", "--person", "1", "-o"])
        .arg(&one)
        .assert()
        .success();
    let count = |p: &std::path::Path| {
        std::fs::read_to_string(p)
            .expect("ics")
            .matches("BEGIN:VEVENT")
            .count()
    };
    assert!(count(&one) < count(&all));
}

/// A file to be written in a folder that does not exist: the message names the folder, in the
/// UI language, exit 1, nothing written (the system would only say "not found").
#[test]
fn an_export_into_a_missing_folder_names_the_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    demo(&dir);
    let folder = dir.path().join("findes-ikke");
    let out = folder.join("uge49.ics");
    for (lang, says) in [
        ("da", format!("mappen {} findes ikke", folder.display())),
        (
            "en",
            format!("the folder {} does not exist", folder.display()),
        ),
    ] {
        korps(&dir)
            .args(["--lang", lang, "export", "calendar", "-o"])
            .arg(&out)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(says))
            .stderr(predicate::str::contains("os error").not());
    }
    assert!(!folder.exists());
}
