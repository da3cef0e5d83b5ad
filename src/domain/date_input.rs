//! Reading a date as a Danish user types it: `3.12.2026`, `03.12.2026`, `3/12-2026`,
//! `3-12-2026`, `3/12/2026`, `3.12`, `3.12.26`, `2026-12-03`, and with the month's name:
//! `3. december 2026`, `3 dec`, `3. dec.`, `december 3, 2026` (Danish and English names, any
//! unambiguous prefix of three letters or more). A leading weekday (`tor 3.12.2026`, as
//! `i18n::format_date` writes it) is accepted when it is the right one.
//!
//! A date written without its year, or with two digits, is completed by a [`YearRule`] that the
//! field chooses: a birth date with two digits lies in the past (`01-02-99` → 1999), a visit is the next such
//! day from today (`5.1` typed on 4.12.2026 → 5.1.2027). Today is passed in, never read.

use chrono::{Datelike, NaiveDate, Weekday};

use super::date::{DateError, MAX_YEAR, MIN_YEAR, weekday_from_word};

/// How a date written without a full year is completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum YearRule {
    /// No year: this year. Two digits: the century nearest today (`26` → 2026, `99` → 1999).
    #[default]
    Nearest,
    /// Two digits: the latest such day on or before today (birth dates, consent dates:
    /// `01-02-99` → 1999). No year: this year, so that a day after today is caught as one
    /// rather than moved a year back.
    Past,
    /// The first such day on or after today: visits and other plans. Two digits: the century
    /// nearest today, as [`YearRule::Nearest`] (a written year is meant as written).
    Next,
}

/// The year as written: none, two digits, or in full.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Year {
    Missing,
    TwoDigits(i32),
    Full(i32),
}

/// [`parse_date_as`] with [`YearRule::Nearest`].
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse_date_as(input, today, YearRule::Nearest)
}

/// Parses `input` (see the module doc), completing a missing or two-digit year by `rule`.
pub fn parse_date_as(
    input: &str,
    today: NaiveDate,
    rule: YearRule,
) -> Result<NaiveDate, DateError> {
    let (weekday, written) = parse_written(input)?;
    let (year, month, day) = resolve(written, today, rule);
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
    parse_written(input).map(|(_, written)| resolve(written, today, YearRule::Nearest))
}

/// A year as written, a month and a day, not yet checked to exist.
type Written = (Year, u32, u32);

/// The optional weekday and the written year, month and day of `input`.
fn parse_written(input: &str) -> Result<(Option<Weekday>, Written), DateError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let (weekday, text) = split_weekday(text)?;
    let written = if text.chars().any(char::is_alphabetic) {
        parse_words(text)?
    } else {
        parse_numbers(text)?
    };
    Ok((weekday, written))
}

/// The year `rule` gives a date written as `written`, with its month and day.
fn resolve((year, month, day): Written, today: NaiveDate, rule: YearRule) -> (i32, u32, u32) {
    let this = today.year();
    let on_or_before_today = |y: i32| (y, month, day) <= (this, today.month(), today.day());
    let year = match (year, rule) {
        (Year::Full(y), _) => y,
        (Year::Missing, YearRule::Nearest | YearRule::Past) => this,
        // The first year from this one where the day exists and is not past; 29.2 waits for a
        // leap year. A day that never exists (31.2) keeps the year the order of days gives.
        (Year::Missing, YearRule::Next) => (this..this + 8)
            .find(|&y| NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d >= today))
            .unwrap_or(if (month, day) < (today.month(), today.day()) {
                this + 1
            } else {
                this
            }),
        (Year::TwoDigits(yy), YearRule::Past) => {
            let century = this - this.rem_euclid(100);
            [century + yy, century - 100 + yy]
                .into_iter()
                .find(|&y| on_or_before_today(y))
                .unwrap_or(century - 100 + yy)
        }
        (Year::TwoDigits(yy), YearRule::Nearest | YearRule::Next) => {
            let century = this - this.rem_euclid(100);
            [century - 100 + yy, century + yy, century + 100 + yy]
                .into_iter()
                .min_by_key(|y| (y - this).abs())
                .unwrap_or(century + yy)
        }
    };
    (year, month, day)
}

/// Splits off a leading weekday (Danish or English, short or full), if the text starts with
/// one. A leading word that is no weekday is left for the month names.
fn split_weekday(text: &str) -> Result<(Option<Weekday>, &str), DateError> {
    let Some((word, rest)) = text.split_once(char::is_whitespace) else {
        return Ok((None, text));
    };
    if word.chars().all(|c| !c.is_alphabetic()) {
        return Ok((None, text));
    }
    let word = word.trim_end_matches([',', '.']).to_lowercase();
    match weekday_from_word(&word) {
        Some(w) => Ok((Some(w), rest.trim_start())),
        None if month_number(&word).is_some() => Ok((None, text)),
        None => Err(DateError::Invalid),
    }
}

/// The written date of numbers only: `3.12.2026`, `3/12-26`, `3.12`, `2026-12-03`.
fn parse_numbers(text: &str) -> Result<Written, DateError> {
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
    if iso {
        let (y, m, d) = (parts[0], parts[1], parts[2]);
        if m.len() > 2 || d.len() > 2 {
            return Err(DateError::Invalid);
        }
        return Ok((Year::Full(number(y)? as i32), number(m)?, number(d)?));
    }
    let (d, m) = (parts[0], parts[1]);
    if d.len() > 2 || m.len() > 2 {
        return Err(DateError::Invalid);
    }
    let year = match parts.get(2) {
        None => Year::Missing,
        Some(y) => written_year(y)?,
    };
    Ok((year, number(m)?, number(d)?))
}

/// The written date with the month's name: `3. december 2026`, `3 dec`, `3. dec.`,
/// `december 3, 2026`.
fn parse_words(text: &str) -> Result<Written, DateError> {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    let month_at = tokens
        .iter()
        .position(|t| t.chars().any(char::is_alphabetic))
        .ok_or(DateError::Invalid)?;
    let month = month_number(&tokens[month_at].to_lowercase()).ok_or(DateError::Invalid)?;
    let numbers: Vec<&str> = tokens
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != month_at)
        .map(|(_, t)| *t)
        .collect();
    if numbers
        .iter()
        .any(|t| t.len() > 4 || !t.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(DateError::Invalid);
    }
    // The day comes right before the month (`3. dec`) or right after it (`dec 3`).
    let (day, year) = match (month_at, numbers.as_slice()) {
        (0 | 1, [d]) => (*d, None),
        (0 | 1, [d, y]) => (*d, Some(*y)),
        _ => return Err(DateError::Invalid),
    };
    if day.len() > 2 {
        return Err(DateError::Invalid);
    }
    let year = match year {
        None => Year::Missing,
        Some(y) => written_year(y)?,
    };
    Ok((year, month, number(day)?))
}

/// A year of two or four digits.
fn written_year(text: &str) -> Result<Year, DateError> {
    match text.len() {
        2 => Ok(Year::TwoDigits(number(text)? as i32)),
        4 => Ok(Year::Full(number(text)? as i32)),
        _ => Err(DateError::Invalid),
    }
}

fn number(text: &str) -> Result<u32, DateError> {
    text.parse::<u32>().map_err(|_| DateError::Invalid)
}

/// The months' names as typed (Danish, then English), lower case. These are words the parser
/// reads, not texts it shows (those are in the i18n catalogue).
const MONTH_WORDS: [[&str; 2]; 12] = [
    ["januar", "january"],
    ["februar", "february"],
    ["marts", "march"],
    ["april", "april"],
    ["maj", "may"],
    ["juni", "june"],
    ["juli", "july"],
    ["august", "august"],
    ["september", "september"],
    ["oktober", "october"],
    ["november", "november"],
    ["december", "december"],
];

/// The month a (lower-case) word names: a prefix of three letters or more of one month's
/// Danish or English name (`dec`, `sept`, `okt`, `oct`, `marts`).
fn month_number(word: &str) -> Option<u32> {
    if word.chars().count() < 3 {
        return None;
    }
    let mut found = MONTH_WORDS
        .iter()
        .enumerate()
        .filter(|(_, names)| names.iter().any(|n| n.starts_with(word)))
        .map(|(i, _)| i as u32 + 1);
    let month = found.next()?;
    found.next().is_none().then_some(month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    fn today() -> NaiveDate {
        d(2026, 6, 15)
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
    fn month_names_in_danish_and_english() {
        let want = Ok(d(2026, 12, 3));
        for s in [
            "3. december 2026",
            "3 december 2026",
            "3. dec. 2026",
            "3. dec.",
            "3 dec",
            "3.dec",
            "3 Dec 26",
            "3. DECEMBER",
            "tor 3. december 2026",
            "torsdag 3. dec",
            "3 December 2026",
            "December 3, 2026",
            "dec 3",
            "Thu 3 Dec 2026",
        ] {
            assert_eq!(parse_date(s, today()), want, "{s}");
        }
        assert_eq!(parse_date("1. maj", today()), Ok(d(2026, 5, 1)));
        assert_eq!(parse_date("1 may", today()), Ok(d(2026, 5, 1)));
        assert_eq!(parse_date("9. okt", today()), Ok(d(2026, 10, 9)));
        assert_eq!(parse_date("9 oct", today()), Ok(d(2026, 10, 9)));
        assert_eq!(parse_date("2. sept. 2027", today()), Ok(d(2027, 9, 2)));
        assert_eq!(parse_date("1. marts", today()), Ok(d(2026, 3, 1)));
        assert_eq!(parse_date("31. feb", today()), Err(DateError::NoSuchDay));
        for bad in [
            "3. ju 2026",
            "3. de",
            "3 decembre",
            "dec",
            "3 4 dec",
            "dec 2026",
            "3. dec 202",
            "3 dec 2026 4",
            "fre 3. dec 2026",
            "123 dec",
        ] {
            assert_eq!(parse_date(bad, today()), Err(DateError::Invalid), "{bad}");
        }
    }

    #[test]
    fn a_birth_date_with_two_digits_lies_in_the_past() {
        let t = d(2026, 12, 4);
        let past = |s| parse_date_as(s, t, YearRule::Past);
        assert_eq!(past("01-02-99"), Ok(d(1999, 2, 1)));
        assert_eq!(past("1.2.26"), Ok(d(2026, 2, 1)));
        assert_eq!(past("4.12.26"), Ok(d(2026, 12, 4)));
        assert_eq!(past("5.12.26"), Ok(d(1926, 12, 5)));
        assert_eq!(past("1.1.00"), Ok(d(2000, 1, 1)));
        assert_eq!(past("3.12"), Ok(d(2026, 12, 3)));
        assert_eq!(past("5.12"), Ok(d(2026, 12, 5)), "no year: this year");
        assert_eq!(past("5. dec 07"), Ok(d(2007, 12, 5)));
        assert_eq!(
            past("3.12.2030"),
            Ok(d(2030, 12, 3)),
            "a written year stays"
        );
    }

    #[test]
    fn a_visit_without_a_year_is_the_next_such_day() {
        let t = d(2026, 12, 4);
        let next = |s| parse_date_as(s, t, YearRule::Next);
        assert_eq!(next("5.1"), Ok(d(2027, 1, 5)));
        assert_eq!(next("4.12"), Ok(d(2026, 12, 4)), "today is not past");
        assert_eq!(next("3.12"), Ok(d(2027, 12, 3)));
        assert_eq!(next("24.12"), Ok(d(2026, 12, 24)));
        assert_eq!(next("29.2"), Ok(d(2028, 2, 29)));
        assert_eq!(next("5. jan"), Ok(d(2027, 1, 5)));
        assert_eq!(next("5.1.27"), Ok(d(2027, 1, 5)));
        assert_eq!(next("3.12.26"), Ok(d(2026, 12, 3)), "a written year stays");
        assert_eq!(next("31.2"), Err(DateError::NoSuchDay));
        assert_eq!(next("tir 5.1"), Ok(d(2027, 1, 5)));
    }

    #[test]
    fn two_digit_years_elsewhere_take_the_nearest_century() {
        let t = d(2026, 12, 4);
        assert_eq!(parse_date("1.1.99", t), Ok(d(1999, 1, 1)));
        assert_eq!(parse_date("1.1.60", t), Ok(d(2060, 1, 1)));
        assert_eq!(parse_date("1.1.75", t), Ok(d(2075, 1, 1)));
        assert_eq!(parse_date("1.1.77", t), Ok(d(1977, 1, 1)));
        assert_eq!(parse_date("5.1", t), Ok(d(2026, 1, 5)));
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
}
