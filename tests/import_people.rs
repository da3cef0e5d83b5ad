//! `korps import people` with the committed fixtures (`tests/fixtures/import/`, made by
//! `make_fixtures.py`): good and bad CSV and XLSX files, Danish and English headers, UTF-8 with
//! BOM and Windows-1252; rejected rows with line numbers and reasons and nothing written;
//! `--dry-run` leaving the file byte-for-byte unchanged; re-importing finding everyone there.

mod cli_support;
mod common;

use std::path::{Path, PathBuf};

use cli_support::korps;
use korps::storage::persons::PersonFilter;
use korps::storage::{ArchivedFilter, Database};
use predicates::prelude::*;
use tempfile::TempDir;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// A temporary home with a database holding the common places and persons.
fn setup() -> TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut db = Database::open(&dir.path().join("korps.db"), "test").expect("open");
    common::seed(&mut db);
    dir
}

fn db(dir: &TempDir) -> Database {
    Database::open(&dir.path().join("korps.db"), "test").expect("open")
}

fn persons(dir: &TempDir) -> usize {
    db(dir)
        .count_persons(&PersonFilter {
            archived: ArchivedFilter::All,
            ..PersonFilter::default()
        })
        .expect("count")
}

fn appointments(dir: &TempDir) -> usize {
    let season = korps::domain::season::Season::new(2026, 8);
    db(dir)
        .yearly_list(
            season,
            korps::export::yearly_list::ListVariant::Internal,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
        )
        .expect("list")
        .len()
}

fn import(dir: &TempDir, file: &str) -> assert_cmd::assert::Assert {
    korps(dir)
        .args(["import", "people"])
        .arg(fixture(file))
        .assert()
}

#[test]
fn a_good_danish_csv_imports_everyone_and_a_second_run_finds_them_there() {
    let dir = setup();
    let before = persons(&dir);
    import(&dir, "good.csv")
        .success()
        .stdout(predicate::str::contains(
            "linje 2: Søren Ærøskøbing — ny, udpeget 1.8.2026–31.7.2027",
        ))
        .stdout(predicate::str::contains("linje 5: Lærke Holm — ny\n"))
        .stdout(predicate::str::contains("4 nye, 0 fandtes allerede"))
        .stdout(predicate::str::contains(
            "Skrevet: 4 personer og 2 udpegninger.",
        ));
    assert_eq!(persons(&dir), before + 4);
    assert_eq!(appointments(&dir), 2);
    let db = db(&dir);
    let found = db
        .list_persons(
            &PersonFilter {
                search: "Mads Bæk".into(),
                ..PersonFilter::default()
            },
            0,
            5,
        )
        .expect("list");
    let mads = db.person(found[0].id).expect("person");
    assert_eq!(mads.data.notes, "noter; med semikolon");
    assert!(mads.data.guardian_consent_date.is_some());
    assert_eq!(found[0].institution.as_deref(), Some("Østre Skole"));
    drop(db);

    import(&dir, "good.csv")
        .success()
        .stdout(predicate::str::contains(
            "linje 2: Søren Ærøskøbing — fandtes allerede",
        ))
        .stdout(predicate::str::contains("0 nye, 4 fandtes allerede"))
        .stdout(predicate::str::contains("Intet nyt at skrive."));
    assert_eq!(persons(&dir), before + 4);
    assert_eq!(appointments(&dir), 2);
    // The same people from the workbook are there too (dates as date cells, phone as number).
    import(&dir, "good.xlsx")
        .success()
        .stdout(predicate::str::contains("0 nye, 4 fandtes allerede"));
    assert_eq!(persons(&dir), before + 4);
}

#[test]
fn an_english_windows_1252_csv_with_commas_imports() {
    let dir = setup();
    let before = persons(&dir);
    korps(&dir)
        .args(["--lang", "en", "import", "people"])
        .arg(fixture("good_en.csv"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "line 2: Bjørn Kjær — new, appointed 1.8.2026–31.7.2027",
        ))
        .stdout(predicate::str::contains("line 3: Ærtø Ahmadi — new"))
        .stdout(predicate::str::contains(
            "Written: 2 persons and 1 appointment.",
        ));
    assert_eq!(persons(&dir), before + 2);
}

#[test]
fn a_good_xlsx_imports_with_date_cells_and_a_numeric_phone() {
    let dir = setup();
    let before = persons(&dir);
    import(&dir, "good.xlsx")
        .success()
        .stdout(predicate::str::contains(
            "linje 3: Åse Østergård — ny, udpeget 1.8.2026–31.7.2027",
        ))
        .stdout(predicate::str::contains("4 nye"));
    assert_eq!(persons(&dir), before + 4);
    let db = db(&dir);
    let found = db
        .list_persons(
            &PersonFilter {
                search: "Søren".into(),
                ..PersonFilter::default()
            },
            0,
            5,
        )
        .expect("list");
    assert_eq!(found[0].phone, "20 30 40 50");
    assert_eq!(
        found[0].birth_date,
        chrono::NaiveDate::from_ymd_opt(2005, 4, 3)
    );
}

#[test]
fn a_bad_csv_is_rejected_with_line_numbers_and_reasons_and_nothing_is_written() {
    let dir = setup();
    let before = persons(&dir);
    let bytes = std::fs::read(dir.path().join("korps.db")).expect("read");
    let out = import(&dir, "bad.csv")
        .code(1)
        .stderr(predicate::str::contains(
            "korps: 8 rækker afvist — intet importeret",
        ))
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf8");
    for expected in [
        "linje 2: Ok Person — ny",
        "linje 3: Bad Telefon — afvist: Telefon:",
        "linje 4: Ukendt Skole — afvist: Skole/sted: Hogwarts findes ikke under Steder",
        "linje 5: Forkert Dato — afvist: Fødselsdato: Datoen findes ikke (februar har kun 28 dage i 2001)",
        "linje 6: Ingen Type — afvist: Type:",
        "linje 7: Ung Uden Samtykke — afvist: Forældresamtykke:",
        "linje 8: Ok Person — afvist: samme person som linje 2",
        "linje 9: Mærkelig Type — afvist: Type: pædagog er hverken ambassadør eller rollemodel",
        "linje 10: Kun Slut — afvist: Udpeget til kræver Udpeget fra",
        "Intet er skrevet, fordi 8 rækker blev afvist.",
    ] {
        assert!(out.contains(expected), "{expected:?} missing in:\n{out}");
    }
    assert_eq!(persons(&dir), before);
    assert_eq!(
        std::fs::read(dir.path().join("korps.db")).expect("read"),
        bytes
    );
}

#[test]
fn a_bad_xlsx_is_rejected_with_sheet_row_numbers() {
    let dir = setup();
    let before = persons(&dir);
    import(&dir, "bad.xlsx")
        .code(1)
        .stdout(predicate::str::contains("linje 3: Ukendt Skole — afvist"))
        .stdout(predicate::str::contains(
            "linje 4: Bad Telefon — afvist: Telefon:",
        ))
        .stdout(predicate::str::contains(
            "1 ny, 0 fandtes allerede, 0 nye udpegninger af kendte, 2 afvist.",
        ));
    assert_eq!(persons(&dir), before);
}

#[test]
fn a_dry_run_reports_but_leaves_the_file_byte_for_byte() {
    let dir = setup();
    let path = dir.path().join("korps.db");
    let before = std::fs::read(&path).expect("read");
    korps(&dir)
        .args(["import", "people", "--dry-run"])
        .arg(fixture("good.csv"))
        .assert()
        .success()
        .stdout(predicate::str::contains("4 nye"))
        .stdout(predicate::str::contains("Prøvekørsel: intet er skrevet."));
    assert_eq!(std::fs::read(&path).expect("read"), before);
    let count = persons(&dir);
    assert_eq!(count, 8);
}

#[test]
fn unreadable_files_get_clear_messages() {
    let dir = setup();
    let odd = dir.path().join("liste.docx");
    std::fs::write(&odd, b"x").expect("write");
    korps(&dir)
        .args(["import", "people"])
        .arg(&odd)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("kun .csv og .xlsx kan importeres"));
    let no_name = dir.path().join("x.csv");
    std::fs::write(&no_name, "telefon;skole\n12345678;x\n").expect("write");
    korps(&dir)
        .args(["import", "people"])
        .arg(&no_name)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("ingen kolonne navn/name"));
}
