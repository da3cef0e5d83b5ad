//! Headless snapshots of the Fremmøde screen at 80×24 and 120×40, its prompts and the walk-in
//! picker, on the fixed past events of `attendance_support`.

mod attendance_support;
mod common;
mod visits_support;

use korps::app::Screen;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::{buffer_text, run_headless};

fn seeded() -> Database {
    let mut db = Database::open_in_memory("testbruger").expect("open");
    attendance_support::seed(&mut db);
    db
}

fn screen(w: u16, h: u16, keys: &str) -> String {
    let (_, buffer) = run_headless(
        seeded(),
        common::ctx(Lang::Da),
        Screen::Fremmoede,
        w,
        h,
        keys,
    )
    .expect("runs");
    buffer_text(&buffer)
}

#[test]
fn fremmoede_80x24() {
    insta::assert_snapshot!(screen(80, 24, ""));
}

#[test]
fn fremmoede_120x40() {
    insta::assert_snapshot!(screen(120, 40, ""));
}

#[test]
fn hours_prompt_defaults_to_the_event_length() {
    let text = screen(80, 24, "t");
    assert!(text.contains("Timer for Aase Andersen"), "{text}");
    assert!(text.contains("1:30"), "{text}");
}

#[test]
fn logging_moves_to_the_next_unlogged_booking_and_says_what_it_did() {
    let text = screen(80, 24, "M");
    assert!(
        text.contains("Aase Andersen: mødt, honorar 500,00 kr."),
        "{text}"
    );
    assert!(text.contains("2/3 logget"), "{text}");
    assert!(text.contains("▶ · afventer   Åse Lund"), "{text}");
}

#[test]
fn a_different_amount_asks_for_a_reason() {
    let text = screen(80, 24, "b650<Enter><Enter>");
    assert!(text.contains("kræver en begrundelse"), "{text}");
    let text = screen(80, 24, "b650<Enter>Kørte selv<Enter>");
    assert!(text.contains("honorar 650,00 kr."), "{text}");
}

#[test]
fn walk_in_picker_80x24() {
    insta::assert_snapshot!(screen(80, 24, "w"));
}

#[test]
fn walk_in_without_appointment_asks_for_a_reason() {
    // Émile Dupont has no appointment: blocked, listed last (fourth).
    let text = screen(120, 40, "wjjj<Enter>");
    assert!(text.contains("✗ Émile Dupont er blokeret"), "{text}");
}

#[test]
fn walk_in_hours_are_typed_on_their_own_line() {
    let text = screen(80, 24, "wt<C-u>2,25");
    assert!(text.contains("│Timer (t:mm eller 1,5): 2,25"), "{text}");
    assert!(text.contains("Enter OK  Esc Annullér"), "{text}");
    let text = screen(80, 24, "wt<C-u>2,25<Enter>");
    assert!(text.contains("│Timer: 2:15 · t ændrer"), "{text}");
}
