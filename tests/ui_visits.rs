//! Headless snapshots of the Besøg screen (week view, list view, picker, event form) and the
//! Oversigt dashboard at 80×24 and 120×40, on the fixed week-49 calendar, plus style checks for
//! what colour marks (always with a symbol).

mod common;
mod visits_support;

use korps::app::Screen;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::{buffer_text, run_headless};
use ratatui::style::Color;

fn seeded() -> Database {
    let mut db = Database::open_in_memory("testbruger").expect("open");
    visits_support::seed(&mut db);
    db
}

fn screen(screen: Screen, w: u16, h: u16, keys: &str) -> String {
    let (_, buffer) =
        run_headless(seeded(), common::ctx(Lang::Da), screen, w, h, keys).expect("runs");
    buffer_text(&buffer)
}

#[test]
fn week_view_80x24() {
    insta::assert_snapshot!(screen(Screen::Besoeg, 80, 24, "l"));
}

#[test]
fn week_view_120x40() {
    insta::assert_snapshot!(screen(Screen::Besoeg, 120, 40, "ljj"));
}

#[test]
fn week_view_christmas_marks_school_holiday_and_public_holidays() {
    let text = screen(Screen::Besoeg, 120, 40, "uuge 52<Enter>");
    assert!(text.contains("uge 52"), "{text}");
    assert!(
        text.contains("✱ Juledag") || text.contains("✱ juledag"),
        "{text}"
    );
    assert!(text.contains("≈ Juleferie"), "{text}");
}

#[test]
fn list_view_80x24() {
    insta::assert_snapshot!(screen(Screen::Besoeg, 80, 24, "lv"));
}

#[test]
fn list_view_120x40() {
    insta::assert_snapshot!(screen(Screen::Besoeg, 120, 40, "lvjj"));
}

#[test]
fn picker_80x24() {
    insta::assert_snapshot!(screen(Screen::Besoeg, 80, 24, "ljjb"));
}

#[test]
fn picker_with_a_double_booking_120x40() {
    // Book the first two on Thursday's visit, then open the overlapping event's picker.
    insta::assert_snapshot!(screen(
        Screen::Besoeg,
        120,
        40,
        "ljjb<Space>j<Space><Enter><Esc>jb"
    ));
}

#[test]
fn event_form_with_inline_errors_80x24() {
    insta::assert_snapshot!(screen(
        Screen::Besoeg,
        80,
        24,
        "n<Tab>østre<Tab><C-u>3.12<Tab>10<Tab>9<Tab><Tab><Tab>-5<Tab><Tab><Right><Right><Right>"
    ));
}

#[test]
fn overview_80x24() {
    insta::assert_snapshot!(screen(Screen::Oversigt, 80, 24, ""));
}

#[test]
fn overview_120x40() {
    insta::assert_snapshot!(screen(Screen::Oversigt, 120, 40, "j"));
}

#[test]
fn understaffed_events_are_marked_with_a_symbol_and_colour() {
    let (_, buffer) = run_headless(
        seeded(),
        common::ctx(Lang::Da),
        Screen::Besoeg,
        120,
        40,
        "l",
    )
    .expect("runs");
    let text = buffer_text(&buffer);
    assert!(text.contains("0/1 RM · 0/2 AMB ⚠"), "{text}");
    let area = buffer.area;
    let warned = (area.top()..area.bottom()).any(|y| {
        (area.left()..area.right()).any(|x| {
            let c = &buffer[(x, y)];
            c.symbol() == "⚠" && c.fg == Color::Yellow
        })
    });
    assert!(warned, "the ⚠ is yellow");
}

/// The colour of the first cell of the line that contains `needle`.
fn line_colour(buffer: &ratatui::buffer::Buffer, needle: &str) -> Option<Color> {
    let area = buffer.area;
    (area.top()..area.bottom()).find_map(|y| {
        let line: String = (area.left()..area.right())
            .map(|x| buffer[(x, y)].symbol())
            .collect();
        let col = line.find(needle)?;
        let x = area.left() + u16::try_from(line[..col].chars().count()).ok()?;
        Some(buffer[(x, y)].fg)
    })
}

#[test]
fn picker_forecast_adds_the_marked_and_turns_amber_then_red() {
    let run = |budget: i64| {
        let mut db = seeded();
        db.set_budget_year(2026, 0, budget, 80).expect("budget");
        let (_, buffer) = run_headless(
            db,
            common::ctx(Lang::Da),
            Screen::Besoeg,
            120,
            40,
            // Space marks and moves down: Zenia Holm and Aase Andersen.
            "ljjb<Space>jj<Space>",
        )
        .expect("runs");
        buffer
    };
    // Two school-visit bookings at 500 kr. each on a year with nothing spent or planned yet.
    let roomy = run(5_000_000);
    let text = buffer_text(&roomy);
    assert!(
        text.contains("Prognose 2026: 0,00 kr. → 1.000,00 kr. af 50.000,00 kr."),
        "{text}"
    );
    assert_eq!(line_colour(&roomy, "Prognose 2026:"), Some(Color::DarkGray));
    // 1.000 kr. of 1.200 kr. is 83 %: the warning.
    assert_eq!(
        line_colour(&run(120_000), "Prognose 2026:"),
        Some(Color::Yellow)
    );
    // 1.000 kr. of 900 kr.: over.
    assert_eq!(
        line_colour(&run(90_000), "Prognose 2026:"),
        Some(Color::Red)
    );
}

/// The picker's name column is as wide as the names need (up to two fifths of the row); a name
/// or reasons too long for the row are shown whole under the list while that person is selected.
#[test]
fn picker_names_fit_their_column_and_a_cut_one_shows_whole_in_the_foot() {
    let long = "Anne-Sophie Christina Margrethe Vestergaard-Kristensen";
    let mut db = seeded();
    let id = visits_support::person_id(&db, "Zenia Holm");
    let person = db.person(id).expect("person");
    let mut data = person.data.clone();
    data.name = long.into();
    db.update_person(id, person.version, &data).expect("rename");
    let (_, buffer) =
        run_headless(db, common::ctx(Lang::Da), Screen::Besoeg, 80, 24, "ljjb").expect("runs");
    let text = buffer_text(&buffer);
    // Every other name is whole in its row.
    for name in [
        "Ærenpris Møller",
        "Aase Andersen",
        "Ørn Østergaard",
        "Émile Dupont",
    ] {
        assert!(text.contains(&format!(" {name} ")), "{name}\n{text}");
    }
    // The long name is cut in its row and whole (wrapped) at the foot while it is selected.
    let row = text
        .lines()
        .find(|l| l.contains("▶[ ]"))
        .expect("selected row");
    assert!(row.contains("Anne-Sophie") && row.contains('…'), "{text}");
    let foot: String = text
        .lines()
        .rev()
        .skip(3)
        .take(3)
        .map(|l| l.trim_matches(|c: char| c == '│' || c == ' ').to_string())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        foot.contains(&format!("{long}: kan bookes")),
        "{foot}\n{text}"
    );
}
