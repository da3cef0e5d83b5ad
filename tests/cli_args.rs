//! The command line's arguments, help and start-up errors, run through the real binary.
//!
//! None of these open a database: every error here is caught before storage is touched, so the
//! tests run on their own. Each test gets a temporary home, config and database paths, and a
//! pinned `KORPS_TODAY`, so nothing reads or writes the user's real files.

mod cli_support;

use std::path::Path;

use cli_support::korps;
use predicates::prelude::*;
use tempfile::TempDir;

fn write_config(dir: &TempDir, text: &str) {
    std::fs::write(dir.path().join("config.toml"), text).expect("config written");
}

fn no_database_written(dir: &Path) {
    assert!(!dir.join("korps.db").exists(), "korps.db was created");
    assert!(!dir.join("demo.db").exists(), "demo.db was created");
}

#[test]
fn every_command_has_help() {
    let dir = TempDir::new().unwrap();
    for args in [
        &["--help"][..],
        &["-h"],
        &["demo", "--help"],
        &["render", "--help"],
        &["help", "render"],
    ] {
        korps(&dir)
            .args(args)
            .assert()
            .success()
            .stdout(predicate::str::contains("Brug: korps"))
            .stderr("");
    }
    korps(&dir)
        .arg("--help")
        .assert()
        .stdout(predicate::str::contains("demo").and(predicate::str::contains("render")));
    korps(&dir)
        .args(["render", "--help"])
        .assert()
        .stdout(predicate::str::contains("udpegninger").and(predicate::str::contains("--size")));
    korps(&dir)
        .args(["demo", "--help"])
        .assert()
        .stdout(predicate::str::contains("--scale").and(predicate::str::contains("--force")));
    no_database_written(dir.path());
}

#[test]
fn the_version_is_printed() {
    let dir = TempDir::new().unwrap();
    korps(&dir)
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("korps "));
}

#[test]
fn bad_arguments_exit_2_with_a_message() {
    let dir = TempDir::new().unwrap();
    for args in [
        &["--bogus"][..],
        &["render"],
        &["demo"],
        &["demo", "--out"],
        &["demo", "--out", "x.db", "--scale", "0"],
        &["demo", "--out", "x.db", "--scale", "many"],
        &["demo", "--out", "x.db", "--seed", "-1"],
        &["--lang", "de"],
        &["--demo", "--db", "x.db"],
        &["frobnicate"],
    ] {
        korps(&dir).args(args).assert().code(2).stdout("").stderr(
            predicate::str::starts_with("korps: ")
                .and(predicate::str::contains("Brug: korps"))
                .and(predicate::str::contains("error").not()),
        );
    }
    no_database_written(dir.path());
}

#[test]
fn an_unknown_screen_is_named_with_the_choices() {
    let dir = TempDir::new().unwrap();
    korps(&dir)
        .args(["render", "kalender"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::starts_with("korps: Ukendt skærmbillede \"kalender\"")
                .and(predicate::str::contains("oversigt, korps, udpegninger")),
        );
    korps(&dir)
        .args(["render", "kalender", "--lang", "en"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "korps: Unknown screen \"kalender\"",
        ));
    no_database_written(dir.path());
}

#[test]
fn a_bad_size_is_explained() {
    let dir = TempDir::new().unwrap();
    for size in ["100", "0x30", "100x0", "1001x30", "axb", "100x30x2"] {
        korps(&dir)
            .args(["render", "korps", "--size", size])
            .assert()
            .code(2)
            .stdout("")
            .stderr(
                predicate::str::starts_with("korps: Størrelsen skal skrives BREDDExHØJDE")
                    .and(predicate::str::contains(format!("\"{size}\""))),
            );
    }
    korps(&dir)
        .args(["--lang", "en", "render", "korps", "--size", "80x"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "korps: The size must be written WIDTHxHEIGHT",
        ));
    no_database_written(dir.path());
}

#[test]
fn a_malformed_korps_today_is_refused() {
    let dir = TempDir::new().unwrap();
    korps(&dir)
        .env("KORPS_TODAY", "27.11.2026")
        .args(["render", "korps"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "korps: KORPS_TODAY skal være en dato skrevet ÅÅÅÅ-MM-DD, f.eks. 2026-11-27, \
             ikke \"27.11.2026\"\n",
        );
    korps(&dir)
        .env("KORPS_TODAY", "2026-02-30")
        .args(["--lang", "en", "render", "korps"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "korps: KORPS_TODAY must be a date written YYYY-MM-DD",
        ));
    no_database_written(dir.path());
}

#[test]
fn a_broken_config_file_names_the_line() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("config.toml").display().to_string();
    write_config(
        &dir,
        "language = \"da\"\nuser_name = \"Mette\"\nseason_start_month = 13\n",
    );
    korps(&dir)
        .args(["render", "korps"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::starts_with(format!(
                "korps: Fejl i konfigurationsfilen {path}, linje 3, kolonne 22:"
            ))
            .and(predicate::str::contains("1 til 12")),
        );

    write_config(
        &dir,
        "# korps\nlanguage = \"en\"\n\ncorps_name = Ungekorpset\n",
    );
    korps(&dir).args(["--lang", "en"]).assert().code(1).stderr(
        predicate::str::contains("line 4, column").and(predicate::str::contains("invalid TOML")),
    );

    write_config(&dir, "sprog = \"da\"\n");
    korps(&dir)
        .args(["demo", "--out", "x.db"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("linje 1").and(predicate::str::contains("\"sprog\"")));
    no_database_written(dir.path());
}

#[test]
fn the_config_language_is_used_for_messages_unless_lang_says_otherwise() {
    let dir = TempDir::new().unwrap();
    write_config(&dir, "language = \"en\"\n");
    korps(&dir)
        .args(["render", "steder", "--size", "5"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("korps: The size must"));
    korps(&dir)
        .args(["--lang", "da", "render", "steder", "--size", "5"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("korps: Størrelsen skal"));
}

#[test]
fn demo_refuses_to_overwrite_a_file() {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("kommune.db");
    std::fs::write(&out, "vigtige data").unwrap();
    korps(&dir)
        .args(["demo", "--out"])
        .arg(&out)
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::starts_with(format!("korps: {} findes allerede", out.display()))
                .and(predicate::str::contains("--force")),
        );
    korps(&dir)
        .args(["demo", "--lang", "en", "--out"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "vigtige data");
}
