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
use crate::storage::events::EventChangeError;
use crate::storage::institutions::InstitutionFilter;
use crate::storage::persons::PersonFilter;
use crate::storage::{Database, StorageError};

use super::rng::Rng;

/// What the calendar part wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EventsSummary {
    pub events: usize,
    pub bookings: usize,
    /// The open visit of the demo's story: an upcoming school visit this year with nobody
    /// booked yet (see [`open_visit`]).
    pub open_visit: Option<i64>,
}

/// How many visits a school week gets at scale 1, weighted: none, one, two. About 0,95 a
/// week, some 35 a year of one to two people — the volume a budget of 50.000 kr. a year
/// carries (DESIGN §4: at 500 kr. a participation it pays for about 100 participations).
const PER_WEEK_WEIGHTS: [u64; 3] = [30, 45, 25];

const CANCEL_REASONS: [&str; 4] = [
    "Skolen aflyste pga. sygdom",
    "Flyttet til foråret efter ønske fra skolen",
    "For få tilmeldte",
    "Lærerne var på kursus",
];
const FORCE_REASON: &str = "Har været med før; udpegningen fornyes i næste uge";
const GRADES: [&str; 5] = ["8.a", "8.b, 8.c", "9.a, 9.b", "9.c", "10.a"];
const OPEN_VISIT_NOTE: &str = "Skolen har bekræftet; mangler stadig folk";
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
            rng.weighted(&PER_WEEK_WEIGHTS) * scale as usize
        };
        for _ in 0..per_week {
            let mut data = plan_event(rng, monday, today, &places);
            let cancel = data.date < today && rng.chance(8);
            if cancel {
                // Cancelled before it was held.
                data.status = EventStatus::Confirmed;
            }
            let id = db.insert_event(&data, today).map_err(storage_error)?;
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
                    .map_err(storage_error)?;
            }
        }
        monday = monday + Days::new(7);
    }
    summary.open_visit = Some(open_visit(db, rng, today, &places)?);
    Ok(summary)
}

/// The open visit: a confirmed school visit a few weekdays from `today` (never past this
/// year's last day, never before `today`) that needs a role model and two ambassadors and has
/// nobody booked yet — the booking the demo's budget story turns on (`demo::budget` sizes
/// this year's figures so that booking it crosses the warning).
fn open_visit(
    db: &mut Database,
    rng: &mut Rng,
    today: NaiveDate,
    places: &[(i64, InstitutionKind)],
) -> Result<i64, StorageError> {
    let year_end = NaiveDate::from_ymd_opt(today.year(), 12, 31).unwrap_or(today);
    let mut day = today + Days::new(4);
    while day.weekday().number_from_monday() > 5 || is_public_holiday(day) {
        day = day + Days::new(1);
    }
    let start = NaiveTime::from_hms_opt(9, 0, 0);
    let data = EventData {
        kind: EventKind::SchoolVisit,
        institution_id: pick_place(rng, places, &[InstitutionKind::PrimarySchool]),
        date: day.min(year_end).max(today),
        start,
        end: start.map(|s| s + chrono::Duration::minutes(90)),
        place: ROOMS[0].to_string(),
        grades: GRADES[2].to_string(),
        expected_pupils: Some(48),
        contact: String::new(),
        status: EventStatus::Confirmed,
        cancel_reason: String::new(),
        needs_role_models: 1,
        needs_ambassadors: 2,
        notes: OPEN_VISIT_NOTE.to_string(),
    };
    db.insert_event(&data, today).map_err(storage_error)
}

/// The demo writes only valid events, so a rule refusal cannot happen; were it to, it is
/// reported as a storage failure rather than ignored.
fn storage_error(e: EventChangeError) -> StorageError {
    match e {
        EventChangeError::Storage(s) => s,
        EventChangeError::Rule(_) => StorageError::NotFound,
    }
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
        needs_role_models: u32::from(rng.chance(50)),
        needs_ambassadors: 1,
        notes: String::new(),
    }
}
