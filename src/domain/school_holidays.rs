//! School holidays (*skoleferier*): a table of periods per school year, with defaults.
//!
//! The table is configurable (issue 4: "defaults to review"); these are the defaults a Danish
//! municipality usually has. A school year runs from August of `school_year_start` to June of
//! the next year, and its summer holiday is the one at its *end*. Every period includes both of
//! its days, and school holidays are written the Danish way, weekend to weekend:
//!
//! | holiday | rule | 2026/27 |
//! |---|---|---|
//! | autumn (*efterårsferie*) | Saturday before ISO week 42 to its Sunday | 10.10.2026–18.10.2026 |
//! | Christmas (*juleferie*) | from 21 December, or from the Saturday before when 21 December is a Sunday, Monday or Tuesday; to 1 January, or to the Sunday after when 1 January is a Thursday to Sunday | 19.12.2026–3.1.2027 |
//! | winter (*vinterferie*) | Saturday before ISO week 7 to its Sunday | 13.2.2027–21.2.2027 |
//! | Easter (*påskeferie*) | Saturday before Palm Sunday to Easter Monday | 20.3.2027–29.3.2027 |
//! | summer (*sommerferie*) | last Saturday of June to the second Sunday of August | 26.6.2027–8.8.2027 |
//!
//! The Christmas rule avoids one or two lonely school days before or after the holiday. Single
//! free days (Kristi himmelfart's Friday, Grundlovsdag) are public holidays or local decisions
//! and are left to the table.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// One school holiday period, both days included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolHoliday {
    /// The school year it belongs to: 2026 for 2026/27.
    pub school_year_start: i32,
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Why a school holiday row was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SchoolHolidayError {
    NameRequired,
    /// `to` is before `from`.
    EndBeforeStart,
}

impl SchoolHoliday {
    /// Whether the period includes `date`.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    /// Checks a row of the table.
    pub fn validate(&self) -> Result<(), SchoolHolidayError> {
        if self.name.trim().is_empty() {
            Err(SchoolHolidayError::NameRequired)
        } else if self.to < self.from {
            Err(SchoolHolidayError::EndBeforeStart)
        } else {
            Ok(())
        }
    }
}

/// Whether `date` falls in any of the `holidays`.
pub fn is_school_holiday(date: NaiveDate, holidays: &[SchoolHoliday]) -> bool {
    holidays.iter().any(|h| h.contains(date))
}

/// The school holiday `date` falls in, if any (for marking the week view).
pub fn school_holiday_on(date: NaiveDate, holidays: &[SchoolHoliday]) -> Option<&SchoolHoliday> {
    holidays.iter().find(|h| h.contains(date))
}

/// Which of the default school holidays a period is (its name is the i18n layer's business:
/// `i18n::default_school_holidays` names them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchoolHolidayKind {
    Autumn,
    Christmas,
    Winter,
    Easter,
    Summer,
}

/// The default school holidays of the school year starting in August of `school_year_start` as
/// table rows, each named by `name` (the i18n layer's `default_school_holidays` gives the
/// Danish names).
pub fn default_school_holidays_named(
    school_year_start: i32,
    name: impl Fn(SchoolHolidayKind) -> String,
) -> Vec<SchoolHoliday> {
    default_school_holiday_periods(school_year_start)
        .into_iter()
        .map(|(kind, from, to)| SchoolHoliday {
            school_year_start,
            name: name(kind),
            from,
            to,
        })
        .collect()
}

/// The default school holiday periods of the school year starting in August of
/// `school_year_start`, in date order (see the module doc for the rules).
pub fn default_school_holiday_periods(
    school_year_start: i32,
) -> Vec<(SchoolHolidayKind, NaiveDate, NaiveDate)> {
    let y = school_year_start;
    let next = y + 1;
    let easter = easter_sunday(next);
    let with = |kind, (from, to): (NaiveDate, NaiveDate)| (kind, from, to);
    vec![
        with(SchoolHolidayKind::Autumn, week_holiday(y, 42)),
        with(SchoolHolidayKind::Christmas, christmas(y)),
        with(SchoolHolidayKind::Winter, week_holiday(next, 7)),
        with(
            SchoolHolidayKind::Easter,
            (easter - Days::new(8), easter + Days::new(1)),
        ),
        with(SchoolHolidayKind::Summer, summer(next)),
    ]
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// The Saturday before ISO week `week` of `year` to the Sunday of that week.
fn week_holiday(year: i32, week: u32) -> (NaiveDate, NaiveDate) {
    let monday = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).unwrap_or(NaiveDate::MIN);
    (monday - Days::new(2), monday + Days::new(6))
}

/// Christmas of the school year starting in `year` (see the module doc).
fn christmas(year: i32) -> (NaiveDate, NaiveDate) {
    let dec21 = ymd(year, 12, 21);
    let back = match dec21.weekday() {
        Weekday::Sun => 1,
        Weekday::Mon => 2,
        Weekday::Tue => 3,
        _ => 0,
    };
    let jan1 = ymd(year + 1, 1, 1);
    let on = match jan1.weekday() {
        Weekday::Thu => 3,
        Weekday::Fri => 2,
        Weekday::Sat => 1,
        _ => 0,
    };
    (dec21 - Days::new(back), jan1 + Days::new(on))
}

/// The last Saturday of June of `year` to the second Sunday of August.
fn summer(year: i32) -> (NaiveDate, NaiveDate) {
    let june30 = ymd(year, 6, 30);
    let back = u64::from(
        (june30.weekday().num_days_from_monday() + 7 - Weekday::Sat.num_days_from_monday()) % 7,
    );
    let aug1 = ymd(year, 8, 1);
    let to_sunday = u64::from(6 - aug1.weekday().num_days_from_monday());
    (june30 - Days::new(back), aug1 + Days::new(to_sunday + 7))
}

/// Easter Sunday of `year` (Gregorian), by the anonymous Gregorian algorithm
/// (Meeus/Jones/Butcher). The letters are the algorithm's own names.
#[allow(clippy::many_single_char_names)]
fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    /// The default periods as table rows, named by their kind (the real names are i18n's).
    fn default_school_holidays(year: i32) -> Vec<SchoolHoliday> {
        default_school_holidays_named(year, |kind| format!("{kind:?}"))
    }

    #[test]
    fn easter_sundays() {
        assert_eq!(easter_sunday(2024), d(2024, 3, 31));
        assert_eq!(easter_sunday(2025), d(2025, 4, 20));
        assert_eq!(easter_sunday(2026), d(2026, 4, 5));
        assert_eq!(easter_sunday(2027), d(2027, 3, 28));
        assert_eq!(easter_sunday(2028), d(2028, 4, 16));
        assert_eq!(easter_sunday(2038), d(2038, 4, 25));
        assert_eq!(easter_sunday(2008), d(2008, 3, 23));
    }

    #[test]
    fn defaults_for_2026_27() {
        let h = default_school_holidays(2026);
        let periods: Vec<(&str, NaiveDate, NaiveDate)> =
            h.iter().map(|h| (h.name.as_str(), h.from, h.to)).collect();
        assert_eq!(
            periods,
            vec![
                ("Autumn", d(2026, 10, 10), d(2026, 10, 18)),
                ("Christmas", d(2026, 12, 19), d(2027, 1, 3)),
                ("Winter", d(2027, 2, 13), d(2027, 2, 21)),
                ("Easter", d(2027, 3, 20), d(2027, 3, 29)),
                ("Summer", d(2027, 6, 26), d(2027, 8, 8)),
            ]
        );
        assert!(
            h.iter()
                .all(|x| x.school_year_start == 2026 && x.validate().is_ok())
        );
    }

    #[test]
    fn defaults_for_other_years() {
        let h = default_school_holidays(2025);
        assert_eq!((h[0].from, h[0].to), (d(2025, 10, 11), d(2025, 10, 19)));
        // 21.12.2025 is a Sunday, 1.1.2026 a Thursday.
        assert_eq!((h[1].from, h[1].to), (d(2025, 12, 20), d(2026, 1, 4)));
        assert_eq!((h[2].from, h[2].to), (d(2026, 2, 7), d(2026, 2, 15)));
        assert_eq!((h[3].from, h[3].to), (d(2026, 3, 28), d(2026, 4, 6)));
        // 30.6.2026 is a Tuesday; 1.8.2026 a Saturday.
        assert_eq!((h[4].from, h[4].to), (d(2026, 6, 27), d(2026, 8, 9)));
        let h = default_school_holidays(2024);
        // 21.12.2024 is a Saturday, 1.1.2025 a Wednesday.
        assert_eq!((h[1].from, h[1].to), (d(2024, 12, 21), d(2025, 1, 1)));
        let h = default_school_holidays(2027);
        // 21.12.2027 is a Tuesday, 1.1.2028 a Saturday; 30.6.2028 a Friday, 1.8.2028 a Tuesday.
        assert_eq!((h[1].from, h[1].to), (d(2027, 12, 18), d(2028, 1, 2)));
        assert_eq!((h[4].from, h[4].to), (d(2028, 6, 24), d(2028, 8, 13)));
        let h = default_school_holidays(2029);
        // 30.6.2030 is a Sunday: the last Saturday is the 29th. 1.8.2030 is a Thursday.
        assert_eq!((h[4].from, h[4].to), (d(2030, 6, 29), d(2030, 8, 11)));
    }

    #[test]
    fn lookup_includes_both_ends() {
        let h = default_school_holidays(2026);
        assert!(is_school_holiday(d(2026, 10, 10), &h));
        assert!(is_school_holiday(d(2026, 10, 18), &h));
        assert!(!is_school_holiday(d(2026, 10, 9), &h));
        assert!(!is_school_holiday(d(2026, 10, 19), &h));
        assert_eq!(
            school_holiday_on(d(2027, 1, 1), &h).map(|x| x.name.as_str()),
            Some("Christmas")
        );
        assert!(!is_school_holiday(d(2026, 8, 9), &h), "last year's summer");
        assert!(is_school_holiday(
            d(2026, 8, 9),
            &default_school_holidays(2025)
        ));
        assert!(!is_school_holiday(d(2026, 10, 10), &[]));
    }

    #[test]
    fn validation() {
        let mut h = default_school_holidays(2026).remove(0);
        h.to = d(2026, 10, 1);
        assert_eq!(h.validate(), Err(SchoolHolidayError::EndBeforeStart));
        h.name = " ".into();
        assert_eq!(h.validate(), Err(SchoolHolidayError::NameRequired));
    }
}
