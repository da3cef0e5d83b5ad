//! Nothing the user needs is cut: every screen and overlay (help, forms with their messages,
//! questions, the pickers) rendered at 80×24 and 200×60 in both languages on the demo corps,
//! and no "…" where it would hide a message, a key or a title.
//!
//! What is checked, and why each place:
//! - the tab bar (row 0): a tab's title is how a screen is found; titles may be shortened with
//!   "." by design (chosen by width alone), never cut with "…";
//! - the hint bar (last row): every key shown must be read whole, or left out whole;
//! - the status message (after "• " or "✗ " on the status row): it says what just happened;
//! - every "✗ …" message in a form or dialog: the reason a value is refused;
//! - the `?` help box: every key and label.
//!
//! Not checked, on purpose: free text in table columns (a long name or school may end in "…" so
//! the columns stay aligned; the detail pane shows it whole) and the status bar's database path.

mod common;

use korps::app::Screen;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::{buffer_text, run_headless};

/// The demo corps written once into `dir`.
fn demo(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("demo.db");
    let mut db = Database::open(&path, "testbruger").expect("open");
    korps::demo::generate(&mut db, common::today(), 1, 7, &mut |_, _| {}).expect("demo");
    path
}

/// The screens and overlays: (screen, keys).
fn cases() -> Vec<(Screen, &'static str)> {
    let mut out = Vec::new();
    for screen in Screen::AVAILABLE {
        out.push((screen, ""));
        out.push((screen, "?"));
    }
    out.extend([
        (Screen::Korps, "n"),
        (Screen::Korps, "n<C-s>"),
        (Screen::Korps, "n<Tab><Tab>31.2.2027<Tab>123<Tab>x<C-s>"),
        (Screen::Korps, "D"),
        (Screen::Steder, "n<C-s>"),
        (Screen::Besoeg, "n<C-s>"),
        (Screen::Besoeg, "b"),
        (Screen::Fremmoede, "w"),
        (Screen::Budget, "a<C-s>"),
        (Screen::Budget, "a<Tab>1.23<C-s>"),
        (Screen::Honorarer, "A"),
        (Screen::Udpegninger, "n"),
    ]);
    out
}

/// The cut places of one rendered screen, each as "what (row): the row".
fn cuts(text: &str, help_open: bool) -> Vec<String> {
    let rows: Vec<&str> = text.lines().collect();
    let last = rows.len().saturating_sub(1);
    let mut out = Vec::new();
    // The help box's columns (left border, right border), from its top row on.
    let mut help_box: Option<(usize, usize)> = None;
    for (y, row) in rows.iter().enumerate() {
        let mut check = |part: &str, what: &str| {
            if part.contains('…') {
                out.push(format!("{what} (row {y}): {row}"));
            }
        };
        if y == 0 {
            check(row, "tab bar");
        }
        if y == last {
            check(row, "hint bar");
        }
        if y + 1 == last {
            for mark in ["• ", "✗ "] {
                if let Some(at) = row.find(mark) {
                    let message = row[at..].split("   ").next().unwrap_or_default();
                    check(message, "status message");
                }
            }
        }
        if y + 1 != last
            && let Some(at) = row.find("✗ ")
        {
            let message = row[at..].split('│').next().unwrap_or_default();
            check(message, "✗ message");
        }
        let chars: Vec<char> = row.chars().collect();
        let top = row.contains("┌ Taster —") || row.contains("┌ Keys —");
        if help_open && help_box.is_none() && top {
            let left = row.split("┌ ").next().map_or(0, |s| s.chars().count());
            let right = chars
                .iter()
                .skip(left)
                .position(|c| *c == '┐')
                .map_or(chars.len(), |p| p + left);
            help_box = Some((left, right));
        } else if let Some((left, right)) = help_box {
            let inside: String = chars.iter().take(right).skip(left + 1).collect();
            check(&inside, "help");
            if chars.get(left) == Some(&'└') {
                help_box = None;
            }
        }
    }
    out
}

#[test]
fn no_message_key_or_title_is_cut_at_80x24_or_200x60() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = demo(dir.path());
    let mut failures = Vec::new();
    for lang in [Lang::Da, Lang::En] {
        for (w, h) in [(80, 24), (200, 60)] {
            for (screen, keys) in cases() {
                let db = Database::open(&path, "testbruger").expect("open");
                let (_, buffer) =
                    run_headless(db, common::ctx(lang), screen, w, h, keys).expect("runs");
                let text = buffer_text(&buffer);
                for cut in cuts(&text, keys.starts_with('?')) {
                    failures.push(format!("{screen:?} {keys:?} {w}×{h} {lang:?} — {cut}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_check_finds_a_cut_message_a_cut_key_and_a_cut_help_line() {
    let screen = "1 Oversigt 2 Korps\n\
                  │  Beløb : 1.23   ✗ Beløbet kan læses på f…│\n\
                  ┌ Taster — Korps ──────┐\n\
                  │1-8  Skift skærm (1 O…│\n\
                  └──────────────────────┘\n\
                  Budget 2026 · • Gemt   db\n\
                  1-8 Skift skærm  n N…";
    let found = cuts(screen, true);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(cuts("1 Over…\nx\ny", false)[0].starts_with("tab bar"));
}
