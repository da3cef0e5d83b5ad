//! Danish public holidays (*helligdage*), computed (Easter-based ones included; Store bededag
//! until 2023, abolished from 2024).
//!
//! Only the official public holidays are here. Grundlovsdag, juleaftensdag, nytårsaftensdag and
//! the first of May are common days off but not public holidays; school holidays are a
//! separate, configurable table. Names are in the i18n catalog (`i18n::holiday_name`).

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A Danish public holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holiday {
    /// Nytårsdag, 1 January.
    NewYearsDay,
    /// Skærtorsdag, Thursday before Easter.
    MaundyThursday,
    /// Langfredag, Friday before Easter.
    GoodFriday,
    /// Påskedag.
    EasterSunday,
    /// 2. påskedag.
    EasterMonday,
    /// Store bededag, the fourth Friday after Easter; a public holiday until 2023.
    GreatPrayerDay,
    /// Kristi himmelfartsdag, 39 days after Easter.
    AscensionDay,
    /// Pinsedag, 49 days after Easter.
    WhitSunday,
    /// 2. pinsedag.
    WhitMonday,
    /// Juledag, 25 December.
    ChristmasDay,
    /// 2. juledag, 26 December.
    BoxingDay,
}

impl Holiday {
    /// Every holiday, in calendar order.
    pub const ALL: [Holiday; 11] = [
        Self::NewYearsDay,
        Self::MaundyThursday,
        Self::GoodFriday,
        Self::EasterSunday,
        Self::EasterMonday,
        Self::GreatPrayerDay,
        Self::AscensionDay,
        Self::WhitSunday,
        Self::WhitMonday,
        Self::ChristmasDay,
        Self::BoxingDay,
    ];
}

/// The last year Store bededag was a public holiday (abolished by law from 2024).
pub const LAST_GREAT_PRAYER_DAY_YEAR: i32 = 2023;

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm, also
/// known as Meeus/Jones/Butcher). For a year outside chrono's range it returns
/// `NaiveDate::MIN` or `NaiveDate::MAX`.
#[allow(clippy::many_single_char_names)] // the algorithm's published names, easier to check
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or(if year < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// The public holidays of `year`, sorted by date.
pub fn public_holidays(year: i32) -> Vec<(NaiveDate, Holiday)> {
    let easter = easter_sunday(year);
    let after_easter = |days: i64| easter + Duration::days(days);
    let fixed = |month: u32, day: u32| NaiveDate::from_ymd_opt(year, month, day);
    let mut out = Vec::with_capacity(11);
    if let Some(date) = fixed(1, 1) {
        out.push((date, Holiday::NewYearsDay));
    }
    if easter != NaiveDate::MIN && easter != NaiveDate::MAX {
        out.extend([
            (after_easter(-3), Holiday::MaundyThursday),
            (after_easter(-2), Holiday::GoodFriday),
            (easter, Holiday::EasterSunday),
            (after_easter(1), Holiday::EasterMonday),
        ]);
        if year <= LAST_GREAT_PRAYER_DAY_YEAR {
            out.push((after_easter(26), Holiday::GreatPrayerDay));
        }
        out.extend([
            (after_easter(39), Holiday::AscensionDay),
            (after_easter(49), Holiday::WhitSunday),
            (after_easter(50), Holiday::WhitMonday),
        ]);
    }
    for (month, day, holiday) in [
        (12, 25, Holiday::ChristmasDay),
        (12, 26, Holiday::BoxingDay),
    ] {
        if let Some(date) = fixed(month, day) {
            out.push((date, holiday));
        }
    }
    out.sort();
    out
}

/// The public holiday on `date`, if it is one.
pub fn holiday_on(date: NaiveDate) -> Option<Holiday> {
    public_holidays(date.year())
        .into_iter()
        .find_map(|(d, h)| (d == date).then_some(h))
}

/// Whether `date` is a public holiday.
pub fn is_public_holiday(date: NaiveDate) -> bool {
    holiday_on(date).is_some()
}

/// Whether `date` is a Saturday or a Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

#[cfg(test)]
mod tests {
    //! The reference list `tests/fixtures/dk_public_holidays_1990_2100.csv` comes from an
    //! independent source, the Python package `holidays` (see `make_dk_holidays.py` beside it).
    //! Only its default "public" category is used: its "optional" days (Grundlovsdag,
    //! juleaftensdag, nytårsaften, 1. maj) are not public holidays and are left out, and the
    //! script fails on any name outside the eleven official ones. It spells the second days
    //! "Anden påskedag" etc. where korps writes "2. påskedag"; the test maps its names.

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    fn reference_name(name: &str) -> Holiday {
        match name {
            "Nytårsdag" => Holiday::NewYearsDay,
            "Skærtorsdag" => Holiday::MaundyThursday,
            "Langfredag" => Holiday::GoodFriday,
            "Påskedag" => Holiday::EasterSunday,
            "Anden påskedag" => Holiday::EasterMonday,
            "Store bededag" => Holiday::GreatPrayerDay,
            "Kristi himmelfartsdag" => Holiday::AscensionDay,
            "Pinsedag" => Holiday::WhitSunday,
            "Anden pinsedag" => Holiday::WhitMonday,
            "Juledag" => Holiday::ChristmasDay,
            "Anden juledag" => Holiday::BoxingDay,
            other => panic!("unknown holiday in the reference list: {other}"),
        }
    }

    #[test]
    fn matches_the_reference_list_1990_to_2100() {
        let csv = include_str!("../../tests/fixtures/dk_public_holidays_1990_2100.csv");
        let reference: Vec<(NaiveDate, Holiday)> = csv
            .lines()
            .filter(|l| !l.starts_with('#') && *l != "date;name" && !l.is_empty())
            .map(|l| {
                let (date, name) = l.split_once(';').expect("date;name");
                let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("ISO date");
                (date, reference_name(name))
            })
            .collect();
        assert_eq!(
            reference.len(),
            111 * 10 + 34,
            "1990–2100, Store bededag to 2023"
        );
        let computed: Vec<(NaiveDate, Holiday)> = (1990..=2100).flat_map(public_holidays).collect();
        assert_eq!(computed, reference);
    }

    #[test]
    fn easter_sundays_known_from_the_almanac() {
        assert_eq!(easter_sunday(2024), d(2024, 3, 31));
        assert_eq!(easter_sunday(2025), d(2025, 4, 20));
        assert_eq!(easter_sunday(2026), d(2026, 4, 5));
        assert_eq!(easter_sunday(2285), d(2285, 3, 22)); // earliest possible
        assert_eq!(easter_sunday(1943), d(1943, 4, 25)); // latest possible
        for year in 1583..3000 {
            let e = easter_sunday(year);
            assert_eq!(e.weekday(), Weekday::Sun, "{year}");
            assert!((d(year, 3, 22)..=d(year, 4, 25)).contains(&e), "{year}");
        }
    }

    #[test]
    fn store_bededag_ends_with_2023() {
        assert_eq!(holiday_on(d(2023, 5, 5)), Some(Holiday::GreatPrayerDay));
        assert_eq!(holiday_on(d(2024, 4, 26)), None);
        assert_eq!(public_holidays(2023).len(), 11);
        assert_eq!(public_holidays(2024).len(), 10);
    }

    #[test]
    fn holiday_on_and_weekends() {
        assert_eq!(holiday_on(d(2026, 12, 25)), Some(Holiday::ChristmasDay));
        assert_eq!(holiday_on(d(2026, 5, 14)), Some(Holiday::AscensionDay));
        assert_eq!(holiday_on(d(2026, 6, 5)), None); // Grundlovsdag is not a public holiday
        assert_eq!(holiday_on(d(2026, 12, 24)), None);
        assert!(is_public_holiday(d(2026, 1, 1)));
        assert!(is_weekend(d(2026, 12, 5)));
        assert!(is_weekend(d(2026, 12, 6)));
        assert!(!is_weekend(d(2026, 12, 7)));
    }

    #[test]
    fn sorted_by_date_and_never_panics_at_the_edges() {
        for year in [1990, 2038, 2100] {
            let list = public_holidays(year);
            assert!(list.windows(2).all(|w| w[0].0 < w[1].0));
        }
        let _ = public_holidays(NaiveDate::MAX.year());
        let _ = public_holidays(NaiveDate::MIN.year());
        let _ = public_holidays(i32::MAX);
    }
}
