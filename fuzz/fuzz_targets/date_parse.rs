//! Any text given to the date parsers returns Ok or Err, never panics.
#![no_main]

use chrono::NaiveDate;
use korps::domain::date::{parse_date, parse_date_numbers};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("a date");
    let _ = parse_date(text, today);
    let _ = parse_date_numbers(text, today);
});
