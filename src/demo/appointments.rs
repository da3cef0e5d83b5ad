//! The demo appointments: terms across three seasons (last, this, and the next one for people
//! already renewed), planned from the persons as inserted and drawn from their own stream.
//!
//! - Appointed persons have one term per season they were active, from the season they were
//!   recruited in (at the earliest last season) to this one; a first term starts on the day they
//!   were appointed and runs to the season's end, later ones follow the season (1.8.–31.7.).
//! - About one in six of them is already renewed for next season.
//! - A few terms were appointed mid-season a year ago and end within 30 days of today.
//! - Stopped persons have a term ended early on the day they stopped, with a reason.
//! - One appointed under-18 lacks a guardian's consent and one adult lacks a consent date, so
//!   the Udpegninger screen's flags have something to show.

use chrono::{Days, NaiveDate};

use crate::domain::appointment::{AppointmentStatus, default_end};
use crate::domain::person::{Person, Recruitment, is_minor};
use crate::domain::season::{DEFAULT_START_MONTH, Season};
use crate::storage::persons::PersonFilter;
use crate::storage::{ArchivedFilter, Database, StorageError};

use super::rng::Rng;

/// Why the demo's stopped persons stopped.
const REASONS: &[&str] = &[
    "Flyttet fra kommunen",
    "Startet på en uddannelse i en anden by",
    "Har ikke tid ved siden af studiet",
    "Har fået fuldtidsarbejde",
    "Personlige årsager",
];

/// One planned term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub person_id: i64,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub status: AppointmentStatus,
}

fn days(date: NaiveDate, n: u64) -> NaiveDate {
    date.checked_add_days(Days::new(n)).unwrap_or(date)
}

/// The terms of `persons` (as stored) for `today`.
pub fn plan(rng: &mut Rng, today: NaiveDate, persons: &[Person]) -> Vec<Term> {
    let this = Season::containing(today, DEFAULT_START_MONTH);
    let last = this.prev();
    let mut out = Vec::new();
    for p in persons {
        let Some(changed) = p.data.recruitment_changed else {
            continue;
        };
        let term = |start: NaiveDate, end: NaiveDate| Term {
            person_id: p.id,
            start,
            end,
            status: AppointmentStatus::Active,
        };
        match p.data.recruitment {
            Recruitment::Appointed => {
                let first = Season::containing(changed, DEFAULT_START_MONTH).max(last);
                if first == last && rng.chance(12) {
                    // Appointed mid-season a year ago on a one-year term: ends within 30 days.
                    let end = days(today, rng.between(1, 29).unsigned_abs());
                    let start = days(
                        end.checked_sub_months(chrono::Months::new(12))
                            .unwrap_or(end),
                        1,
                    );
                    out.push(term(start, end));
                    continue;
                }
                let mut season = first;
                while season <= this {
                    let start = if season == first {
                        changed.max(season.first_day())
                    } else {
                        season.first_day()
                    };
                    out.push(term(start, season.last_day()));
                    season = season.next();
                }
                if rng.chance(16) {
                    let start = this.next().first_day();
                    out.push(term(start, default_end(start)));
                }
            }
            Recruitment::Stopped => {
                let season = Season::containing(changed, DEFAULT_START_MONTH);
                // Stopped early in this season: its term; else the season before they stopped.
                let settled = (changed - this.first_day()).num_days() > 14;
                let season = if season == this && settled {
                    this
                } else if season > last {
                    season.prev()
                } else {
                    season
                };
                if season < last {
                    continue;
                }
                let start = season.first_day();
                let end = season.last_day();
                let mut t = term(start, end);
                if changed <= end {
                    t.status = AppointmentStatus::EndedEarly {
                        date: changed.max(start),
                        reason: (*rng.pick(REASONS)).to_string(),
                    };
                }
                out.push(t);
            }
            _ => {}
        }
    }
    out
}

/// Plans and writes the terms for the persons in `db`, and takes away one minor's guardian
/// consent and one adult's consent date (see the module doc). Returns how many terms.
pub fn insert_all(
    db: &mut Database,
    rng: &mut Rng,
    today: NaiveDate,
) -> Result<usize, StorageError> {
    let filter = PersonFilter {
        archived: ArchivedFilter::All,
        ..PersonFilter::default()
    };
    let total = db.count_persons(&filter)?;
    let mut ids: Vec<i64> = db
        .list_persons(&filter, 0, total)?
        .into_iter()
        .map(|r| r.id)
        .collect();
    ids.sort_unstable();
    let persons = ids
        .into_iter()
        .map(|id| db.person(id))
        .collect::<Result<Vec<_>, _>>()?;
    let terms = plan(rng, today, &persons);
    for t in &terms {
        db.record_appointment(t.person_id, t.start, t.end, &t.status)?;
    }
    let appointed = |p: &&Person| p.data.recruitment == Recruitment::Appointed && !p.data.archived;
    let minor = persons
        .iter()
        .filter(appointed)
        .find(|p| p.data.birth_date.is_some_and(|b| is_minor(b, today)));
    if let Some(p) = minor {
        let mut data = p.data.clone();
        data.guardian_consent_date = None;
        db.update_person(p.id, p.version, &data)?;
    }
    let adult = persons
        .iter()
        .filter(appointed)
        .find(|p| p.data.birth_date.is_some_and(|b| !is_minor(b, today)));
    if let Some(p) = adult {
        let mut data = p.data.clone();
        data.consent_date = None;
        db.update_person(p.id, p.version, &data)?;
    }
    Ok(terms.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::generate;
    use crate::domain::appointment::AppointmentFlag as F;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
    }

    #[test]
    fn terms_span_three_seasons_with_early_ends_and_some_ending_soon() {
        let mut db = Database::open_in_memory("demo").expect("db");
        generate(&mut db, today(), 1, 2010, &mut |_, _| {}).expect("demo");
        let this = Season::containing(today(), 8);
        let count = |s: Season| {
            db.count_appointments(&crate::storage::appointments::AppointmentFilter::season(s))
                .expect("count")
        };
        assert!(count(this.prev()) > 5, "last season");
        assert!(count(this) > 20, "this season");
        assert!(count(this.next()) > 0, "next season");
        let rows = db
            .list_appointments(
                &crate::storage::appointments::AppointmentFilter::season(this),
                0,
                1000,
            )
            .expect("rows");
        let flags: Vec<_> = rows
            .iter()
            .flat_map(|r| {
                crate::domain::appointment::appointment_flags(&r.appointment, r.facts, today())
            })
            .collect();
        assert!(flags.contains(&F::EndingSoon));
        assert!(flags.contains(&F::MinorWithoutGuardianConsent));
        assert!(flags.contains(&F::NoConsentDate));
        let all_last = db
            .list_appointments(
                &crate::storage::appointments::AppointmentFilter::season(this.prev()),
                0,
                1000,
            )
            .expect("rows");
        assert!(all_last.iter().any(|r| r.appointment.is_ended_early()));
        let minors_with_consent = rows
            .iter()
            .filter(|r| {
                r.facts.birth_date.is_some_and(|b| is_minor(b, today()))
                    && r.facts.guardian_consent_date.is_some()
            })
            .count();
        assert!(minors_with_consent >= 2, "{minors_with_consent}");
    }

    #[test]
    fn the_same_seed_gives_the_same_terms() {
        let run = || {
            let mut db = Database::open_in_memory("demo").expect("db");
            generate(&mut db, today(), 1, 7, &mut |_, _| {}).expect("demo");
            let f = crate::storage::appointments::AppointmentFilter {
                from: NaiveDate::from_ymd_opt(1900, 1, 1).expect("date"),
                to: NaiveDate::from_ymd_opt(2200, 12, 31).expect("date"),
                kind: None,
            };
            db.list_appointments(&f, 0, 10_000).expect("rows")
        };
        assert_eq!(run(), run());
    }
}
