//! The visit calendar as iCalendar: stored events ([`CalendarEntry`]) to an [`ical::Calendar`].
//!
//! UIDs are the event's stored random `ics_uid` with `@korps`, so they never change and never
//! collide across databases; `SEQUENCE` is the event's stored sequence, bumped on every change;
//! a cancelled event is `STATUS:CANCELLED`, a requested or planned one `TENTATIVE`, a confirmed
//! or held one `CONFIRMED`. Pure: the caller reads the database and the clock.
//!
//! Many clients (calcurse, Outlook on import) ignore `STATUS`, so a cancelled event also says
//! so in words: its summary starts `AFLYST:` (`CANCELLED:`) and its description opens with the
//! reason.

use super::clean::capitalise;
use super::ical::{self, Calendar, Status};
use crate::domain::event::EventStatus;
use crate::i18n::{self, Lang};
use crate::storage::calendar::CalendarEntry;

/// The calendar entry for one event.
pub fn event(entry: &CalendarEntry, lang: Lang) -> ical::Event {
    let kind = i18n::event_kind(entry.kind).get(lang);
    let mut summary = match &entry.institution {
        Some(place) => format!("{}: {place}", capitalise(kind)),
        None => capitalise(kind),
    };
    let cancelled = entry.status == EventStatus::Cancelled;
    if cancelled {
        summary = i18n::VIS_ICS_CANCELLED_SUMMARY.fill(lang, &[("summary", &summary)]);
    }
    let location = [entry.institution.as_deref(), Some(entry.place.as_str())]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let mut lines = Vec::new();
    let mut add = |label: i18n::Text, value: &str| {
        if !value.trim().is_empty() {
            lines.push(format!("{}: {value}", label.get(lang)));
        }
    };
    if cancelled {
        add(i18n::VIS_ICS_CANCEL_REASON, &entry.cancel_reason);
    }
    add(
        i18n::VIS_ICS_ADDRESS,
        entry.address.as_deref().unwrap_or_default(),
    );
    add(i18n::VIS_ICS_GRADES, &entry.grades);
    add(i18n::VIS_ICS_CONTACT, &entry.contact);
    add(i18n::VIS_ICS_PEOPLE, &entry.people.join(", "));
    add(
        i18n::VIS_ICS_STATUS,
        i18n::event_status(entry.status).get(lang),
    );
    add(i18n::VIS_ICS_NOTES, &entry.notes);
    let status = match entry.status {
        EventStatus::Cancelled => Status::Cancelled,
        EventStatus::Requested | EventStatus::Planned => Status::Tentative,
        EventStatus::Confirmed | EventStatus::Held => Status::Confirmed,
    };
    ical::Event {
        uid: format!("{}@korps", entry.uid),
        sequence: u32::try_from(entry.sequence).unwrap_or(0),
        date: entry.date,
        start: entry.start,
        end: entry.end.filter(|_| entry.start.is_some()),
        summary,
        location: Some(location).filter(|l| !l.is_empty()),
        description: Some(lines.join("\n")).filter(|d| !d.is_empty()),
        status,
    }
}

/// The calendar of `entries`, named after the corps.
pub fn calendar(entries: &[CalendarEntry], corps_name: &str, lang: Lang) -> Calendar {
    let name = i18n::VIS_ICS_CALENDAR_NAME.fill(lang, &[("corps", corps_name)]);
    let mut cal = Calendar::new(Some(name));
    cal.events = entries.iter().map(|e| event(e, lang)).collect();
    cal
}
