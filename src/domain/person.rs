//! Persons: the corps members (ambassadors and role models).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Ambassador (*uddannelsesambassadør*) or role model (*rollemodel*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonKind {
    Ambassador,
    RoleModel,
}

impl PersonKind {
    pub const ALL: [PersonKind; 2] = [Self::Ambassador, Self::RoleModel];

    pub fn code(self) -> &'static str {
        match self {
            Self::Ambassador => "ambassador",
            Self::RoleModel => "role_model",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Where a person is in recruitment: *interesseret → kontaktet → udpeget*, or *afvist / stoppet*.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recruitment {
    Interested,
    Contacted,
    Appointed,
    Declined,
    Stopped,
}

impl Recruitment {
    pub const ALL: [Recruitment; 5] = [
        Self::Interested,
        Self::Contacted,
        Self::Appointed,
        Self::Declined,
        Self::Stopped,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Interested => "interested",
            Self::Contacted => "contacted",
            Self::Appointed => "appointed",
            Self::Declined => "declined",
            Self::Stopped => "stopped",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// The editable fields of a person (DESIGN §3). Empty strings mean "not given".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonData {
    pub name: String,
    pub kind: PersonKind,
    pub birth_date: Option<NaiveDate>,
    pub phone: String,
    pub email: String,
    pub home_institution_id: Option<i64>,
    /// Education and year, e.g. "STX 2.g".
    pub education: String,
    pub languages: String,
    /// The themes of their education story.
    pub themes: String,
    pub recruitment: Recruitment,
    /// When the recruitment status last changed.
    pub recruitment_changed: Option<NaiveDate>,
    pub consent_date: Option<NaiveDate>,
    /// For under-18s: when a guardian consented.
    pub guardian_consent_date: Option<NaiveDate>,
    /// Payroll number for honoraria (never a CPR number).
    pub payroll_number: String,
    pub notes: String,
    pub archived: bool,
}

/// A stored person: id, row version (optimistic concurrency) and data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: i64,
    pub version: i64,
    pub data: PersonData,
}

/// One line of the roster (what the windowed table shows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRow {
    pub id: i64,
    pub name: String,
    pub kind: PersonKind,
    pub birth_date: Option<NaiveDate>,
    pub phone: String,
    pub email: String,
    pub institution: Option<String>,
    pub recruitment: Recruitment,
    pub archived: bool,
}

/// Age in whole years on `today`.
pub fn age_on(birth_date: NaiveDate, today: NaiveDate) -> i32 {
    use chrono::Datelike;
    let mut age = today.year() - birth_date.year();
    if (today.month(), today.day()) < (birth_date.month(), birth_date.day()) {
        age -= 1;
    }
    age
}

/// Whether someone born on `birth_date` is under 18 on `today`.
pub fn is_minor(birth_date: NaiveDate, today: NaiveDate) -> bool {
    age_on(birth_date, today) < 18
}

/// The last birth date of someone who is 18 or older on `today`: [`is_minor`] is exactly
/// `birth_date > adult_born_by(today)` (for queries that select by birth date).
pub fn adult_born_by(today: NaiveDate) -> NaiveDate {
    // 18 years back; chrono clamps 29 February to the 28th, as a birthday in a common year is.
    today
        .checked_sub_months(chrono::Months::new(18 * 12))
        .unwrap_or(NaiveDate::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn age_counts_whole_years_and_turns_on_the_birthday() {
        assert_eq!(age_on(d(2008, 11, 27), d(2026, 11, 26)), 17);
        assert_eq!(age_on(d(2008, 11, 27), d(2026, 11, 27)), 18);
        assert!(is_minor(d(2008, 11, 28), d(2026, 11, 27)));
        assert!(!is_minor(d(2008, 11, 27), d(2026, 11, 27)));
    }

    #[test]
    fn adult_born_by_agrees_with_is_minor_every_day_of_four_years() {
        let mut today = d(2026, 1, 1);
        while today < d(2030, 1, 1) {
            let cutoff = adult_born_by(today);
            for birth in [
                cutoff.pred_opt(),
                Some(cutoff),
                cutoff.succ_opt(),
                Some(d(2008, 2, 29)),
            ]
            .into_iter()
            .flatten()
            {
                assert_eq!(is_minor(birth, today), birth > cutoff, "{birth} on {today}");
            }
            today = today.succ_opt().expect("next day");
        }
    }

    #[test]
    fn codes_round_trip() {
        for k in PersonKind::ALL {
            assert_eq!(PersonKind::from_code(k.code()), Some(k));
        }
        for r in Recruitment::ALL {
            assert_eq!(Recruitment::from_code(r.code()), Some(r));
        }
        assert_eq!(Recruitment::from_code("x"), None);
    }
}
