//! Nothing the user needs is cut: every screen and overlay (help, every form with and without
//! its messages, the questions — the budget gate's with two flags and with more —, the pickers,
//! the prompts and dialogs) rendered at 80×24, 100×30 and 200×60 in both languages on the demo
//! corps, checked by `no_cut_support`:
//! - no "…" in the tab bar, the hint bar, the status bar (its message, and the database and
//!   user after it: whole or left out), a "✗ …" message or the `?` help;
//! - every week cell keeps its status symbol and every Oversigt row its symbols (status, `⚠`);
//!   Oversigt's messages (budget flags, alerts) and Honorarer's summary line are never cut;
//! - every box has a whole border (detail panes included);
//! - a question shows all of itself: the gate's closing question, each flag it names and the
//!   answer keys stand inside the dialog.
//!
//! Not checked, on purpose: free text in table columns (a long name or school may end in "…" so
//! the columns stay aligned; the detail pane shows it whole).

mod common;
mod no_cut_support;

use korps::app::Screen;
use korps::domain::budget::BudgetFlag;
use korps::domain::money::Money;
use korps::i18n::{self, Lang};
use korps::storage::Database;
use korps::tui::{buffer_text, run_headless};
use no_cut_support::{cuts, open_boxes, overview_cuts, week_cells_without_symbol};

/// The demo corps written once into `dir`.
fn demo(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("demo.db");
    let mut db = Database::open(&path, "testbruger").expect("open");
    korps::demo::generate(&mut db, common::today(), 1, 7, &mut |_, _| {}).expect("demo");
    path
}

/// One screen or overlay to look at: the keys that open it and what must show whole.
struct Case {
    screen: Screen,
    keys: String,
    /// No overlay open: the screen's own symbol columns are all in view.
    plain: bool,
    /// Texts that must stand on the screen (a question's end, its answer keys).
    must: Vec<String>,
}

fn case(screen: Screen, keys: &str) -> Case {
    Case {
        screen,
        keys: keys.to_string(),
        plain: keys.is_empty(),
        must: Vec::new(),
    }
}

/// Moving on a screen (no overlay opens).
fn moved(screen: Screen, keys: &str) -> Case {
    Case {
        plain: true,
        ..case(screen, keys)
    }
}

/// The answer keys of a question as the dialog shows them (spaces collapsed, as `check` reads).
fn answers(lang: Lang) -> String {
    match lang {
        Lang::Da => "j Ja n Nej".into(),
        Lang::En => "y Yes n No".into(),
    }
}

/// An expense of `ore` typed into the Budget tab's form and saved: the gate asks.
fn gate(ore: i64, flags: &[BudgetFlag], lang: Lang) -> Case {
    let amount = Money(ore).format_plain();
    let mut must: Vec<String> = flags
        .iter()
        .map(|f| i18n::budget_flag(*f).get(lang).to_string())
        .collect();
    must.push(i18n::BUD_OVERRUN_ASK_EVENT.get(lang).to_string());
    must.push(answers(lang));
    Case {
        screen: Screen::Budget,
        keys: format!("a<Tab>{amount}<Tab>Transport<C-s>"),
        plain: false,
        must,
    }
}

/// Every screen plain and with its `?` help, and every overlay: the forms (empty, saved with
/// errors, for editing), questions, pickers, prompts and dialogs; and the gate question twice —
/// raising exactly two flags (the forecast over the budget, and the warning it crosses), and
/// raising every flag an expense can.
fn cases(db: &Database, lang: Lang) -> Vec<Case> {
    let mut out = Vec::new();
    for screen in Screen::AVAILABLE {
        out.push(case(screen, ""));
        out.push(case(screen, "?"));
    }
    // The weeks with events (the demo's today is a Friday of an empty week), Oversigt's end,
    // Honorarer with a filter, a mark and another view.
    out.extend([
        moved(Screen::Besoeg, "<Right>"),
        moved(Screen::Besoeg, "<Right><Right>"),
        moved(Screen::Besoeg, "<Left>"),
        moved(Screen::Oversigt, "<End>"),
        moved(Screen::Honorarer, "f"),
        moved(Screen::Honorarer, "<Space>"),
        moved(Screen::Honorarer, "v"),
        // A message on the status bar (the week gone to), beside the database and the user; and
        // one longer than the row (a calendar written to a folder that does not exist).
        moved(Screen::Besoeg, "u3 dec<Enter>"),
        case(
            Screen::Besoeg,
            "E<C-u>/findes/ikke/mappe/med/et/langt/navn/kalender.ics<Enter>",
        ),
    ]);
    for (screen, keys) in [
        (Screen::Korps, "n"),
        (Screen::Korps, "n<C-s>"),
        (Screen::Korps, "n<Tab><Tab>31.2.2027<Tab>123<Tab>x<C-s>"),
        (Screen::Korps, "e"),
        (Screen::Korps, "u"),
        (Screen::Korps, "p"),
        (Screen::Korps, "X"),
        (Screen::Korps, "A"),
        (Screen::Korps, "/zz"),
        (Screen::Steder, "n<C-s>"),
        (Screen::Steder, "e"),
        (Screen::Steder, "D"),
        (Screen::Besoeg, "v"),
        (Screen::Besoeg, "n<C-s>"),
        (Screen::Besoeg, "e"),
        (Screen::Besoeg, "b"),
        (Screen::Besoeg, "u"),
        (Screen::Besoeg, "H"),
        (Screen::Besoeg, "X"),
        (Screen::Besoeg, "d"),
        (Screen::Besoeg, "i"),
        (Screen::Besoeg, "E"),
        (Screen::Fremmoede, "w"),
        (Screen::Fremmoede, "t"),
        (Screen::Fremmoede, "b"),
        (Screen::Fremmoede, "v"),
        (Screen::Honorarer, "A"),
        (Screen::Honorarer, "U"),
        (Screen::Honorarer, "x"),
        (Screen::Honorarer, "K"),
        (Screen::Honorarer, "/"),
        (Screen::Honorarer, "vvvn"),
        (Screen::Budget, "a<C-s>"),
        (Screen::Budget, "a<Tab>1.23<C-s>"),
        (Screen::Budget, "e"),
        (Screen::Budget, "b"),
        (Screen::Budget, "D"),
        (Screen::Budget, "m"),
        (Screen::Udpegninger, "n"),
        (Screen::Udpegninger, "x"),
        (Screen::Udpegninger, "R"),
        (Screen::Udpegninger, "p"),
        // The appointments dialogs' field messages: a last day outside the term, a start date
        // that does not exist, an unavailability from a day that does not exist.
        (Screen::Udpegninger, "x<C-u>31.7.2030<C-s>"),
        (
            Screen::Udpegninger,
            "n<Tab><Space><Tab><C-u>32.13.2026<C-s>",
        ),
        (Screen::Korps, "u<C-u>31.2.2027<C-s>"),
    ] {
        out.push(case(screen, keys));
    }
    let (f, _) = db
        .budget_figures(2026, common::today())
        .expect("budget figures");
    // Just past the budget with the forecast, committed still under it: the warning and the
    // forecast over the budget are raised, nothing else.
    assert!(f.planned > 100, "the demo plans honoraria this year");
    assert!(f.forecast * 100 < f.budget * i64::from(f.threshold_percent));
    out.push(gate(
        f.budget - f.forecast + 100,
        &[BudgetFlag::ForecastOverBudget, BudgetFlag::Warning],
        lang,
    ));
    out.push(gate(
        f.budget * 3,
        &[
            BudgetFlag::OverBudget,
            BudgetFlag::ForecastOverBudget,
            BudgetFlag::FastPace,
        ],
        lang,
    ));
    out
}

/// What is cut or missing on one rendered case.
fn check(case: &Case, buffer: &ratatui::buffer::Buffer) -> Vec<String> {
    let text = buffer_text(buffer);
    let mut found = cuts(&text, case.keys.starts_with('?'));
    found.extend(open_boxes(buffer));
    if case.plain && case.screen == Screen::Besoeg {
        found.extend(week_cells_without_symbol(&text));
    }
    if case.plain && case.screen == Screen::Oversigt {
        found.extend(overview_cuts(&text));
    }
    // Honorarer's top line: the count, the sum and the filters in force.
    if case.plain && case.screen == Screen::Honorarer {
        let top = text.lines().nth(1).unwrap_or_default();
        if top.contains('…') {
            found.push(format!("Honorarer summary (row 1): {top}"));
        }
    }
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for must in &case.must {
        if !flat.contains(must.as_str()) {
            found.push(format!("not shown whole: {must:?}"));
        }
    }
    found
}

#[test]
fn nothing_the_user_needs_is_cut_at_80x24_100x30_or_200x60() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = demo(dir.path());
    let mut failures = Vec::new();
    let mut rendered = 0;
    for lang in [Lang::Da, Lang::En] {
        let all = cases(&Database::open(&path, "testbruger").expect("open"), lang);
        for (w, h) in [(80, 24), (100, 30), (200, 60)] {
            for case in &all {
                let db = Database::open(&path, "testbruger").expect("open");
                let (_, buffer) =
                    run_headless(db, common::ctx(lang), case.screen, w, h, &case.keys)
                        .expect("runs");
                rendered += 1;
                for cut in check(case, &buffer) {
                    let (screen, keys) = (case.screen, &case.keys);
                    failures.push(format!("{screen:?} {keys:?} {w}×{h} {lang:?} — {cut}"));
                }
            }
        }
    }
    assert!(rendered > 300, "{rendered} renders");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_check_finds_a_cut_message_a_cut_key_and_a_cut_help_line() {
    let screen = "1 Oversigt 2 Korps\n\
                  │  Beløb : 1.23   ✗ Beløbet kan læses på f…│\n\
                  ┌ Taster — Korps ──────┐\n\
                  │1-8  Skift skærm (1 O…│\n\
                  └──────────────────────┘\n\
                  Budget 2026 · • Gemt   db: korps.db · b…\n\
                  1-8 Skift skærm  n N…";
    let found = cuts(screen, true);
    assert_eq!(found.len(), 4, "{found:#?}");
    // The status bar as it was at 80 columns: the user cut to "b…" after a message.
    assert!(found.iter().any(|f| f.starts_with("status bar (row 5)")));
    assert!(cuts("1 Over…\nx\ny", false)[0].starts_with("tab bar"));
}

#[test]
fn the_check_finds_a_lost_symbol_and_an_open_box() {
    // The week view as it was at 80×24: "10:15 be…" lost the status of a confirmed visit.
    let week = "man 30.11 │tir 1.12  \n▶12:00   ✓│ 10:15 be…\n Strandsk…│ Bøgeskov…";
    let found = week_cells_without_symbol(week);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].contains("10:15 be…"));
    assert!(week_cells_without_symbol(" hele dagen  ○│ heldag ◆").is_empty());
    // Oversigt as it was: an event row and the flag headline ending in "…".
    let overview = "tabs\n  ⚠ Tæt på budgettet: Prognosen er 84 % af budgettet 144.000,00 …\n  \
                    tir 8.12.2026 13:30–15:30 · Nørremarkskolen · skolebesøg · planlagt · 0/1 RM …\n  \
                    tir 8.12.2026 13:30–15:30 · Nørremarkskolen · skolebesøg · 0/1RM 1/1AMB ○ ⚠\n\
                    status\nhints";
    let found = overview_cuts(overview);
    assert_eq!(found.len(), 2, "{found:#?}");
    // A pane with only a top and a left border, as the detail panes were.
    let mut buffer = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 6, 3));
    buffer.set_string(0, 0, "┌ P ──", ratatui::style::Style::new());
    buffer.set_string(0, 1, "│x", ratatui::style::Style::new());
    buffer.set_string(0, 2, "│y", ratatui::style::Style::new());
    assert_eq!(open_boxes(&buffer).len(), 1);
    buffer.set_string(0, 0, "┌ P ─┐", ratatui::style::Style::new());
    buffer.set_string(5, 1, "│", ratatui::style::Style::new());
    buffer.set_string(0, 2, "└────┘", ratatui::style::Style::new());
    assert!(open_boxes(&buffer).is_empty());
}
