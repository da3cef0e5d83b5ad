//! Reading what the coordinator types on the Besøg screen: clock times (`10`, `10:30`,
//! `10.30`, `1030`), where to go (`3.12`, `uge 12`, `week 12 2027`), a date range
//! (`1.12-31.12.2026`, `1.12–31.12`, `1.12..31.12`) and a school-holiday line
//! (`Efterårsferie 10.10.2026–18.10.2026`). Pure, so the edges are unit-tested here.

// Two-armed matches that both do work read better than `if let … else`.
#![allow(clippy::single_match_else)]

use chrono::{NaiveDate, NaiveTime};

use super::date::{iso_week_year, monday_of_iso_week, parse_date};

/// A clock time: `H`, `HH`, `H:MM`, `HH:MM`, `HH.MM` or `HHMM`; `None` for anything else.
pub fn parse_time(input: &str) -> Option<NaiveTime> {
    let t = input.trim();
    let (h, m) = if let Some((h, m)) = t.split_once([':', '.']) {
        (h, m)
    } else if t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) {
        t.split_at(2)
    } else {
        (t, "0")
    };
    let all_digits =
        |s: &str| !s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit());
    if !all_digits(h) || !all_digits(m) || (m.len() == 1 && t.contains([':', '.'])) {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// Where "go to" lands: a date the Danish way, or the Monday of a week (`uge 12`, `week 12`,
/// `u12`, optionally followed by a year; without a year, the week of today's ISO year).
pub fn parse_goto(input: &str, today: NaiveDate) -> Option<NaiveDate> {
    let t = input.trim().to_lowercase();
    let rest = ["uge", "week", "u", "w"].iter().find_map(|p| {
        t.strip_prefix(p)
            .filter(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    });
    match rest {
        Some(rest) => {
            let mut words = rest.split_whitespace();
            let week: u32 = words.next()?.parse().ok()?;
            let year = match words.next() {
                Some(y) => y.parse().ok()?,
                None => iso_week_year(today),
            };
            if words.next().is_some() {
                return None;
            }
            monday_of_iso_week(year, week)
        }
        None => parse_date(&t, today).ok(),
    }
}

/// The separators between the two dates of a range.
const RANGE_SEPARATORS: [&str; 4] = ["–", "..", " - ", " til "];

/// A date range: `FROM–TO`, `FROM..TO`, `FROM - TO`, `FROM til TO`, or `FROM-TO` when both are
/// `d.m[.y]` dates; either side may be empty (open). Empty text is the whole range.
pub fn parse_range(
    input: &str,
    today: NaiveDate,
) -> Option<(Option<NaiveDate>, Option<NaiveDate>)> {
    let t = input.trim();
    if t.is_empty() {
        return Some((None, None));
    }
    let split = RANGE_SEPARATORS
        .iter()
        .find_map(|sep| t.split_once(sep))
        .or_else(|| {
            // `1.12-31.12.2026`: a plain hyphen between two dotted dates.
            let (a, b) = t.split_once('-')?;
            (a.contains('.') && b.contains('.')).then_some((a, b))
        });
    let side = |s: &str| -> Option<Option<NaiveDate>> {
        let s = s.trim();
        if s.is_empty() {
            Some(None)
        } else {
            parse_date(s, today).ok().map(Some)
        }
    };
    let (from, to) = match split {
        Some((a, b)) => (side(a)?, side(b)?),
        None => {
            let d = side(t)?;
            (d, d)
        }
    };
    match (from, to) {
        (Some(f), Some(t)) if t < f => None,
        range => Some(range),
    }
}

/// A school-holiday line: a name, then its first and last day as a range. `None` when the
/// dates are missing or wrong; an empty name gives an empty string (the caller checks it).
pub fn parse_holiday_line(input: &str, today: NaiveDate) -> Option<(String, NaiveDate, NaiveDate)> {
    let words: Vec<&str> = input.split_whitespace().collect();
    for tail in 1..=words.len().min(3) {
        let (name, range) = words.split_at(words.len() - tail);
        if let Some((Some(from), Some(to))) = parse_range(&range.join(" "), today)
            && (from != to || tail == 1 && range[0].contains(['–', '-']) || tail > 1)
        {
            return Some((name.join(" "), from, to));
        }
    }
    None
}

/// A school-holiday line as [`parse_holiday_line`] reads it, with two-digit years so it fits
/// the dialog's field (`Efterårsferie 10.10.26–18.10.26`).
pub fn format_holiday_line(name: &str, from: NaiveDate, to: NaiveDate) -> String {
    let short = |d: NaiveDate| d.format("%-d.%-m.%y").to_string();
    format!("{name} {}–{}", short(from), short(to))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn t(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    const TODAY: fn() -> NaiveDate = || d(2026, 11, 27);

    #[test]
    fn times_in_the_usual_forms() {
        assert_eq!(parse_time("10"), t(10, 0));
        assert_eq!(parse_time("9:05"), t(9, 5));
        assert_eq!(parse_time("10.30"), t(10, 30));
        assert_eq!(parse_time("1030"), t(10, 30));
        assert_eq!(parse_time(" 23:59 "), t(23, 59));
        for bad in ["", "24:00", "10:60", "10:5", "abc", "10:30:00", "-1", "123"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn go_to_a_date_or_a_week() {
        assert_eq!(parse_goto("3.12", TODAY()), Some(d(2026, 12, 3)));
        assert_eq!(parse_goto("uge 49", TODAY()), Some(d(2026, 11, 30)));
        assert_eq!(parse_goto("Uge 1 2027", TODAY()), Some(d(2027, 1, 4)));
        assert_eq!(parse_goto("week 53 2026", TODAY()), Some(d(2026, 12, 28)));
        assert_eq!(parse_goto("u12", TODAY()), Some(d(2026, 3, 16)));
        assert_eq!(parse_goto("uge 54", TODAY()), None);
        assert_eq!(
            parse_goto("uge 53 2027", TODAY()),
            None,
            "2027 has 52 weeks"
        );
        assert_eq!(parse_goto("ugle", TODAY()), None);
    }

    #[test]
    fn ranges_with_open_ends_and_order_checked() {
        let r = |s| parse_range(s, TODAY());
        assert_eq!(r(""), Some((None, None)));
        assert_eq!(
            r("1.12-31.12.2026"),
            Some((Some(d(2026, 12, 1)), Some(d(2026, 12, 31))))
        );
        assert_eq!(r("1.12–"), Some((Some(d(2026, 12, 1)), None)));
        assert_eq!(r("..5.1.2027"), Some((None, Some(d(2027, 1, 5)))));
        assert_eq!(
            r("2026-12-03"),
            Some((Some(d(2026, 12, 3)), Some(d(2026, 12, 3))))
        );
        assert_eq!(r("3.12 til 1.12"), None, "backwards");
        assert_eq!(r("x–y"), None);
    }

    #[test]
    fn holiday_lines_round_trip() {
        let line = format_holiday_line("Efterårsferie", d(2026, 10, 10), d(2026, 10, 18));
        assert_eq!(line, "Efterårsferie 10.10.26–18.10.26");
        assert_eq!(
            parse_holiday_line(&line, TODAY()),
            Some(("Efterårsferie".into(), d(2026, 10, 10), d(2026, 10, 18)))
        );
        assert_eq!(
            parse_holiday_line("Fri dag 5.6.2027 - 5.6.2027", TODAY()),
            Some(("Fri dag".into(), d(2027, 6, 5), d(2027, 6, 5)))
        );
        assert_eq!(parse_holiday_line("Juleferie", TODAY()), None);
    }
}
