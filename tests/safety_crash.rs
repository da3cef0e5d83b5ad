//! Crash safety: a writer process doing real user actions (`safety_support::stress`) is killed with
//! SIGKILL at seeded random moments; after every kill the database passes `integrity_check` and
//! every action the writer reported as committed is there.
//!
//! `cargo test` runs 120 kills; `.ci/run` also runs the ignored 600-kill version. The figures
//! are printed (`cargo test --test safety_crash -- --nocapture`).
//!
//! Why nothing is lost: every action is one `BEGIN IMMEDIATE` transaction in WAL mode, and the
//! writer prints only after `COMMIT` returned, when the frames are in the WAL file (the OS keeps
//! them when the process dies; `synchronous=NORMAL` only risks the last commits on a power cut,
//! which this test cannot simulate).

mod safety_support;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::thread;
use std::time::{Duration, Instant};

use korps::demo::rng::Rng;
use korps::storage::Database;
use rusqlite::Connection;
use safety_support::{Reported, stress};

struct Figures {
    kills: usize,
    killed_mid_run: usize,
    actions: usize,
    lost: usize,
    integrity_failures: usize,
}

fn crash_loop(kills: usize, seed: u64) -> Figures {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let mut rng = Rng::new(seed);
    let mut reported = Reported::default();
    let mut figures = Figures {
        kills: 0,
        killed_mid_run: 0,
        actions: 0,
        lost: 0,
        integrity_failures: 0,
    };
    for round in 0..kills {
        let (tag, seed) = (format!("r{round}"), rng.next_u64().to_string());
        let mut child = stress::writer(
            &path,
            &["--actions", "1000000", "--tag", &tag, "--seed", &seed],
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn the writer");
        let stdout = child.stdout.take().expect("stdout");
        let reader = thread::spawn(move || {
            let mut lines = Vec::new();
            let mut input = BufReader::new(stdout);
            let mut buf = Vec::new();
            // Only complete lines count: a line cut by the kill was never fully reported.
            while input.read_until(b'\n', &mut buf).unwrap_or(0) > 0 {
                let line = String::from_utf8_lossy(&buf).trim_end().to_string();
                if buf.ends_with(b"\n") && stress::is_report(&line) {
                    lines.push(line);
                }
                buf.clear();
            }
            lines
        });
        // Some kills land while the process starts or opens (creates) the file, most while it
        // writes.
        thread::sleep(Duration::from_millis(rng.between(1, 60) as u64));
        let running = child.try_wait().expect("try_wait").is_none();
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        figures.kills += 1;
        figures.killed_mid_run += usize::from(running);
        let lines = reader.join().expect("reader");
        for line in &lines {
            reported.add(line);
        }
        if !path.exists() {
            continue;
        }
        let conn = Connection::open(&path).expect("open raw");
        let verdict: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("integrity_check");
        drop(conn);
        if verdict != "ok" {
            figures.integrity_failures += 1;
            eprintln!("round {round}: integrity_check said {verdict}");
        }
        let db = Database::open(&path, "checker").expect("the database opens after a kill");
        let (lost, examples) = reported.missing(&db);
        if lost > 0 {
            eprintln!("round {round}: lost {examples:?}");
        }
        figures.lost += lost;
    }
    figures.actions = reported.actions;
    figures
}

fn report(name: &str, f: &Figures, started: Instant) {
    println!(
        "crash figures ({name}): kills {} (mid-run {}), committed actions reported {}, \
         integrity failures {}, actions lost {}, {:.1} s",
        f.kills,
        f.killed_mid_run,
        f.actions,
        f.integrity_failures,
        f.lost,
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn a_writer_killed_120_times_loses_nothing_it_reported() {
    let started = Instant::now();
    let f = crash_loop(120, 0x6b6f_7270);
    report("120", &f, started);
    assert_eq!(f.kills, 120);
    assert_eq!(f.integrity_failures, 0);
    assert_eq!(f.lost, 0);
    // On a loaded machine the writer gets less done between kills; it must still have done
    // real work for "nothing lost" to mean something.
    assert!(
        f.actions >= 20,
        "the writer got to work: {} actions",
        f.actions
    );
}

#[test]
#[ignore = "long: run by .ci/run"]
fn a_writer_killed_600_times_loses_nothing_it_reported() {
    let started = Instant::now();
    let f = crash_loop(600, 0x5afe_0600);
    report("600", &f, started);
    assert_eq!(f.kills, 600);
    assert_eq!(f.integrity_failures, 0);
    assert_eq!(f.lost, 0);
    // Nothing lost means something only when the writer did real work between the kills.
    assert!(
        f.actions >= 100,
        "the writer got to work: {} actions",
        f.actions
    );
}

/// Not a test: the writer process the tests here spawn (see `safety_support::stress`).
#[test]
#[ignore = "the writer process the other tests spawn"]
fn stress_writer_process() {
    safety_support::stress::run_from_env();
}
