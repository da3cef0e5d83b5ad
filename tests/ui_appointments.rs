//! Headless snapshots of the Udpegninger screen (empty season, populated, appoint picker,
//! renewal dialog, flags and their legend) and of the roster's detail pane with the person's
//! appointments, plus style checks that flags carry a symbol and a word besides their colour.

mod common;

use common::appointments::seeded_with_appointments;
use korps::app::Screen;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::{buffer_text, run_headless};
use ratatui::style::Color;

fn screen(db: Database, screen: Screen, w: u16, h: u16, keys: &str) -> String {
    let (_, buffer) = run_headless(db, common::ctx(Lang::Da), screen, w, h, keys).expect("runs");
    buffer_text(&buffer)
}

fn empty() -> Database {
    Database::open_in_memory("testbruger").expect("open")
}

#[test]
fn udpegninger_empty_season_80x24() {
    insta::assert_snapshot!(screen(empty(), Screen::Udpegninger, 80, 24, ""));
}

#[test]
fn udpegninger_populated_80x24() {
    insta::assert_snapshot!(screen(
        seeded_with_appointments(),
        Screen::Udpegninger,
        80,
        24,
        ""
    ));
}

#[test]
fn udpegninger_populated_with_flags_120x40() {
    insta::assert_snapshot!(screen(
        seeded_with_appointments(),
        Screen::Udpegninger,
        120,
        40,
        "jjj"
    ));
}

#[test]
fn udpegninger_last_season_with_an_early_end_80x24() {
    insta::assert_snapshot!(screen(
        seeded_with_appointments(),
        Screen::Udpegninger,
        80,
        24,
        "<Left>"
    ));
}

#[test]
fn udpegninger_renewal_dialog_80x24() {
    insta::assert_snapshot!(screen(
        seeded_with_appointments(),
        Screen::Udpegninger,
        80,
        24,
        "<Right>R<Down><Space>"
    ));
}

#[test]
fn udpegninger_renewal_dialog_120x40() {
    insta::assert_snapshot!(screen(
        seeded_with_appointments(),
        Screen::Udpegninger,
        120,
        40,
        "<Right>R"
    ));
}

#[test]
fn udpegninger_appoint_picker_80x24() {
    insta::assert_snapshot!(screen(
        seeded_with_appointments(),
        Screen::Udpegninger,
        80,
        24,
        "nå<Down><Space><Tab><Tab><C-u>31.2.2027"
    ));
}

#[test]
fn udpegninger_end_early_reason_required_80x24() {
    insta::assert_snapshot!(screen(
        seeded_with_appointments(),
        Screen::Udpegninger,
        80,
        24,
        "x<C-s>"
    ));
}

#[test]
fn udpegninger_help_lists_keys_and_flags_80x24() {
    insta::assert_snapshot!(screen(
        seeded_with_appointments(),
        Screen::Udpegninger,
        80,
        24,
        "?"
    ));
}

#[test]
fn roster_detail_shows_appointments_and_unavailability_120x40() {
    let mut db = seeded_with_appointments();
    let id = common::appointments::id_of(&db, "Anders Bæk");
    db.add_unavailability(
        id,
        common::date(2026, 12, 14),
        common::date(2026, 12, 18),
        "eksamen",
        &[],
    )
    .expect("period");
    insta::assert_snapshot!(screen(db, Screen::Korps, 120, 40, ""));
}

#[test]
fn flags_are_coloured_and_carry_a_symbol_and_a_word() {
    let (_, buffer) = run_headless(
        seeded_with_appointments(),
        common::ctx(Lang::Da),
        Screen::Udpegninger,
        120,
        40,
        "",
    )
    .expect("runs");
    let text = buffer_text(&buffer);
    for word in ["⚠ u18", "✗ samtykke", "◔ udløber"] {
        let (y, line) = text
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains(word))
            .unwrap_or_else(|| panic!("{word} shown:\n{text}"));
        let col = line[..line.find(word).expect("found")].chars().count() as u16;
        let fg = buffer[(col, y as u16)].fg;
        assert!(matches!(fg, Color::Yellow | Color::Red), "{word}: {fg:?}");
    }
}
