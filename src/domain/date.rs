//! Danish dates: `tor 3.12.2026`, ISO weeks (`uge 49`), and parsing of the usual Danish forms.
//!
//! Parsing lives in `date_input` (re-exported here); it takes today's date as an argument and
//! never reads the clock. The words of a date (weekday and month names, `uge 49`) are the i18n
//! layer's (`i18n::format_date` and its neighbours); the domain only knows which words a typed
//! date may contain.

use chrono::{Datelike, NaiveDate, Weekday};

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

/// `3.12.2026` without weekday.
pub fn format_date_short(date: NaiveDate) -> String {
    format!("{}.{}.{}", date.day(), date.month(), date.year())
}

/// The weekday words a typed date may start with, Danish and English, short and full (the same
/// words `i18n::format_date` writes, so a shown date can be typed back; a test there checks it).
const WEEKDAY_WORDS: [(Weekday, [&str; 4]); 7] = [
    (Weekday::Mon, ["man", "mandag", "mon", "monday"]),
    (Weekday::Tue, ["tir", "tirsdag", "tue", "tuesday"]),
    (Weekday::Wed, ["ons", "onsdag", "wed", "wednesday"]),
    (Weekday::Thu, ["tor", "torsdag", "thu", "thursday"]),
    (Weekday::Fri, ["fre", "fredag", "fri", "friday"]),
    (Weekday::Sat, ["lør", "lørdag", "sat", "saturday"]),
    (Weekday::Sun, ["søn", "søndag", "sun", "sunday"]),
];

/// The weekday a (lower-case) word names, if it is one of [`WEEKDAY_WORDS`].
pub fn weekday_from_word(word: &str) -> Option<Weekday> {
    WEEKDAY_WORDS
        .iter()
        .find(|(_, words)| words.contains(&word))
        .map(|(w, _)| *w)
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
    fn weekday_words_name_their_day() {
        assert_eq!(weekday_from_word("tor"), Some(Weekday::Thu));
        assert_eq!(weekday_from_word("søndag"), Some(Weekday::Sun));
        assert_eq!(weekday_from_word("friday"), Some(Weekday::Fri));
        assert_eq!(weekday_from_word("torsdagx"), None);
        assert_eq!(format_date_short(d(2026, 1, 9)), "9.1.2026");
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
