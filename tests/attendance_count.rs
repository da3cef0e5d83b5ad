//! Fremmøde's count of events waiting for attendance, which reads the pending bookings (each
//! with its event's date) instead of every past event, against the rule written out in plain
//! SQL over the events: not cancelled, on or before today, with a booking still booked or
//! confirmed. On a demo database, for days before, inside and after its events. Also the list
//! of events to log, whole and page by page, and the list of events logged in a window of dates
//! (`events_logged`), against the same rules in plain SQL.

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

/// The events matching `rule` (plain SQL over `e`, with `?1`, `?2` bound to `args`), each with
/// how many of its bookings are logged and how many there are; most recent first.
fn events_oracle(path: &std::path::Path, rule: &str, args: &[&str]) -> Vec<(i64, u32, u32)> {
    let conn = rusqlite::Connection::open(path).expect("open");
    let mut stmt = conn
        .prepare(&format!(
            "SELECT e.id, \
             (SELECT count(*) FROM assignments a WHERE a.event_id = e.id \
              AND a.status IN ('attended', 'no_show', 'cancelled')), \
             (SELECT count(*) FROM assignments a WHERE a.event_id = e.id) \
             FROM events e WHERE {rule} \
             ORDER BY e.date DESC, e.start_time IS NULL, e.start_time DESC, e.id DESC"
        ))
        .expect("sql");
    stmt.query_map(rusqlite::params_from_iter(args), |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })
    .expect("rows")
    .collect::<Result<_, _>>()
    .expect("ids")
}

/// The events logged in the window `from..=to`: dated in the window, not cancelled, with
/// bookings, none still booked or confirmed.
fn logged_oracle(path: &std::path::Path, from: &str, to: &str) -> Vec<(i64, u32, u32)> {
    events_oracle(
        path,
        "e.date >= ?1 AND e.date <= ?2 AND e.status <> 'cancelled' \
         AND EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id) \
         AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id \
                         AND a.status IN ('booked', 'confirmed'))",
        &[from, to],
    )
}

#[test]
fn the_logged_events_of_a_window_follow_the_rule_page_by_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("demo.db");
    let made = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let mut db = Database::open(&path, "test").expect("open");
    korps::demo::generate(&mut db, made, 2, 5, &mut |_, _| {}).expect("demo");
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    let mut seen = 0;
    for (from, to) in [
        ("2026-10-30", "2026-11-27"),
        ("2026-09-01", "2026-11-27"),
        ("2025-11-01", "2025-11-29"),
        ("2026-12-01", "2026-12-31"),
    ] {
        let expected = logged_oracle(&path, from, to);
        let (total, all) = db
            .events_logged(day(from), day(to), 0, 10_000)
            .expect("all");
        assert_eq!(total, expected.len(), "{from}..{to}");
        let got: Vec<(i64, u32, u32)> = all.iter().map(|r| (r.id, r.logged, r.total)).collect();
        assert_eq!(got, expected, "{from}..{to}");
        assert!(all.iter().all(|r| r.logged == r.total), "{from}..{to}");
        // Page by page: the same rows, each page at most the limit.
        let mut paged = Vec::new();
        for offset in (0..total.max(1)).step_by(7) {
            let (t, page) = db
                .events_logged(day(from), day(to), offset, 7)
                .expect("page");
            assert_eq!(t, total);
            assert!(page.len() <= 7);
            paged.extend(page.into_iter().map(|r| r.id));
        }
        let ids: Vec<i64> = expected.iter().map(|e| e.0).collect();
        assert_eq!(paged, ids, "{from}..{to}");
        seen += usize::from(total > 0);
    }
    assert!(seen >= 2, "the demo has logged events in some windows");
}

/// The events to log on `today`: dated on or before today, not cancelled, with a booking still
/// booked or confirmed.
fn to_log_oracle(path: &std::path::Path, today: &str) -> Vec<(i64, u32, u32)> {
    events_oracle(
        path,
        "e.date <= ?1 AND e.status <> 'cancelled' \
         AND EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id \
                     AND a.status IN ('booked', 'confirmed'))",
        &[today],
    )
}

#[test]
fn the_events_to_log_follow_the_rule_page_by_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("demo.db");
    let made = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let mut db = Database::open(&path, "test").expect("open");
    korps::demo::generate(&mut db, made, 2, 5, &mut |_, _| {}).expect("demo");
    let mut seen = 0;
    for today in [
        "2025-09-15",
        "2026-06-30",
        "2026-11-27",
        "2026-12-20",
        "2028-01-01",
    ] {
        let expected = to_log_oracle(&path, today);
        let day = NaiveDate::parse_from_str(today, "%Y-%m-%d").expect("date");
        let (total, all) = db.events_to_log(day, 0, 10_000).expect("all");
        assert_eq!(total, expected.len(), "on {today}");
        let got: Vec<(i64, u32, u32)> = all.iter().map(|r| (r.id, r.logged, r.total)).collect();
        assert_eq!(got, expected, "on {today}");
        // Page by page (as the screen loads what it shows): the same rows in the same order.
        let mut paged = Vec::new();
        for offset in (0..total.max(1)).step_by(3) {
            let (t, page) = db.events_to_log(day, offset, 3).expect("page");
            assert_eq!(t, total, "on {today}");
            assert!(page.len() <= 3);
            paged.extend(page.into_iter().map(|r| r.id));
        }
        let ids: Vec<i64> = expected.iter().map(|e| e.0).collect();
        assert_eq!(paged, ids, "on {today}");
        seen += usize::from(total > 3);
    }
    assert!(
        seen >= 2,
        "the demo has more than a page to log on some days"
    );
}
