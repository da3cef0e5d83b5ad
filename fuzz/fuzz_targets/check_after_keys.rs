//! Any sequence of user actions leaves `korps check` clean, at length: the first byte picks the
//! screen, the rest is the key text (the `--keys` syntax) replayed through the real app on a copy
//! of a demo database file with writes; then every rule of `korps check` must hold. The same
//! harness runs in `cargo test` as `tests/safety_check_after_keys.rs` (proptest).
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::NaiveDate;
use korps::app::{Context, Screen};
use korps::i18n::Lang;
use korps::tui::check_after_keys::{check_after_keys, demo_base};
use libfuzzer_sys::fuzz_target;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("a date")
}

/// The demo database file, generated once per fuzzing process.
fn base() -> &'static PathBuf {
    static BASE: OnceLock<PathBuf> = OnceLock::new();
    BASE.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("korps-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("folder");
        // Exports the keys make go to relative paths: keep them in this folder.
        std::env::set_current_dir(&dir).expect("cd");
        let path = dir.join("demo.db");
        demo_base(&path, today()).expect("demo");
        path
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let screen = Screen::AVAILABLE[usize::from(first) % Screen::AVAILABLE.len()];
    let Ok(keys) = std::str::from_utf8(rest) else {
        return;
    };
    if keys.len() > 400 {
        return;
    }
    let base = base();
    let ctx = Context {
        lang: Lang::Da,
        today: today(),
        user: "fuzz".into(),
        corps_name: "Rollemodelkorpset".into(),
        season_start_month: 8,
        db_label: "fuzz".into(),
    };
    // A key text that does not parse is not a case; anything else that fails is a finding.
    if korps::tui::keys::parse(keys).is_err() {
        return;
    }
    let report = check_after_keys(base, &base.with_file_name("case.db"), ctx, screen, keys)
        .expect("the replay and the check run");
    assert!(report.is_ok(), "{}", report.lines(Lang::En).join("\n"));
});
