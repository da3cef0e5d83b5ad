//! The demo corps: 60 persons per scale unit, recruited over the current and the two previous
//! appointment seasons (August to July), all dated relative to today.
//!
//! About a third are role models aged 20–26; the rest are ambassadors aged 16–20 from the
//! gymnasiums, the vocational college and the business academy, so some are under 18 and have
//! a guardian's consent. Most are appointed; the newest season has people still interested or
//! contacted, older seasons have people who stopped, and a few of those are archived.

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::domain::person::{PersonData, PersonKind, Recruitment};
use crate::storage::{Database, StorageError};

use super::institutions::Track;
use super::names;
use super::rng::Rng;
use super::vocabulary::{EDU_ACADEMY, EDU_EUD, EDU_ROLE_MODEL, NOTES, OTHER_LANGUAGES, THEMES};

/// Persons per scale unit.
pub const PER_SCALE: usize = 60;
/// The seasons the persons were recruited in: this one and the two before.
const SEASONS: usize = 3;

/// How many persons `scale` gives.
pub fn count(scale: u32) -> usize {
    PER_SCALE * scale as usize
}

/// The first day of the appointment season (August) that contains `today`.
fn season_start(today: NaiveDate) -> NaiveDate {
    let year = if today.month() >= 8 {
        today.year()
    } else {
        today.year() - 1
    };
    NaiveDate::from_ymd_opt(year, 8, 1).unwrap_or(today)
}

fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    date.checked_add_days(Days::new(days.unsigned_abs()))
        .unwrap_or(date)
}

/// A birth date that makes someone exactly `age` years old on `today`.
fn birth_date(rng: &mut Rng, today: NaiveDate, age: u32) -> NaiveDate {
    let latest = today
        .checked_sub_months(Months::new(12 * age))
        .unwrap_or(today);
    let earliest = today
        .checked_sub_months(Months::new(12 * (age + 1)))
        .map_or(latest, |d| add_days(d, 1));
    let span = (latest - earliest).num_days();
    add_days(earliest, rng.between(0, span))
}

/// The persons of the demo corps; `homes` are the ambassadors' schools `(id, track)`.
pub fn plan(
    rng: &mut Rng,
    today: NaiveDate,
    scale: u32,
    homes: &[(i64, Track)],
) -> Vec<PersonData> {
    let total = count(scale);
    let newest = season_start(today);
    (0..total)
        .map(|i| {
            // Seasons back from now: 0 is this season.
            let season = (i * SEASONS / total.max(1)) as u32;
            let start = newest
                .checked_sub_months(Months::new(12 * season))
                .unwrap_or(newest);
            let end = add_days(
                start.checked_add_months(Months::new(12)).unwrap_or(start),
                -1,
            )
            .min(today);
            let recruited = add_days(start, rng.between(0, (end - start).num_days().max(0)));
            person(rng, today, season, recruited, homes)
        })
        .collect()
}

fn person(
    rng: &mut Rng,
    today: NaiveDate,
    season: u32,
    recruited: NaiveDate,
    homes: &[(i64, Track)],
) -> PersonData {
    let kind = if rng.chance(33) {
        PersonKind::RoleModel
    } else {
        PersonKind::Ambassador
    };
    let age = match kind {
        PersonKind::RoleModel => rng.between(20, 26),
        PersonKind::Ambassador => {
            rng.between(16 + i64::from(season.min(2)), 19 + i64::from(season.min(1)))
        }
    } as u32;
    let birth = birth_date(rng, today, age);
    let name = names::person_name(rng);
    let (home_institution_id, education) = education(rng, kind, age, homes);
    let recruitment = Recruitment::ALL[rng.weighted(match season {
        0 => &[15, 15, 60, 10, 0],
        1 => &[0, 0, 75, 10, 15],
        _ => &[0, 0, 50, 10, 40],
    })];
    let later =
        |rng: &mut Rng, from: i64, to: i64| add_days(recruited, rng.between(from, to)).min(today);
    let changed = match recruitment {
        Recruitment::Interested => recruited,
        Recruitment::Contacted | Recruitment::Declined => later(rng, 3, 25),
        Recruitment::Appointed => later(rng, 7, 40),
        Recruitment::Stopped => later(rng, 60, 400),
    };
    let minor = crate::domain::person::is_minor(birth, today);
    let consents = minor
        || matches!(recruitment, Recruitment::Appointed | Recruitment::Stopped)
        || (recruitment == Recruitment::Contacted && rng.chance(50));
    let consent_date = consents.then(|| later(rng, 1, 20));
    let paid =
        matches!(recruitment, Recruitment::Appointed | Recruitment::Stopped) && rng.chance(70);
    let archived = season >= 2
        && match recruitment {
            Recruitment::Stopped => rng.chance(60),
            Recruitment::Declined => rng.chance(50),
            _ => false,
        };
    PersonData {
        email: email(rng, &name),
        phone: names::phone(rng, true),
        languages: languages(rng),
        themes: themes(rng),
        payroll_number: if paid {
            (100_000 + rng.below(900_000)).to_string()
        } else {
            String::new()
        },
        notes: if rng.chance(20) {
            (*rng.pick(NOTES)).to_string()
        } else {
            String::new()
        },
        name,
        kind,
        birth_date: Some(birth),
        home_institution_id,
        education,
        recruitment,
        recruitment_changed: Some(changed),
        consent_date,
        guardian_consent_date: if minor { consent_date } else { None },
        archived,
    }
}

/// The school and education of a person.
fn education(
    rng: &mut Rng,
    kind: PersonKind,
    age: u32,
    homes: &[(i64, Track)],
) -> (Option<i64>, String) {
    let at = |rng: &mut Rng, wanted: &[Track]| {
        let fitting: Vec<&(i64, Track)> =
            homes.iter().filter(|(_, t)| wanted.contains(t)).collect();
        (!fitting.is_empty()).then(|| *rng.pick(&fitting)).copied()
    };
    let home = match kind {
        PersonKind::RoleModel if rng.chance(30) => at(rng, &[Track::Academy]),
        PersonKind::RoleModel => None,
        PersonKind::Ambassador if age >= 19 && rng.chance(25) => at(rng, &[Track::Academy]),
        PersonKind::Ambassador => at(rng, &[Track::Stx, Track::Hhx, Track::Eud]),
    };
    // The year of a gymnasium pupil follows the age: 1.g at 16, 3.g from 18.
    let grade = age.saturating_sub(15).clamp(1, 3);
    let education = match home.map(|(_, track)| track) {
        Some(Track::Stx) | None if kind == PersonKind::Ambassador => {
            if rng.chance(25) {
                format!("HF {}. år", grade.min(2))
            } else {
                format!("STX {grade}.g")
            }
        }
        Some(Track::Hhx) => format!("{} {grade}.g", rng.pick(&["HHX", "HTX"])),
        Some(Track::Eud) => (*rng.pick(EDU_EUD)).to_string(),
        Some(Track::Academy) => (*rng.pick(EDU_ACADEMY)).to_string(),
        Some(Track::Stx) | None => (*rng.pick(EDU_ROLE_MODEL)).to_string(),
    };
    (home.map(|(id, _)| id), education)
}

fn email(rng: &mut Rng, name: &str) -> String {
    let mut parts = name.split(' ');
    let first = parts.next().unwrap_or("");
    let last = parts.next_back().unwrap_or("");
    let number = if rng.chance(30) {
        rng.digits(2)
    } else {
        String::new()
    };
    let domain = rng.pick(&["example.com", "example.net", "example.org"]);
    format!(
        "{}.{}{number}@{domain}",
        names::ascii_slug(first),
        names::ascii_slug(last)
    )
}

fn languages(rng: &mut Rng) -> String {
    let mut out = vec!["dansk"];
    if rng.chance(50) {
        out.push("engelsk");
    }
    if rng.chance(25) {
        out.push(*rng.pick(OTHER_LANGUAGES));
    }
    out.join(", ")
}

fn themes(rng: &mut Rng) -> String {
    let wanted = rng.between(1, 3) as usize;
    let mut out: Vec<&str> = Vec::with_capacity(wanted);
    while out.len() < wanted {
        let theme = rng.pick(THEMES);
        if !out.contains(theme) {
            out.push(theme);
        }
    }
    out.join(", ")
}

/// Inserts the planned persons.
pub fn insert_all(
    db: &mut Database,
    planned: &[PersonData],
    tick: &mut dyn FnMut(),
) -> Result<usize, StorageError> {
    for person in planned {
        db.insert_person(person)?;
        tick();
    }
    Ok(planned.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::person::{age_on, is_minor};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
    }

    const HOMES: &[(i64, Track)] = &[
        (15, Track::Stx),
        (16, Track::Hhx),
        (17, Track::Eud),
        (18, Track::Academy),
    ];

    fn corps() -> Vec<PersonData> {
        plan(&mut Rng::new(2010), today(), 1, HOMES)
    }

    #[test]
    fn the_same_seed_and_day_give_the_same_corps() {
        assert_eq!(corps(), corps());
        assert_ne!(corps(), plan(&mut Rng::new(2011), today(), 1, HOMES));
    }

    #[test]
    fn a_realistic_corps_of_sixty() {
        let people = corps();
        assert_eq!(people.len(), 60);
        let role_models = people
            .iter()
            .filter(|p| p.kind == PersonKind::RoleModel)
            .count();
        assert!(
            (10..=30).contains(&role_models),
            "{role_models} role models"
        );
        let appointed = people
            .iter()
            .filter(|p| p.recruitment == Recruitment::Appointed)
            .count();
        assert!(appointed >= 30, "{appointed} appointed");
        assert!(people.iter().any(|p| p.archived));
        assert!(people.iter().any(|p| !p.payroll_number.is_empty()));
        assert!(
            people
                .iter()
                .any(|p| p.recruitment == Recruitment::Interested)
        );
    }

    #[test]
    fn ages_fit_the_kind_and_minors_have_a_guardian_consent() {
        let mut minors = 0;
        for p in corps() {
            let birth = p.birth_date.unwrap();
            let age = age_on(birth, today());
            match p.kind {
                PersonKind::RoleModel => assert!((20..=26).contains(&age), "{age}"),
                PersonKind::Ambassador => {
                    assert!((16..=20).contains(&age), "{age}");
                    assert!(p.home_institution_id.is_some());
                }
            }
            if is_minor(birth, today()) {
                minors += 1;
                assert!(p.guardian_consent_date.is_some(), "{}", p.name);
            }
        }
        assert!(minors > 0);
    }

    #[test]
    fn no_date_lies_after_today_or_before_three_seasons_ago() {
        let first = NaiveDate::from_ymd_opt(2024, 8, 1).unwrap();
        for p in corps() {
            for date in [
                p.recruitment_changed,
                p.consent_date,
                p.guardian_consent_date,
            ]
            .into_iter()
            .flatten()
            {
                assert!(date <= today() && date >= first, "{date} for {}", p.name);
            }
        }
    }

    #[test]
    fn seasons_start_in_august() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(season_start(d(2026, 11, 27)), d(2026, 8, 1));
        assert_eq!(season_start(d(2026, 7, 31)), d(2025, 8, 1));
        assert_eq!(season_start(d(2024, 2, 29)), d(2023, 8, 1));
    }

    #[test]
    fn birth_dates_give_the_asked_age_even_on_a_leap_day() {
        let mut rng = Rng::new(5);
        let leap = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        for age in 16..=26 {
            for day in [today(), leap] {
                assert_eq!(age_on(birth_date(&mut rng, day, age), day), age as i32);
            }
        }
    }

    #[test]
    fn gymnasium_years_follow_the_age() {
        for p in corps() {
            let age = age_on(p.birth_date.unwrap(), today());
            let gymnasium = ["STX", "HHX", "HTX"]
                .iter()
                .any(|g| p.education.starts_with(g));
            if gymnasium && age <= 16 {
                assert!(p.education.ends_with(" 1.g"), "{age}: {}", p.education);
            }
        }
    }

    #[test]
    fn e_mails_are_ascii() {
        for p in corps() {
            assert!(p.email.is_ascii() && p.email.contains('@'), "{}", p.email);
        }
    }
}
