//! Danish dates: `tor 3.12.2026`, ISO weeks (`uge 49`), and parsing of the usual Danish forms.
//!
//! Parsing lives in `date_input` (re-exported here); it takes today's date as an argument and
//! never reads the clock. Weekday and month names come from the i18n catalog.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::i18n::{self, Lang};

pub use super::date_input::{YearRule, parse_date, parse_date_as, parse_date_numbers};

/// Why a date was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("empty")]
    Empty,
    #[error("not a date")]
    Invalid,
    #[error("no such day")]
    NoSuchDay,
    #[error("year out of range")]
    YearOutOfRange,
}

/// The first year a date may have.
pub const MIN_YEAR: i32 = 1900;
/// The last year a date may have.
pub const MAX_YEAR: i32 = 2200;

/// `tor 3.12.2026` (Danish) / `Thu 3.12.2026` (English).
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    format!("{} {}", weekday_name(date, lang), format_date_short(date))
}

/// `3.12.2026` without weekday.
pub fn format_date_short(date: NaiveDate) -> String {
    format!("{}.{}.{}", date.day(), date.month(), date.year())
}

/// The weekday abbreviation: `man tir ons tor fre lør søn` / `Mon … Sun`.
pub fn weekday_name(date: NaiveDate, lang: Lang) -> &'static str {
    weekday_short(date.weekday()).get(lang)
}

/// The catalog text of a weekday's abbreviation.
pub(crate) fn weekday_short(weekday: Weekday) -> i18n::Text {
    match weekday {
        Weekday::Mon => i18n::WEEKDAY_SHORT_MON,
        Weekday::Tue => i18n::WEEKDAY_SHORT_TUE,
        Weekday::Wed => i18n::WEEKDAY_SHORT_WED,
        Weekday::Thu => i18n::WEEKDAY_SHORT_THU,
        Weekday::Fri => i18n::WEEKDAY_SHORT_FRI,
        Weekday::Sat => i18n::WEEKDAY_SHORT_SAT,
        Weekday::Sun => i18n::WEEKDAY_SHORT_SUN,
    }
}

/// The full weekday name: `mandag` … `søndag` / `Monday` … `Sunday`.
pub fn weekday_full_name(date: NaiveDate, lang: Lang) -> &'static str {
    weekday_full(date.weekday()).get(lang)
}

/// The catalog text of a weekday's full name.
pub(crate) fn weekday_full(weekday: Weekday) -> i18n::Text {
    match weekday {
        Weekday::Mon => i18n::WEEKDAY_MON,
        Weekday::Tue => i18n::WEEKDAY_TUE,
        Weekday::Wed => i18n::WEEKDAY_WED,
        Weekday::Thu => i18n::WEEKDAY_THU,
        Weekday::Fri => i18n::WEEKDAY_FRI,
        Weekday::Sat => i18n::WEEKDAY_SAT,
        Weekday::Sun => i18n::WEEKDAY_SUN,
    }
}

/// The month's name, `januar` … `december` (Danish, lower case) / `January` … `December`.
/// Month numbers outside 1–12 give an empty string.
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    const MONTHS: [i18n::Text; 12] = [
        i18n::MONTH_JANUARY,
        i18n::MONTH_FEBRUARY,
        i18n::MONTH_MARCH,
        i18n::MONTH_APRIL,
        i18n::MONTH_MAY,
        i18n::MONTH_JUNE,
        i18n::MONTH_JULY,
        i18n::MONTH_AUGUST,
        i18n::MONTH_SEPTEMBER,
        i18n::MONTH_OCTOBER,
        i18n::MONTH_NOVEMBER,
        i18n::MONTH_DECEMBER,
    ];
    month
        .checked_sub(1)
        .and_then(|i| MONTHS.get(i as usize))
        .map_or("", |t| t.get(lang))
}

/// ISO 8601 week number (1–53).
pub fn iso_week(date: NaiveDate) -> u32 {
    date.iso_week().week()
}

/// The year the ISO week of `date` belongs to (`2021-01-03` is in week 53 of 2020).
pub fn iso_week_year(date: NaiveDate) -> i32 {
    date.iso_week().year()
}

/// The Monday of ISO week `week` of `year`, or `None` if the year has no such week.
pub fn monday_of_iso_week(year: i32, week: u32) -> Option<NaiveDate> {
    NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)
}

/// `uge 49` / `week 49`.
pub fn format_week(date: NaiveDate, lang: Lang) -> String {
    i18n::WEEK_LABEL.fill(lang, &[("week", &iso_week(date).to_string())])
}

/// The number of days in `month` of `year` (`None` for a month outside 1–12).
pub fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    u32::try_from((next - first).num_days()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    fn today() -> NaiveDate {
        d(2026, 6, 15)
    }

    #[test]
    fn formats_with_weekday_and_week() {
        assert_eq!(format_date(d(2026, 12, 3), Lang::Da), "tor 3.12.2026");
        assert_eq!(format_date(d(2026, 12, 3), Lang::En), "Thu 3.12.2026");
        assert_eq!(format_date(d(2026, 12, 6), Lang::Da), "søn 6.12.2026");
        assert_eq!(format_date(d(2026, 12, 5), Lang::Da), "lør 5.12.2026");
        assert_eq!(format_date_short(d(2026, 1, 9)), "9.1.2026");
        assert_eq!(format_week(d(2026, 12, 3), Lang::Da), "uge 49");
        assert_eq!(format_week(d(2026, 12, 3), Lang::En), "week 49");
        assert_eq!(weekday_full_name(d(2026, 12, 3), Lang::Da), "torsdag");
    }

    #[test]
    fn month_names() {
        assert_eq!(month_name(1, Lang::Da), "januar");
        assert_eq!(month_name(2, Lang::Da), "februar");
        assert_eq!(month_name(12, Lang::En), "December");
        assert_eq!(month_name(0, Lang::Da), "");
        assert_eq!(month_name(13, Lang::Da), "");
    }

    #[test]
    fn iso_week_edges() {
        assert_eq!(iso_week(d(2026, 12, 31)), 53);
        assert_eq!(iso_week(d(2027, 1, 1)), 53);
        assert_eq!(iso_week_year(d(2027, 1, 1)), 2026);
        assert_eq!(iso_week(d(2027, 1, 4)), 1);
        assert_eq!(iso_week(d(2021, 1, 3)), 53);
        assert_eq!(iso_week_year(d(2021, 1, 3)), 2020);
        assert_eq!(iso_week(d(2021, 1, 4)), 1);
        assert_eq!(iso_week(d(2024, 12, 30)), 1);
        assert_eq!(iso_week_year(d(2024, 12, 30)), 2025);
        assert_eq!(monday_of_iso_week(2026, 53), Some(d(2026, 12, 28)));
        assert_eq!(monday_of_iso_week(2025, 53), None);
    }

    #[test]
    fn days_in_month_knows_leap_years() {
        assert_eq!(days_in_month(2027, 2), Some(28));
        assert_eq!(days_in_month(2028, 2), Some(29));
        assert_eq!(days_in_month(2100, 2), Some(28));
        assert_eq!(days_in_month(2000, 2), Some(29));
        assert_eq!(days_in_month(2026, 12), Some(31));
        assert_eq!(days_in_month(2026, 13), None);
    }

    proptest! {
        #[test]
        fn short_format_round_trips(days in 0i64..(301 * 366)) {
            let date = d(1900, 1, 1) + chrono::Duration::days(days);
            prop_assume!(date.year() <= MAX_YEAR);
            prop_assert_eq!(parse_date(&format_date_short(date), today()), Ok(date));
            prop_assert_eq!(parse_date(&format_date(date, Lang::Da), today()), Ok(date));
            prop_assert_eq!(parse_date(&format_date(date, Lang::En), today()), Ok(date));
        }

        #[test]
        fn parse_never_panics(s in "\\PC*") {
            let _ = parse_date(&s, today());
        }

        #[test]
        fn parse_never_panics_on_date_like_text(s in "[0-9./ -]{0,14}") {
            let _ = parse_date(&s, today());
        }
    }
}
