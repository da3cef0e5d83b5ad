//! `korps export payouts --batch ID -o FILE.csv`: the payroll file (owner-only, BOM, `;`,
//! neutralised cells) and a clear refusal of an unknown batch that writes nothing.

mod common;
mod honoraria_support;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;
use korps::storage::honoraria::{HonorariumFilter, HonorariumStatus};
use predicates::prelude::*;
use tempfile::TempDir;

fn korps(dir: &TempDir) -> Command {
    let home = dir.path();
    let mut cmd = cargo_bin_cmd!("korps");
    cmd.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("KORPS_CONFIG", home.join("config.toml"))
        .env("KORPS_DB", home.join("korps.db"))
        .env("KORPS_TODAY", "2026-11-27")
        .env_remove("LANG");
    cmd
}

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

#[test]
fn writes_the_payroll_csv_of_a_batch_owner_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    paid(&dir);
    let out = dir.path().join("løn.csv");
    korps(&dir)
        .args(["export", "payouts", "--batch", "1", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("(udbetaling #1, Løn november"));
    let csv = std::fs::read_to_string(&out).expect("written");
    assert!(csv.starts_with("\u{FEFF}Navn;Lønnummer;Beløb;Antal arrangementer;Periode\r\n"));
    assert!(csv.contains("Anders Bæk;'=1+2;500,00;1;10.04.2026–10.04.2026\r\n"));
    assert!(csv.contains("Aase Andersen;L-1001;800,00;2;"));
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
