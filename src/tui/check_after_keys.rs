//! "Any sequence of user actions leaves `korps check` clean": the one harness behind the
//! property test (`tests/safety_check_after_keys.rs`) and the cargo-fuzz target
//! (`fuzz/fuzz_targets/check_after_keys.rs`). A demo database file is made once
//! ([`demo_base`]); each case replays keys through the real app on a fresh copy of it — a real
//! file, so every write goes through SQLite, triggers included — and then runs every rule of
//! `korps check` ([`check_after_keys`]).

use std::path::Path;

use anyhow::Context as _;
use chrono::NaiveDate;

use crate::app::{Context, Screen};
use crate::storage::{CheckReport, Database};

/// The size the cases are replayed at.
const WIDTH: u16 = 100;
const HEIGHT: u16 = 30;

/// Writes the demo database the cases start from (scale 1, seed 7, generated for `today`).
pub fn demo_base(path: &Path, today: NaiveDate) -> anyhow::Result<()> {
    let mut db = Database::open(path, "demo").context("open the base")?;
    crate::demo::generate(&mut db, today, 1, 7, &mut |_, _| {}).context("demo")?;
    Ok(())
}

/// Copies `base` to `case` (replacing an earlier case and its `-wal`/`-shm`), replays `keys` on
/// `screen` of the copy and returns what `korps check` finds in it. A key text that does not
/// parse is an error, not a finding.
pub fn check_after_keys(
    base: &Path,
    case: &Path,
    ctx: Context,
    screen: Screen,
    keys: &str,
) -> anyhow::Result<CheckReport> {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", case.display()));
    }
    std::fs::copy(base, case).context("copy the base")?;
    let mut db = Database::open(case, "fuzz").context("open the copy")?;
    super::replay(&mut db, ctx, screen, WIDTH, HEIGHT, keys)?;
    Ok(db.check()?)
}
