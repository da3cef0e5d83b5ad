//! The README is the reference, so its examples must work as written: this test reads every
//! `korps …` line of the README's `sh` blocks and runs it, in order, against a demo database in
//! a temporary folder (with `KORPS_TODAY` pinned), and checks that each exits 0. Files an example
//! reads are the README's own `csv NAME` blocks, written into the folder first. The lines that
//! open the terminal interface (no command) cannot run without a terminal and are the only ones
//! left out; the test checks that they are exactly those.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use tempfile::TempDir;

/// A fenced block of the README: its info string and its lines.
struct Block {
    info: String,
    lines: Vec<String>,
}

fn blocks(readme: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    for line in readme.lines() {
        match (line.strip_prefix("```"), current.take()) {
            (Some(info), None) => {
                current = Some(Block {
                    info: info.trim().to_string(),
                    lines: Vec::new(),
                });
            }
            (Some(_), Some(block)) => out.push(block),
            (None, Some(mut block)) => {
                block.lines.push(line.to_string());
                current = Some(block);
            }
            (None, None) => {}
        }
    }
    out
}

/// The words of a shell line (double quotes group; a `#` outside quotes starts a comment).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut in_word = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                in_word = true;
            }
            '#' if !quoted && !in_word => break,
            c if c.is_whitespace() && !quoted => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// Whether the arguments name a command (else they open the terminal interface).
fn names_a_command(args: &[String]) -> bool {
    let mut rest = args.iter();
    while let Some(word) = rest.next() {
        match word.as_str() {
            "--db" | "--lang" => {
                rest.next();
            }
            w if w.starts_with('-') => {}
            _ => return true,
        }
    }
    false
}

fn korps(dir: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("korps");
    cmd.current_dir(dir)
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("KORPS_CONFIG", dir.join("config.toml"))
        .env("KORPS_DB", dir.join("korps.db"))
        .env("KORPS_DEMO_DB", dir.join("demo-flag.db"))
        .env("KORPS_TODAY", "2026-12-03")
        .env_remove("LANG")
        .env_remove("NO_COLOR");
    cmd
}

#[test]
fn every_example_of_the_readme_runs_against_a_demo_database() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let blocks = blocks(&readme);
    let dir = TempDir::new().expect("temp dir");
    for block in &blocks {
        if let Some(name) = block.info.strip_prefix("csv ") {
            std::fs::write(dir.path().join(name.trim()), block.lines.join("\n") + "\n")
                .expect("example file");
        }
    }
    korps(dir.path())
        .args(["demo", "--out", "korps.db"])
        .assert()
        .success();

    let mut ran = Vec::new();
    let mut interactive = Vec::new();
    for block in blocks.iter().filter(|b| b.info == "sh") {
        for line in &block.lines {
            let words = shell_words(line);
            if words.first().map(String::as_str) != Some("korps") {
                continue;
            }
            let args = &words[1..];
            if !names_a_command(args) {
                interactive.push(line.trim().to_string());
                continue;
            }
            let out = korps(dir.path()).args(args).output().expect("korps runs");
            assert!(
                out.status.code() == Some(0),
                "README example `{}` exited {:?}:\n{}{}",
                line.trim(),
                out.status.code(),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            ran.push(args.first().cloned().unwrap_or_default());
        }
    }
    // The examples that open the terminal interface, and nothing else, are left out.
    assert_eq!(
        interactive
            .iter()
            .map(|l| shell_words(l))
            .collect::<Vec<_>>(),
        [
            vec!["korps".to_string()],
            vec!["korps".to_string(), "--demo".to_string()],
            vec!["korps".to_string(), "--lang".to_string(), "en".to_string()],
        ]
    );
    // Every command of korps has its example.
    for command in [
        "init", "demo", "render", "budget", "export", "import", "backup", "restore", "check",
        "privacy",
    ] {
        assert!(
            ran.iter().any(|c| c == command),
            "no README example of korps {command}"
        );
    }
    for export in ["list", "calendar", "payouts", "report", "person"] {
        assert!(
            readme.contains(&format!("\nkorps export {export} ")),
            "no README example of korps export {export}"
        );
    }
}

#[test]
fn shell_words_split_like_the_shell() {
    assert_eq!(
        shell_words(r#"korps render korps --keys "/Søren<Enter>"   # a comment"#),
        ["korps", "render", "korps", "--keys", "/Søren<Enter>"]
    );
    assert_eq!(shell_words("korps   check"), ["korps", "check"]);
    assert!(!names_a_command(&["--lang".into(), "en".into()]));
    assert!(names_a_command(&["--demo".into(), "check".into()]));
}
