//! Helpers shared by the safety tests: the real binary with a pinned environment, a file hash,
//! the version-1 fixture and a parser for the stress writer's reports.

#![allow(dead_code)] // each test file uses a different part

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use korps::storage::Database;

pub mod stress;

/// The `korps` binary with today pinned and no user config.
pub fn korps(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_korps"));
    cmd.env("KORPS_TODAY", "2026-11-27")
        .env("KORPS_CONFIG", dir.join("no-config.toml"))
        .env_remove("KORPS_DB")
        .env_remove("KORPS_BUSY_TIMEOUT_MS")
        .env("USER", "tester");
    cmd
}

/// FNV-1a of a file's bytes (of a folder: of its sorted listing; of a FIFO or device: its
/// kind, never read); "-" when it is missing.
pub fn hash(path: &Path) -> String {
    let bytes = match fs::metadata(path) {
        Ok(m) if !m.is_dir() && !m.is_file() => b"special".to_vec(),
        Ok(m) if m.is_dir() => {
            let mut names: Vec<String> = fs::read_dir(path)
                .expect("read dir")
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            names.join("\n").into_bytes()
        }
        Ok(_) => fs::read(path).expect("read"),
        Err(_) => return "-".into(),
    };
    let h = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{h:016x}")
}

/// A copy of the version-1 fixture at `dir/name`.
pub fn fixture_v1(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/korps-v1.db"),
        &path,
    )
    .expect("copy the fixture");
    path
}

/// Whether this process ignores file permissions (root): then read-only cases cannot be made.
pub fn permissions_bite(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join(".probe");
    fs::write(&probe, b"x").expect("probe");
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o400)).expect("chmod");
    let bites = fs::OpenOptions::new().write(true).open(&probe).is_err();
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o600)).expect("chmod");
    fs::remove_file(&probe).expect("remove probe");
    bites
}

/// What stress writers reported as committed, folded per row.
#[derive(Debug, Default)]
pub struct Reported {
    pub actions: usize,
    /// id → name
    pub persons: HashMap<i64, String>,
    pub places: HashMap<i64, String>,
    /// id → (last reported version, notes of the last reported edit, last reported archived)
    pub changes: HashMap<i64, (i64, Option<String>, Option<bool>)>,
}

impl Reported {
    /// Folds one complete `ok …` line in.
    pub fn add(&mut self, line: &str) {
        let parts: Vec<&str> = line.split(' ').collect();
        match parts.as_slice() {
            ["ok", "person-insert", id, name] => {
                self.persons
                    .insert(id.parse().expect("id"), (*name).to_string());
            }
            ["ok", "place-insert", id, name] => {
                self.places
                    .insert(id.parse().expect("id"), (*name).to_string());
            }
            ["ok", "person-update", id, version, notes] => {
                let e = self.changes.entry(id.parse().expect("id")).or_default();
                e.0 = version.parse().expect("version");
                e.1 = Some((*notes).to_string());
            }
            ["ok", "person-archive", id, version, archived] => {
                let e = self.changes.entry(id.parse().expect("id")).or_default();
                e.0 = version.parse().expect("version");
                e.2 = Some(*archived == "true");
            }
            _ => panic!("unexpected report line {line:?}"),
        }
        self.actions += 1;
    }

    /// The reported actions missing from `db` (0 when nothing was lost), with a description of
    /// the first few.
    pub fn missing(&self, db: &Database) -> (usize, Vec<String>) {
        let mut lost = Vec::new();
        for (id, name) in &self.persons {
            match db.person(*id) {
                Ok(p) if p.data.name == *name => {}
                other => lost.push(format!("person {id} {name}: {other:?}")),
            }
        }
        for (id, name) in &self.places {
            match db.institution(*id) {
                Ok(p) if p.data.name == *name => {}
                other => lost.push(format!("place {id} {name}: {other:?}")),
            }
        }
        for (id, (version, notes, archived)) in &self.changes {
            let Ok(p) = db.person(*id) else {
                lost.push(format!("person {id} gone"));
                continue;
            };
            // A later, unreported change (killed before it could print) may have come on top.
            let same = p.version == *version
                && notes.as_ref().is_none_or(|n| *n == p.data.notes)
                && archived.is_none_or(|a| a == p.data.archived);
            if p.version < *version || (p.version == *version && !same) {
                lost.push(format!("person {id} at version {} < {version}", p.version));
            }
        }
        let n = lost.len();
        lost.truncate(5);
        (n, lost)
    }
}

/// Whether this process runs as root (`/proc/self` belongs to the process's user).
pub fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// The user id the unprivileged runs use when the tests run as root: `nobody`.
pub const NOBODY: u32 = 65_534;

/// The `korps` binary run by a user whom file permissions bind: as root (CI), user `nobody`
/// (uid and gid 65534) — with a copy of the binary in `dir` if nobody cannot reach the built
/// one; otherwise this user. `dir` must let that user in (mode 0755 or so); HOME points there.
pub fn korps_unprivileged(dir: &Path) -> Command {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let built = PathBuf::from(env!("CARGO_BIN_EXE_korps"));
    let mut cmd = if is_root() {
        let others_may = |p: &Path, bits: u32| {
            fs::metadata(p).is_ok_and(|m| m.permissions().mode() & bits == bits)
        };
        let reachable = others_may(&built, 0o005)
            && built
                .ancestors()
                .skip(1)
                .all(|a| a.as_os_str().is_empty() || others_may(a, 0o001));
        let bin = if reachable {
            built
        } else {
            let copy = dir.join(".korps-unprivileged");
            if !copy.exists() {
                fs::copy(&built, &copy).expect("copy the binary");
                fs::set_permissions(&copy, fs::Permissions::from_mode(0o755)).expect("chmod");
            }
            copy
        };
        let mut cmd = Command::new(bin);
        cmd.uid(NOBODY).gid(NOBODY);
        cmd
    } else {
        Command::new(built)
    };
    cmd.env("KORPS_TODAY", "2026-11-27")
        .env("KORPS_CONFIG", dir.join("no-config.toml"))
        .env("HOME", dir)
        .env_remove("KORPS_DB")
        .env_remove("KORPS_BUSY_TIMEOUT_MS")
        .env("USER", "tester");
    cmd
}
