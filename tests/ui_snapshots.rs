//! Headless screen tests: the real app on `TestBackend`, compared with reviewed insta snapshots,
//! plus style assertions for what colour marks (always alongside a symbol or word).

mod common;

use korps::app::Screen;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::{buffer_text, run_headless};
use ratatui::style::{Color, Modifier};

fn screen(db: Database, screen: Screen, w: u16, h: u16, keys: &str) -> String {
    let (_, buffer) = run_headless(db, common::ctx(Lang::Da), screen, w, h, keys).expect("runs");
    buffer_text(&buffer)
}

fn empty() -> Database {
    Database::open_in_memory("testbruger").expect("open")
}

#[test]
fn roster_empty_80x24() {
    insta::assert_snapshot!(screen(empty(), Screen::Korps, 80, 24, ""));
}

#[test]
fn roster_populated_80x24() {
    insta::assert_snapshot!(screen(common::seeded(), Screen::Korps, 80, 24, ""));
}

#[test]
fn roster_populated_120x40() {
    insta::assert_snapshot!(screen(common::seeded(), Screen::Korps, 120, 40, "jj"));
}

#[test]
fn roster_form_with_validation_errors_80x24() {
    insta::assert_snapshot!(screen(
        common::seeded(),
        Screen::Korps,
        80,
        24,
        "n<Tab><Tab>31.2.2027<Tab>123<Tab>ikke-en-mail<C-s>"
    ));
}

#[test]
fn roster_form_with_validation_errors_120x40() {
    insta::assert_snapshot!(screen(
        common::seeded(),
        Screen::Korps,
        120,
        40,
        "n<Tab><Tab>31.2.2027<Tab>123<Tab>ikke-en-mail<C-s>"
    ));
}

#[test]
fn roster_search_and_help_in_english() {
    let (_, buffer) = run_headless(
        common::seeded(),
        common::ctx(Lang::En),
        Screen::Korps,
        80,
        24,
        "/aa<Enter>?",
    )
    .expect("runs");
    insta::assert_snapshot!(buffer_text(&buffer));
}

#[test]
fn places_empty_80x24() {
    insta::assert_snapshot!(screen(empty(), Screen::Steder, 80, 24, ""));
}

#[test]
fn places_populated_80x24() {
    insta::assert_snapshot!(screen(common::seeded(), Screen::Steder, 80, 24, ""));
}

#[test]
fn places_populated_120x40() {
    insta::assert_snapshot!(screen(common::seeded(), Screen::Steder, 120, 40, "j"));
}

#[test]
fn places_form_with_validation_errors_80x24() {
    insta::assert_snapshot!(screen(
        common::seeded(),
        Screen::Steder,
        80,
        24,
        "n<Tab><Tab><Tab><Tab>12<Tab>@<C-s>"
    ));
}

#[test]
fn places_form_with_validation_errors_120x40() {
    insta::assert_snapshot!(screen(
        common::seeded(),
        Screen::Steder,
        120,
        40,
        "n<Tab><Tab><Tab><Tab>12<Tab>@<C-s>"
    ));
}

#[test]
fn a_small_terminal_asks_for_a_larger_window() {
    let text = screen(common::seeded(), Screen::Korps, 60, 20, "");
    assert!(text.contains("Gør vinduet større"), "{text}");
}

#[test]
fn under_18_is_marked_in_words_and_in_colour() {
    let (_, buffer) = run_headless(
        common::seeded(),
        common::ctx(Lang::Da),
        Screen::Korps,
        120,
        40,
        "",
    )
    .expect("runs");
    let text = buffer_text(&buffer);
    let (y, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Ørn Østergaard"))
        .expect("row");
    let x = line
        .find("u18")
        .map(|b| line[..b].chars().count())
        .expect("u18 marker") as u16;
    assert_eq!(buffer[(x, y as u16)].fg, Color::Yellow);
}

#[test]
fn the_selected_row_is_reversed_and_marked() {
    let (_, buffer) = run_headless(
        common::seeded(),
        common::ctx(Lang::Da),
        Screen::Korps,
        80,
        24,
        "j",
    )
    .expect("runs");
    let text = buffer_text(&buffer);
    let (y, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.starts_with('▶'))
        .expect("marker");
    assert!(line.contains("Émile Dupont"), "{line}");
    assert!(buffer[(3, y as u16)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn form_errors_are_red_and_marked() {
    let (_, buffer) = run_headless(
        common::seeded(),
        common::ctx(Lang::Da),
        Screen::Korps,
        120,
        40,
        "n<C-s>",
    )
    .expect("runs");
    let text = buffer_text(&buffer);
    let (y, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains('✗'))
        .expect("error mark");
    let x = line[..line.find('✗').expect("mark")].chars().count() as u16;
    assert_eq!(buffer[(x, y as u16)].fg, Color::Red);
}

#[test]
fn no_color_draws_without_colours() {
    let (mut state, _) = run_headless(
        common::seeded(),
        common::ctx(Lang::Da),
        Screen::Korps,
        80,
        24,
        "",
    )
    .expect("runs");
    state.no_color = true;
    let backend = ratatui::backend::TestBackend::new(80, 24);
    let mut terminal = ratatui::Terminal::new(backend).expect("terminal");
    terminal
        .draw(|f| korps::ui::render(&state, f))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    assert!(
        buffer
            .content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    assert!(buffer_text(buffer).contains("u18"));
}
