//! The Excel workbooks of the yearly list and the payout batch, read back with calamine: typed
//! cells (dates as dates, amounts and counts as numbers, the payroll number as text), and the
//! list's start and end in columns of their own. Expected values come from plain SQL on the
//! same database, not from the exporter.

mod common;
mod honoraria_support;

use std::io::Cursor;

use assert_cmd::cargo::cargo_bin_cmd;
use calamine::{Data, Reader};
use chrono::NaiveDate;
use korps::domain::season::Season;
use korps::export::yearly_list::{self, ListFormat, ListHeader, ListVariant};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::honoraria::{HonorariumFilter, HonorariumStatus};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn sheet(bytes: &[u8]) -> Vec<Vec<Data>> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).expect("xlsx");
    let name = book.sheet_names().first().cloned().expect("a sheet");
    let range = book.worksheet_range(&name).expect("range");
    range.rows().map(<[Data]>::to_vec).collect()
}

/// The first sheet's XML, read from the workbook's zip with another reader than calamine (which
/// does not report panes or filters).
fn sheet_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).expect("an xlsx is a zip");
    let mut file = zip
        .by_name("xl/worksheets/sheet1.xml")
        .expect("the first sheet");
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut file, &mut xml).expect("utf-8 xml");
    xml
}

/// Issue 13: the header row stays in view (a frozen pane below row 1) and has an autofilter
/// starting at A1 — what Excel and LibreOffice show as a fixed, filterable header.
fn assert_frozen_header_and_filter(bytes: &[u8]) {
    let xml = sheet_xml(bytes);
    let pane = xml
        .split("<pane ")
        .nth(1)
        .and_then(|rest| rest.split("/>").next())
        .unwrap_or_else(|| panic!("no pane in {xml}"));
    assert!(pane.contains(r#"ySplit="1""#), "{pane}");
    assert!(pane.contains(r#"state="frozen""#), "{pane}");
    assert!(
        xml.contains(r#"<autoFilter ref="A1:"#),
        "no autofilter from A1"
    );
}

fn date_of(cell: &Data) -> NaiveDate {
    match cell {
        // An Excel serial date: days since 30.12.1899, no time of day.
        Data::DateTime(dt) => {
            let days = dt.as_f64();
            assert!(days.fract().abs() < f64::EPSILON, "a whole day: {days}");
            #[allow(clippy::cast_possible_truncation)]
            let days = days as i64;
            d(1899, 12, 30) + chrono::Duration::days(days)
        }
        other => panic!("not a date cell: {other:?}"),
    }
}

#[test]
fn the_yearly_list_workbook_has_typed_cells_and_start_and_end_columns() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db_path = dir.path().join("korps.db");
    cargo_bin_cmd!("korps")
        .env("KORPS_TODAY", "2026-12-04")
        .args(["demo", "--out"])
        .arg(&db_path)
        .assert()
        .success();
    let db = Database::open(&db_path, "t").expect("open");
    let season = Season::new(2026, 8);
    let entries = db
        .yearly_list(season, ListVariant::Internal, d(2026, 12, 4))
        .expect("list");
    let header = ListHeader {
        corps_name: "Korps".into(),
        season,
        printed: d(2026, 12, 4),
        lang: Lang::Da,
    };
    let (bytes, _) =
        yearly_list::export(&entries, ListVariant::Internal, ListFormat::Xlsx, &header)
            .expect("xlsx");
    assert_frozen_header_and_filter(&bytes);
    let rows = sheet(&bytes);
    let head: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    assert_eq!(
        head,
        [
            "Gruppe",
            "Navn",
            "Skole/sted",
            "Uddannelse",
            "Telefon",
            "E-mail",
            "Start",
            "Slut",
            "Stoppet før tid",
            "Arrangementer",
            "Honorar"
        ]
    );
    assert_eq!(
        rows.len(),
        entries.len() + 1,
        "one row per person, no totals"
    );
    // The oracle: each person's earliest overlapping start and honoraria of the season, by SQL.
    let raw = rusqlite::Connection::open(&db_path).expect("raw");
    let mut checked = 0;
    for row in &rows[1..] {
        let Data::String(name) = &row[1] else {
            panic!("the name is text: {row:?}")
        };
        let (start, ore): (String, i64) = raw
            .query_row(
                "SELECT (SELECT min(term_start) FROM appointments a WHERE a.person_id = p.id \
                   AND a.term_start <= '2027-07-31' AND a.term_end >= '2026-08-01'), \
                 (SELECT coalesce(sum(amount_ore), 0) FROM honoraria h WHERE h.person_id = p.id \
                   AND h.earned_on BETWEEN '2026-08-01' AND '2027-07-31') \
                 FROM persons p WHERE p.name = ?1 LIMIT 1",
                [name],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("person");
        assert_eq!(date_of(&row[6]).to_string(), start, "{name}");
        assert!(date_of(&row[7]) >= date_of(&row[6]));
        #[allow(clippy::cast_precision_loss)]
        let kroner = ore as f64 / 100.0;
        assert_eq!(row[10], Data::Float(kroner), "{name}: honoraria a number");
        assert!(matches!(row[9], Data::Float(_)), "events a number");
        checked += 1;
    }
    assert!(checked > 20, "{checked}");
}

#[test]
fn the_payout_workbook_keeps_the_payroll_number_as_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    let filter = HonorariumFilter {
        status: HonorariumStatus::Awaiting,
        ..HonorariumFilter::default()
    };
    let ids: Vec<i64> = db
        .honoraria_page(&filter, 0, 100)
        .expect("page")
        .rows
        .iter()
        .map(|r| r.id)
        .collect();
    db.approve_honoraria(&ids, common::today())
        .expect("approve");
    let batch = db
        .create_payout_batch(common::today(), "Løn", None, None)
        .expect("batch");
    rusqlite::Connection::open(&path)
        .expect("raw")
        .execute(
            "UPDATE persons SET payroll_number = '0123' WHERE name = 'Zenia Holm'",
            [],
        )
        .expect("payroll");
    let lines = db.payout_lines(batch.id).expect("lines");
    let bytes = korps::export::payouts::payroll_xlsx(&lines, Lang::Da).expect("xlsx");
    assert_frozen_header_and_filter(&bytes);
    let rows = sheet(&bytes);
    assert_eq!(rows[0][2], Data::String("Lønnummer".into()));
    let zenia = rows
        .iter()
        .find(|r| r[0] == Data::String("Zenia Holm".into()))
        .expect("Zenia");
    assert_eq!(
        zenia[2],
        Data::String("0123".into()),
        "text, leading zero kept"
    );
    assert_eq!(zenia[3], Data::Float(500.0));
    assert_eq!(date_of(&zenia[5]), d(2026, 9, 1));
    let aase = rows
        .iter()
        .find(|r| r[0] == Data::String("Aase Andersen".into()))
        .expect("Aase");
    assert_eq!(aase[3], Data::Float(800.0));
    assert_eq!(
        (date_of(&aase[5]), date_of(&aase[6])),
        (d(2026, 3, 2), d(2026, 10, 15))
    );
    assert!(
        matches!(aase[1], Data::Float(_)),
        "the korps number is a number"
    );
}
