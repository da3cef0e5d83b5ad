//! iCalendar (RFC 5545) for Outlook and other calendars.
//!
//! One `VCALENDAR` (`METHOD:PUBLISH`) with a `VTIMEZONE` for Europe/Copenhagen (CET/CEST by the
//! EU rule: last Sunday of March 02:00 → +0200, last Sunday of October 03:00 → +0100), and one
//! `VEVENT` per [`Event`]. Timed events are local times with `TZID=Europe/Copenhagen`; events
//! without a start time are all-day (`VALUE=DATE`, ending the next day, as RFC 5545 counts the
//! end as exclusive).
//!
//! **UIDs and sequences are the caller's job**: pass a UID that is stable for the event across
//! exports (e.g. `event-42@korps`) so that importing a second export updates the event instead of
//! duplicating it, and raise [`Event::sequence`] whenever the event changes (e.g. a revision
//! counter kept with the event). A cancelled event is exported with its UID, a higher sequence
//! and [`Status::Cancelled`], so calendars remove it. `DTSTAMP` is a parameter; this module never
//! reads the clock.
//!
//! Text values are cleaned of control characters and escaped (`\\`, `;`, `,`, newline → `\n`);
//! lines are folded at 75 octets without splitting a UTF-8 character; every line ends in CRLF.

use super::clean::clean_keep_newlines;
use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use std::fmt::Write;

/// The product identifier written when the caller has no reason to choose another.
pub const PRODID: &str = "-//korps//korps//DA";
/// The time zone every timed event is in.
pub const TZID: &str = "Europe/Copenhagen";

/// Whether an event will take place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    /// It is agreed.
    #[default]
    Confirmed,
    /// It is asked for or planned, not yet agreed.
    Tentative,
    /// It will not take place; calendars that imported it remove or strike it.
    Cancelled,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Confirmed => "CONFIRMED",
            Status::Tentative => "TENTATIVE",
            Status::Cancelled => "CANCELLED",
        }
    }
}

/// One event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// A globally unique, stable identifier, e.g. `event-42@korps` (see the module docs).
    pub uid: String,
    /// The revision: raise it whenever the event changes.
    pub sequence: u32,
    /// The local date.
    pub date: NaiveDate,
    /// The local start time; `None` makes an all-day event.
    pub start: Option<NaiveTime>,
    /// The local end time. `None` with a start leaves `DTEND` out (the event is a point in
    /// time); an end at or before the start means the next day.
    pub end: Option<NaiveTime>,
    /// The title shown in the calendar.
    pub summary: String,
    /// Where, e.g. the school and room.
    pub location: Option<String>,
    /// Longer text; line breaks are kept.
    pub description: Option<String>,
    /// Confirmed, tentative or cancelled.
    pub status: Status,
}

/// A calendar: its product id, an optional display name, and the events.
#[derive(Debug, Clone, PartialEq)]
pub struct Calendar {
    /// `PRODID`, e.g. [`PRODID`].
    pub prodid: String,
    /// A name calendars show for the subscription (`X-WR-CALNAME`).
    pub name: Option<String>,
    /// The events in order.
    pub events: Vec<Event>,
}

impl Calendar {
    /// An empty calendar with the default [`PRODID`].
    pub fn new(name: Option<String>) -> Calendar {
        Calendar {
            prodid: PRODID.to_string(),
            name,
            events: Vec::new(),
        }
    }
}

/// The VTIMEZONE block for Europe/Copenhagen, unfolded, CRLF line ends.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n\
X-LIC-LOCATION:Europe/Copenhagen\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// The calendar as an `.ics` file. `dtstamp` is the moment of export **in UTC**.
pub fn render(calendar: &Calendar, dtstamp: NaiveDateTime) -> String {
    let mut out = String::with_capacity(1024 + 400 * calendar.events.len());
    let stamp = dtstamp.format("%Y%m%dT%H%M%SZ").to_string();
    push(&mut out, "BEGIN:VCALENDAR");
    push(&mut out, &format!("PRODID:{}", text(&calendar.prodid)));
    push(&mut out, "VERSION:2.0");
    push(&mut out, "CALSCALE:GREGORIAN");
    push(&mut out, "METHOD:PUBLISH");
    if let Some(name) = &calendar.name {
        push(&mut out, &format!("X-WR-CALNAME:{}", text(name)));
    }
    push(&mut out, &format!("X-WR-TIMEZONE:{TZID}"));
    out.push_str(VTIMEZONE);
    for event in &calendar.events {
        push_event(&mut out, event, &stamp);
    }
    push(&mut out, "END:VCALENDAR");
    out
}

fn push_event(out: &mut String, event: &Event, stamp: &str) {
    push(out, "BEGIN:VEVENT");
    push(out, &format!("UID:{}", text(&event.uid)));
    push(out, &format!("DTSTAMP:{stamp}"));
    push(out, &format!("SEQUENCE:{}", event.sequence));
    match event.start {
        None => {
            let next = event.date + Days::new(1);
            push(
                out,
                &format!("DTSTART;VALUE=DATE:{}", event.date.format("%Y%m%d")),
            );
            push(out, &format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
        }
        Some(start) => {
            push(
                out,
                &format!("DTSTART;TZID={TZID}:{}", local(event.date, start)),
            );
            if let Some(end) = event.end {
                let end_date = if end <= start {
                    event.date + Days::new(1)
                } else {
                    event.date
                };
                push(out, &format!("DTEND;TZID={TZID}:{}", local(end_date, end)));
            }
        }
    }
    push(out, &format!("SUMMARY:{}", text(&event.summary)));
    if let Some(location) = &event.location {
        push(out, &format!("LOCATION:{}", text(location)));
    }
    if let Some(description) = &event.description {
        push(out, &format!("DESCRIPTION:{}", text(description)));
    }
    push(out, &format!("STATUS:{}", event.status.as_str()));
    push(out, "END:VEVENT");
}

fn local(date: NaiveDate, time: NaiveTime) -> String {
    let mut s = date.format("%Y%m%d").to_string();
    let _ = write!(s, "T{}", time.format("%H%M%S"));
    s
}

/// A TEXT value: control characters removed, then `\`, `;`, `,` and line breaks escaped.
pub fn text(value: &str) -> String {
    let cleaned = clean_keep_newlines(value);
    let mut out = String::with_capacity(cleaned.len() + 8);
    for c in cleaned.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (continuations start with a space, which
/// counts), never inside a UTF-8 character, each physical line ending in CRLF.
fn push(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = 75;
    while rest.len() > limit {
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = 74;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(text("a\\b;c,d\r\ne\u{7}"), "a\\\\b\\;c\\,d\\ne");
    }

    #[test]
    fn folding_keeps_lines_within_75_octets_and_characters_whole() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "æøå€😀".repeat(40));
        push(&mut out, &line);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn a_short_line_is_not_folded() {
        let mut out = String::new();
        push(&mut out, &"x".repeat(75));
        assert_eq!(out.len(), 77);
    }
}
