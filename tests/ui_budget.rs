//! Headless snapshots of the Budget screen at 80×24 and 120×40 with a flag raised, the expense
//! form with inline errors, and style checks: the flag is coloured AND carries its word and
//! symbol, on the screen and in the status bar.

mod common;

use chrono::NaiveDate;
use korps::app::Screen;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::expenses::ExpenseData;
use korps::tui::{buffer_text, run_headless};
use ratatui::buffer::Buffer;
use ratatui::style::Color;

/// 2026: a budget of 10.000 kr. with 8.500 kr. of expenses — the warning (80 %) is raised.
fn near_limit() -> Database {
    let mut db = Database::open_in_memory("testbruger").expect("open");
    db.set_budget_year(2026, 0, 1_000_000, 80).expect("budget");
    for (m, ore, cat, text) in [
        (3, 400_000, "Festival", "Stand på Roskilde"),
        (6, 250_000, "Transport", "Bus til jobcentret"),
        (9, 200_000, "Materialer", "Foldere"),
    ] {
        db.insert_expense(&ExpenseData {
            spent_on: NaiveDate::from_ymd_opt(2026, m, 10).expect("date"),
            amount_ore: ore,
            category: cat.into(),
            text: text.into(),
        })
        .expect("expense");
    }
    db
}

fn run(w: u16, h: u16, keys: &str) -> Buffer {
    let (_, buffer) = run_headless(
        near_limit(),
        common::ctx(Lang::Da),
        Screen::Budget,
        w,
        h,
        keys,
    )
    .expect("runs");
    buffer
}

#[test]
fn budget_with_warning_80x24() {
    insta::assert_snapshot!(buffer_text(&run(80, 24, "")));
}

#[test]
fn budget_with_warning_120x40() {
    insta::assert_snapshot!(buffer_text(&run(120, 40, "")));
}

#[test]
fn budget_month_table_80x24() {
    insta::assert_snapshot!(buffer_text(&run(80, 24, "m")));
}

#[test]
fn expense_form_with_inline_errors_80x24() {
    insta::assert_snapshot!(buffer_text(&run(80, 24, "a<Tab>1.23<C-s>")));
}

/// The rows where `word` is written, and whether its first cell has colour `fg`.
fn word_in_colour(buffer: &Buffer, word: &str, fg: Color) -> usize {
    let area = buffer.area;
    let mut found = 0;
    for y in area.top()..area.bottom() {
        let row: String = (area.left()..area.right())
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        if let Some(byte) = row.find(word) {
            let x = row[..byte].chars().count() as u16;
            let cell = &buffer[(area.left() + x, y)];
            if cell.fg == fg {
                found += 1;
            }
        }
    }
    found
}

#[test]
fn the_flag_is_amber_with_its_symbol_and_word_here_and_in_the_status_bar() {
    let buffer = run(80, 24, "");
    let text = buffer_text(&buffer);
    assert!(text.contains("⚠ Tæt på budgettet"), "{text}");
    assert!(text.contains("Budget 2026: ⚠ Tæt på budgettet"), "{text}");
    assert_eq!(
        word_in_colour(&buffer, "⚠ Tæt på budgettet", Color::Yellow),
        2
    );
}

#[test]
fn the_status_bar_shows_the_flag_on_other_screens() {
    let (_, buffer) = run_headless(
        near_limit(),
        common::ctx(Lang::Da),
        Screen::Korps,
        80,
        24,
        "",
    )
    .expect("runs");
    assert_eq!(
        word_in_colour(&buffer, "⚠ Tæt på budgettet", Color::Yellow),
        1
    );
}

#[test]
fn add_edit_delete_an_expense_through_the_loop() {
    let (state, _) = run_headless(
        near_limit(),
        common::ctx(Lang::Da),
        Screen::Budget,
        80,
        24,
        "a<BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>1.12<Tab>1.000,50<Tab>Transport<C-s>",
    )
    .expect("runs");
    assert_eq!(state.budget.expenses.len(), 4);
    let report = state.budget.report.as_ref().expect("report");
    assert_eq!(report.figures.spent, 950_050);
    let (state, _) = run_headless(
        near_limit(),
        common::ctx(Lang::Da),
        Screen::Budget,
        80,
        24,
        "Dj",
    )
    .expect("runs");
    assert_eq!(state.budget.expenses.len(), 2);
}
