//! The PDF export read back with an independent parser (lopdf): page count, the page header,
//! the repeated table header and the `Side N af M` footer on every page, Danish letters in the
//! extracted text, hostile text without a panic.
//!
//! Set `KORPS_PDF_DIR=/some/dir` to keep the generated files for looking at them
//! (`pdftoppm -png -r 60 FILE.pdf /tmp/page`).

mod export_support;

use export_support::yearly_list;
use korps::export::pdf::{PdfOptions, render};
use korps::export::{Column, Document, Orientation, Table};
use korps::i18n::Lang;

fn keep(name: &str, bytes: &[u8]) {
    if let Ok(dir) = std::env::var("KORPS_PDF_DIR") {
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).expect("keep pdf");
    }
}

/// The text of every page, in order.
fn pages_text(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("lopdf parses the PDF");
    let pages = doc.get_pages();
    pages
        .keys()
        .map(|n| doc.extract_text(&[*n]).expect("extract text"))
        .collect()
}

fn assert_every_page_framed(texts: &[String], footer: &str) {
    let total = texts.len();
    for (i, text) in texts.iter().enumerate() {
        let flat = text.replace('\n', "");
        assert!(flat.contains("Ambassadørliste"), "page {}: {flat}", i + 1);
        assert!(flat.contains("Rollemodelkorpset Aalborg"), "page {}", i + 1);
        assert!(flat.contains("Sæson 2026/27"), "page {}", i + 1);
        assert!(flat.contains("Udskrevet 27.11.2026"), "page {}", i + 1);
        let expected = footer
            .replace("{page}", &(i + 1).to_string())
            .replace("{pages}", &total.to_string());
        assert!(
            flat.contains(&expected),
            "page {} lacks {expected:?}",
            i + 1
        );
    }
}

#[test]
fn a_short_list_is_one_page_with_header_footer_and_danish_letters() {
    let doc = yearly_list(4, 7);
    let bytes = render(&doc, &PdfOptions::for_lang(Lang::Da)).expect("render");
    keep("short.pdf", &bytes);
    let texts = pages_text(&bytes);
    assert_eq!(texts.len(), 1);
    assert_every_page_framed(&texts, "Side {page} af {pages}");
    let flat = texts[0].replace('\n', "");
    for name in [
        "Søren Ærøskøbing",
        "Åse Jensen",
        "Mads Østergård",
        "Lærke",
        "Rollemodeller",
        "Ambassadører",
    ] {
        assert!(flat.contains(name), "{name} missing in {flat}");
    }
    // Two fonts, subset: the file stays small.
    assert!(bytes.len() < 80_000, "{} bytes", bytes.len());
}

#[test]
fn a_long_list_repeats_header_and_table_header_on_every_page() {
    let doc = yearly_list(300, 700);
    let bytes = render(&doc, &PdfOptions::for_lang(Lang::Da)).expect("render");
    keep("long.pdf", &bytes);
    let texts = pages_text(&bytes);
    assert!((30..=60).contains(&texts.len()), "{} pages", texts.len());
    assert_every_page_framed(&texts, "Side {page} af {pages}");
    for (i, text) in texts.iter().enumerate() {
        let flat = text.replace('\n', "");
        assert!(
            flat.contains("Navn") && flat.contains("Honorar"),
            "page {} has no table header",
            i + 1
        );
    }
    // Every person is printed exactly once (none lost at a page break).
    // Wrapped cells come out as separate lines, so compare without white space.
    let all: String = texts.concat().split_whitespace().collect();
    for i in [0, 299, 1000, 1699] {
        let email = export_support::row(i)[3].clone();
        assert_eq!(all.matches(&email).count(), 1, "{email}");
    }
    // A continued section says so.
    assert!(all.contains("Ambassadører(fortsat)"));
}

#[test]
fn english_footer_and_landscape() {
    let doc = yearly_list(40, 40);
    let mut options = PdfOptions::for_lang(Lang::En);
    options.orientation = Orientation::Landscape;
    let bytes = render(&doc, &options).expect("render");
    keep("landscape.pdf", &bytes);
    let texts = pages_text(&bytes);
    assert_every_page_framed(&texts, "Page {page} of {pages}");
    let pdf = lopdf::Document::load_mem(&bytes).expect("parse");
    let (_, page_id) = pdf.get_pages().into_iter().next().expect("a page");
    let page = pdf.get_dictionary(page_id).expect("page dict");
    let media = page
        .get(b"MediaBox")
        .expect("MediaBox")
        .as_array()
        .expect("array");
    let num = |o: &lopdf::Object| {
        o.as_float()
            .or_else(|_| {
                o.as_i64()
                    .map(|v| f32::from(i16::try_from(v).expect("small")))
            })
            .expect("number")
    };
    assert!(
        num(&media[2]) > num(&media[3]),
        "landscape is wider than tall"
    );
}

#[test]
fn hostile_text_renders_without_panic_and_without_control_characters() {
    let hostile = [
        "\u{1b}[31mRød\u{1b}[0m \u{1b}]0;pwned\u{7}",
        "C0 \u{0}\u{1}\u{8}\u{b} C1 \u{85}\u{9b}2J",
        "\u{202E}gnp.exe\u{202C} \u{2066}isolate\u{2069}",
        "zero\u{200B}width\u{200D}join\u{FEFF}",
        "😀👨‍👩‍👧 emoji",
        "漢字カタカナ한국어",
        "<script>alert('x')</script>",
        "",
    ];
    let long = "Lang tekst ".repeat(1000);
    let word = "x".repeat(10_000);
    let mut table = Table::new(vec![
        Column::left("Navn \u{1b}[1m", 2.0),
        Column::left("Noter", 4.0),
        Column::right("Beløb", 1.0).numeric(),
    ]);
    for (i, h) in hostile.iter().enumerate() {
        table.push_row([h.to_string(), long.clone(), format!("-{i}.000,00")]);
        table.push_row([word.clone(), h.to_string()]);
    }
    table.rows.push(Vec::new());
    let mut doc =
        Document::new("Fjendtlig \u{202E}tekst\u{1b}[2J", Lang::Da).with_subtitle(word.clone());
    doc.push_section(Some(long.clone()), table);
    doc.push_section(
        Some("Tom".into()),
        Table::new(vec![Column::left("Navn", 1.0)]),
    );
    doc.push_section(None, Table::default());
    let bytes = render(&doc, &PdfOptions::for_lang(Lang::Da)).expect("render");
    keep("hostile.pdf", &bytes);
    let texts = pages_text(&bytes);
    assert!(!texts.is_empty());
    let all = texts.concat();
    assert!(all.contains("Rød"));
    assert!(all.contains("Ingen rækker."));
    assert!(
        !all.chars()
            .any(|c| matches!(c, '\u{1b}' | '\u{0}' | '\u{85}' | '\u{202E}'))
    );
}

#[test]
fn an_empty_document_is_one_page_and_output_is_deterministic() {
    let doc = Document::new("Tom", Lang::Da);
    let options = PdfOptions::for_lang(Lang::Da);
    let a = render(&doc, &options).expect("render");
    assert_eq!(pages_text(&a).len(), 1);
    let list = yearly_list(10, 10);
    assert_eq!(
        render(&list, &options).expect("render"),
        render(&list, &options).expect("render")
    );
}

/// Issue 13: a narrow column wraps at spaces and hyphens, never inside a date, an amount, an
/// e-mail's domain or a word — each of those tokens is read whole on one line of the PDF text.
#[test]
fn cells_wrap_between_tokens_never_inside_a_date_a_domain_an_amount_or_a_word() {
    let long_name = "Anne-Sofie Christiansen-Vestergaard Bækgaard Ærøskøbing";
    let school = "Erhvervsakademi Nordjylland, multimediedesigner og social- og sundhedsassistent";
    let email = "anne-sofie.christiansen@erhvervsakademi-nordjylland.example.org";
    let period = "22.12.2026–21.12.2027";
    let mut table = Table::new(export_support::columns());
    for i in 0..40 {
        let mut row = export_support::row(i);
        if i % 4 == 0 {
            row[0] = long_name.to_string();
            row[1] = school.to_string();
            row[3] = email.to_string();
            row[4] = period.to_string();
            row[6] = "1.219.500,00".to_string();
        }
        table.push_row(row);
    }
    let mut doc = Document::new("Ambassadørliste", Lang::Da);
    doc.push_section(Some("Ambassadører".into()), table);
    // The internal yearly list is printed in landscape (export::yearly_list::orientation).
    let mut options = PdfOptions::for_lang(Lang::Da);
    options.orientation = Orientation::Landscape;
    let bytes = render(&doc, &options).expect("render");
    keep("tokens.pdf", &bytes);
    let lines: Vec<String> = pages_text(&bytes)
        .iter()
        .flat_map(|page| page.lines().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let whole = |token: &str| lines.iter().filter(|line| line.contains(token)).count();
    for token in [
        "22.12.2026",
        "21.12.2027",
        "1.219.500,00",
        "@erhvervsakademi-nordjylland.example.org",
        "sundhedsassistent",
        "multimediedesigner",
        "Christiansen-",
        "Vestergaard",
    ] {
        assert_eq!(
            whole(token),
            10,
            "{token} is not whole on one line in every row"
        );
    }
    // Nothing is cut: no cell ends in an ellipsis.
    assert!(lines.iter().all(|line| !line.contains('…')), "{lines:?}");
}
