//! The demo tells the seed's story (issue 11, DESIGN §4): 50.000,00 kr. a year times the scale
//! over a three-year project period; last year under budget; this year's forecast close to the
//! warning threshold but not over; and an open visit whose booking would cross it — so the gate
//! asks when the user books it.
//!
//! The figures come from an independent oracle: the §4 definitions written out as plain SQL
//! sums over the generated file (not the code's own budget functions). The last step books the
//! open visit through the real gate and checks that it asks.

mod common;

use chrono::NaiveDate;
use common::budget_oracle::{RATE, oracle};
use korps::cli::DEFAULT_SEED;
use korps::domain::budget::BudgetFlag;
use korps::domain::season::Season;
use korps::storage::booking::NewBooking;
use korps::storage::command::{Command, CommandError};
use korps::storage::{Database, StorageError};
use rusqlite::{Connection, named_params};
use tempfile::TempDir;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date")
}

/// The demo at `scale` in a file, and a plain connection to it.
fn demo(dir: &TempDir, scale: u32) -> (Database, Connection) {
    let path = dir.path().join(format!("demo-{scale}.db"));
    let mut db = Database::open(&path, "test").expect("a new database");
    korps::demo::generate(&mut db, today(), scale, DEFAULT_SEED, &mut |_, _| {})
        .expect("the demo is generated");
    let conn = Connection::open(&path).expect("a plain connection");
    (db, conn)
}

/// The open visit of this year: upcoming, open, needing people and with nobody booked — and
/// what one booking there would cost (a role model if it needs one, else an ambassador: the
/// kind [`candidate`] picks), and all its needs.
fn open_visit(conn: &Connection) -> (i64, i64, i64) {
    let rate = |kind: &str| RATE.replace("KIND", &format!("'{kind}'"));
    conn.query_row(
        &format!(
            "SELECT e.id, CASE WHEN e.needs_role_models > 0 THEN {rm} ELSE {am} END, \
                    e.needs_role_models * {rm} + e.needs_ambassadors * {am} \
             FROM events e WHERE e.status IN ('requested', 'planned', 'confirmed') \
               AND e.date >= :today AND e.date < :next_year \
               AND e.needs_role_models + e.needs_ambassadors > 0 \
               AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id) \
             ORDER BY e.date, e.id LIMIT 1",
            rm = rate("role_model"),
            am = rate("ambassador"),
        ),
        named_params! { ":today": "2026-12-04", ":next_year": "2027-01-01" },
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .expect("this year has an open visit with nobody booked")
}

/// A person of the kind the visit needs (a role model first) whom the picker would offer: appointed for the
/// visit's date, not archived, not booked that day, not unavailable.
fn candidate(conn: &Connection, event_id: i64) -> i64 {
    conn.query_row(
        "SELECT p.id FROM persons p, events e WHERE e.id = :event AND p.archived = 0 \
           AND p.kind = CASE WHEN e.needs_role_models > 0 THEN 'role_model' ELSE 'ambassador' END \
           AND EXISTS (SELECT 1 FROM appointments t WHERE t.person_id = p.id \
                AND t.status = 'active' AND t.term_start <= e.date AND t.term_end >= e.date) \
           AND NOT EXISTS (SELECT 1 FROM assignments a JOIN events o ON o.id = a.event_id \
                WHERE a.person_id = p.id AND o.date = e.date) \
           AND NOT EXISTS (SELECT 1 FROM unavailability u WHERE u.person_id = p.id \
                AND u.from_date <= e.date AND u.to_date >= e.date) \
         ORDER BY p.id LIMIT 1",
        named_params! { ":event": event_id },
        |r| r.get(0),
    )
    .expect("someone can be booked on the open visit")
}

/// How many bookings (of any status) the event has.
fn bookings_on(conn: &Connection, event_id: i64) -> i64 {
    conn.query_row(
        "SELECT count(*) FROM assignments WHERE event_id = :e",
        named_params! { ":e": event_id },
        |r| r.get(0),
    )
    .expect("count")
}

fn check_story(scale: u32) {
    let dir = TempDir::new().expect("a temporary directory");
    let (mut db, conn) = demo(&dir, scale);
    let yearly = 5_000_000 * i64::from(scale);
    // The project period: three years around this year, 50.000 kr. × scale each.
    let (start, end): (i32, i32) = conn
        .query_row("SELECT start_year, end_year FROM project_period", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("a project period");
    assert_eq!((start, end), (2025, 2027));
    let total: i64 = conn
        .query_row(
            "SELECT sum(amount_ore) FROM budgets WHERE year BETWEEN 2025 AND 2027",
            [],
            |r| r.get(0),
        )
        .expect("budgets");
    assert_eq!(total, 3 * yearly, "150.000 kr. × scale over the period");

    let last = oracle(&conn, 2025);
    assert_eq!(last.budget, yearly);
    assert!(last.spent < last.budget, "last year under budget: {last:?}");
    assert!(last.forecast < last.budget, "{last:?}");

    let this = oracle(&conn, 2026);
    assert_eq!(this.budget, yearly, "{this:?}");
    let warning = this.budget * this.threshold_percent;
    assert!(
        this.forecast * 100 < warning,
        "not yet at the warning: {this:?}"
    );
    assert!(
        this.forecast * 100 >= warning - this.budget * 5,
        "within 5 % of the budget below the warning: {this:?}"
    );
    assert!(
        this.forecast + this.unstaffed <= this.budget,
        "fully staffed it still fits, so the warning is the one new flag: {this:?}"
    );

    let (visit, one, all) = open_visit(&conn);
    assert!(
        one > 0 && all >= one,
        "the open visit costs money: {one} {all}"
    );
    assert!(
        (this.forecast + one) * 100 >= warning,
        "one booking on the open visit crosses the warning: {this:?} + {one}"
    );

    // The gate agrees: booking one person there asks first, with the warning as the new flag.
    let person = candidate(&conn, visit);
    let book = Command::Book {
        event_id: visit,
        bookings: vec![NewBooking {
            person_id: person,
            forced_reason: None,
        }],
        season: Season::containing(today(), 8),
    };
    let asked = db.execute(&book, today());
    assert!(
        matches!(
            asked,
            Err(CommandError::Storage(StorageError::NeedsConfirmation))
        ),
        "{asked:?}"
    );
    let question = db.take_question().expect("the gate asks");
    let year = question
        .years
        .iter()
        .find(|y| y.year == 2026)
        .expect("the question names this year");
    assert_eq!(year.new_flags(), vec![BudgetFlag::Warning], "{year:?}");
    assert_eq!(year.before.forecast, this.forecast);
    assert_eq!(year.after.forecast, this.forecast + one);
    assert_eq!(bookings_on(&conn, visit), 0, "asking saved nothing");
}

#[test]
fn the_demo_tells_the_story_at_scale_1() {
    check_story(1);
}

#[test]
fn the_demo_tells_the_same_story_at_scale_10() {
    check_story(10);
}

/// What `korps --demo` shows a user on the pinned day: Oversigt's first alert is the open
/// visit; Enter opens its picker; marking one person and booking makes the gate ask, with the
/// warning in words; `n` books nobody.
#[test]
fn in_the_demo_booking_the_open_visit_makes_the_gate_ask() {
    let dir = TempDir::new().expect("a temporary directory");
    let (mut db, conn) = demo(&dir, 1);
    let ctx = korps::app::Context {
        today: today(),
        ..common::ctx(korps::i18n::Lang::Da)
    };
    let (visit, ..) = open_visit(&conn);
    let before = oracle(&conn, 2026);
    let (_, buffer) = korps::tui::replay(
        &mut db,
        ctx.clone(),
        korps::app::Screen::Oversigt,
        80,
        24,
        "<Enter><Space><Enter>",
    )
    .expect("runs");
    let text = korps::tui::buffer_text(&buffer);
    for part in ["Budgetår 2026", "Tæt på budgettet", "Book alligevel?"] {
        assert!(text.contains(part), "{part:?} missing:\n{text}");
    }
    korps::tui::replay(
        &mut db,
        ctx,
        korps::app::Screen::Oversigt,
        80,
        24,
        "<Enter><Space><Enter>n",
    )
    .expect("runs");
    assert_eq!(bookings_on(&conn, visit), 0, "n books nobody");
    assert_eq!(oracle(&conn, 2026).forecast, before.forecast);
}
