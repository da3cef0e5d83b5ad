//! `korps export payouts --batch ID -o FILE.csv`: the payroll file (owner-only, BOM, `;`,
//! neutralised cells) and a clear refusal of an unknown batch that writes nothing.

mod cli_support;
mod common;
mod honoraria_support;

use cli_support::korps;
use korps::storage::honoraria::{HonorariumFilter, HonorariumStatus};
use predicates::prelude::*;
use tempfile::TempDir;

/// The support database with everything approved and paid in batch 1.
fn paid(dir: &TempDir) {
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    let filter = HonorariumFilter {
        status: HonorariumStatus::Awaiting,
        ..HonorariumFilter::default()
    };
    let ids: Vec<i64> = db
        .honoraria_page(&filter, 0, 100)
        .expect("page")
        .rows
        .iter()
        .map(|r| r.id)
        .collect();
    db.approve_honoraria(&ids, common::today())
        .expect("approve");
    db.create_payout_batch(common::today(), "Løn november", None, None)
        .expect("batch");
}

/// The korps number (id) of `name`, read with plain SQL.
fn number(dir: &TempDir, name: &str) -> i64 {
    rusqlite::Connection::open(dir.path().join("korps.db"))
        .expect("raw open")
        .query_row("SELECT id FROM persons WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .expect("person")
}

#[test]
fn a_batch_with_people_without_a_payroll_number_is_refused_and_names_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    paid(&dir);
    let out = dir.path().join("løn.csv");
    // Åse Lund and Zenia Holm have no payroll number (see honoraria_support).
    let assert = korps(&dir)
        .args(["export", "payouts", "--batch", "1", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "korps: Udbetaling #1: lønsystemet kan ikke udbetale til dem uden lønnummer (2):",
        ))
        .stderr(predicate::str::contains("--allow-missing-payroll"));
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    for name in ["Åse Lund", "Zenia Holm"] {
        let line = format!("{name} (korpsnr. {})", number(&dir, name));
        assert!(stderr.contains(&line), "{line} in {stderr}");
    }
    assert!(!stderr.contains("Aase Andersen"), "{stderr}");
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn writes_the_payroll_csv_of_a_batch_owner_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    paid(&dir);
    rusqlite::Connection::open(dir.path().join("korps.db"))
        .expect("raw open")
        .execute(
            "UPDATE persons SET payroll_number = '0123' WHERE name = 'Zenia Holm'",
            [],
        )
        .expect("payroll");
    let out = dir.path().join("løn.csv");
    let assert = korps(&dir)
        .args([
            "export",
            "payouts",
            "--batch",
            "1",
            "--allow-missing-payroll",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("(udbetaling #1, Løn november"))
        .stdout(predicate::str::contains(", 4 rækker ("))
        .stderr(predicate::str::contains(format!(
            "Advarsel: uden lønnummer i filen (1):\n  Åse Lund (korpsnr. {})",
            number(&dir, "Åse Lund")
        )));
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).to_string();
    assert!(stdout.trim_end().ends_with("kr.)"), "{stdout}");
    assert!(!stdout.contains("kr.."), "{stdout}");
    let csv = std::fs::read_to_string(&out).expect("written");
    assert!(csv.starts_with(
        "\u{FEFF}Navn;Korpsnr.;Lønnummer;Beløb;Antal arrangementer;Første dato;Sidste dato\r\n"
    ));
    let anders = number(&dir, "Anders Bæk");
    assert!(csv.contains(&format!(
        "Anders Bæk;{anders};'=1+2;500,00;1;10.4.2026;10.4.2026\r\n"
    )));
    assert!(csv.contains(";L-1001;800,00;2;2.3.2026;15.10.2026\r\n"));
    // The leading zero stays: the payroll number is written as stored.
    assert!(
        csv.contains(";0123;500,00;1;1.9.2026;1.9.2026\r\n"),
        "{csv}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn an_unknown_batch_is_a_clear_message_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    paid(&dir);
    let out = dir.path().join("løn.csv");
    korps(&dir)
        .args(["export", "payouts", "--batch", "99", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "korps: der er ingen udbetaling med id 99",
        ));
    assert!(!out.exists());
}
