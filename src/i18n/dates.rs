//! The words of dates and domain values: `tor 3.12.2026`, `uge 49`, month and weekday names,
//! `1/1 RM · 1/2 AMB`, and the names of the default school holidays. The domain gives dates,
//! numbers and codes; this module turns them into words in the UI language.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{Lang, Text};
use crate::domain::date::{format_date_short, iso_week};
use crate::domain::event::Staffing;
use crate::domain::school_holidays::{
    SchoolHoliday, SchoolHolidayKind, default_school_holidays_named,
};

/// `tor 3.12.2026` (Danish) / `Thu 3.12.2026` (English).
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    format!("{} {}", weekday_name(date, lang), format_date_short(date))
}

/// The weekday abbreviation: `man tir ons tor fre lør søn` / `Mon … Sun`.
pub fn weekday_name(date: NaiveDate, lang: Lang) -> &'static str {
    weekday_short(date.weekday()).get(lang)
}

/// The catalog text of a weekday's abbreviation.
fn weekday_short(weekday: Weekday) -> Text {
    match weekday {
        Weekday::Mon => super::WEEKDAY_SHORT_MON,
        Weekday::Tue => super::WEEKDAY_SHORT_TUE,
        Weekday::Wed => super::WEEKDAY_SHORT_WED,
        Weekday::Thu => super::WEEKDAY_SHORT_THU,
        Weekday::Fri => super::WEEKDAY_SHORT_FRI,
        Weekday::Sat => super::WEEKDAY_SHORT_SAT,
        Weekday::Sun => super::WEEKDAY_SHORT_SUN,
    }
}

/// The full weekday name: `mandag` … `søndag` / `Monday` … `Sunday`.
pub fn weekday_full_name(date: NaiveDate, lang: Lang) -> &'static str {
    weekday_full(date.weekday()).get(lang)
}

/// The catalog text of a weekday's full name.
fn weekday_full(weekday: Weekday) -> Text {
    match weekday {
        Weekday::Mon => super::WEEKDAY_MON,
        Weekday::Tue => super::WEEKDAY_TUE,
        Weekday::Wed => super::WEEKDAY_WED,
        Weekday::Thu => super::WEEKDAY_THU,
        Weekday::Fri => super::WEEKDAY_FRI,
        Weekday::Sat => super::WEEKDAY_SAT,
        Weekday::Sun => super::WEEKDAY_SUN,
    }
}

/// The month's name, `januar` … `december` (Danish, lower case) / `January` … `December`.
/// Month numbers outside 1–12 give an empty string.
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    const MONTHS: [Text; 12] = [
        super::MONTH_JANUARY,
        super::MONTH_FEBRUARY,
        super::MONTH_MARCH,
        super::MONTH_APRIL,
        super::MONTH_MAY,
        super::MONTH_JUNE,
        super::MONTH_JULY,
        super::MONTH_AUGUST,
        super::MONTH_SEPTEMBER,
        super::MONTH_OCTOBER,
        super::MONTH_NOVEMBER,
        super::MONTH_DECEMBER,
    ];
    month
        .checked_sub(1)
        .and_then(|i| MONTHS.get(i as usize))
        .map_or("", |t| t.get(lang))
}

/// `uge 49` / `week 49`.
pub fn format_week(date: NaiveDate, lang: Lang) -> String {
    super::WEEK_LABEL.fill(lang, &[("week", &iso_week(date).to_string())])
}

/// `1/1 RM · 1/2 AMB`: booked of needed role models and ambassadors.
pub fn format_staffing(s: &Staffing, lang: Lang) -> String {
    format!(
        "{}/{} {} · {}/{} {}",
        s.role_models.0,
        s.role_models.1,
        super::STAFF_RM.get(lang),
        s.ambassadors.0,
        s.ambassadors.1,
        super::STAFF_AMB.get(lang),
    )
}

/// The catalog text of a default school holiday's name.
pub fn school_holiday_kind(kind: SchoolHolidayKind) -> Text {
    match kind {
        SchoolHolidayKind::Autumn => super::SCHOOL_HOLIDAY_AUTUMN,
        SchoolHolidayKind::Christmas => super::SCHOOL_HOLIDAY_CHRISTMAS,
        SchoolHolidayKind::Winter => super::SCHOOL_HOLIDAY_WINTER,
        SchoolHolidayKind::Easter => super::SCHOOL_HOLIDAY_EASTER,
        SchoolHolidayKind::Summer => super::SCHOOL_HOLIDAY_SUMMER,
    }
}

/// The default school holidays of the school year starting in August of `school_year_start`,
/// as table rows with their Danish names (the table is data the municipality edits, kept in
/// Danish whatever the UI language).
pub fn default_school_holidays(school_year_start: i32) -> Vec<SchoolHoliday> {
    default_school_holidays_named(school_year_start, |kind| {
        school_holiday_kind(kind).da.to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::parse_date;
    use crate::domain::event::AssignmentStatus;
    use crate::domain::person::PersonKind;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn formats_with_weekday_and_week() {
        assert_eq!(format_date(d(2026, 12, 3), Lang::Da), "tor 3.12.2026");
        assert_eq!(format_date(d(2026, 12, 3), Lang::En), "Thu 3.12.2026");
        assert_eq!(format_date(d(2026, 12, 6), Lang::Da), "søn 6.12.2026");
        assert_eq!(format_date(d(2026, 12, 5), Lang::Da), "lør 5.12.2026");
        assert_eq!(format_week(d(2026, 12, 3), Lang::Da), "uge 49");
        assert_eq!(format_week(d(2026, 12, 3), Lang::En), "week 49");
        assert_eq!(weekday_full_name(d(2026, 12, 3), Lang::Da), "torsdag");
        assert_eq!(weekday_full_name(d(2026, 12, 3), Lang::En), "Thursday");
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
    fn staffing_reads_booked_of_needed() {
        let s = Staffing::count(
            1,
            2,
            [
                (PersonKind::RoleModel, AssignmentStatus::Booked),
                (PersonKind::Ambassador, AssignmentStatus::Attended),
            ],
        );
        assert_eq!(format_staffing(&s, Lang::Da), "1/1 RM · 1/2 AMB");
    }

    #[test]
    fn default_school_holidays_have_danish_names() {
        let names: Vec<String> = default_school_holidays(2026)
            .into_iter()
            .map(|h| h.name)
            .collect();
        assert_eq!(
            names,
            [
                "Efterårsferie",
                "Juleferie",
                "Vinterferie",
                "Påskeferie",
                "Sommerferie"
            ]
        );
        assert!(
            default_school_holidays(2026)
                .iter()
                .all(|h| h.school_year_start == 2026 && h.validate().is_ok())
        );
    }

    proptest! {
        /// Every date as shown, in both languages and with the full weekday, can be typed back.
        #[test]
        fn shown_dates_parse_back(days in 0i64..(300 * 365)) {
            let date = d(1900, 1, 1) + chrono::Duration::days(days);
            let today = d(2026, 6, 15);
            for lang in [Lang::Da, Lang::En] {
                prop_assert_eq!(parse_date(&format_date(date, lang), today), Ok(date));
                let full = format!("{} {}", weekday_full_name(date, lang), format_date_short(date));
                prop_assert_eq!(parse_date(&full, today), Ok(date));
            }
        }
    }
}
