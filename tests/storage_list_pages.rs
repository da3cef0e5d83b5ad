//! The pages the list screens load for their first frame and every move — Korps's persons
//! (`persons_page`) and Udpegninger's season (`appointments_page`) — against the rules written
//! out in plain SQL on a demo database: how many match, which rows from the offset in Danish
//! name order, and an offset past the end moved back to the last full page.

use chrono::NaiveDate;
use korps::domain::person::PersonKind;
use korps::domain::season::Season;
use korps::storage::appointments::AppointmentFilter;
use korps::storage::persons::PersonFilter;
use korps::storage::{ArchivedFilter, Database};

fn demo() -> (tempfile::TempDir, std::path::PathBuf, Database) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("demo.db");
    let made = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let mut db = Database::open(&path, "test").expect("open");
    korps::demo::generate(&mut db, made, 3, 11, &mut |_, _| {}).expect("demo");
    (dir, path, db)
}

/// Ids from plain SQL with `?1`, `?2`, … bound to `args`.
fn ids(path: &std::path::Path, sql: &str, args: &[&dyn rusqlite::ToSql]) -> Vec<i64> {
    let conn = rusqlite::Connection::open(path).expect("open");
    let mut stmt = conn.prepare(sql).expect("sql");
    stmt.query_map(args, |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("ids")
}

/// The pages (offset, length) every test walks: the first frame's, one inside, one over the
/// end and one past it.
fn pages(total: usize) -> Vec<(usize, usize)> {
    vec![
        (0, 60),
        (total / 3, 25),
        (total.saturating_sub(10), 40),
        (total + 5, 30),
    ]
}

/// Where a page past the end starts: the last full page.
fn expected_offset(offset: usize, len: usize, total: usize) -> usize {
    if offset >= total {
        total.saturating_sub(len)
    } else {
        offset
    }
}

#[test]
fn the_roster_page_is_the_current_persons_in_name_order_from_plain_sql() {
    let (_dir, path, db) = demo();
    for (archived, rule) in [
        (ArchivedFilter::Current, "archived = 0"),
        (ArchivedFilter::Archived, "archived = 1"),
        (ArchivedFilter::All, "1"),
    ] {
        let all = ids(
            &path,
            &format!("SELECT id FROM persons WHERE {rule} ORDER BY name_sort, id"),
            &[],
        );
        assert!(!all.is_empty(), "{rule}: the demo has such persons");
        let filter = PersonFilter {
            archived,
            ..PersonFilter::default()
        };
        for (offset, len) in pages(all.len()) {
            let (total, at, rows) = db.persons_page(&filter, offset, len).expect("page");
            assert_eq!(total, all.len(), "{rule}");
            assert_eq!(
                at,
                expected_offset(offset, len, total),
                "{rule} from {offset}"
            );
            let want: Vec<i64> = all.iter().skip(at).take(len).copied().collect();
            let got: Vec<i64> = rows.iter().map(|r| r.id).collect();
            assert_eq!(got, want, "{rule} from {offset}");
        }
    }
}

#[test]
fn the_season_page_is_the_terms_in_the_season_in_name_order_from_plain_sql() {
    let (_dir, path, db) = demo();
    for start_year in [2025, 2026] {
        let season = Season::new(start_year, 8);
        let (from, to) = (
            season.first_day().to_string(),
            season.last_day().to_string(),
        );
        for kind in [None, Some(PersonKind::RoleModel)] {
            // A term belongs to the season when it starts by the season's end and its effective
            // end (the day it ended early, else its planned end) is on or after the start.
            let all = ids(
                &path,
                "SELECT a.id FROM appointments a JOIN persons p ON p.id = a.person_id \
                 WHERE a.term_start <= ?1 \
                 AND (CASE WHEN a.ended_on IS NULL THEN a.term_end ELSE a.ended_on END) >= ?2 \
                 AND (?3 IS NULL OR p.kind = ?3) \
                 ORDER BY p.name_sort, p.id, a.term_start, a.id",
                &[&to, &from, &kind.map(PersonKind::code)],
            );
            assert!(!all.is_empty(), "{start_year}: the demo has terms");
            let filter = AppointmentFilter {
                kind,
                ..AppointmentFilter::season(season)
            };
            for (offset, len) in pages(all.len()) {
                let (total, at, rows) = db.appointments_page(&filter, offset, len).expect("page");
                assert_eq!(total, all.len(), "{start_year} {kind:?}");
                assert_eq!(at, expected_offset(offset, len, total), "from {offset}");
                let want: Vec<i64> = all.iter().skip(at).take(len).copied().collect();
                let got: Vec<i64> = rows.iter().map(|r| r.appointment.id).collect();
                assert_eq!(got, want, "{start_year} {kind:?} from {offset}");
            }
        }
    }
}
