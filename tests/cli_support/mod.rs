//! Shared support of the command-line tests: the real `korps` binary in a sealed environment
//! (home, config, data and database paths under a temporary folder, a pinned today, no LANG).

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;
use tempfile::TempDir;

/// `korps` in a sealed environment under `dir`.
pub fn korps(dir: &TempDir) -> Command {
    let home = dir.path();
    let mut cmd = cargo_bin_cmd!("korps");
    cmd.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("KORPS_CONFIG", home.join("config.toml"))
        .env("KORPS_DB", home.join("korps.db"))
        .env("KORPS_DEMO_DB", home.join("demo.db"))
        .env("KORPS_TODAY", "2026-11-27")
        .env_remove("LANG");
    cmd
}

/// `korps budget --year YEAR --json` on the database under `dir`, which must succeed.
#[allow(dead_code)] // not every command-line test reads the budget
pub fn budget_json(dir: &TempDir, year: i32) -> serde_json::Value {
    let out = korps(dir)
        .args(["budget", "--year", &year.to_string(), "--json"])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}
