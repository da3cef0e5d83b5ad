//! `korps export report` end to end on the demo database in December 2026 (the case of issue 13):
//! committed money shown and equal to a plain-SQL oracle in PDF, HTML, Markdown and Excel; the
//! headline flag and the flags beneath it whole; a year outside the project period refused; a
//! corps with 240 schools without a visit keeps the key figures on page 1 and lists the schools
//! in an appendix; the workbook's cells typed and its chart present.

mod common;

use std::io::Cursor;
use std::path::Path;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;
use calamine::{Data, Reader};
use common::budget_oracle::danish;
use korps::domain::institution::{InstitutionData, InstitutionKind};
use korps::storage::Database;
use tempfile::TempDir;

const TODAY: &str = "2026-12-04";

fn korps(dir: &Path) -> Command {
    let mut cmd = cargo_bin_cmd!("korps");
    cmd.env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("KORPS_CONFIG", dir.join("config.toml"))
        .env("KORPS_DB", dir.join("korps.db"))
        .env("KORPS_TODAY", TODAY)
        .env_remove("LANG");
    cmd
}

/// The demo database of 4 December 2026.
fn demo() -> TempDir {
    let dir = TempDir::new().expect("temp dir");
    korps(dir.path())
        .args(["demo", "--out"])
        .arg(dir.path().join("korps.db"))
        .assert()
        .success();
    dir
}

/// The oracle: 2026's committed money (DESIGN §4: paid + approved + awaiting honoraria, plus
/// expenses) and budget, in plain SQL.
fn oracle(dir: &Path) -> (i64, i64) {
    let conn = rusqlite::Connection::open(dir.join("korps.db")).expect("sqlite");
    let committed: i64 = conn
        .query_row(
            "SELECT (SELECT coalesce(sum(amount_ore), 0) FROM honoraria \
               WHERE status IN ('awaiting', 'approved', 'paid') \
               AND earned_on >= '2026-01-01' AND earned_on < '2027-01-01') \
             + (SELECT coalesce(sum(amount_ore), 0) FROM expenses \
               WHERE spent_on >= '2026-01-01' AND spent_on < '2027-01-01')",
            [],
            |r| r.get(0),
        )
        .expect("committed");
    let budget: i64 = conn
        .query_row(
            "SELECT coalesce((SELECT amount_ore FROM budgets WHERE year = 2026), 5000000)",
            [],
            |r| r.get(0),
        )
        .expect("budget");
    (committed, budget)
}

fn export(dir: &Path, args: &[&str], file: &str) -> Vec<u8> {
    let path = dir.join(file);
    korps(dir)
        .args(["export", "report"])
        .args(args)
        .arg("-o")
        .arg(&path)
        .assert()
        .success();
    std::fs::read(&path).expect("written")
}

/// A text format of the report.
fn export_text(dir: &Path, args: &[&str], file: &str) -> String {
    String::from_utf8(export(dir, args, file)).expect("utf-8")
}

/// The text of each page of a PDF, with all white space removed (lines wrap anywhere).
fn pdf_pages(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("lopdf parses the report");
    doc.get_pages()
        .keys()
        .map(|n| {
            doc.extract_text(&[*n])
                .expect("text")
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect()
        })
        .collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn a_december_report_shows_committed_money_in_every_format() {
    let dir = demo();
    let (committed, _) = oracle(dir.path());
    assert!(committed > 0, "the demo has committed money in 2026");
    let want = danish(committed);

    let pages = pdf_pages(&export(dir.path(), &["--year", "2026"], "r.pdf"));
    assert!(
        pages[0].contains(&squeeze(&format!("Disponeret {want}"))),
        "page 1 shows Disponeret {want}: {}",
        pages[0]
    );
    assert!(pages[0].contains(&squeeze("Rapportperiode 1.1.2026–31.12.2026")));

    let html = export_text(
        dir.path(),
        &["--year", "2026", "--format", "html"],
        "r.html",
    );
    assert!(
        html.contains(&format!("<td>Disponeret</td><td class=\"r\">{want}</td>")),
        "{html}"
    );
    assert!(
        html.contains("<svg") && html.contains("<polyline"),
        "inline SVG chart"
    );

    let md = export_text(dir.path(), &["--year", "2026", "--format", "md"], "r.md");
    assert!(md.contains(&format!("| Disponeret | {want} |")), "{md}");
    // The same figures as `korps budget`, unstaffed money beside the forecast included.
    let out = korps(dir.path())
        .args(["budget", "--year", "2026", "--json"])
        .output()
        .expect("budget");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["committed_ore"], committed);
    for (label, key) in [
        ("Forbrugt", "spent_ore"),
        ("Planlagt", "planned_ore"),
        ("Prognose", "forecast_ore"),
        ("Rest", "remaining_ore"),
        ("Åbne behov", "unstaffed_ore"),
        ("Hvis fuldt bemandet", "if_fully_staffed_ore"),
    ] {
        let ore = v[key].as_i64().expect(key);
        assert!(
            md.contains(&format!("| {label} | {} |", danish(ore))),
            "{label} {ore}: {md}"
        );
    }

    let xlsx = export(
        dir.path(),
        &["--year", "2026", "--format", "xlsx"],
        "r.xlsx",
    );
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(xlsx.clone())).expect("xlsx");
    let figures = book.worksheet_range("Nøgletal").expect("figures sheet");
    let row = figures
        .rows()
        .find(|r| r.first() == Some(&Data::String("Disponeret".into())))
        .expect("a Disponeret row");
    #[allow(clippy::cast_precision_loss)]
    let kroner = committed as f64 / 100.0;
    assert_eq!(row.get(1), Some(&Data::Float(kroner)), "a number, not text");
    let months = book.worksheet_range("Måneder").expect("months sheet");
    let first = months.rows().nth(1).expect("January");
    assert!(
        matches!(first.first(), Some(Data::DateTime(_))),
        "the month is a date: {first:?}"
    );
    assert!(matches!(first.get(1), Some(Data::Float(_))));
    let chart = b"xl/charts/chart1.xml";
    assert!(
        xlsx.windows(chart.len()).any(|w| w == chart),
        "the workbook holds a native chart"
    );
}

#[test]
fn the_headline_flag_and_the_others_beneath_are_whole_and_in_order() {
    let dir = demo();
    {
        let mut db = Database::open(&dir.path().join("korps.db"), "tester").expect("open");
        let version = db.budget_year(2026).expect("year").version;
        db.set_budget_year(2026, version, 1_000_000, 80)
            .expect("a small budget");
    }
    let (committed, budget) = oracle(dir.path());
    assert!(committed > budget);
    let headline = format!(
        "! Over budget: Disponeret {} af et budget på {}",
        danish(committed),
        danish(budget)
    );
    let beneath = "Også Prognose over budget: Prognosen ";
    let pages = pdf_pages(&export(dir.path(), &["--year", "2026"], "r.pdf"));
    let (h, b) = (squeeze(&headline), squeeze(beneath));
    let at_h = pages[0]
        .find(&h)
        .unwrap_or_else(|| panic!("{h} in {}", pages[0]));
    let at_b = pages[0].find(&b).expect("the next flag beneath");
    assert!(at_h < at_b, "the headline comes first");
    assert!(pages[0].contains(&squeeze("Også Tæt på budgettet: Prognosen")));

    let html = export_text(
        dir.path(),
        &["--year", "2026", "--format", "html"],
        "r.html",
    );
    assert!(
        html.contains(&format!("<p class=\"flag b\">{headline}</p>")),
        "{html}"
    );
    assert_eq!(
        html.matches("<p class=\"flag b\">").count(),
        1,
        "one headline"
    );
    assert!(html.contains("<p class=\"flag i\">Også Prognose over budget: Prognosen "));
}

#[test]
fn a_year_outside_the_project_period_without_a_budget_is_refused() {
    let dir = demo();
    for (lang, text) in [
        ("da", "2030 ligger uden for projektperioden"),
        ("en", "2030 lies outside the project period"),
    ] {
        let out = korps(dir.path())
            .args(["--lang", lang, "export", "report", "--year", "2030", "-o"])
            .arg(dir.path().join("x.pdf"))
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(text), "{err}");
        assert!(!dir.path().join("x.pdf").exists());
    }
    // A year with a budget of its own is reported, inside the period or not.
    {
        let mut db = Database::open(&dir.path().join("korps.db"), "tester").expect("open");
        db.set_budget_year(2030, 0, 2_000_000, 80).expect("budget");
    }
    export(dir.path(), &["--year", "2030", "--format", "md"], "r.md");
}

#[test]
fn with_240_schools_not_visited_the_key_figures_stay_on_page_1() {
    let dir = demo();
    {
        let mut db = Database::open(&dir.path().join("korps.db"), "tester").expect("open");
        for n in 0..240 {
            db.insert_institution(&InstitutionData {
                name: format!("Nyskolen {n:03}"),
                kind: InstitutionKind::PrimarySchool,
                address: String::new(),
                contact_person: String::new(),
                phone: String::new(),
                email: String::new(),
                notes: String::new(),
                active: true,
            })
            .expect("school");
        }
    }
    let (committed, _) = oracle(dir.path());
    // Schools with an event other than a cancelled one in the season 2026/27, by plain SQL.
    let visited: i64 = rusqlite::Connection::open(dir.path().join("korps.db"))
        .expect("sqlite")
        .query_row(
            "SELECT count(*) FROM institutions i WHERE i.kind = 'primary_school' \
             AND i.active = 1 AND EXISTS (SELECT 1 FROM events e WHERE e.institution_id = i.id \
             AND e.status <> 'cancelled' AND e.date BETWEEN '2026-08-01' AND '2027-07-31')",
            [],
            |r| r.get(0),
        )
        .expect("visited");
    let pages = pdf_pages(&export(dir.path(), &["--year", "2026"], "r.pdf"));
    assert!(pages.len() >= 3, "an appendix follows");
    assert!(pages[0].contains(&squeeze(&format!("Disponeret {}", danish(committed)))));
    assert!(pages[0].contains(&squeeze("Forbrug og arrangementer pr. måned")));
    assert!(!pages[0].contains("Nyskolen"), "no school names on page 1");
    let appendix = squeeze("Bilag: Folkeskoler uden besøg i sæsonen 2026/27");
    let first = pages
        .iter()
        .position(|p| p.contains(&appendix))
        .expect("an appendix");
    let listed: usize = pages[first..]
        .iter()
        .map(|p| p.matches("Nyskolen").count())
        .sum();
    assert_eq!(listed, 240, "every school without a visit is listed");
    assert!(
        pages
            .iter()
            .any(|p| p.contains(&squeeze(&format!("{visited} af 252 aktive folkeskoler")))),
        "the count of schools uses the full number"
    );
}
