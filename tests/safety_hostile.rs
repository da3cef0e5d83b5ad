//! Hostile text end to end: names and notes with ANSI escapes, C0/C1 controls, bidi overrides,
//! zero-width characters, 10,000 characters, emoji and wide CJK are stored faithfully, shown
//! safely on the roster (no control character in the drawn buffer, columns aligned, long text cut
//! with …), escaped in HTML, neutralised in CSV and printed in PDF without a crash. The export
//! formats' own hostile-text tests (`export_formats.rs`) cover the writers; this one goes through
//! storage and the screen.

mod common;

use korps::app::Screen;
use korps::domain::person::PersonKind;
use korps::export::pdf::{self, PdfOptions};
use korps::export::{Column, Document, Orientation, Table, csv, html};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::persons::PersonFilter;
use korps::tui::{buffer_text, run_headless};

fn hostile() -> Vec<String> {
    vec![
        "Ansi \u{1b}[31mRød\u{1b}[0m\u{1b}]0;title\u{7}".into(),
        "C0 a\u{1}b\u{8}c\u{0}d\te\nf\rg\u{7f}h".into(),
        "C1 a\u{80}b\u{85}c\u{9b}31md\u{9d}e".into(),
        "Bidi \u{202E}gnp.exe\u{202C} \u{2066}x\u{2069}".into(),
        "Zero\u{200B}wid\u{200D}th\u{FEFF}\u{2060}".into(),
        "Emoji 😀 👨‍👩‍👧 🇩🇰".into(),
        "CJK 漢字カタカナ한국어".into(),
        format!("Long {}", "Æblegrød ".repeat(1111)),
        "=HYPERLINK(\"http://evil\";\"x\")".into(),
        "<script>alert('x')</script> & \"q\"".into(),
    ]
}

fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

#[test]
fn hostile_text_is_stored_faithfully_and_shown_safely() {
    let mut db = Database::open_in_memory("testbruger").expect("db");
    let texts = hostile();
    assert!(texts[7].chars().count() > 10_000);
    let mut ids = Vec::new();
    for t in &texts {
        let mut p = common::person(t, PersonKind::Ambassador, None, None);
        p.notes = t.clone();
        p.email = t.clone();
        let id = db.insert_person(&p).expect("insert");
        ids.push(id);
    }
    for (id, t) in ids.iter().zip(&texts) {
        let stored = db.person(*id).expect("person").data;
        assert_eq!((&stored.name, &stored.notes, &stored.email), (t, t, t));
    }
    let rows = db
        .list_persons(&PersonFilter::default(), 0, 50)
        .expect("list");
    assert_eq!(rows.len(), texts.len());

    let mut checked = 0;
    for (keys, width, height) in [("", 100, 30), ("<End>", 120, 40), ("G<Up><Up>", 80, 24)] {
        let db = clone_db(&db);
        let (_, buffer) = run_headless(
            db,
            common::ctx(Lang::Da),
            Screen::Korps,
            width,
            height,
            keys,
        )
        .expect("runs");
        for cell in buffer.content() {
            assert!(
                !cell.symbol().chars().any(is_unsafe),
                "unsafe {:?} drawn",
                cell.symbol()
            );
            checked += 1;
        }
        let text = buffer_text(&buffer);
        // Every row of the list shows the kind in the same column, whatever came before it.
        let columns: Vec<usize> = text
            .lines()
            .map(|l| l.split('│').next().unwrap_or(l))
            .filter(|l| l.trim_end().ends_with("udpeget"))
            .filter_map(|l| {
                let at = l.find("ambassadør")?;
                Some(unicode_width::UnicodeWidthStr::width(&l[..at]))
            })
            .collect();
        assert!(columns.len() >= 5, "{text}");
        assert!(
            columns.windows(2).all(|w| w[0] == w[1]),
            "columns drift {columns:?}\n{text}"
        );
        assert!(
            text.contains("Long Æblegrød") && text.contains('…'),
            "{text}"
        );
        for line in text.lines() {
            assert!(unicode_width::UnicodeWidthStr::width(line) <= usize::from(width));
        }
    }

    // The exports of what was stored.
    let mut table = Table::new(vec![Column::left("Navn", 2.0), Column::left("Noter", 3.0)]);
    for id in &ids {
        let p = db.person(*id).expect("person").data;
        table.push_row([p.name, p.notes]);
    }
    let mut doc = Document::new("Korps", Lang::Da);
    doc.push_section(None, table);
    let page = html::render(&doc, Orientation::Portrait);
    assert!(!page.contains("<script>alert") && page.contains("&lt;script&gt;"));
    assert!(!page.contains('\u{1b}') && !page.contains('\u{202E}'));
    let csv_text = String::from_utf8(csv::render_document(&doc, "Gruppe")).expect("utf-8");
    for field in csv_text.split([';', '\n']) {
        let field = field.trim_start_matches('"');
        assert!(!field.starts_with(['=', '@']), "formula {field:?}");
    }
    let pdf_bytes = pdf::render(&doc, &PdfOptions::for_lang(Lang::Da)).expect("pdf");
    assert!(pdf_bytes.starts_with(b"%PDF"));
    println!(
        "hostile figures: {} texts × 3 fields round-tripped, {checked} drawn cells without a \
         control character, HTML {} bytes, CSV {} bytes, PDF {} bytes",
        texts.len(),
        page.len(),
        csv_text.len(),
        pdf_bytes.len()
    );
}

/// A copy of an in-memory database (the headless run takes its database by value).
fn clone_db(db: &Database) -> Database {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("copy.db");
    db.backup_to(&path, false).expect("backup");
    let copy = Database::open(&path, "testbruger").expect("open copy");
    // The open handle keeps the file alive after the folder is removed.
    std::mem::forget(dir);
    copy
}
