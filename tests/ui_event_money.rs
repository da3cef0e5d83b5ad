//! The event form's open-needs line (issue 11 item 3, DESIGN §4): what the event's unfilled
//! needs cost at the rate for its kind and length, and the year's "if fully staffed" figure,
//! updated as needs, length and kind change — checked against plain SQL and the rate rule
//! written out, through the real loop on the headless backend.

mod common;
mod visits_support;

use common::budget_oracle::{RATE, danish, oracle};
use korps::app::Screen;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::{buffer_text, replay};
use rusqlite::{Connection, named_params};
use tempfile::TempDir;

struct Fixture {
    _dir: TempDir,
    db: Database,
    conn: Connection,
    /// Thursday's school visit (the one `ljj` selects).
    visit: i64,
}

fn fixture() -> Fixture {
    let dir = TempDir::new().expect("a temporary directory");
    let path = dir.path().join("korps.db");
    let mut db = Database::open(&path, "testbruger").expect("open");
    visits_support::seed(&mut db);
    let visit = visits_support::seed_ids_future(&db);
    let conn = Connection::open(&path).expect("a plain connection");
    Fixture {
        _dir: dir,
        db,
        conn,
        visit,
    }
}

/// The event's open places priced per kind, by plain SQL: (role models, ambassadors) open,
/// and the rate of one of each.
fn open_needs(conn: &Connection, event: i64) -> (i64, i64, i64, i64) {
    let rate = |kind: &str| RATE.replace("KIND", &format!("'{kind}'"));
    let filling = |kind: &str| {
        format!(
            "(SELECT count(*) FROM assignments a JOIN persons p ON p.id = a.person_id \
             WHERE a.event_id = e.id AND p.kind = '{kind}' \
             AND a.status IN ('booked', 'confirmed', 'attended'))"
        )
    };
    conn.query_row(
        &format!(
            "SELECT max(0, e.needs_role_models - {}), max(0, e.needs_ambassadors - {}), {}, {} \
             FROM events e WHERE e.id = :id",
            filling("role_model"),
            filling("ambassador"),
            rate("role_model"),
            rate("ambassador"),
        ),
        named_params! { ":id": event },
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
    .expect("the visit")
}

fn render(f: &mut Fixture, keys: &str) -> String {
    let (_, buffer) = replay(
        &mut f.db,
        common::ctx(Lang::Da),
        Screen::Besoeg,
        80,
        24,
        keys,
    )
    .expect("runs");
    buffer_text(&buffer)
}

/// The form's line as the rule gives it.
fn line(open: i64, full: i64, budget: i64) -> String {
    format!(
        "Åbne behov {} · hvis fuldt bemandet 2026: {} ({} %)",
        danish(open),
        danish(full),
        full * 100 / budget
    )
}

#[test]
fn the_event_form_prices_the_open_needs_and_the_year_if_fully_staffed() {
    let mut f = fixture();
    let year = oracle(&f.conn, 2026);
    let (rm, amb, rm_rate, amb_rate) = open_needs(&f.conn, f.visit);
    let open = rm * rm_rate + amb * amb_rate;
    assert!(open > 0, "the fixture's visit has open needs");
    let full = year.forecast + year.unstaffed;

    // Opened as stored: the year's figure is the oracle's.
    let text = render(&mut f, "ljje");
    assert!(
        text.contains(&line(open, full, year.budget)),
        "{text}\nexpected {}",
        line(open, full, year.budget)
    );

    // Three more ambassadors: three more open places at the ambassador rate, in both figures.
    let more = 3 * amb_rate;
    let keys = format!(
        "ljje{}<C-u>{}",
        "<Tab>".repeat(11),
        amb + 3 + booked_amb(&f)
    );
    let text = render(&mut f, &keys);
    assert!(
        text.contains(&line(open + more, full + more, year.budget)),
        "{text}\nexpected {}",
        line(open + more, full + more, year.budget)
    );

    // Status cancelled: the event adds nothing any more (its open places and its bookings).
    let planned_here: i64 = f
        .conn
        .query_row(
            &format!(
                "SELECT coalesce(sum({}), 0) FROM assignments a JOIN persons p \
                 ON p.id = a.person_id JOIN events e ON e.id = a.event_id \
                 WHERE e.id = :id AND a.status IN ('booked', 'confirmed')",
                RATE.replace("KIND", "p.kind")
            ),
            named_params! { ":id": f.visit },
            |r| r.get(0),
        )
        .expect("planned");
    let keys = format!("ljje{}<Right>", "<Tab>".repeat(9));
    let text = render(&mut f, &keys);
    let after = full - open - planned_here;
    assert!(
        text.contains(&line(0, after, year.budget)),
        "{text}\nexpected {}",
        line(0, after, year.budget)
    );
    // Nothing was saved by any of it.
    assert_eq!(oracle(&f.conn, 2026).forecast, year.forecast);
}

/// The ambassadors booked on the visit who fill its need.
fn booked_amb(f: &Fixture) -> i64 {
    f.conn
        .query_row(
            "SELECT count(*) FROM assignments a JOIN persons p ON p.id = a.person_id \
             WHERE a.event_id = :id AND p.kind = 'ambassador' \
             AND a.status IN ('booked', 'confirmed', 'attended')",
            named_params! { ":id": f.visit },
            |r| r.get(0),
        )
        .expect("count")
}

#[test]
fn event_form_with_the_open_needs_line_80x24() {
    let mut f = fixture();
    insta::assert_snapshot!(render(&mut f, "ljje"));
}
