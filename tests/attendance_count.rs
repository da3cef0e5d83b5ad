//! Fremmøde's count of events waiting for attendance, which reads the pending bookings (each
//! with its event's date) instead of every past event, against the rule written out in plain
//! SQL over the events: not cancelled, on or before today, with a booking still booked or
//! confirmed. On a demo database, for days before, inside and after its events.

use chrono::NaiveDate;
use korps::storage::Database;

fn oracle(path: &std::path::Path, today: &str) -> usize {
    let conn = rusqlite::Connection::open(path).expect("open");
    conn.query_row(
        "SELECT count(*) FROM events e WHERE e.date <= ?1 AND e.status <> 'cancelled' \
         AND EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id \
                     AND a.status IN ('booked', 'confirmed'))",
        [today],
        |r| r.get::<_, i64>(0),
    )
    .expect("count") as usize
}

#[test]
fn the_count_of_events_to_log_follows_the_rule() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("demo.db");
    let made = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let mut db = Database::open(&path, "test").expect("open");
    korps::demo::generate(&mut db, made, 2, 5, &mut |_, _| {}).expect("demo");
    let mut nonzero = 0;
    for today in [
        "2024-01-01",
        "2025-09-15",
        "2026-06-30",
        "2026-11-27",
        "2026-12-20",
        "2028-01-01",
    ] {
        let day = NaiveDate::parse_from_str(today, "%Y-%m-%d").expect("date");
        let (total, rows) = db.events_to_log(day, 0, 50).expect("events to log");
        assert_eq!(total, oracle(&path, today), "on {today}");
        assert_eq!(rows.len(), total.min(50), "on {today}");
        assert!(rows.iter().all(|r| r.date <= day), "on {today}");
        nonzero += usize::from(total > 0);
    }
    assert!(
        nonzero >= 2,
        "the demo has events to log on some of the days"
    );
}
