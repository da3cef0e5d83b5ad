//! CSV, HTML and plain text of whole documents, with hostile text: the payout CSV against a
//! golden file, formula neutralisation, HTML escaping and self-containment, aligned text.

mod export_support;

use korps::export::{Column, Document, Orientation, Table, csv, html, text, write_private};
use korps::i18n::Lang;
use unicode_width::UnicodeWidthStr;

const PAYOUT_GOLDEN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/export/payout.csv"
);

const HOSTILE: &[&str] = &[
    "=HYPERLINK(\"http://evil\";\"klik\")",
    "+45 12 34 56 78",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1",
    "\r=1",
    "<script>alert('x')</script>",
    "Tom \"Tommy\" O'Brien & Co",
    "\u{1b}[31mRød\u{1b}[0m\u{7}",
    "\u{202E}gnp.exe",
    "zero\u{200B}width",
    "😀 漢字カタカナ",
    "semi;colon",
    "two\r\nlines",
];

/// A payout batch as the money issue will build it: person, payroll number, amount, events,
/// period; one negative correction.
fn payout() -> Table {
    let mut t = Table::new(vec![
        Column::left("Navn", 3.0),
        Column::left("Lønnummer", 1.5),
        Column::right("Beløb", 1.5).numeric(),
        Column::right("Antal arrangementer", 1.0).numeric(),
        Column::left("Periode", 2.0),
    ]);
    t.push_row([
        "Søren Ærøskøbing",
        "10042",
        "1.500,00",
        "3",
        "1.11.2026–30.11.2026",
    ]);
    t.push_row([
        "Åse Østergård",
        "=cmd|' /C calc'!A0",
        "-250,00",
        "1",
        "1.11.2026–30.11.2026",
    ]);
    t.push_row([
        "Bjørn \"Bear\" Nielsen; jr.",
        "",
        "-1.234,50",
        "-1",
        "1.11.2026–30.11.2026",
    ]);
    t.totals = Some(vec![
        "I alt".into(),
        String::new(),
        "15,50".into(),
        "3".into(),
        String::new(),
    ]);
    t
}

fn hostile_doc() -> Document {
    let mut t = Table::new(vec![
        Column::left("Navn", 2.0),
        Column::left("Noter", 3.0),
        Column::right("Beløb", 1.0).numeric(),
    ]);
    for h in HOSTILE {
        t.push_row([*h, *h, *h]);
    }
    t.push_row(["x".repeat(10_000), "y".repeat(10_000), "-1,00".to_string()]);
    let mut d = Document::new("Liste <b>&</b>", Lang::Da).with_subtitle("Korps \"A\" & 'B'");
    d.push_section(Some("<h1>Sektion</h1>".into()), t);
    d
}

#[test]
fn the_payout_csv_matches_the_golden_file() {
    let bytes = csv::render_table(&payout());
    if std::env::var_os("KORPS_BLESS").is_some() {
        std::fs::write(PAYOUT_GOLDEN, &bytes).expect("bless");
    }
    let golden = std::fs::read(PAYOUT_GOLDEN).expect("golden file");
    assert_eq!(
        String::from_utf8_lossy(&bytes),
        String::from_utf8_lossy(&golden)
    );
}

#[test]
fn csv_has_bom_semicolons_crlf_and_neutralised_formulas() {
    let bytes = csv::render_table(&payout());
    let s = String::from_utf8(bytes).expect("utf-8");
    assert!(s.starts_with("\u{FEFF}Navn;Lønnummer;Beløb;Antal arrangementer;Periode\r\n"));
    assert!(s.contains("Åse Østergård;'=cmd|' /C calc'!A0;-250,00;1;"));
    assert!(s.contains("\"Bjørn \"\"Bear\"\" Nielsen; jr.\";;-1.234,50;-1;"));
    assert!(s.ends_with("I alt;;15,50;3;\r\n"));
    assert_eq!(s.matches("\r\n").count(), s.matches('\n').count());
}

#[test]
fn hostile_csv_cells_cannot_start_a_formula() {
    let s = String::from_utf8(csv::render_document(&hostile_doc(), "Gruppe")).expect("utf-8");
    for record in s.trim_start_matches('\u{FEFF}').split("\r\n").skip(1) {
        for field in record.split(';') {
            let field = field.trim_start_matches('"');
            assert!(
                !field.starts_with(['=', '+', '@', '\t', '\r']),
                "{field:?} in {record:?}"
            );
        }
    }
    assert!(s.contains("'=HYPERLINK"));
    assert!(s.contains("'-2+3;'-2+3;'-2+3"));
    assert!(s.contains("\"two\r\nlines\""));
    assert!(!s.contains('\u{1b}') && !s.contains('\u{202E}') && !s.contains('\u{7}'));
}

#[test]
fn csv_of_a_sectioned_document_adds_the_group_column() {
    let doc = export_support::yearly_list(2, 3);
    let s = String::from_utf8(csv::render_document(&doc, "Gruppe")).expect("utf-8");
    let lines: Vec<&str> = s.split("\r\n").collect();
    assert!(lines[0].starts_with("\u{FEFF}Gruppe;Navn;"));
    assert!(lines[1].starts_with("Rollemodeller;Søren Ærøskøbing;"));
    assert_eq!(
        s.matches("\r\nAmbassadører;").count(),
        4,
        "3 rows and the totals"
    );
}

#[test]
fn html_escapes_everything_and_is_self_contained() {
    let page = html::render(&hostile_doc(), Orientation::Portrait);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"da\">"));
    assert!(!page.contains("<script"));
    assert!(!page.contains("<b>") && !page.contains("<h1>Sektion"));
    assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(page.contains("Tom &quot;Tommy&quot; O&#39;Brien &amp; Co"));
    assert!(page.contains("<title>Liste &lt;b&gt;&amp;&lt;/b&gt;</title>"));
    assert!(!page.chars().any(|c| c != '\n' && c.is_control()));
    assert!(!page.contains("http-equiv") && !page.contains("src=") && !page.contains("<link"));
    for rule in [
        "@page { size: A4 portrait",
        "thead { display: table-header-group; }",
        "break-inside: avoid",
    ] {
        assert!(page.contains(rule), "{rule}");
    }
}

#[test]
fn text_stays_aligned_and_free_of_control_characters() {
    let out = text::render(&hostile_doc(), 100);
    assert!(out.lines().all(|l| l.width() <= 100));
    assert!(!out.chars().any(|c| c != '\n' && c.is_control()), "{out:?}");
    let rows: Vec<&str> = out
        .lines()
        .filter(|l| l.trim_end().ends_with("-1,00"))
        .collect();
    assert!(!rows.is_empty());
    // Right-aligned amounts end in the same column on every row that has one.
    let widths: Vec<usize> = out
        .lines()
        .skip_while(|l| !l.starts_with("Navn"))
        .skip(2)
        .map(UnicodeWidthStr::width)
        .collect();
    assert!(widths.windows(2).all(|w| w[0] == w[1]), "{out}");
}

#[test]
fn every_format_can_be_written_privately() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = export_support::yearly_list(3, 3);
    for (name, bytes) in [
        ("liste.csv", csv::render_document(&doc, "Gruppe")),
        (
            "liste.html",
            html::render(&doc, Orientation::Portrait).into_bytes(),
        ),
        ("liste.txt", text::render(&doc, 100).into_bytes()),
    ] {
        let path = dir.path().join(name);
        write_private(&path, &bytes).expect("write");
        assert_eq!(std::fs::read(&path).expect("read"), bytes);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o077, 0, "{name} is readable by others");
        }
    }
}
