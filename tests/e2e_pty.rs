//! End to end: the real `korps --demo` binary in a pseudo-terminal. It waits for the roster,
//! searches, quits, and checks that the terminal was given back (main screen, no mouse capture,
//! cursor shown). Polls the screen with a deadline; never sleeps a fixed time.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Polls `parser` until `pred` holds for its screen text, or fails after `limit`.
fn wait_for(
    parser: &Arc<Mutex<vt100::Parser>>,
    limit: Duration,
    what: &str,
    pred: impl Fn(&str) -> bool,
) {
    let deadline = Instant::now() + limit;
    loop {
        let text = parser.lock().expect("lock").screen().contents();
        if pred(&text) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}; screen:\n{text}"
        );
        std::thread::yield_now();
        std::thread::park_timeout(Duration::from_millis(20));
    }
}

#[test]
fn korps_demo_runs_in_a_real_terminal_and_restores_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pty = native_pty_system();
    let pair = pty
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_korps"));
    cmd.arg("--demo");
    cmd.env("KORPS_DEMO_DB", dir.path().join("demo.db"));
    cmd.env("KORPS_CONFIG", dir.path().join("config.toml"));
    cmd.env("KORPS_TODAY", "2026-11-27");
    cmd.env("HOME", dir.path());
    cmd.env("TERM", "xterm-256color");
    cmd.cwd(dir.path());
    let mut child = pair.slave.spawn_command(cmd).expect("spawn korps");
    drop(pair.slave);

    let parser = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
    let raw = Arc::new(Mutex::new(Vec::new()));
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let (p, r) = (Arc::clone(&parser), Arc::clone(&raw));
    let reading = std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            p.lock().expect("lock").process(&buf[..n]);
            r.lock().expect("lock").extend_from_slice(&buf[..n]);
        }
    });
    let mut writer = pair.master.take_writer().expect("writer");

    // korps starts on the dashboard (Oversigt); 2 goes to the roster.
    wait_for(&parser, Duration::from_secs(60), "the dashboard", |s| {
        s.contains("Advarsler")
    });
    writer.write_all(b"2").expect("type");
    writer.flush().expect("flush");
    wait_for(&parser, Duration::from_secs(10), "the roster", |s| {
        s.contains("Korps") && s.contains(" af ")
    });
    assert!(
        parser.lock().expect("lock").screen().alternate_screen(),
        "the TUI uses the alternate screen"
    );

    writer.write_all(b"/aa").expect("type");
    writer.flush().expect("flush");
    wait_for(&parser, Duration::from_secs(10), "the search text", |s| {
        s.contains("Søg: aa")
    });

    writer.write_all(b"\x1b").expect("esc");
    writer.flush().expect("flush");
    wait_for(
        &parser,
        Duration::from_secs(10),
        "leaving the search",
        |s| s.contains("Ny"),
    );
    writer.write_all(b"q").expect("quit");
    writer.flush().expect("flush");

    let status = child.wait().expect("wait");
    assert!(status.success(), "korps exited with {status:?}");
    drop(writer);
    drop(pair.master);
    let _ = reading.join();

    let screen = parser.lock().expect("lock");
    let screen = screen.screen();
    assert!(!screen.alternate_screen(), "back on the main screen");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse capture off"
    );
    assert!(!screen.hide_cursor(), "cursor shown");
    let raw = raw.lock().expect("lock");
    let text = String::from_utf8_lossy(&raw);
    assert!(
        text.rfind("\x1b[?1049l") > text.rfind("\x1b[?1049h"),
        "alternate screen left last"
    );
}
