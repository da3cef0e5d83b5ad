//! Backup, restore and check: the database's own safety net.
//!
//! - [`Database::backup_to`] copies the open database with SQLite's online backup API in one
//!   step (one read transaction: in WAL mode writers carry on meanwhile and the copy is the
//!   state at one instant) into a hidden temporary file beside the target (mode 0600), switches
//!   the copy to a self-contained rollback-journal file, checks it (`quick_check`), syncs it and
//!   renames it into place — a half-written backup never carries the target's name.
//! - [`verify_backup`] checks a file before it may replace the database: a korps database
//!   (application id, tables), not from a newer korps, and `integrity_check` clean.
//! - [`restore`] replaces the database with a verified backup. It first takes SQLite's exclusive
//!   lock on the current file (`locking_mode=EXCLUSIVE` + `BEGIN EXCLUSIVE`): in WAL mode every
//!   open connection — even an idle korps window — holds a shared lock, so this fails with
//!   [`StorageError::InUse`] while anyone else has the database open. Holding the lock, it
//!   folds the WAL into the file, keeps a copy beside it through the locked connection
//!   (`<stem>.before-restore.db`, then `-2`, … never overwriting; 0600), builds the restored file as a hidden temporary file in the
//!   same folder, removes a stale `-wal`/`-shm` (they would be replayed onto the new file) and
//!   renames the new file over the old one. A current file that SQLite cannot open at all
//!   (damaged) cannot be locked; it is still kept and replaced — that is what restoring is for.
//! - [`Database::check`] runs `integrity_check`, `foreign_key_check`, the schema version and the
//!   domain's invariants as read-only SQL (see [`Rule`]).

use std::fs::{self, File};
use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, ErrorCode, OpenFlags, named_params};

use super::migrations::LATEST_VERSION;
use super::open::{self, OpenOptions, create_private_dirs, private_file};
use super::{Database, StorageError, search};
use crate::domain::collate;
use crate::i18n::{self, Lang, Text};

/// How many offending row ids a finding lists.
const SAMPLE: usize = 10;
/// The most offending rows a rule reads.
const MAX_ROWS: i64 = 100_000;

/// One domain invariant [`Database::check`] verifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A paid honorarium must belong to a payout batch.
    PaidWithoutBatch,
    /// An assignment (not cancelled) needs an appointment covering the event date, unless it
    /// was forced with a reason.
    AssignmentOutsideAppointment,
    /// One person's appointments must not overlap.
    OverlappingAppointments,
    /// An honorarium belongs to the person of its assignment.
    HonorariumWrongPerson,
    /// A correction belongs to the person of the honorarium it corrects.
    CorrectionWrongPerson,
    /// An honorarium with its corrections must not sum below zero.
    NegativeTotal,
    /// An original honorarium needs an attended assignment.
    HonorariumWithoutAttendance,
    /// Amounts within the limits of `domain::limits` (the ones every write checks): an
    /// honorarium or rate at most 100,000 kr, an expense at most 1,000,000 kr, a budget at most
    /// 100,000,000 kr.
    AmountOutOfRange,
    /// Every person has at least one recruitment-history row.
    PersonWithoutHistory,
    /// The derived sort and search columns match the text they are derived from.
    StaleSearchText,
    /// Every booking's stored event date (kept by triggers, migration 7) is its event's date.
    StaleBookingDate,
    /// The honoraria's totals and counts per month, status and event kind (kept by triggers,
    /// migration 8) are the honoraria's; the ids are the months that differ, as `YYYYMM`.
    StaleHonorariaTotals,
    /// The budget years' sums kept in the file (migration 9, `kept_sums`) that are current
    /// equal the sums read from the data; the ids are the years that differ.
    StaleKeptYearSums,
    /// Every event's staffing (kept by triggers, migration 12) is the count of its bookings
    /// that hold a place, role models and ambassadors apart.
    StaleEventStaffing,
}

impl Rule {
    pub const ALL: [Rule; 14] = [
        Rule::PaidWithoutBatch,
        Rule::AssignmentOutsideAppointment,
        Rule::OverlappingAppointments,
        Rule::HonorariumWrongPerson,
        Rule::CorrectionWrongPerson,
        Rule::NegativeTotal,
        Rule::HonorariumWithoutAttendance,
        Rule::AmountOutOfRange,
        Rule::PersonWithoutHistory,
        Rule::StaleSearchText,
        Rule::StaleBookingDate,
        Rule::StaleHonorariaTotals,
        Rule::StaleKeptYearSums,
        Rule::StaleEventStaffing,
    ];

    /// The rule's description, for the report.
    pub fn text(self) -> Text {
        match self {
            Rule::PaidWithoutBatch => i18n::SAF_RULE_PAID_WITHOUT_BATCH,
            Rule::AssignmentOutsideAppointment => i18n::SAF_RULE_OUTSIDE_APPOINTMENT,
            Rule::OverlappingAppointments => i18n::SAF_RULE_OVERLAP,
            Rule::HonorariumWrongPerson => i18n::SAF_RULE_HONORARIUM_PERSON,
            Rule::CorrectionWrongPerson => i18n::SAF_RULE_CORRECTION_PERSON,
            Rule::NegativeTotal => i18n::SAF_RULE_NEGATIVE_TOTAL,
            Rule::HonorariumWithoutAttendance => i18n::SAF_RULE_NO_ATTENDANCE,
            Rule::AmountOutOfRange => i18n::SAF_RULE_AMOUNT_RANGE,
            Rule::PersonWithoutHistory => i18n::SAF_RULE_NO_HISTORY,
            Rule::StaleSearchText => i18n::SAF_RULE_STALE_SEARCH,
            Rule::StaleBookingDate => i18n::SAF_RULE_STALE_BOOKING_DATE,
            Rule::StaleHonorariaTotals => i18n::SAF_RULE_STALE_HONORARIA_TOTALS,
            Rule::StaleKeptYearSums => i18n::SAF_RULE_STALE_KEPT_YEAR_SUMS,
            Rule::StaleEventStaffing => i18n::SAF_RULE_STALE_EVENT_STAFFING,
        }
    }

    /// The ids of offending rows, as SQL (`None` for rules checked in Rust).
    fn sql(self) -> Option<&'static str> {
        Some(match self {
            Rule::PaidWithoutBatch => {
                "SELECT id FROM honoraria WHERE status = 'paid' AND batch_id IS NULL \
                 ORDER BY id LIMIT :limit"
            }
            Rule::AssignmentOutsideAppointment => concat!(
                "SELECT a.id FROM assignments a JOIN events e ON e.id = a.event_id WHERE ",
                booking_outside_appointment_sql!(),
                " ORDER BY a.id LIMIT :limit"
            ),
            Rule::OverlappingAppointments => {
                "SELECT b.id FROM appointments a JOIN appointments b \
                 ON b.person_id = a.person_id AND b.id > a.id \
                 WHERE a.term_start <= (CASE WHEN b.status = 'ended_early' THEN b.ended_on \
                                        ELSE b.term_end END) \
                 AND b.term_start <= (CASE WHEN a.status = 'ended_early' THEN a.ended_on \
                                      ELSE a.term_end END) \
                 ORDER BY b.id LIMIT :limit"
            }
            Rule::HonorariumWrongPerson => {
                "SELECT h.id FROM honoraria h JOIN assignments a ON a.id = h.assignment_id \
                 WHERE a.person_id <> h.person_id ORDER BY h.id LIMIT :limit"
            }
            Rule::CorrectionWrongPerson => {
                "SELECT h.id FROM honoraria h JOIN honoraria o ON o.id = h.corrects_honorarium_id \
                 WHERE o.person_id <> h.person_id ORDER BY h.id LIMIT :limit"
            }
            Rule::NegativeTotal => {
                "SELECT o.id FROM honoraria o \
                 WHERE o.corrects_honorarium_id IS NULL AND o.amount_ore + \
                 (SELECT total(c.amount_ore) FROM honoraria c \
                  WHERE c.corrects_honorarium_id = o.id) < 0 ORDER BY o.id LIMIT :limit"
            }
            Rule::HonorariumWithoutAttendance => {
                "SELECT h.id FROM honoraria h JOIN assignments a ON a.id = h.assignment_id \
                 WHERE h.corrects_honorarium_id IS NULL AND a.status <> 'attended' \
                 ORDER BY h.id LIMIT :limit"
            }
            Rule::PersonWithoutHistory => {
                "SELECT p.id FROM persons p WHERE NOT EXISTS \
                 (SELECT 1 FROM recruitment_history r WHERE r.person_id = p.id) \
                 ORDER BY p.id LIMIT :limit"
            }
            // Checked in Rust; the amounts bound to `domain::limits` in `amounts_out_of_range`.
            Rule::StaleSearchText | Rule::AmountOutOfRange | Rule::StaleKeptYearSums => {
                return None;
            }
            Rule::StaleBookingDate => {
                "SELECT a.id FROM assignments a JOIN events e ON e.id = a.event_id \
                 WHERE a.event_date IS NOT e.date ORDER BY a.id LIMIT :limit"
            }
            Rule::StaleHonorariaTotals => {
                "SELECT DISTINCT CAST(replace(month, '-', '') AS INTEGER) FROM (\
                   SELECT month, status, event_kind, amount_ore, entries \
                   FROM honoraria_month_totals \
                   UNION ALL \
                   SELECT substr(h.earned_on, 1, 7), h.status, k.event_kind, -h.amount_ore, -1 \
                   FROM honoraria h JOIN honoraria_event_kind k ON k.honorarium_id = h.id) \
                 GROUP BY month, status, event_kind \
                 HAVING total(amount_ore) <> 0 OR total(entries) <> 0 ORDER BY 1 LIMIT :limit"
            }
            // Counted without the triggers' statement: grouped from the bookings.
            Rule::StaleEventStaffing => {
                "SELECT e.id FROM events e LEFT JOIN (\
                   SELECT a.event_id, total(p.kind = 'role_model') AS rm, \
                          total(p.kind = 'ambassador') AS amb \
                   FROM assignments a JOIN persons p ON p.id = a.person_id \
                   WHERE a.status IN ('booked', 'confirmed', 'attended') GROUP BY a.event_id) s \
                 ON s.event_id = e.id \
                 WHERE e.staffed_role_models <> coalesce(s.rm, 0) \
                    OR e.staffed_ambassadors <> coalesce(s.amb, 0) \
                 ORDER BY e.id LIMIT :limit"
            }
        })
    }
}

/// A broken rule: how many rows break it and the first few ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub count: usize,
    pub ids: Vec<i64>,
}

/// What [`Database::check`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    /// `integrity_check`'s complaints (empty when it said `ok`).
    pub integrity: Vec<String>,
    /// `foreign_key_check`: `table #rowid → parent`.
    pub foreign_keys: Vec<String>,
    pub schema_version: i64,
    /// Broken domain rules (empty when all hold).
    pub findings: Vec<Finding>,
}

impl CheckReport {
    /// Whether everything is well.
    pub fn is_ok(&self) -> bool {
        self.integrity.is_empty()
            && self.foreign_keys.is_empty()
            && self.schema_version == LATEST_VERSION
            && self.findings.is_empty()
    }

    /// The report as lines for a person, in `lang`: one line per check, `✓` or `✗` first.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let mark = |ok: bool| if ok { "✓" } else { "✗" };
        let mut out = Vec::new();
        let integrity = self.integrity.is_empty();
        out.push(format!(
            "{} {}",
            mark(integrity),
            i18n::SAF_CHECK_INTEGRITY.get(lang)
        ));
        for problem in self.integrity.iter().take(SAMPLE) {
            out.push(format!("    {}", clean(problem)));
        }
        let keys = self.foreign_keys.is_empty();
        out.push(format!(
            "{} {}",
            mark(keys),
            i18n::SAF_CHECK_FOREIGN_KEYS.get(lang)
        ));
        for problem in self.foreign_keys.iter().take(SAMPLE) {
            out.push(format!("    {}", clean(problem)));
        }
        let version = self.schema_version.to_string();
        let latest = LATEST_VERSION.to_string();
        out.push(format!(
            "{} {}",
            mark(self.schema_version == LATEST_VERSION),
            i18n::SAF_CHECK_VERSION.fill(lang, &[("found", &version), ("latest", &latest)])
        ));
        for rule in Rule::ALL {
            match self.findings.iter().find(|f| f.rule == rule) {
                None => out.push(format!("✓ {}", rule.text().get(lang))),
                Some(f) => {
                    let ids: Vec<String> = f.ids.iter().map(ToString::to_string).collect();
                    let more = if f.count > f.ids.len() { " …" } else { "" };
                    out.push(format!(
                        "✗ {} — {}",
                        rule.text().get(lang),
                        i18n::SAF_CHECK_BROKEN.fill(
                            lang,
                            &[
                                ("count", &f.count.to_string()),
                                ("ids", &format!("{}{more}", ids.join(", "))),
                            ],
                        )
                    ));
                }
            }
        }
        out
    }
}

/// SQLite's text without control characters (it may quote stored text).
fn clean(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

impl Database {
    /// Checks the whole database; reads only. On a read-only connection SQLite's
    /// `integrity_check` leaves out the CHECK constraints, so there it checks a copy of the
    /// database in memory (the online backup copies the pages as they are, damage included).
    pub fn check(&self) -> Result<CheckReport, StorageError> {
        let copy = if self.conn.is_readonly(rusqlite::MAIN_DB)? {
            let mut memory = rusqlite::Connection::open_in_memory()?;
            rusqlite::backup::Backup::new(&self.conn, &mut memory)?.run_to_completion(
                1024,
                std::time::Duration::ZERO,
                None,
            )?;
            Some(memory)
        } else {
            None
        };
        let mut integrity = Vec::new();
        {
            let checked = copy.as_ref().unwrap_or(&self.conn);
            let mut stmt = checked.prepare("PRAGMA integrity_check(100)")?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            for row in rows {
                let row = row?;
                if row != "ok" {
                    integrity.push(row);
                }
            }
        }
        let mut foreign_keys = Vec::new();
        {
            let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
            let rows = stmt.query_map([], |r| {
                Ok(format!(
                    "{} #{} → {}",
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                    r.get::<_, String>(2)?
                ))
            })?;
            for row in rows.take(1000) {
                foreign_keys.push(row?);
            }
        }
        let mut findings = Vec::new();
        for rule in Rule::ALL {
            let ids = match rule.sql() {
                Some(sql) => {
                    let mut stmt = self.conn.prepare(sql)?;
                    let rows = stmt
                        .query_map(named_params! { ":limit": MAX_ROWS }, |r| r.get::<_, i64>(0))?;
                    rows.collect::<Result<Vec<_>, _>>()?
                }
                None if rule == Rule::AmountOutOfRange => self.amounts_out_of_range()?,
                None if rule == Rule::StaleKeptYearSums => self
                    .stale_kept_years()?
                    .into_iter()
                    .map(i64::from)
                    .collect(),
                None => self.stale_search_rows()?,
            };
            if !ids.is_empty() {
                findings.push(Finding {
                    rule,
                    count: ids.len(),
                    ids: ids.into_iter().take(SAMPLE).collect(),
                });
            }
        }
        Ok(CheckReport {
            integrity,
            foreign_keys,
            schema_version: self.schema_version()?,
            findings,
        })
    }

    /// The rows whose amount is outside the limits of `domain::limits` (honoraria and
    /// corrections either way, rates, expenses, budgets — a budget row's id is its year).
    fn amounts_out_of_range(&self) -> Result<Vec<i64>, StorageError> {
        use crate::domain::limits::{
            BUDGET_MAX_ORE, EXPENSE_MAX_ORE, HONORARIUM_MAX_ORE, RATE_MAX_ORE,
        };
        let mut stmt = self.conn.prepare(
            "SELECT id FROM (\
               SELECT id FROM honoraria WHERE abs(amount_ore) > :honorarium_max \
               UNION ALL SELECT id FROM honorarium_rates \
                 WHERE amount_ore NOT BETWEEN 0 AND :rate_max \
                    OR coalesce(per_hour_ore, 0) NOT BETWEEN 0 AND :rate_max \
               UNION ALL SELECT id FROM expenses WHERE amount_ore NOT BETWEEN 1 AND :expense_max \
               UNION ALL SELECT year FROM budgets WHERE amount_ore NOT BETWEEN 0 AND :budget_max) \
             LIMIT :limit",
        )?;
        let rows = stmt.query_map(
            named_params! {
                ":honorarium_max": HONORARIUM_MAX_ORE, ":rate_max": RATE_MAX_ORE,
                ":expense_max": EXPENSE_MAX_ORE, ":budget_max": BUDGET_MAX_ORE, ":limit": MAX_ROWS,
            },
            |r| r.get::<_, i64>(0),
        )?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Persons and institutions whose derived sort/search columns do not match their text.
    fn stale_search_rows(&self) -> Result<Vec<i64>, StorageError> {
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare(
            "SELECT p.id, p.name, p.name_sort, p.name_fold, p.search_fold, p.email, p.phone, \
             i.name FROM persons p LEFT JOIN institutions i ON i.id = p.home_institution_id \
             ORDER BY p.id LIMIT :limit",
        )?;
        let mut rows = stmt.query(named_params! { ":limit": MAX_ROWS })?;
        while let Some(r) = rows.next()? {
            let name: String = r.get(1)?;
            let email: String = r.get(5)?;
            let phone: String = r.get(6)?;
            let institution: Option<String> = r.get(7)?;
            let fresh = collate::sort_key(&name) == r.get::<_, String>(2)?
                && collate::fold(&name) == r.get::<_, String>(3)?
                && search::person_text(&name, &email, &phone, institution.as_deref())
                    == r.get::<_, String>(4)?;
            if !fresh {
                out.push(r.get(0)?);
            }
        }
        let mut stmt = self.conn.prepare(
            "SELECT id, name, name_sort, name_fold, search_fold, address, contact_person \
             FROM institutions ORDER BY id LIMIT :limit",
        )?;
        let mut rows = stmt.query(named_params! { ":limit": MAX_ROWS })?;
        while let Some(r) = rows.next()? {
            let name: String = r.get(1)?;
            let fresh = collate::sort_key(&name) == r.get::<_, String>(2)?
                && collate::fold(&name) == r.get::<_, String>(3)?
                && search::institution_text(
                    &name,
                    &r.get::<_, String>(5)?,
                    &r.get::<_, String>(6)?,
                ) == r.get::<_, String>(4)?;
            if !fresh {
                out.push(r.get(0)?);
            }
        }
        Ok(out)
    }

    /// Writes a consistent copy of the database to `target` (mode 0600; missing folders are
    /// created 0700). An existing `target` is replaced only when `replace` is set.
    pub fn backup_to(&self, target: &Path, replace: bool) -> Result<(), StorageError> {
        if !replace && fs::symlink_metadata(target).is_ok() {
            return Err(StorageError::io(
                target,
                io::Error::from(ErrorKind::AlreadyExists),
            ));
        }
        let tmp = temp_beside(target, "backup")?;
        let result = copy_into(&self.conn, &tmp)
            .and_then(|()| fs::rename(&tmp, target).map_err(|e| StorageError::io(target, e)));
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result?;
        sync_dir(target);
        Ok(())
    }
}

/// A new private temporary file beside `target`, creating its folder (0700) when missing.
fn temp_beside(target: &Path, purpose: &str) -> Result<PathBuf, StorageError> {
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.exists() {
        create_private_dirs(&parent).map_err(|e| StorageError::io(&parent, e))?;
    }
    let name = target
        .file_name()
        .map_or_else(|| "korps.db".into(), |n| n.to_string_lossy().into_owned());
    let tmp = parent.join(format!(".{name}.{purpose}-{}", std::process::id()));
    private_file(&tmp, false).map_err(|e| StorageError::io(&tmp, e))?;
    Ok(tmp)
}

/// Copies the main database of `source` into the (empty, private) file `tmp` in one backup
/// step, makes it a self-contained rollback-journal file, checks and syncs it.
fn copy_into(source: &Connection, tmp: &Path) -> Result<(), StorageError> {
    let at = |e: rusqlite::Error| StorageError::from(e).at(tmp);
    let mut dst = Connection::open(tmp).map_err(at)?;
    {
        let backup = Backup::new(source, &mut dst).map_err(at)?;
        let start = Instant::now();
        loop {
            match backup.step(-1).map_err(at)? {
                StepResult::Done => break,
                // Locked for a moment by a writer's checkpoint: try again for a while.
                StepResult::More | StepResult::Busy | StepResult::Locked
                    if start.elapsed() < open::BUSY_TIMEOUT =>
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                _ => return Err(StorageError::Busy),
            }
        }
    }
    dst.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0))
        .map_err(at)?;
    let quick: String = dst
        .pragma_query_value(None, "quick_check", |r| r.get(0))
        .map_err(at)?;
    if quick != "ok" {
        return Err(StorageError::Corrupt(tmp.to_path_buf()));
    }
    dst.close().map_err(|(_, e)| at(e))?;
    File::open(tmp)
        .and_then(|f| f.sync_all())
        .map_err(|e| StorageError::io(tmp, e))
}

/// Syncs the folder of `path` so a rename survives a power cut (best effort).
fn sync_dir(path: &Path) {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && let Ok(dir) = File::open(parent)
    {
        let _ = dir.sync_all();
    }
}

/// Checks that `path` may be restored: a korps database (not an empty SQLite file), not from a
/// newer korps, and clean under `integrity_check`. Returns its schema version. Reads only.
pub fn verify_backup(path: &Path) -> Result<i64, StorageError> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => {
            return Err(StorageError::io(
                path,
                io::Error::from(ErrorKind::IsADirectory),
            ));
        }
        Ok(_) => {}
        Err(e) => return Err(StorageError::io(path, e)),
    }
    let found = open::inspect(path, open::BUSY_TIMEOUT)?;
    if found.empty {
        return Err(StorageError::NotKorps(path.to_path_buf()));
    }
    let at = |e: rusqlite::Error| StorageError::from(e).at(path);
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(at)?;
    let mut stmt = conn.prepare("PRAGMA integrity_check(1)").map_err(at)?;
    let first: String = stmt.query_row([], |r| r.get(0)).map_err(at)?;
    if first != "ok" {
        return Err(StorageError::Corrupt(path.to_path_buf()));
    }
    Ok(found.version)
}

/// What [`restore`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// The copy of the database that was replaced (`None` when there was none).
    pub kept: Option<PathBuf>,
    /// The schema version of the restored file (older ones are migrated on the next open).
    pub version: i64,
}

/// Replaces the database at `target` with the backup at `source` (see the module doc).
/// `options.busy_timeout` is how long to wait for others to close it.
pub fn restore(
    source: &Path,
    target: &Path,
    options: &OpenOptions,
) -> Result<Restored, StorageError> {
    let version = verify_backup(source)?;
    if let (Ok(a), Ok(b)) = (fs::canonicalize(source), fs::canonicalize(target))
        && a == b
    {
        return Err(StorageError::RestoreFromItself(target.to_path_buf()));
    }
    let mut lock = None;
    let mut kept = None;
    match fs::metadata(target) {
        Ok(meta) if meta.is_dir() => {
            return Err(StorageError::io(
                target,
                io::Error::from(ErrorKind::IsADirectory),
            ));
        }
        Ok(_) => {
            lock = lock_exclusively(target, options.busy_timeout)?;
            kept = Some(keep_copy(target, lock.as_ref())?);
        }
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(e) => return Err(StorageError::io(target, e)),
    }
    let tmp = temp_beside(target, "restoring")?;
    let built = Connection::open_with_flags(
        source,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| StorageError::from(e).at(source))
    .and_then(|src| copy_into(&src, &tmp));
    if let Err(e) = built {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    for companion in ["-wal", "-shm", "-journal"] {
        let mut name = target.as_os_str().to_owned();
        name.push(companion);
        match fs::remove_file(PathBuf::from(&name)) {
            Err(e) if e.kind() != ErrorKind::NotFound => {
                let _ = fs::remove_file(&tmp);
                return Err(StorageError::io(Path::new(&name), e));
            }
            _ => {}
        }
    }
    if let Err(e) = fs::rename(&tmp, target) {
        let _ = fs::remove_file(&tmp);
        return Err(StorageError::io(target, e));
    }
    sync_dir(target);
    drop(lock);
    Ok(Restored { kept, version })
}

/// Takes the exclusive lock on the current database, folds its WAL in and leaves WAL mode, so
/// that closing this connection later touches no file of the replacement. `InUse` while another
/// connection has it open; `None` for a file SQLite cannot use at all.
fn lock_exclusively(
    path: &Path,
    busy_timeout: Duration,
) -> Result<Option<Connection>, StorageError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| StorageError::from(e).at(path))?;
    conn.busy_timeout(busy_timeout)
        .map_err(|e| StorageError::from(e).at(path))?;
    let locked = conn
        .query_row("PRAGMA locking_mode=EXCLUSIVE", [], |_| Ok(()))
        .and_then(|()| conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;"));
    match locked {
        Ok(()) => {}
        Err(e) => {
            return match e.sqlite_error_code() {
                Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                    Err(StorageError::InUse(path.to_path_buf()))
                }
                Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => Ok(None),
                _ => Err(StorageError::from(e).at(path)),
            };
        }
    }
    // A damaged file may fail here; the byte copy and the replacement still go ahead.
    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    let _ = conn.query_row("PRAGMA journal_mode=DELETE", [], |_| Ok(()));
    Ok(Some(conn))
}

/// Copies the database at `path` beside itself (`<stem>.before-restore.db`, then `-2`, …;
/// never overwriting; mode 0600) and returns the copy's path. When this process holds the lock
/// (`locked`), the copy is made through that connection: opening and closing the file directly
/// would drop the lock (POSIX releases a process's locks on any close of the file). A file
/// SQLite cannot use is copied byte for byte.
fn keep_copy(path: &Path, locked: Option<&Connection>) -> Result<PathBuf, StorageError> {
    let stem = path
        .file_stem()
        .map_or_else(|| "korps".into(), |s| s.to_string_lossy().into_owned());
    let dir = path.parent().unwrap_or_else(|| Path::new(""));
    let mut counter = 1;
    let copy = loop {
        let name = if counter == 1 {
            format!("{stem}.before-restore.db")
        } else {
            format!("{stem}.before-restore-{counter}.db")
        };
        let candidate = dir.join(name);
        match private_file(&candidate, true) {
            Ok(()) => break candidate,
            Err(e) if e.kind() == ErrorKind::AlreadyExists => counter += 1,
            Err(e) => return Err(StorageError::io(&candidate, e)),
        }
    };
    if let Some(conn) = locked {
        if let Err(e) = copy_into(conn, &copy) {
            let _ = fs::remove_file(&copy);
            return Err(e);
        }
        return Ok(copy);
    }
    let copied = File::open(path)
        .map_err(|e| StorageError::io(path, e))
        .and_then(|mut from| {
            let mut to = fs::OpenOptions::new()
                .write(true)
                .open(&copy)
                .map_err(|e| StorageError::io(&copy, e))?;
            io::copy(&mut from, &mut to).map_err(|e| StorageError::io(&copy, e))?;
            to.sync_all().map_err(|e| StorageError::io(&copy, e))
        });
    if let Err(e) = copied {
        let _ = fs::remove_file(&copy);
        return Err(e);
    }
    Ok(copy)
}
