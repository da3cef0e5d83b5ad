//! `korps import people` on real files: who is the same person (name + birth date, or name +
//! e-mail without a birth date — never a shared e-mail alone), what the file says differently
//! about a known person (reported; `--update` saves it), a sheet without a type column (refused
//! once naming the column, or imported with `--kind`), and four processes importing one file at
//! once. Expected values come from plain SQL on the database file.

mod cli_support;
mod common;

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::{Command as Process, Stdio};

use cli_support::korps;
use korps::domain::person::PersonKind;
use korps::storage::Database;
use predicates::prelude::*;
use rusqlite::Connection;
use tempfile::TempDir;

use common::date;

/// A home with a database holding the common places and persons, and Storesøster Hansen with
/// the family e-mail.
fn setup() -> TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut db = Database::open(&dir.path().join("korps.db"), "test").expect("open");
    common::seed(&mut db);
    let mut big = common::person(
        "Storesøster Hansen",
        PersonKind::RoleModel,
        Some(date(2003, 5, 1)),
        None,
    );
    big.email = "hansen@familie.dk".into();
    big.phone = "12345678".into();
    db.insert_person(&big).expect("insert");
    dir
}

fn write(dir: &TempDir, name: &str, text: &str) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn sql(dir: &TempDir) -> Connection {
    Connection::open(dir.path().join("korps.db")).expect("sql")
}

fn count(dir: &TempDir, query: &str) -> i64 {
    sql(dir).query_row(query, [], |r| r.get(0)).expect("query")
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_sibling_with_the_family_email_and_another_birth_date_is_a_second_person() {
    let dir = setup();
    let file = write(
        &dir,
        "soskende.csv",
        "Navn;Type;Fødselsdato;E-mail;Udpeget fra\n\
         Lillebror Hansen;ambassadør;9.9.2007;hansen@familie.dk;1.8.2026\n\
         Mellembror Hansen;ambassadør;1.2.2005;hansen@familie.dk;\n",
    );
    korps(&dir)
        .args(["import", "people"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "linje 2: Lillebror Hansen — ny, udpeget",
        ))
        .stdout(predicate::str::contains("linje 3: Mellembror Hansen — ny"));
    assert_eq!(
        count(
            &dir,
            "SELECT count(*) FROM persons WHERE email = 'hansen@familie.dk'"
        ),
        3
    );
    // The term went to Lillebror, not to the first person with that address.
    assert_eq!(
        count(
            &dir,
            "SELECT count(*) FROM appointments a JOIN persons p ON p.id = a.person_id \
             WHERE p.name = 'Lillebror Hansen' AND a.term_start = '2026-08-01'"
        ),
        1
    );
    assert_eq!(
        count(
            &dir,
            "SELECT count(*) FROM appointments a JOIN persons p ON p.id = a.person_id \
             WHERE p.name = 'Storesøster Hansen'"
        ),
        0
    );
    // A second run finds all three there, whatever the case and accents of the names.
    let again = write(
        &dir,
        "igen.csv",
        "navn;type;fødselsdato;e-mail\n\
         LILLEBROR HANSEN;ambassadør;9.9.2007;hansen@familie.dk\n\
         storesøster  hansen;rollemodel;1.5.2003;\n",
    );
    korps(&dir)
        .args(["import", "people"])
        .arg(&again)
        .assert()
        .success()
        .stdout(predicate::str::contains("0 nye, 2 fandtes allerede"));
    assert_eq!(count(&dir, "SELECT count(*) FROM persons"), 8 + 1 + 2);
}

#[test]
fn a_known_person_with_another_phone_is_reported_and_updated_only_with_update() {
    let dir = setup();
    let file = write(
        &dir,
        "ny_telefon.csv",
        "Navn;Type;Fødselsdato;Telefon;Skole\n\
         Storesøster Hansen;ambassadør;1.5.2003;87654321;Østre Skole\n",
    );
    let phone = |dir: &TempDir| -> String {
        sql(dir)
            .query_row(
                "SELECT phone || '/' || kind || '/' || coalesce(home_institution_id, '') \
                 FROM persons WHERE name = 'Storesøster Hansen'",
                [],
                |r| r.get(0),
            )
            .expect("phone")
    };
    let before = phone(&dir);
    assert_eq!(before, "12345678/role_model/");
    let out = korps(&dir)
        .args(["import", "people"])
        .arg(&file)
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.contains(
            "linje 2: Storesøster Hansen — fandtes allerede; i filen: type rollemodel → \
             ambassadør, telefon 12345678 → 87 65 43 21, skole/sted (tom) → Østre Skole"
        ),
        "{text}"
    );
    assert!(text.contains("--update"), "{text}");
    assert_eq!(phone(&dir), before, "nothing saved without --update");

    let out = korps(&dir)
        .args(["import", "people", "--update", "--dry-run"])
        .arg(&file)
        .output()
        .expect("runs");
    let text = stdout(&out);
    assert!(
        text.contains("opdateres: type rollemodel → ambassadør"),
        "{text}"
    );
    assert!(
        text.contains("--update ville opdatere 1 kendt person."),
        "{text}"
    );
    assert_eq!(phone(&dir), before, "a dry run saves nothing");

    korps(&dir)
        .args(["import", "people", "--update"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Opdateret: 1 kendt person."));
    let oestre: i64 = count(
        &dir,
        "SELECT id FROM institutions WHERE name = 'Østre Skole'",
    );
    assert_eq!(phone(&dir), format!("87 65 43 21/ambassador/{oestre}"));
    assert_eq!(
        count(
            &dir,
            "SELECT count(*) FROM audit_log WHERE action = 'person.update' \
             AND before_json LIKE '%12345678%' AND after_json LIKE '%87 65 43 21%'"
        ),
        1
    );
    // Nothing differs any more.
    korps(&dir)
        .args(["import", "people", "--update"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Intet nyt at skrive."))
        .stdout(predicate::str::contains("i filen").not());
}

#[test]
fn a_sheet_without_a_type_column_is_refused_once_or_imported_with_kind() {
    let dir = setup();
    let file = write(
        &dir,
        "festival.csv",
        "Navn;E-mail;Telefon;Skole\n\
         Ida Festival;ida@example.dk;11223344;Østre Skole\n\
         Jens Festival;jens@example.dk;;\n\
         Kim Festival;;;\n",
    );
    let persons = |dir: &TempDir| count(dir, "SELECT count(*) FROM persons");
    let before = persons(&dir);
    let out = korps(&dir)
        .args(["import", "people"])
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("ingen kolonne Type").count(), 1, "{err}");
    assert!(err.contains("ambassadør eller rollemodel"), "{err}");
    assert!(err.contains("--kind"), "{err}");
    assert!(!stdout(&out).contains("Skal udfyldes"));
    assert_eq!(persons(&dir), before);

    korps(&dir)
        .args(["import", "people", "--kind", "rollemodel"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("3 nye"));
    assert_eq!(
        count(
            &dir,
            "SELECT count(*) FROM persons WHERE name LIKE '% Festival' AND kind = 'role_model'"
        ),
        3
    );

    // A type column with some cells empty: one note naming the lines and the values.
    let mixed = write(
        &dir,
        "blandet.csv",
        "Navn;Type\nLis Blandet;ambassadør\nOle Blandet;\nPer Blandet;\n",
    );
    let out = korps(&dir)
        .args(["import", "people"])
        .arg(&mixed)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert_eq!(
        text.matches("ambassadør eller rollemodel").count(),
        1,
        "{text}"
    );
    assert!(text.contains("Rækker uden type (linje 3, 4)"), "{text}");
    korps(&dir)
        .args(["import", "people", "--kind", "ambassador"])
        .arg(&mixed)
        .assert()
        .success();
    assert_eq!(
        count(
            &dir,
            "SELECT count(*) FROM persons WHERE name LIKE '% Blandet' AND kind = 'ambassador'"
        ),
        3
    );
    korps(&dir)
        .args(["import", "people", "--kind", "pædagog"])
        .arg(&mixed)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--kind pædagog"));
}

#[test]
fn four_processes_importing_one_file_at_once_leave_each_person_once() {
    let dir = setup();
    let mut text = String::from("Navn;Type;Fødselsdato;E-mail;Udpeget fra\n");
    for i in 0..1000 {
        let term = if i % 2 == 0 { "1.8.2026" } else { "" };
        let (day, month) = (i % 28 + 1, i % 12 + 1);
        writeln!(
            text,
            "Samtidig Person {i};ambassadør;{day}.{month}.2004;p{i}@example.dk;{term}"
        )
        .expect("text");
    }
    let file = write(&dir, "tusind.csv", &text);
    let bin = assert_cmd::cargo::cargo_bin!("korps");
    let children: Vec<_> = (0..4)
        .map(|_| {
            let home = dir.path();
            Process::new(bin)
                .args(["import", "people"])
                .arg(&file)
                .env("HOME", home)
                .env("XDG_CONFIG_HOME", home.join("config"))
                .env("XDG_DATA_HOME", home.join("data"))
                .env("KORPS_CONFIG", home.join("config.toml"))
                .env("KORPS_DB", home.join("korps.db"))
                .env("KORPS_TODAY", "2026-11-27")
                .env_remove("LANG")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let outputs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait"))
        .collect();
    for out in &outputs {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let wrote: Vec<&std::process::Output> = outputs
        .iter()
        .filter(|o| stdout(o).contains("Skrevet: 1000 personer og 500 udpegninger."))
        .collect();
    assert_eq!(wrote.len(), 1, "exactly one run writes");
    let found = outputs
        .iter()
        .filter(|o| stdout(o).contains("0 nye, 1000 fandtes allerede"))
        .count();
    assert_eq!(found, 3, "the others find everyone there");
    assert_eq!(
        count(
            &dir,
            "SELECT count(*) FROM persons WHERE name LIKE 'Samtidig Person %'"
        ),
        1000
    );
    assert_eq!(
        count(
            &dir,
            "SELECT count(DISTINCT name) FROM persons WHERE name LIKE 'Samtidig Person %'"
        ),
        1000
    );
    assert_eq!(
        count(
            &dir,
            "SELECT count(*) FROM appointments a JOIN persons p ON p.id = a.person_id \
             WHERE p.name LIKE 'Samtidig Person %'"
        ),
        500
    );
    let db = Database::open(&dir.path().join("korps.db"), "test").expect("open");
    assert!(db.check().expect("check").is_ok());
}

#[test]
fn the_help_of_import_people_lists_every_column_in_the_ui_language() {
    let dir = setup();
    korps(&dir)
        .args(["import", "people", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Kolonner (første række"))
        .stdout(predicate::str::contains(
            "Type             type, kind, rolle, role — ambassadør eller rollemodel",
        ))
        .stdout(predicate::str::contains("Fødselsdato      fodselsdato"))
        .stdout(predicate::str::contains("Udpeget til      udpegettil"))
        .stdout(predicate::str::contains("--kind <TYPE>"));
    korps(&dir)
        .args(["--lang", "en", "import", "people", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Columns (first row"))
        .stdout(predicate::str::contains("Birth date       fodselsdato"));
}
