//! The demo's visit calendar: school holidays for three school years, appointments for the
//! appointed persons who have none yet, and events over three seasons — past ones (held, some
//! cancelled; the last two weeks' confirmed until attendance is logged), this week's, and
//! upcoming ones (some under-staffed) — with bookings.
//!
//! Bookings follow the picker: each candidate is checked with `domain::schedule::Picker`
//! against an in-memory copy of the appointments and the bookings made so far, and only an
//! eligible or warned person is booked; a few blocked ones are forced with a reason, as a
//! coordinator would. It works whether or not appointments were written before it: it only adds
//! one for an appointed person who has none.

use std::collections::HashMap;

use chrono::{Datelike, Days, NaiveDate, NaiveTime};

use crate::domain::appointment::Appointment;
use crate::domain::event::{EventData, EventKind, EventStatus};
use crate::domain::holidays::is_public_holiday;
use crate::domain::institution::InstitutionKind;
use crate::domain::person::{PersonKind, Recruitment};
use crate::domain::schedule::{Booking, Candidate, Level, Picker, Slot};
use crate::domain::school_holidays::{SchoolHoliday, is_school_holiday};
use crate::domain::season::Season;
use crate::i18n::default_school_holidays;
use crate::storage::institutions::InstitutionFilter;
use crate::storage::persons::PersonFilter;
use crate::storage::{Database, StorageError};

use super::rng::Rng;

/// What the calendar part wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EventsSummary {
    pub events: usize,
    pub bookings: usize,
}

const CANCEL_REASONS: [&str; 4] = [
    "Skolen aflyste pga. sygdom",
    "Flyttet til foråret efter ønske fra skolen",
    "For få tilmeldte",
    "Lærerne var på kursus",
];
const FORCE_REASON: &str = "Har været med før; udpegningen fornyes i næste uge";
const GRADES: [&str; 5] = ["8.a", "8.b, 8.c", "9.a, 9.b", "9.c", "10.a"];
const ROOMS: [&str; 4] = ["Aulaen", "Lokale 12", "Biblioteket", "Musiksalen"];

struct Person {
    id: i64,
    kind: PersonKind,
    birth: Option<NaiveDate>,
}

/// Writes the calendar for `today`; `scale` multiplies the events.
pub fn generate(
    db: &mut Database,
    rng: &mut Rng,
    today: NaiveDate,
    scale: u32,
) -> Result<EventsSummary, StorageError> {
    let season = Season::containing(today, 8);
    let first = season.prev().first_day();
    let last = today + Days::new(8 * 7);
    // School holidays for the three school years the calendar touches.
    let mut holidays: Vec<SchoolHoliday> = Vec::new();
    for year in [
        season.start_year - 1,
        season.start_year,
        season.start_year + 1,
    ] {
        let rows = default_school_holidays(year);
        db.replace_school_holidays(year, &rows)?;
        holidays.extend(rows);
    }
    // The corps: appointed persons get an appointment when they have none.
    let people = persons(db, today)?;
    let appointments = db.all_appointments()?;
    let mut terms: HashMap<i64, Vec<Appointment>> = HashMap::new();
    for a in appointments {
        terms.entry(a.person_id).or_default().push(a);
    }
    let places = places(db)?;
    let mut summary = EventsSummary::default();
    if places.is_empty() || people.is_empty() {
        return Ok(summary);
    }
    let mut booked: HashMap<i64, Vec<Booking>> = HashMap::new();
    let mut forced_left = scale as usize;
    let mut monday = first - Days::new(u64::from(first.weekday().num_days_from_monday()));
    while monday <= last {
        let in_holiday = is_school_holiday(monday + Days::new(2), &holidays);
        let per_week = if in_holiday {
            0
        } else {
            rng.between(3, 6) as usize * scale as usize
        };
        for _ in 0..per_week {
            let mut data = plan_event(rng, monday, today, &places);
            let cancel = data.date < today && rng.chance(8);
            if cancel {
                // Cancelled before it was held.
                data.status = EventStatus::Confirmed;
            }
            let id = db.insert_event(&data, today).map_err(|e| match e {
                crate::storage::events::EventChangeError::Storage(s) => s,
                crate::storage::events::EventChangeError::Rule(_) => StorageError::NotFound,
            })?;
            summary.events += 1;
            // Fully staffed, except some upcoming ones.
            let short = data.date >= today && rng.chance(30);
            let want = (data.needs_role_models + data.needs_ambassadors) as usize;
            let want = if short {
                want.saturating_sub(1 + rng.below(2) as usize)
            } else {
                want
            };
            let picker = Picker::new(Some(id), &data, &is_public_holiday, &holidays);
            let slot = Slot::of(&data);
            let mut need = [data.needs_role_models, data.needs_ambassadors];
            let mut chosen = 0;
            let offset = rng.below(people.len() as u64) as usize;
            for step in 0..people.len() {
                if chosen >= want {
                    break;
                }
                let p = &people[(offset + step * 7) % people.len()];
                let slot_i = usize::from(p.kind == PersonKind::Ambassador);
                let on_it = booked
                    .get(&p.id)
                    .is_some_and(|b| b.iter().any(|b| b.event_id == id));
                if need[slot_i] == 0 || on_it {
                    continue;
                }
                let none = Vec::new();
                let candidate = Candidate {
                    birth_date: p.birth,
                    appointments: terms.get(&p.id).map_or(&[], Vec::as_slice),
                    unavailability: &[],
                    bookings: booked.get(&p.id).unwrap_or(&none),
                };
                let verdict = picker.verdict(&candidate);
                let reason = match verdict.level {
                    Level::Eligible | Level::Warning => "",
                    Level::Blocked if forced_left > 0 && data.date >= today => {
                        forced_left -= 1;
                        FORCE_REASON
                    }
                    Level::Blocked => continue,
                };
                db.demo_book(id, p.id, reason)?;
                booked.entry(p.id).or_default().push(Booking {
                    event_id: id,
                    slot,
                    label: String::new(),
                });
                need[slot_i] -= 1;
                chosen += 1;
                summary.bookings += 1;
            }
            if cancel {
                let reason = rng.pick(&CANCEL_REASONS);
                let version = db.event(id)?.version;
                db.cancel_event(id, version, reason, today)
                    .map_err(|e| match e {
                        crate::storage::events::EventChangeError::Storage(s) => s,
                        crate::storage::events::EventChangeError::Rule(_) => StorageError::NotFound,
                    })?;
            }
        }
        monday = monday + Days::new(7);
    }
    Ok(summary)
}

/// The appointed persons, each given an appointment from their recruitment date when they
/// have none yet.
fn persons(db: &mut Database, today: NaiveDate) -> Result<Vec<Person>, StorageError> {
    let filter = PersonFilter {
        recruitment: Some(Recruitment::Appointed),
        ..PersonFilter::default()
    };
    let total = db.count_persons(&filter)?;
    let rows = db.list_persons(&filter, 0, total)?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let person = db.person(row.id)?;
        let start = person.data.recruitment_changed.unwrap_or(today).min(today);
        db.appoint_if_none(row.id, start)?;
        out.push(Person {
            id: row.id,
            kind: row.kind,
            birth: row.birth_date,
        });
    }
    Ok(out)
}

/// Active institutions by what visits go to them: `(id, kind)`.
fn places(db: &Database) -> Result<Vec<(i64, InstitutionKind)>, StorageError> {
    let filter = InstitutionFilter::default();
    let total = db.count_institutions(&filter)?;
    Ok(db
        .list_institutions(&filter, 0, total)?
        .into_iter()
        .map(|r| (r.id, r.kind))
        .collect())
}

fn pick_place(rng: &mut Rng, places: &[(i64, InstitutionKind)], kinds: &[InstitutionKind]) -> i64 {
    let fitting: Vec<i64> = places
        .iter()
        .filter(|(_, k)| kinds.contains(k))
        .map(|(id, _)| *id)
        .collect();
    if fitting.is_empty() {
        rng.pick(places).0
    } else {
        *rng.pick(&fitting)
    }
}

/// One event in the week of `monday`, its status following its date.
fn plan_event(
    rng: &mut Rng,
    monday: NaiveDate,
    today: NaiveDate,
    places: &[(i64, InstitutionKind)],
) -> EventData {
    use InstitutionKind as I;
    let kind = [
        EventKind::SchoolVisit,
        EventKind::JobCentre,
        EventKind::YouthGuidance,
        EventKind::FestivalStand,
        EventKind::Other,
    ][rng.weighted(&[70, 10, 10, 4, 6])];
    let (kinds, weekend): (&[I], bool) = match kind {
        EventKind::SchoolVisit => (&[I::PrimarySchool, I::TenthGrade], false),
        EventKind::JobCentre => (&[I::JobCentre], false),
        EventKind::YouthGuidance => (&[I::YouthGuidance, I::PrimarySchool], false),
        EventKind::FestivalStand => (&[I::Festival], true),
        EventKind::Other => (&[I::Gymnasium, I::VocationalCollege, I::Other], false),
    };
    let day = if weekend { 5 } else { rng.below(5) };
    let date = monday + Days::new(day);
    let (start, end) = if kind == EventKind::FestivalStand {
        (None, None)
    } else {
        let start = NaiveTime::from_hms_opt(
            8 + rng.below(6) as u32,
            [0, 15, 30, 45][rng.below(4) as usize],
            0,
        );
        let minutes = [60, 90, 90, 120][rng.below(4) as usize];
        (start, start.map(|s| s + chrono::Duration::minutes(minutes)))
    };
    let status = if date < today || (date == today && rng.chance(50)) {
        // The last two weeks' stay confirmed until their attendance is logged (the demo's
        // attendance logs about half of them, and logging every booking makes an event held),
        // so no event is held with a booking still to log.
        if date >= today - Days::new(14) {
            EventStatus::Confirmed
        } else {
            EventStatus::Held
        }
    } else if date < today + Days::new(14) {
        [EventStatus::Confirmed, EventStatus::Planned][rng.weighted(&[70, 30])]
    } else {
        [
            EventStatus::Requested,
            EventStatus::Planned,
            EventStatus::Confirmed,
        ][rng.weighted(&[30, 40, 30])]
    };
    let school = kind == EventKind::SchoolVisit;
    EventData {
        kind,
        institution_id: pick_place(rng, places, kinds),
        date,
        start,
        end,
        place: if school {
            rng.pick(&ROOMS).to_string()
        } else {
            String::new()
        },
        grades: if school {
            rng.pick(&GRADES).to_string()
        } else {
            String::new()
        },
        expected_pupils: school.then(|| rng.between(20, 90)),
        contact: String::new(),
        status,
        cancel_reason: String::new(),
        needs_role_models: u32::from(rng.chance(60)),
        needs_ambassadors: 1 + u32::from(rng.chance(50)),
        notes: String::new(),
    }
}
