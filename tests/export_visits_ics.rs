//! The visit calendar as iCalendar: stored events mapped to a calendar (golden file
//! `tests/fixtures/export/visits.ics`), and through the database: UIDs stable across exports,
//! `SEQUENCE` raised by an edit and a booking, a cancelled event as `STATUS:CANCELLED`, the
//! person filter.
//!
//! The golden file is also checked by an independent parser, outside `cargo test`:
//! `python3 tests/fixtures/export/check_ics.py tests/fixtures/export/visits.ics`.
//! Set `KORPS_BLESS=1` to rewrite the golden file after an intended change.

mod common;
mod visits_support;

use korps::domain::event::{EventKind, EventStatus};
use korps::export::ical::render;
use korps::export::visits_ics::calendar;
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::booking::NewBooking;
use korps::storage::calendar::CalendarEntry;

const GOLDEN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/export/visits.ics"
);

fn stamp() -> chrono::NaiveDateTime {
    common::today().and_hms_opt(0, 0, 0).expect("stamp")
}

fn entries() -> Vec<CalendarEntry> {
    let base = CalendarEntry {
        event_id: 1,
        uid: "5f0c1e2d3b4a59687766554433221100".into(),
        sequence: 0,
        date: common::date(2026, 12, 3),
        start: visits_support::t(10, 0),
        end: visits_support::t(11, 30),
        kind: EventKind::SchoolVisit,
        status: EventStatus::Confirmed,
        institution: Some("Østre Skole".into()),
        address: Some("Østergade 12, 6200 Aabenraa".into()),
        place: "Aulaen".into(),
        grades: "8.a, 8.b; 9.c".into(),
        contact: "Mette Østergård".into(),
        people: vec!["Zenia Holm".into(), "Åse Lund".into()],
        notes: "Husk roll-ups\nog foldere".into(),
        cancel_reason: String::new(),
    };
    vec![
        base.clone(),
        CalendarEntry {
            event_id: 2,
            uid: "00112233445566778899aabbccddeeff".into(),
            sequence: 3,
            date: common::date(2026, 12, 2),
            start: visits_support::t(12, 0),
            end: visits_support::t(13, 0),
            status: EventStatus::Cancelled,
            cancel_reason: "Skolen er lukket; sne".into(),
            people: Vec::new(),
            notes: String::new(),
            ..base.clone()
        },
        CalendarEntry {
            event_id: 3,
            uid: "ffeeddccbbaa99887766554433221100".into(),
            sequence: 1,
            date: common::date(2027, 6, 26),
            start: None,
            end: None,
            kind: EventKind::FestivalStand,
            status: EventStatus::Requested,
            institution: Some("Fjordby Ungdomsfestival".into()),
            address: None,
            place: String::new(),
            grades: String::new(),
            contact: String::new(),
            people: Vec::new(),
            notes: String::new(),
            cancel_reason: String::new(),
        },
    ]
}

#[test]
fn matches_the_golden_file() {
    let ics = render(
        &calendar(&entries(), "Rollemodelkorpset", Lang::Da),
        stamp(),
    );
    if std::env::var_os("KORPS_BLESS").is_some() {
        std::fs::write(GOLDEN, &ics).expect("bless");
    }
    let golden = std::fs::read_to_string(GOLDEN).expect("golden file");
    assert_eq!(
        ics, golden,
        "run with KORPS_BLESS=1 to update after an intended change"
    );
    let unfolded = ics.replace("\r\n ", "");
    for needle in [
        "UID:5f0c1e2d3b4a59687766554433221100@korps\r\n",
        "SUMMARY:Skolebesøg: Østre Skole\r\n",
        "LOCATION:Østre Skole\\, Aulaen\r\n",
        "SEQUENCE:3\r\n",
        "STATUS:CANCELLED\r\n",
        "SUMMARY:AFLYST: Skolebesøg: Østre Skole\r\n",
        "DESCRIPTION:Aflyst fordi: Skolen er lukket\\; sne\\nAdresse:",
        "STATUS:TENTATIVE\r\n",
        "DTSTART;VALUE=DATE:20270626\r\n",
        "Klasser: 8.a\\, 8.b\\; 9.c\\n",
        "Noter: Husk roll-ups\\nog foldere",
    ] {
        assert!(unfolded.contains(needle), "missing {needle:?}");
    }
}

#[test]
fn uids_stay_and_sequences_rise_through_the_database() {
    let mut db = Database::open_in_memory("testbruger").expect("open");
    let s = visits_support::seed(&mut db);
    let first = db.calendar_entries(None, None, None).expect("entries");
    let uid =
        |es: &[CalendarEntry], id| es.iter().find(|e| e.event_id == id).expect("e").uid.clone();
    let seq = |es: &[CalendarEntry], id| es.iter().find(|e| e.event_id == id).expect("e").sequence;
    // An edit and a booking each raise the sequence; the UID stays.
    let e = db.event(s.visit).expect("event");
    let mut data = e.data.clone();
    data.place = "Gymnastiksalen".into();
    db.update_event(s.visit, e.version, &data, common::today())
        .expect("edit");
    let zenia = visits_support::person_id(&db, "Zenia Holm");
    db.book_persons(
        s.visit,
        &[NewBooking {
            person_id: zenia,
            forced_reason: None,
        }],
        common::date(2026, 8, 1),
        common::date(2027, 7, 31),
    )
    .expect("book");
    let second = db.calendar_entries(None, None, None).expect("entries");
    assert_eq!(uid(&first, s.visit), uid(&second, s.visit));
    assert_eq!(seq(&second, s.visit), seq(&first, s.visit) + 2);
    let ics = render(&calendar(&second, "Korps", Lang::Da), stamp()).replace("\r\n ", "");
    let cancelled = format!("UID:{}@korps", uid(&second, s.cancelled));
    let at = ics.find(&cancelled).expect("cancelled event exported");
    let end = at + ics[at..].find("END:VEVENT").expect("end");
    let entry = &ics[at..end];
    assert!(entry.contains("STATUS:CANCELLED"));
    // Clients that ignore STATUS still read it: the summary and the stored reason say so.
    let reason = "Skolen er lukket pga. vandskade"; // as visits_support cancels it
    assert!(entry.contains("\r\nSUMMARY:AFLYST: "), "{entry}");
    assert!(
        entry.contains(&format!("DESCRIPTION:Aflyst fordi: {reason}")),
        "{entry}"
    );
    let en = render(&calendar(&second, "Korps", Lang::En), stamp()).replace("\r\n ", "");
    assert!(en.contains("\r\nSUMMARY:CANCELLED: "));
    assert!(en.contains(&format!("DESCRIPTION:Cancelled because: {reason}")));
    // The person filter: Zenia is on the visit only.
    let hers = db
        .calendar_entries(None, None, Some(zenia))
        .expect("entries");
    assert_eq!(
        hers.iter().map(|e| e.event_id).collect::<Vec<_>>(),
        vec![s.visit]
    );
    let week = db
        .calendar_entries(
            Some(common::date(2026, 11, 30)),
            Some(common::date(2026, 12, 6)),
            None,
        )
        .expect("entries");
    assert_eq!(week.len(), 5);
}
