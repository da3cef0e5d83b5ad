//! The iCalendar export against a golden file (`tests/fixtures/export/calendar.ics`), plus the
//! structural rules: CRLF everywhere, no physical line over 75 octets, unfolding restores the
//! values, `VTIMEZONE` present, all-day and timed events in the right form.
//!
//! The golden file is also checked by an independent parser, outside `cargo test`:
//! `python3 tests/fixtures/export/check_ics.py tests/fixtures/export/calendar.ics`
//! (needs `pip install icalendar`). Set `KORPS_BLESS=1` to rewrite the golden file after an
//! intended change, then look at the diff.

use chrono::{NaiveDate, NaiveTime};
use korps::export::ical::{Calendar, Event, Status, render};

const GOLDEN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/export/calendar.ics"
);

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn time(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

/// A small calendar touching every rule: timed (winter and summer time), all-day, overnight,
/// no end, cancelled with a raised sequence, escaping, long Danish text that must fold.
pub fn sample() -> Calendar {
    let mut cal = Calendar::new(Some("Rollemodelkorpset, besøg".into()));
    cal.events = vec![
        Event {
            uid: "event-42@korps".into(),
            sequence: 0,
            date: date(2026, 12, 3),
            start: time(10, 0),
            end: time(11, 30),
            summary: "Skolebesøg: Vestbjerg Skole, 8.a; 8.b".into(),
            location: Some("Vestbjerg Skole, lokale 12".into()),
            description: Some(
                "Rollemodeller: Søren Ærøskøbing, Åse Jensen\nKontakt: Mette Østergård \\ UU"
                    .into(),
            ),
            status: Status::Confirmed,
        },
        Event {
            uid: "event-43@korps".into(),
            sequence: 2,
            date: date(2027, 6, 24),
            start: time(9, 15),
            end: None,
            summary: "Jobcenteraktivering".into(),
            location: None,
            description: None,
            status: Status::Cancelled,
        },
        Event {
            uid: "event-44@korps".into(),
            sequence: 1,
            date: date(2027, 8, 20),
            start: None,
            end: None,
            summary: "Festivalstand på Ungdomsfestivalen – hele dagen, kom og hør om uddannelser \
                      efter folkeskolen og mød vores ambassadører 😀"
                .into(),
            location: Some("Festivalpladsen".into()),
            description: Some("Tag roll-ups med.\u{1b}[31m".into()),
            status: Status::Tentative,
        },
        Event {
            uid: "event-45@korps".into(),
            sequence: 0,
            date: date(2027, 3, 27),
            start: time(22, 0),
            end: time(1, 0),
            summary: "Natteravn-oplæg".into(),
            location: None,
            description: None,
            status: Status::Confirmed,
        },
    ];
    cal
}

fn stamp() -> chrono::NaiveDateTime {
    date(2026, 11, 27).and_hms_opt(8, 30, 0).expect("stamp")
}

#[test]
fn matches_the_golden_file() {
    let ics = render(&sample(), stamp());
    if std::env::var_os("KORPS_BLESS").is_some() {
        std::fs::write(GOLDEN, &ics).expect("bless");
    }
    let golden = std::fs::read_to_string(GOLDEN).expect("golden file");
    assert_eq!(
        ics, golden,
        "run with KORPS_BLESS=1 to update after an intended change"
    );
}

#[test]
fn lines_end_in_crlf_and_fold_within_75_octets() {
    let ics = render(&sample(), stamp());
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "a bare LF");
    assert!(!ics.replace("\r\n", "").contains('\r'), "a bare CR");
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains(
        "SUMMARY:Festivalstand på Ungdomsfestivalen – hele dagen\\, kom og hør om uddannelser \
         efter folkeskolen og mød vores ambassadører 😀\r\n"
    ));
}

#[test]
fn events_have_the_required_properties_in_the_right_form() {
    let ics = render(&sample(), stamp()).replace("\r\n ", "");
    for needle in [
        "BEGIN:VCALENDAR\r\nPRODID:-//korps//korps//DA\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n",
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "DTSTART;TZID=Europe/Copenhagen:20261203T100000\r\nDTEND;TZID=Europe/Copenhagen:20261203T113000\r\n",
        "DTSTAMP:20261127T083000Z\r\n",
        "SUMMARY:Skolebesøg: Vestbjerg Skole\\, 8.a\\; 8.b\r\n",
        "DESCRIPTION:Rollemodeller: Søren Ærøskøbing\\, Åse Jensen\\nKontakt: Mette Østergård \\\\ UU\r\n",
        "UID:event-43@korps\r\nDTSTAMP:20261127T083000Z\r\nSEQUENCE:2\r\nDTSTART;TZID=Europe/Copenhagen:20270624T091500\r\nSUMMARY",
        "STATUS:CANCELLED\r\n",
        "DTSTART;VALUE=DATE:20270820\r\nDTEND;VALUE=DATE:20270821\r\n",
        "STATUS:TENTATIVE\r\n",
        "DESCRIPTION:Tag roll-ups med.\r\n",
        "DTSTART;TZID=Europe/Copenhagen:20270327T220000\r\nDTEND;TZID=Europe/Copenhagen:20270328T010000\r\n",
    ] {
        assert!(ics.contains(needle), "missing {needle:?}");
    }
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 4);
    assert_eq!(ics.matches("END:VEVENT").count(), 4);
}

#[test]
fn an_empty_calendar_is_still_valid() {
    let ics = render(&Calendar::new(None), stamp());
    assert!(ics.contains("BEGIN:VTIMEZONE"));
    assert!(!ics.contains("VEVENT"));
    assert!(!ics.contains("X-WR-CALNAME"));
}
