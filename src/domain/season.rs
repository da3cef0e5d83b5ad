//! Appointment seasons: a year that starts in a configurable month (default August).
//!
//! A season starting in August 2026 runs 1.8.2026–31.7.2027 and is labelled `2026/27`; with start
//! month 1 seasons are calendar years, labelled `2026`. The yearly ambassador list of a season
//! lists everyone whose appointment overlaps it.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::date::{MAX_YEAR, MIN_YEAR};

/// The month seasons start in unless configured otherwise: August, the school year.
pub const DEFAULT_START_MONTH: u32 = 8;

/// One appointment season.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Season {
    /// The calendar year of the season's first day.
    pub start_year: i32,
    /// The month (1–12) the season starts in.
    pub start_month: u32,
}

impl Season {
    /// The season starting in `start_month` of `start_year`. A month outside 1–12 is clamped.
    pub fn new(start_year: i32, start_month: u32) -> Season {
        Season {
            start_year,
            start_month: start_month.clamp(1, 12),
        }
    }

    /// The season that `date` falls in, for seasons starting in `start_month` (clamped to 1–12).
    pub fn containing(date: NaiveDate, start_month: u32) -> Season {
        let start_month = start_month.clamp(1, 12);
        let start_year = if date.month() >= start_month {
            date.year()
        } else {
            date.year() - 1
        };
        Season {
            start_year,
            start_month,
        }
    }

    /// The first day: the 1st of the start month.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.start_year, self.start_month.clamp(1, 12), 1).unwrap_or(
            if self.start_year < 0 {
                NaiveDate::MIN
            } else {
                NaiveDate::MAX
            },
        )
    }

    /// The last day: the day before the next season's first day.
    pub fn last_day(self) -> NaiveDate {
        let next = self.next().first_day();
        if next == NaiveDate::MAX {
            return NaiveDate::MAX;
        }
        next.pred_opt().unwrap_or(next)
    }

    /// Whether `date` is in this season.
    pub fn contains(self, date: NaiveDate) -> bool {
        (self.first_day()..=self.last_day()).contains(&date)
    }

    /// Whether the period `from`–`to` (both included) shares at least one day with the season.
    pub fn overlaps(self, from: NaiveDate, to: NaiveDate) -> bool {
        from <= self.last_day() && to >= self.first_day()
    }

    /// The following season.
    #[must_use]
    pub fn next(self) -> Season {
        Season {
            start_year: self.start_year.saturating_add(1),
            ..self
        }
    }

    /// The season before.
    #[must_use]
    pub fn prev(self) -> Season {
        Season {
            start_year: self.start_year.saturating_sub(1),
            ..self
        }
    }

    /// `2026/27`; for seasons starting in January, the calendar year `2026`.
    pub fn label(self) -> String {
        if self.start_month <= 1 {
            self.start_year.to_string()
        } else {
            let end = self.start_year.wrapping_add(1).rem_euclid(100);
            format!("{}/{end:02}", self.start_year)
        }
    }

    /// Parses a label: `2026/27`, `2026/2027` or `2026-27` for seasons starting in February or
    /// later; `2026` for calendar-year seasons (start month 1). The second year must follow the
    /// first, and years must be within 1900–2200.
    pub fn parse(label: &str, start_month: u32) -> Option<Season> {
        let start_month = start_month.clamp(1, 12);
        let text = label.trim();
        let year = |s: &str| -> Option<i32> {
            let y = s.trim();
            if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            y.parse().ok().filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))
        };
        if start_month == 1 {
            return year(text).map(|y| Season::new(y, 1));
        }
        let (first, second) = text.split_once(['/', '-'])?;
        let start_year = year(first)?;
        let second = second.trim();
        if !second.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let follows = match second.len() {
            2 => second.parse::<i32>().ok()? == (start_year + 1) % 100,
            4 => second.parse::<i32>().ok()? == start_year + 1,
            _ => false,
        };
        follows.then_some(Season::new(start_year, start_month))
    }
}

impl fmt::Display for Season {
    /// The label, see [`Season::label`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn august_seasons_run_from_august_to_july() {
        let s = Season::containing(d(2026, 12, 3), 8);
        assert_eq!(s, Season::new(2026, 8));
        assert_eq!(s.first_day(), d(2026, 8, 1));
        assert_eq!(s.last_day(), d(2027, 7, 31));
        assert_eq!(s.label(), "2026/27");
        assert_eq!(s.to_string(), "2026/27");
        assert_eq!(Season::containing(d(2026, 7, 31), 8).label(), "2025/26");
        assert_eq!(Season::containing(d(2026, 8, 1), 8).label(), "2026/27");
        assert_eq!(Season::containing(d(2027, 1, 1), 8).label(), "2026/27");
        assert_eq!(Season::new(1999, 8).label(), "1999/00");
        assert_eq!(Season::new(2099, 8).label(), "2099/00");
    }

    #[test]
    fn january_seasons_are_calendar_years() {
        let s = Season::containing(d(2026, 12, 31), 1);
        assert_eq!(s.first_day(), d(2026, 1, 1));
        assert_eq!(s.last_day(), d(2026, 12, 31));
        assert_eq!(s.label(), "2026");
        assert_eq!(Season::containing(d(2027, 1, 1), 1).label(), "2027");
        assert_eq!(Season::parse("2026", 1), Some(s));
        assert_eq!(Season::parse("2026/27", 1), None);
    }

    #[test]
    fn december_seasons_and_leap_days() {
        let s = Season::containing(d(2027, 11, 30), 12);
        assert_eq!(s.first_day(), d(2026, 12, 1));
        assert_eq!(s.last_day(), d(2027, 11, 30));
        let march = Season::new(2027, 3);
        assert_eq!(march.last_day(), d(2028, 2, 29));
    }

    #[test]
    fn next_prev_contains_and_overlaps() {
        let s = Season::new(2026, 8);
        assert_eq!(s.next(), Season::new(2027, 8));
        assert_eq!(s.prev(), Season::new(2025, 8));
        assert_eq!(s.next().prev(), s);
        assert_eq!(s.prev().last_day() + Duration::days(1), s.first_day());
        assert!(s.contains(d(2027, 7, 31)));
        assert!(!s.contains(d(2027, 8, 1)));
        // An appointment 1.9.2025–31.8.2026 reaches one month into 2026/27.
        assert!(s.overlaps(d(2025, 9, 1), d(2026, 8, 31)));
        assert!(s.overlaps(d(2027, 7, 31), d(2028, 7, 30)));
        assert!(!s.overlaps(d(2025, 8, 1), d(2026, 7, 31)));
        assert!(!s.overlaps(d(2027, 8, 1), d(2028, 7, 31)));
        assert!(s.overlaps(d(2020, 1, 1), d(2030, 1, 1)));
    }

    #[test]
    fn parses_labels() {
        let s = Some(Season::new(2026, 8));
        assert_eq!(Season::parse("2026/27", 8), s);
        assert_eq!(Season::parse("2026/2027", 8), s);
        assert_eq!(Season::parse("2026-27", 8), s);
        assert_eq!(Season::parse(" 2026 / 27 ", 8), s);
        assert_eq!(Season::parse("1999/00", 8), Some(Season::new(1999, 8)));
        for bad in [
            "2026/28",
            "2026",
            "26/27",
            "2026/",
            "x",
            "",
            "2026/2028",
            "1899/00",
        ] {
            assert_eq!(Season::parse(bad, 8), None, "{bad}");
        }
        for m in 1..=12 {
            let s = Season::new(2031, m);
            assert_eq!(Season::parse(&s.label(), m), Some(s));
        }
    }

    #[test]
    fn extreme_years_do_not_panic() {
        let s = Season::new(i32::MAX, 8);
        let _ = (s.first_day(), s.last_day(), s.label(), s.next(), s.prev());
        let s = Season::new(i32::MIN, 8);
        let _ = (s.first_day(), s.last_day(), s.label());
    }
}
