//! `korps budget --year 2026 [--json]`: the exact JSON keys and values on a small dataset.

use chrono::NaiveDate;
use korps::storage::Database;
use korps::storage::expenses::ExpenseData;
use tempfile::TempDir;

mod cli_support;
use cli_support::{budget_json, korps};

fn setup() -> TempDir {
    let dir = TempDir::new().expect("temp dir");
    let mut db = Database::open(&dir.path().join("korps.db"), "tester").expect("open");
    db.set_budget_year(2026, 0, 1_000_000, 80).expect("budget");
    db.insert_expense(&ExpenseData {
        spent_on: NaiveDate::from_ymd_opt(2026, 3, 2).expect("date"),
        amount_ore: 850_000,
        category: "Festival".into(),
        text: "Stand".into(),
    })
    .expect("expense");
    dir
}

#[test]
fn json_has_exactly_the_keys_and_values() {
    let dir = setup();
    let v = budget_json(&dir, 2026);
    let obj = v.as_object().expect("object");
    let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "budget_ore",
            "committed_ore",
            "flags",
            "forecast_ore",
            "headline",
            "if_fully_staffed_ore",
            "planned_ore",
            "remaining_ore",
            "spent_ore",
            "threshold_percent",
            "unstaffed_ore",
            "year"
        ]
    );
    assert_eq!(v["year"], 2026);
    assert_eq!(v["budget_ore"], 1_000_000);
    assert_eq!(v["spent_ore"], 850_000);
    assert_eq!(v["committed_ore"], 850_000);
    assert_eq!(v["planned_ore"], 0);
    assert_eq!(v["forecast_ore"], 850_000);
    assert_eq!(v["remaining_ore"], 150_000);
    assert_eq!(v["threshold_percent"], 80);
    assert_eq!(v["unstaffed_ore"], 0);
    assert_eq!(v["if_fully_staffed_ore"], 850_000);
    assert_eq!(v["headline"], "warning");
    assert_eq!(v["flags"], serde_json::json!(["warning"]));
}

/// A visit needing 3 role models and 3 ambassadors (6 × 500 kr. open) on top of a forecast of
/// 8.500 kr. of 10.000 kr.: the forecast fits, full staffing would not.
#[test]
fn open_needs_show_as_unstaffed_and_one_headline_with_the_rest_beneath() {
    let dir = setup();
    rusqlite::Connection::open(dir.path().join("korps.db"))
        .expect("open")
        .execute_batch(
            "INSERT INTO events (kind, date, status, needs_role_models, needs_ambassadors) \
             VALUES ('school_visit', '2026-12-08', 'planned', 3, 3)",
        )
        .expect("event");
    let v = budget_json(&dir, 2026);
    assert_eq!(v["forecast_ore"], 850_000);
    assert_eq!(v["unstaffed_ore"], 300_000);
    assert_eq!(v["if_fully_staffed_ore"], 1_150_000);
    assert_eq!(v["headline"], "warning");
    assert_eq!(
        v["flags"],
        serde_json::json!(["warning", "staffing_would_exceed"])
    );
    let out = korps(&dir)
        .args(["budget", "--year", "2026"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    let headline = lines
        .iter()
        .position(|l| l.starts_with("! Tæt på budgettet"))
        .expect("the headline");
    assert!(
        lines[headline + 1].starts_with("  også Fuld bemanding over budget: "),
        "{text}"
    );
    assert_eq!(
        lines.iter().filter(|l| l.starts_with('!')).count(),
        1,
        "one headline: {text}"
    );
    assert!(text.contains("Åbne behov"), "{text}");
    assert!(text.contains("3.000,00 kr."), "{text}");
}

#[test]
fn text_names_the_flag_and_a_default_year() {
    let dir = setup();
    let out = korps(&dir)
        .args(["budget", "--year", "2026"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("8.500,00 kr."), "{text}");
    assert!(text.contains("Tæt på budgettet"), "{text}");
    let v = budget_json(&dir, 2027);
    assert_eq!(v["budget_ore"], 5_000_000);
    assert_eq!(v["flags"], serde_json::json!([]));
    korps(&dir)
        .args(["budget", "--year", "3000"])
        .assert()
        .code(2);
}

#[test]
fn the_status_report_pdf_parses_and_md_has_the_years_side_by_side() {
    let dir = setup();
    let pdf = dir.path().join("rapport.pdf");
    korps(&dir)
        .args([
            "export", "report", "--year", "2026", "--format", "pdf", "-o",
        ])
        .arg(&pdf)
        .assert()
        .success();
    let bytes = std::fs::read(&pdf).expect("pdf written");
    let doc = lopdf::Document::load_mem(&bytes).expect("lopdf parses the report");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text").replace('\n', "");
    assert!(text.contains("Statusrapport 2026"), "{text}");
    assert!(text.contains("Tæt på budgettet"), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&pdf).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let md = dir.path().join("rapport.md");
    korps(&dir)
        .args(["export", "report", "--period", "--format", "md", "-o"])
        .arg(&md)
        .assert()
        .success();
    let text = std::fs::read_to_string(&md).expect("md");
    assert!(
        text.contains("# Statusrapport projektperioden 2026–2028"),
        "{text}"
    );
    assert!(
        text.contains("| Disponeret | 8.500,00 kr. | 0,00 kr. | 0,00 kr. | 8.500,00 kr. |"),
        "{text}"
    );
    assert!(
        text.contains("| Status | ! Tæt på budgettet | ✓ Ingen flag | ✓ Ingen flag |"),
        "{text}"
    );
    korps(&dir)
        .args(["export", "report", "--format", "md", "-o", "-"])
        .assert()
        .code(2);
}

/// Two expenses of 92.233.720.368.547.757 kr. written past the limits with raw SQL (the
/// issue's numbers): `korps budget` and the status report still answer — the sums saturate
/// instead of failing with "integer overflow" — and `korps check` names the rows.
#[test]
fn amounts_past_the_limits_do_not_overflow_the_sums() {
    let dir = setup();
    rusqlite::Connection::open(dir.path().join("korps.db"))
        .expect("open")
        .execute_batch(
            "INSERT INTO expenses (id, spent_on, amount_ore, category) VALUES \
             (901, '2026-05-01', 9223372036854775700, 'Rå'), \
             (902, '2026-05-02', 9223372036854775700, 'Rå')",
        )
        .expect("raw expenses");
    let v = budget_json(&dir, 2026);
    assert_eq!(v["spent_ore"], i64::MAX);
    assert_eq!(v["headline"], "over_budget");
    let out = korps(&dir)
        .args(["budget", "--year", "2026"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let md = dir.path().join("rapport.md");
    let out = korps(&dir)
        .args(["export", "report", "--year", "2026", "--format", "md", "-o"])
        .arg(&md)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = korps(&dir).args(["check"]).output().expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
    assert!(text.contains("901") && text.contains("902"), "{text}");
}
