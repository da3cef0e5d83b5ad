//! The output rule every `korps export …` shares, end to end on a demo database: `-o FILE`
//! picks the format from the extension (the report to `r.html` is HTML, not a PDF), `--format`
//! that contradicts the file name is refused with exit 2 and nothing written, `--out` and
//! `--output` are the same option, and each command says what it wrote.

use std::path::Path;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;
use predicates::prelude::*;
use tempfile::TempDir;

fn korps(dir: &TempDir) -> Command {
    let home = dir.path();
    let mut cmd = cargo_bin_cmd!("korps");
    cmd.current_dir(home)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("KORPS_CONFIG", home.join("config.toml"))
        .env("KORPS_DB", home.join("korps.db"))
        .env("KORPS_TODAY", "2026-12-04")
        .env_remove("LANG");
    cmd
}

fn demo() -> TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    korps(&dir)
        .args(["demo", "--out"])
        .arg(dir.path().join("korps.db"))
        .assert()
        .success();
    dir
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("written")
}

fn is_html(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes)
        .trim_start()
        .to_lowercase()
        .starts_with("<!doctype html")
}

#[test]
fn the_extension_picks_the_format_of_every_export() {
    let dir = demo();
    // The report followed --format's default (pdf) into r.html before.
    korps(&dir)
        .args(["export", "report", "--year", "2026", "-o", "r.html"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Skrev r.html"));
    assert!(is_html(&read(&dir.path().join("r.html"))));
    korps(&dir)
        .args(["export", "report", "--year", "2026", "--output", "r.md"])
        .assert()
        .success();
    let md = read(&dir.path().join("r.md"));
    assert!(md.starts_with(b"# "), "{}", String::from_utf8_lossy(&md));
    korps(&dir)
        .args(["export", "report", "--year", "2026", "-o", "r.pdf"])
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"^Skrev r\.pdf, (1 side|\d+ sider) \(").expect("re"));
    assert!(read(&dir.path().join("r.pdf")).starts_with(b"%PDF-"));
    korps(&dir)
        .args(["export", "list", "--season", "2026/27", "-o", "l.html"])
        .assert()
        .success();
    let html = String::from_utf8(read(&dir.path().join("l.html"))).expect("utf-8");
    assert!(is_html(html.as_bytes()));
    // Readable at 1200 px (no narrow max-width), amounts never break, page numbers in print.
    assert!(!html.contains("max-width: 60rem"));
    assert!(html.contains(
        ".r { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }"
    ));
    assert!(
        html.contains("@bottom-center { content: \"Side \" counter(page) \" af \" counter(pages);")
    );
    assert!(html.contains("<h2>Hele listen</h2>"), "the grand total");
    korps(&dir)
        .args(["export", "list", "--season", "2026/27", "--out", "l.csv"])
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"^Skrev l\.csv, \d+ rækker \(").expect("re"));
    // A bare name with --format, and --format agreeing with the extension.
    korps(&dir)
        .args([
            "export", "report", "--year", "2026", "--format", "html", "-o", "rapport",
        ])
        .assert()
        .success();
    assert!(is_html(&read(&dir.path().join("rapport"))));
    korps(&dir)
        .args(["export", "list", "--format", "pdf", "-o", "l2.PDF"])
        .assert()
        .success()
        .stdout(predicate::str::contains("sider"));
}

#[test]
fn a_contradiction_or_an_unoffered_format_is_refused_and_nothing_is_written() {
    let dir = demo();
    korps(&dir)
        .args([
            "export", "report", "--year", "2026", "--format", "pdf", "-o", "r.html",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "korps: Filnavnet r.html siger html, men --format siger pdf",
        ));
    korps(&dir)
        .args([
            "--lang", "en", "export", "list", "--format", "csv", "-o", "l.txt",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "korps: The file name l.txt says txt but --format says csv",
        ));
    korps(&dir)
        .args(["export", "report", "--year", "2026", "-o", "r.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("brug pdf|html|md"));
    korps(&dir)
        .args(["export", "calendar", "-o", "k.pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("brug ics"));
    korps(&dir)
        .args(["export", "person", "1", "-o", "p.csv"])
        .assert()
        .code(2);
    korps(&dir)
        .args(["export", "list", "-o", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Angiv --format pdf|html|csv|txt"));
    for name in ["r.html", "l.txt", "r.csv", "k.pdf", "p.csv"] {
        assert!(!dir.path().join(name).exists(), "{name} was written");
    }
}

#[test]
fn every_export_says_what_it_wrote() {
    let dir = demo();
    korps(&dir)
        .args(["export", "calendar", "--out", "k.ics"])
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"^Skrev k\.ics \(\d+ arrangementer\)\n$").expect("re"));
    korps(&dir)
        .args(["export", "person", "1", "--output", "p.json"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Skrev p.json (alt om "));
    // To standard output, the line goes to standard error.
    korps(&dir)
        .args(["export", "list", "--public", "--format", "txt", "-o", "-"])
        .assert()
        .success()
        .stderr(predicate::str::starts_with("Skrev standard-output"));
}
