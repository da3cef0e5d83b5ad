//! The yearly ambassador list end to end: storage → document → PDF/HTML/CSV/text, read back
//! (PDF with lopdf: page count, the header on every page, names with æøå), and
//! `korps export list` on the command line.
//!
//! Set `KORPS_PDF_DIR=/some/dir` to keep the PDFs for looking at them
//! (`pdftoppm -png -r 60 FILE.pdf /tmp/page`).

mod cli_support;
mod common;

use chrono::NaiveDate;
use cli_support::korps;
use korps::domain::person::PersonKind;
use korps::domain::season::Season;
use korps::export::yearly_list::{self, ListFormat, ListHeader, ListVariant};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::import::ImportRow;
use predicates::prelude::*;

const FIRST: &[&str] = &[
    "Søren",
    "Åse",
    "Mads",
    "Frederikke",
    "Jørgen",
    "Maja",
    "Ærtø",
    "Bjørn",
    "Lærke",
    "Oliver",
];
const LAST: &[&str] = &[
    "Ærøskøbing",
    "Jensen",
    "Østergård",
    "Bækgaard",
    "Dalsgaard-Møller",
    "Kjær",
    "Ahmadi",
];

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

/// A database with `n` appointed persons (every third a role model) at two schools.
fn corps(n: usize) -> Database {
    let mut db = Database::open_in_memory("test").expect("open");
    common::seed(&mut db);
    let rows: Vec<ImportRow> = (0..n)
        .map(|i| {
            let name = format!(
                "{} {} {i}",
                FIRST[i % FIRST.len()],
                LAST[(i / FIRST.len()) % LAST.len()]
            );
            let kind = if i % 3 == 0 {
                PersonKind::RoleModel
            } else {
                PersonKind::Ambassador
            };
            let mut data =
                common::person(&name, kind, Some(d(2000, 1, 1)), Some(1 + (i % 2) as i64));
            data.email = format!(
                "{}.{}@skole-eksempel.dk",
                FIRST[i % FIRST.len()].to_lowercase(),
                i
            );
            data.education = "STX 2.g".into();
            ImportRow {
                data,
                existing: None,
                update: None,
                term: Some((d(2026, 8, 1), d(2027, 7, 31))),
            }
        })
        .collect();
    db.import_people(&rows, &mut |_, _| {}).expect("import");
    db
}

fn header() -> ListHeader {
    ListHeader {
        corps_name: "Rollemodelkorpset Aalborg".into(),
        season: Season::new(2026, 8),
        printed: d(2026, 11, 27),
        lang: Lang::Da,
    }
}

fn render(db: &Database, variant: ListVariant, format: ListFormat) -> Vec<u8> {
    let entries = db
        .yearly_list(Season::new(2026, 8), variant, d(2026, 11, 27))
        .expect("list");
    yearly_list::export(&entries, variant, format, &header())
        .expect("render")
        .0
}

fn keep(name: &str, bytes: &[u8]) {
    if let Ok(dir) = std::env::var("KORPS_PDF_DIR") {
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).expect("keep");
    }
}

fn pages_text(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("lopdf parses the PDF");
    doc.get_pages()
        .keys()
        .map(|n| doc.extract_text(&[*n]).expect("text").replace('\n', ""))
        .collect()
}

fn assert_framed(texts: &[String]) {
    let total = texts.len();
    for (i, t) in texts.iter().enumerate() {
        for part in [
            "Ambassadørliste",
            "Rollemodelkorpset Aalborg",
            "Sæson 2026/27",
            "Udskrevet 27.11.2026",
            &format!("Side {} af {total}", i + 1),
        ] {
            assert!(t.contains(part), "page {}: {part:?} missing", i + 1);
        }
    }
}

#[test]
fn a_small_corps_is_one_page_with_danish_names() {
    let db = corps(0);
    // The seeded persons have no appointments: appoint them through an import row each.
    let mut db = db;
    let rows: Vec<ImportRow> = (1..=7)
        .map(|id| ImportRow {
            data: db.person(id).expect("person").data,
            existing: Some(id),
            update: None,
            term: Some((d(2026, 8, 1), d(2027, 7, 31))),
        })
        .collect();
    db.import_people(&rows, &mut |_, _| {}).expect("appoint");
    for variant in [ListVariant::Internal, ListVariant::Public] {
        let bytes = render(&db, variant, ListFormat::Pdf);
        keep(&format!("list-short-{variant:?}.pdf"), &bytes);
        let texts = pages_text(&bytes);
        assert_eq!(texts.len(), 1);
        assert_framed(&texts);
        // Ørn is 16 without a guardian's consent: internal only (DESIGN.md §7).
        assert_eq!(
            texts[0].contains("Ørn Østergaard"),
            variant == ListVariant::Internal
        );
        for name in [
            "Zenia Holm",
            "Åse Lund",
            "Ærenpris Møller",
            "Rollemodeller",
            "Ambassadører",
        ] {
            assert!(texts[0].contains(name), "{name} missing");
        }
        assert_eq!(
            texts[0].contains("20 30 40 50"),
            variant == ListVariant::Internal
        );
    }
}

#[test]
fn a_large_corps_runs_to_about_forty_pages_with_the_header_on_each() {
    let db = corps(1000);
    let bytes = render(&db, ListVariant::Internal, ListFormat::Pdf);
    keep("list-long.pdf", &bytes);
    let texts = pages_text(&bytes);
    assert!((35..=45).contains(&texts.len()), "{} pages", texts.len());
    assert_framed(&texts);
    for (i, t) in texts.iter().enumerate() {
        assert!(
            t.contains("Navn") && t.contains("E-mail"),
            "page {}: no table header",
            i + 1
        );
    }
    let all: String = texts.concat().split_whitespace().collect();
    for i in [0, 1, 549, 999] {
        let email = format!(
            "{}.{i}@skole-eksempel.dk",
            FIRST[i % FIRST.len()].to_lowercase()
        );
        assert_eq!(all.matches(&email).count(), 1, "{email}");
    }
}

#[test]
fn csv_neutralises_formulas_and_html_escapes() {
    let mut db = Database::open_in_memory("test").expect("open");
    let mut data = common::person(
        "=HYPERLINK(\"http://x\";\"klik\")",
        PersonKind::Ambassador,
        None,
        None,
    );
    data.education = "+45 SUM(A1)".into();
    data.email = String::new();
    let mut other = common::person(
        "<script>alert('x')</script> & Co",
        PersonKind::RoleModel,
        None,
        None,
    );
    other.education = "@pwn".into();
    let rows = [data, other].map(|data| ImportRow {
        data,
        existing: None,
        update: None,
        term: Some((d(2026, 8, 1), d(2027, 7, 31))),
    });
    db.import_people(&rows, &mut |_, _| {}).expect("import");

    let csv = String::from_utf8(render(&db, ListVariant::Internal, ListFormat::Csv)).expect("utf8");
    assert!(csv.starts_with('\u{feff}'));
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\""),
        "{csv}"
    );
    assert!(csv.contains(";'+45 SUM(A1);"), "{csv}");
    assert!(csv.contains(";'@pwn;"), "{csv}");
    assert!(csv.contains("Rollemodeller;<script>"));

    let html = String::from_utf8(render(&db, ListVariant::Public, ListFormat::Html)).expect("utf8");
    assert!(!html.contains("<script>"));
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
            || html.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co"),
        "{html}"
    );
    assert!(html.contains("A4 portrait"));

    let text =
        String::from_utf8(render(&db, ListVariant::Internal, ListFormat::Txt)).expect("utf8");
    assert!(text.contains("Ambassadørliste"));
    assert!(text.contains("I alt 1"));
}

#[test]
fn the_command_writes_each_format_owner_readable_and_refuses_bad_arguments() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let mut db = Database::open(&dir.path().join("korps.db"), "t").expect("open");
        common::seed(&mut db);
        let rows = [ImportRow {
            data: db.person(2).expect("person").data,
            existing: Some(2),
            update: None,
            term: Some((d(2026, 8, 1), d(2027, 7, 31))),
        }];
        db.import_people(&rows, &mut |_, _| {}).expect("appoint");
    }
    for format in ["pdf", "html", "csv", "txt"] {
        let out = dir.path().join(format!("liste.{format}"));
        korps(&dir)
            .args(["export", "list", "--season", "2026/27", "-o"])
            .arg(&out)
            .assert()
            .success()
            .stdout(predicate::str::contains("(ambassadørlisten for 2026/27, "));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&out).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{format}");
        }
    }
    // The current season is the default; --public leaves the phone out; `-o -` is stdout.
    korps(&dir)
        .args(["export", "list", "--public", "--format", "txt", "-o", "-"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Aase Andersen"))
        .stdout(predicate::str::contains("Sæson 2026/27"))
        .stdout(predicate::str::contains("20 30 40 50").not());
    korps(&dir)
        .args(["export", "list", "--season", "2026/28", "-o", "x.pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "korps: Ukendt sæson 2026/28 — skriv den som 2026/27",
        ));
    korps(&dir)
        .args(["export", "list", "--format", "docx", "-o", "x.docx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("docx"));
    korps(&dir)
        .args(["export", "list", "-o", "liste"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Angiv --format"));
}
