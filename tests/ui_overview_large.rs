//! Oversigt on a large corps stays a summary that hides nothing silently: each of its lists
//! (the two weeks, the events short of people, the appointments ending) shows its first 25
//! rows and then says how many more there are, with the totals of the rules written out in
//! plain SQL over the bookings (not the counts korps keeps).

mod common;

use korps::app::Screen;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::tui::{buffer_text, replay};

const SHOWN: usize = 25;

fn count(db_path: &std::path::Path, sql: &str) -> usize {
    let conn = rusqlite::Connection::open(db_path).expect("open");
    let n: i64 = conn.query_row(sql, [], |r| r.get(0)).expect("count");
    n as usize
}

#[test]
fn a_large_corps_oversigt_shows_the_first_rows_of_each_list_and_how_many_more() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("large.db");
    let mut db = Database::open(&path, "testbruger").expect("open");
    korps::demo::generate(&mut db, common::today(), 40, 1, &mut |_, _| {}).expect("demo");
    // Today is Friday 27 November 2026: the weeks run from Monday the 23rd for 14 days, the
    // staffing alerts 14 days from today, the ending alerts 30.
    let weeks = count(
        &path,
        "SELECT count(*) FROM events WHERE date BETWEEN '2026-11-23' AND '2026-12-06'",
    );
    let short = count(
        &path,
        "SELECT count(*) FROM events e WHERE e.date BETWEEN '2026-11-27' AND '2026-12-11' \
         AND e.status IN ('requested', 'planned', 'confirmed') AND ( \
           e.needs_role_models > (SELECT count(*) FROM assignments a, persons p \
             WHERE a.event_id = e.id AND p.id = a.person_id AND p.kind = 'role_model' \
             AND a.status IN ('booked', 'confirmed', 'attended')) \
           OR e.needs_ambassadors > (SELECT count(*) FROM assignments a, persons p \
             WHERE a.event_id = e.id AND p.id = a.person_id AND p.kind = 'ambassador' \
             AND a.status IN ('booked', 'confirmed', 'attended')))",
    );
    let ending = count(
        &path,
        "SELECT count(*) FROM appointments a, persons p WHERE p.id = a.person_id \
         AND a.status = 'active' AND a.term_end BETWEEN '2026-11-27' AND '2026-12-27' \
         AND p.archived = 0 AND a.term_end >= \
           (SELECT max(b.term_start) FROM appointments b WHERE b.person_id = a.person_id)",
    );
    assert!(
        weeks > SHOWN && short > SHOWN && ending > SHOWN,
        "a corps large enough for every list to be cut: {weeks} {short} {ending}"
    );

    let (_, buffer) = replay(
        &mut db,
        common::ctx(Lang::Da),
        Screen::Oversigt,
        120,
        200,
        "",
    )
    .expect("runs");
    let text = buffer_text(&buffer);
    let lines = |needle: &str| text.lines().filter(|l| l.contains(needle)).count();
    assert_eq!(lines("— mangler folk"), SHOWN, "{text}");
    assert_eq!(lines(": udpegningen udløber"), SHOWN, "{text}");
    for more in [
        format!("… og {} arrangementer mere i de to uger", weeks - SHOWN),
        format!(
            "… og {} arrangementer mere, der mangler folk de næste 14 dage",
            short - SHOWN
        ),
        format!(
            "… og {} udpegninger mere, der udløber de næste 30 dage",
            ending - SHOWN
        ),
    ] {
        assert!(text.contains(&more), "{more}\n{text}");
    }
}
