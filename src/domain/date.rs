//! Danish dates: `tor 3.12.2026`, ISO weeks (`uge 49`), and parsing of the usual Danish forms.
//! (Skeleton: the domain helper implements this module.)

use chrono::NaiveDate;

use crate::i18n::Lang;

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

/// `tor 3.12.2026` (Danish) / `Thu 3.12.2026` (English).
pub fn format_date(_date: NaiveDate, _lang: Lang) -> String {
    unimplemented!("domain helper")
}

/// `3.12.2026` without weekday.
pub fn format_date_short(_date: NaiveDate) -> String {
    unimplemented!("domain helper")
}

/// ISO 8601 week number.
pub fn iso_week(_date: NaiveDate) -> u32 {
    unimplemented!("domain helper")
}

/// `uge 49` / `week 49`.
pub fn format_week(_date: NaiveDate, _lang: Lang) -> String {
    unimplemented!("domain helper")
}

/// Parses `3.12.2026`, `3/12-2026`, `3.12` (the year of `today`), `2026-12-03`.
pub fn parse_date(_input: &str, _today: NaiveDate) -> Result<NaiveDate, DateError> {
    unimplemented!("domain helper")
}
