//! A small, fixed visit calendar on top of `common::seed` for the scheduling tests: appointments
//! for everyone but Émile Dupont, school holidays of 2026/27, and events in week 49 of 2026
//! (today is Friday 27.11.2026): two overlapping ones on Thursday 3.12, a cancelled one, an
//! all-day festival on Saturday, and a held one last week with a booking.

#![allow(dead_code)]

use chrono::{NaiveDate, NaiveTime};
use korps::domain::event::{EventData, EventKind, EventStatus};
use korps::i18n::default_school_holidays;
use korps::storage::Database;
use korps::storage::booking::NewBooking;
use korps::storage::institutions::InstitutionFilter;
use korps::storage::persons::PersonFilter;

use super::common;

/// The ids the tests refer to.
pub struct Schedule {
    /// Thursday 3.12.2026 10:00–11:30 at Østre Skole, needs 1 RM and 2 AMB.
    pub visit: i64,
    /// Thursday 3.12.2026 11:00–12:00, overlaps `visit`.
    pub overlapping: i64,
    /// Monday 30.11.2026 09:00–10:00 at Nørremarkskolen.
    pub monday: i64,
    pub cancelled: i64,
    pub festival: i64,
    pub held: i64,
}

pub fn t(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

pub fn event(
    kind: EventKind,
    place: i64,
    date: NaiveDate,
    times: Option<(u32, u32, u32, u32)>,
) -> EventData {
    EventData {
        kind,
        institution_id: place,
        date,
        start: times.and_then(|(h, m, _, _)| t(h, m)),
        end: times.and_then(|(_, _, h, m)| t(h, m)),
        place: "Aulaen".into(),
        grades: "8.a, 8.b".into(),
        expected_pupils: Some(48),
        contact: "Mette Østergård".into(),
        status: EventStatus::Confirmed,
        cancel_reason: String::new(),
        needs_role_models: 1,
        needs_ambassadors: 2,
        notes: String::new(),
    }
}

/// The id of the person or institution called `name`.
pub fn person_id(db: &Database, name: &str) -> i64 {
    let f = PersonFilter {
        search: name.into(),
        ..PersonFilter::default()
    };
    db.list_persons(&f, 0, 5).expect("list")[0].id
}

pub fn place_id(db: &Database, name: &str) -> i64 {
    let f = InstitutionFilter {
        search: name.into(),
        ..InstitutionFilter::default()
    };
    db.list_institutions(&f, 0, 5).expect("list")[0].id
}

/// Seeds `common::seed` and the calendar.
pub fn seed(db: &mut Database) -> Schedule {
    common::seed(db);
    let today = common::today();
    for name in [
        "Zenia Holm",
        "Aase Andersen",
        "Ørn Østergaard",
        "Anders Bæk",
        "Åse Lund",
        "Ærenpris Møller",
    ] {
        let id = person_id(db, name);
        db.appoint_if_none(id, common::date(2026, 8, 1))
            .expect("appoint");
    }
    db.replace_school_holidays(2026, &default_school_holidays(2026))
        .expect("holidays");
    let oestre = place_id(db, "Østre Skole");
    let noerre = place_id(db, "Nørremarkskolen");
    let eud = place_id(db, "Erhvervsskolen Syd");
    let thu = common::date(2026, 12, 3);
    let visit = db
        .insert_event(
            &event(EventKind::SchoolVisit, oestre, thu, Some((10, 0, 11, 30))),
            today,
        )
        .expect("visit");
    let mut other = event(EventKind::JobCentre, eud, thu, Some((11, 0, 12, 0)));
    other.status = EventStatus::Planned;
    other.needs_role_models = 0;
    other.needs_ambassadors = 1;
    let overlapping = db.insert_event(&other, today).expect("overlap");
    let mut mon = event(
        EventKind::SchoolVisit,
        noerre,
        common::date(2026, 11, 30),
        Some((9, 0, 10, 0)),
    );
    mon.status = EventStatus::Requested;
    let monday = db.insert_event(&mon, today).expect("monday");
    let cancelled = db
        .insert_event(
            &event(
                EventKind::SchoolVisit,
                noerre,
                common::date(2026, 12, 2),
                Some((12, 0, 13, 0)),
            ),
            today,
        )
        .expect("cancel");
    let version = db.event(cancelled).expect("event").version;
    db.cancel_event(cancelled, version, "Skolen er lukket pga. vandskade", today)
        .map_err(|_| ())
        .expect("cancel");
    let mut fest = event(
        EventKind::FestivalStand,
        eud,
        common::date(2026, 12, 5),
        None,
    );
    fest.needs_role_models = 0;
    fest.needs_ambassadors = 1;
    let festival = db.insert_event(&fest, today).expect("festival");
    let mut past = event(
        EventKind::SchoolVisit,
        oestre,
        common::date(2026, 11, 20),
        Some((10, 0, 11, 0)),
    );
    past.needs_ambassadors = 1;
    let held = db.insert_event(&past, today).expect("held");
    let (from, to) = (common::date(2026, 8, 1), common::date(2027, 7, 31));
    db.book_persons(
        held,
        &[NewBooking {
            person_id: person_id(db, "Anders Bæk"),
            forced_reason: None,
        }],
        from,
        to,
    )
    .expect("book");
    let version = db.event(held).expect("event").version;
    let mut data = db.event(held).expect("event").data;
    data.status = EventStatus::Held;
    db.update_event(held, version, &data, today)
        .map_err(|_| ())
        .expect("held");
    Schedule {
        visit,
        overlapping,
        monday,
        cancelled,
        festival,
        held,
    }
}

/// The seeded school visit on Thursday 3.12.2026 (next week), booked for the attendance tests.
pub fn seed_ids_future(db: &Database) -> i64 {
    db.events_between(common::date(2026, 12, 3), common::date(2026, 12, 3))
        .expect("events")
        .into_iter()
        .find(|e| e.kind == EventKind::SchoolVisit)
        .expect("visit")
        .id
}
