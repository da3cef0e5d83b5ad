//! `render --keys` replay: the first two bytes pick the size (1–300 × 1–100), the third the
//! screen, the rest is the key text; the app never panics on an in-memory database.
#![no_main]

use chrono::NaiveDate;
use korps::app::{Context, Screen};
use korps::i18n::Lang;
use korps::storage::Database;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let width = u16::from(data[0]) % 300 + 1;
    let height = u16::from(data[1]) % 100 + 1;
    let screen = Screen::AVAILABLE[usize::from(data[2]) % Screen::AVAILABLE.len()];
    let Ok(keys) = std::str::from_utf8(&data[3..]) else {
        return;
    };
    if keys.len() > 200 {
        return;
    }
    let Ok(db) = Database::open_in_memory("fuzz") else {
        return;
    };
    let ctx = Context {
        lang: Lang::Da,
        today: NaiveDate::from_ymd_opt(2026, 11, 27).expect("a date"),
        user: "fuzz".into(),
        corps_name: "Rollemodelkorpset".into(),
        season_start_month: 8,
        db_label: "fuzz".into(),
    };
    // A key text that does not parse is an error, not a panic.
    let _ = korps::tui::run_headless(db, ctx, screen, width, height, keys);
});
