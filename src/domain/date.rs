//! Danish dates: `tor 3.12.2026`, ISO weeks (`uge 49`), and parsing of the usual Danish forms.
//!
//! Parsing takes today's date as an argument (for `3.12`, which means this year) and never reads
//! the clock. Weekday and month names come from the i18n catalog.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::i18n::{self, Lang};

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
fn weekday_short(weekday: Weekday) -> i18n::Text {
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
fn weekday_full(weekday: Weekday) -> i18n::Text {
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

/// Parses `3.12.2026`, `03.12.2026`, `3/12-2026`, `3-12-2026`, `3/12/2026`, `3.12` and `3/12`
/// (the year of `today`), `3.12.26` (two-digit years are 20xx) and `2026-12-03`. A leading
/// weekday (`tor 3.12.2026` as [`format_date`] writes it, or `torsdag 3.12.2026`) is accepted
/// when it is the right one.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let (weekday, (year, month, day)) = parse_numbers(input, today)?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(DateError::YearOutOfRange);
    }
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::NoSuchDay)?;
    match weekday {
        Some(w) if w != date.weekday() => Err(DateError::Invalid),
        _ => Ok(date),
    }
}

/// The year, month and day as written in `input` (read as [`parse_date`] does), before checking
/// that such a day exists — for messages that explain a [`DateError::NoSuchDay`], such as
/// "februar har kun 28 dage i 2027".
pub fn parse_date_numbers(input: &str, today: NaiveDate) -> Result<(i32, u32, u32), DateError> {
    parse_numbers(input, today).map(|(_, numbers)| numbers)
}

/// A year, month and day as written, not yet checked to exist.
type Numbers = (i32, u32, u32);

/// The optional weekday and the year, month and day numbers of `input`.
fn parse_numbers(input: &str, today: NaiveDate) -> Result<(Option<Weekday>, Numbers), DateError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let (weekday, text) = split_weekday(text)?;
    Ok((weekday, parse_parts(text, today)?))
}

/// Splits off a leading weekday abbreviation (Danish or English), if the text starts with one.
fn split_weekday(text: &str) -> Result<(Option<Weekday>, &str), DateError> {
    let Some((word, rest)) = text.split_once(char::is_whitespace) else {
        return Ok((None, text));
    };
    if word.chars().all(|c| !c.is_alphabetic()) {
        return Ok((None, text));
    }
    let word = word.trim_end_matches([',', '.']).to_lowercase();
    let weekday = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ]
    .into_iter()
    .find(|&w| {
        [weekday_short(w), weekday_full(w)]
            .iter()
            .any(|t| t.da.to_lowercase() == word || t.en.to_lowercase() == word)
    })
    .ok_or(DateError::Invalid)?;
    Ok((Some(weekday), rest.trim_start()))
}

/// The year, month and day numbers of a date written without weekday.
fn parse_parts(text: &str, today: NaiveDate) -> Result<Numbers, DateError> {
    let parts: Vec<&str> = text.split(['.', '/', '-']).map(str::trim).collect();
    let iso = parts.len() == 3 && parts[0].len() == 4 && text.matches('-').count() == 2;
    let parts = match parts.as_slice() {
        // `3.12.` — a trailing dot after the month.
        [d, m, ""] if !iso && !text.ends_with('-') && !text.ends_with('/') => vec![*d, *m],
        _ => parts,
    };
    if parts.len() < 2
        || parts.len() > 3
        || parts
            .iter()
            .any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(DateError::Invalid);
    }
    let number = |s: &str| s.parse::<u32>().map_err(|_| DateError::Invalid);
    if iso {
        let (y, m, d) = (parts[0], parts[1], parts[2]);
        if m.len() > 2 || d.len() > 2 {
            return Err(DateError::Invalid);
        }
        return Ok((number(y)? as i32, number(m)?, number(d)?));
    }
    let (d, m) = (parts[0], parts[1]);
    if d.len() > 2 || m.len() > 2 {
        return Err(DateError::Invalid);
    }
    let year = match parts.get(2) {
        None => today.year(),
        Some(y) if y.len() == 2 => 2000 + number(y)? as i32,
        Some(y) if y.len() == 4 => number(y)? as i32,
        Some(_) => return Err(DateError::Invalid),
    };
    Ok((year, number(m)?, number(d)?))
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

    #[test]
    fn parses_the_usual_danish_forms() {
        let want = Ok(d(2026, 12, 3));
        for s in [
            "3.12.2026",
            "03.12.2026",
            "3/12-2026",
            "3-12-2026",
            "3/12/2026",
            "3.12",
            "3/12",
            "3.12.",
            "3.12.26",
            "2026-12-03",
            " 3.12.2026 ",
            "tor 3.12.2026",
            "Thu 3.12.2026",
            "tor. 3.12.2026",
            "torsdag 3.12.2026",
            "Thursday, 3.12.2026",
        ] {
            assert_eq!(parse_date(s, today()), want, "{s}");
        }
        assert_eq!(parse_date("29.2", d(2028, 1, 1)), Ok(d(2028, 2, 29)));
    }

    #[test]
    fn rejects_with_a_reason() {
        let t = today();
        assert_eq!(parse_date("", t), Err(DateError::Empty));
        assert_eq!(parse_date("  ", t), Err(DateError::Empty));
        assert_eq!(parse_date("31.2.2027", t), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("29.2.2027", t), Err(DateError::NoSuchDay));
        assert_eq!(parse_date_numbers("31.2.2027", t), Ok((2027, 2, 31)));
        assert_eq!(parse_date_numbers("31.2", t), Ok((2026, 2, 31)));
        assert_eq!(parse_date("0.1.2027", t), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("1.13.2027", t), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("2027-02-30", t), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("29.2", t), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("3.12.1899", t), Err(DateError::YearOutOfRange));
        assert_eq!(parse_date("3.12.2201", t), Err(DateError::YearOutOfRange));
        assert_eq!(parse_date("0001-01-01", t), Err(DateError::YearOutOfRange));
        for s in [
            "i går",
            "3",
            "3.12.2026.1",
            "3.12.202",
            "123.1.2026",
            "3..2026",
            "3.12-",
            "2026-12",
            "2026/12/03",
            "fre 3.12.2026",
            "x 3.12.2026",
            "3 12 2026",
            "3.12.2026 kl 10",
            "+3.12.2026",
        ] {
            assert_eq!(parse_date(s, t), Err(DateError::Invalid), "{s}");
        }
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
