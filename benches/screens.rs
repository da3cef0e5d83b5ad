//! Flat at 100×: every screen's first frame, whole process (`korps render SCREEN --size 120x40`,
//! start to the printed frame), on a scale-1 and a scale-100 demo database, with the ratio.
//! The target (issue 14): scale 100 within ×1.5 of scale 1 and at most 15 ms.
//!
//! Run: `cargo bench --bench screens` (the release-profile binary). Both databases are generated
//! once per run with the pinned date; each screen is rendered `RUNS` times after a warm-up and
//! the median is printed. Set `KORPS_BENCH_RUNS` for more runs.

mod support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use korps::storage::Database;
use support::today;

const SCREENS: [&str; 8] = [
    "oversigt",
    "korps",
    "udpegninger",
    "besoeg",
    "fremmoede",
    "honorarer",
    "budget",
    "steder",
];

/// A demo database of `scale` in `dir`.
fn demo(dir: &Path, scale: u32) -> std::path::PathBuf {
    let path = dir.join(format!("scale{scale}.db"));
    let mut db = Database::open(&path, "bench").expect("open");
    korps::demo::generate(&mut db, today(), scale, 1, &mut |_, _| {}).expect("demo");
    path
}

/// The median time of `runs` whole-process renders of `screen` on `db`.
fn median_render(db: &Path, screen: &str, runs: usize) -> Duration {
    let render = || {
        let start = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_korps"))
            .args(["render", screen, "--size", "120x40"])
            .env("KORPS_DB", db)
            .env("KORPS_TODAY", today().format("%Y-%m-%d").to_string())
            .env("KORPS_CONFIG", db.with_extension("none.toml"))
            .output()
            .expect("korps render");
        let took = start.elapsed();
        assert!(out.status.success(), "render {screen}: {out:?}");
        took
    };
    render();
    let mut times: Vec<Duration> = (0..runs).map(|_| render()).collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    // `cargo test --benches` runs benches with `--bench` absent: nothing to measure then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let runs = std::env::var("KORPS_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(21);
    let dir = tempfile::tempdir().expect("tempdir");
    let small = demo(dir.path(), 1);
    let large = demo(dir.path(), 100);
    println!("whole process, `korps render SCREEN --size 120x40`, median of {runs} runs");
    println!(
        "{:<12} {:>10} {:>10} {:>7}  target ×1.5 and ≤ 15 ms",
        "screen", "scale 1", "scale 100", "ratio"
    );
    for screen in SCREENS {
        let one = median_render(&small, screen, runs);
        let hundred = median_render(&large, screen, runs);
        let ratio = ms(hundred) / ms(one);
        let ok = ratio <= 1.5 && ms(hundred) <= 15.0;
        println!(
            "{screen:<12} {:>8.1}ms {:>8.1}ms {ratio:>6.2}×  {}",
            ms(one),
            ms(hundred),
            if ok { "ok" } else { "OVER" }
        );
    }
}
