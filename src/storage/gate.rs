//! The one budget gate (DESIGN §4): [`Database::execute`] runs every [`Command`] the app sends,
//! and no change is saved without the gate comparing the figures of every year it touches.
//!
//! How: the command runs inside one transaction. Which years it touched is not said by the
//! command but recorded by SQLite itself: temporary triggers on every table a figure is made
//! of (expenses, honoraria, bookings, events, budgets, rates, a person's kind) write the years
//! of the rows they see change into `temp.korps_gate_years`. The figures *after* are read
//! inside the transaction with the very code the Budget screen uses (`read_year_sums`), so the
//! question cannot disagree with the result; the figures *before* come from the year cache when
//! it holds the state the transaction started from (the status bar's and Budget tab's last
//! read), else the run is rolled back to read them and run again to be saved. With the sums
//! before kept, the figures after re-read only the parts the command's rows moved (the
//! triggers record them too: expenses, honoraria, planning), so an expense costs 12 range sums
//! and an approval the honoraria's month totals, not the whole year's bookings priced again.
//!
//! A command that is rolled back (refused, a dry run) leaves the change stamp as it was
//! ([`Database::change_stamp`] does not count its row changes), so nothing on screen is read
//! again for it and the year cache stays valid.
//!
//! The gate asks — rolls back and sets the question ([`Database::take_question`]), returning
//! [`StorageError::NeedsConfirmation`] — when, for any touched year:
//! - a flag is raised that was not raised before, or
//! - the forecast ends further past the budget than it was (forecast − budget grows and is > 0;
//!   a budget lowered below the forecast is such a move), or
//! - the command authorises money (approving, paying out) and the year is then beyond its
//!   budget (*over budget* or *forecast over budget*): approving moves no figure (awaiting and
//!   approved money are both committed), but it is the moment the money is let go.
//!
//! A year whose figures cannot be read before the change (rows written past the limits by other
//! means) is not judged, so the rows can still be put right; a change that would make readable
//! figures unreadable is refused with the read's error.
//!
//! With [`Database::confirm_overruns`] on, the gate saves instead and writes one audit row
//! `budget.overrun_confirmed` per year that asked, in the same transaction.
//!
//! After a commit the figures read *after* are kept in the year cache under the new change
//! stamp: the status bar's refresh after a change costs nothing.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::named_params;
use serde::Serialize;

use super::command::{Command, CommandError, Done};
use super::year_cache::{Parts, YearSums};
use super::{Database, StorageError};
use crate::domain::budget::{BudgetFigures, BudgetFlag};

/// At most this many years are compared for one command (a rate change in a very long
/// programme); the figures of §4 are per year, and no real command touches more.
const MAX_YEARS: i64 = 64;

/// The temporary table and triggers that record the years a change touched.
const GATE_SQL: &str = "
CREATE TEMP TABLE IF NOT EXISTS korps_gate_years (year INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS korps_gate_budgets (year INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS korps_gate_parts (part TEXT PRIMARY KEY);
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_expense_ins AFTER INSERT ON main.expenses BEGIN
  INSERT OR IGNORE INTO korps_gate_years VALUES (CAST(substr(NEW.spent_on, 1, 4) AS INTEGER));
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('expenses');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_expense_upd AFTER UPDATE ON main.expenses BEGIN
  INSERT OR IGNORE INTO korps_gate_years VALUES (CAST(substr(OLD.spent_on, 1, 4) AS INTEGER));
  INSERT OR IGNORE INTO korps_gate_years VALUES (CAST(substr(NEW.spent_on, 1, 4) AS INTEGER));
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('expenses');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_expense_del AFTER DELETE ON main.expenses BEGIN
  INSERT OR IGNORE INTO korps_gate_years VALUES (CAST(substr(OLD.spent_on, 1, 4) AS INTEGER));
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('expenses');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_hon_ins AFTER INSERT ON main.honoraria BEGIN
  INSERT OR IGNORE INTO korps_gate_years VALUES (CAST(substr(NEW.earned_on, 1, 4) AS INTEGER));
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('honoraria');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_hon_upd AFTER UPDATE ON main.honoraria BEGIN
  INSERT OR IGNORE INTO korps_gate_years VALUES (CAST(substr(OLD.earned_on, 1, 4) AS INTEGER));
  INSERT OR IGNORE INTO korps_gate_years VALUES (CAST(substr(NEW.earned_on, 1, 4) AS INTEGER));
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('honoraria');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_hon_del AFTER DELETE ON main.honoraria BEGIN
  INSERT OR IGNORE INTO korps_gate_years VALUES (CAST(substr(OLD.earned_on, 1, 4) AS INTEGER));
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('honoraria');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_asg_ins AFTER INSERT ON main.assignments BEGIN
  INSERT OR IGNORE INTO korps_gate_years
    SELECT CAST(substr(date, 1, 4) AS INTEGER) FROM main.events WHERE id = NEW.event_id;
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('planning');
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('honoraria');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_asg_upd AFTER UPDATE ON main.assignments BEGIN
  INSERT OR IGNORE INTO korps_gate_years
    SELECT CAST(substr(date, 1, 4) AS INTEGER) FROM main.events
    WHERE id IN (OLD.event_id, NEW.event_id);
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('planning');
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('honoraria');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_asg_del AFTER DELETE ON main.assignments BEGIN
  INSERT OR IGNORE INTO korps_gate_years
    SELECT CAST(substr(date, 1, 4) AS INTEGER) FROM main.events WHERE id = OLD.event_id;
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('planning');
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('honoraria');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_event_ins AFTER INSERT ON main.events BEGIN
  INSERT OR IGNORE INTO korps_gate_years VALUES (CAST(substr(NEW.date, 1, 4) AS INTEGER));
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('planning');
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('honoraria');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_event_upd AFTER UPDATE ON main.events BEGIN
  INSERT OR IGNORE INTO korps_gate_years VALUES (CAST(substr(OLD.date, 1, 4) AS INTEGER));
  INSERT OR IGNORE INTO korps_gate_years VALUES (CAST(substr(NEW.date, 1, 4) AS INTEGER));
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('planning');
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('honoraria');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_event_del AFTER DELETE ON main.events BEGIN
  INSERT OR IGNORE INTO korps_gate_years VALUES (CAST(substr(OLD.date, 1, 4) AS INTEGER));
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('planning');
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('honoraria');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_budget_ins AFTER INSERT ON main.budgets BEGIN
  INSERT OR IGNORE INTO korps_gate_years VALUES (NEW.year);
  INSERT OR IGNORE INTO korps_gate_budgets VALUES (NEW.year);
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_budget_upd AFTER UPDATE ON main.budgets BEGIN
  INSERT OR IGNORE INTO korps_gate_years VALUES (OLD.year);
  INSERT OR IGNORE INTO korps_gate_years VALUES (NEW.year);
  INSERT OR IGNORE INTO korps_gate_budgets VALUES (OLD.year);
  INSERT OR IGNORE INTO korps_gate_budgets VALUES (NEW.year);
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_budget_del AFTER DELETE ON main.budgets BEGIN
  INSERT OR IGNORE INTO korps_gate_years VALUES (OLD.year);
  INSERT OR IGNORE INTO korps_gate_budgets VALUES (OLD.year);
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_rate_ins AFTER INSERT ON main.honorarium_rates BEGIN
  INSERT OR IGNORE INTO korps_gate_years
    SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) FROM main.events
    WHERE kind = NEW.event_kind AND date >= NEW.effective_from
      AND status IN ('requested', 'planned', 'confirmed');
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('planning');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_rate_upd AFTER UPDATE ON main.honorarium_rates BEGIN
  INSERT OR IGNORE INTO korps_gate_years
    SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) FROM main.events
    WHERE kind IN (OLD.event_kind, NEW.event_kind)
      AND date >= min(OLD.effective_from, NEW.effective_from)
      AND status IN ('requested', 'planned', 'confirmed');
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('planning');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_rate_del AFTER DELETE ON main.honorarium_rates BEGIN
  INSERT OR IGNORE INTO korps_gate_years
    SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) FROM main.events
    WHERE kind = OLD.event_kind AND date >= OLD.effective_from
      AND status IN ('requested', 'planned', 'confirmed');
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('planning');
END;
CREATE TEMP TRIGGER IF NOT EXISTS korps_gate_person_kind AFTER UPDATE OF kind ON main.persons
WHEN OLD.kind IS NOT NEW.kind BEGIN
  INSERT OR IGNORE INTO korps_gate_years
    SELECT DISTINCT CAST(substr(e.date, 1, 4) AS INTEGER)
    FROM main.assignments a JOIN main.events e ON e.id = a.event_id
    WHERE a.person_id = NEW.id AND a.status IN ('booked', 'confirmed')
      AND e.status IN ('requested', 'planned', 'confirmed');
  INSERT OR IGNORE INTO korps_gate_parts VALUES ('planning');
END;
";

/// One touched year: its figures and flags before and after the command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearChange {
    pub year: i32,
    pub before: BudgetFigures,
    pub after: BudgetFigures,
    pub flags_before: Vec<BudgetFlag>,
    pub flags_after: Vec<BudgetFlag>,
    /// This year makes the gate ask (see the module doc).
    pub asks: bool,
}

impl YearChange {
    /// The flags raised after that were not raised before.
    pub fn new_flags(&self) -> Vec<BudgetFlag> {
        self.flags_after
            .iter()
            .copied()
            .filter(|f| !self.flags_before.contains(f))
            .collect()
    }
}

/// What the gate saw of one command: every year it touched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GateReport {
    /// [`Command::code`].
    pub command: &'static str,
    pub years: Vec<YearChange>,
}

impl GateReport {
    /// The gate asks before saving.
    pub fn asks(&self) -> bool {
        self.years.iter().any(|y| y.asks)
    }
}

/// The gate's state on a handle: whether its triggers exist, whether overruns are confirmed,
/// the last report and the question waiting for an answer.
#[derive(Debug, Default)]
pub(crate) struct GateState {
    installed: bool,
    confirmed: bool,
    day: Option<NaiveDate>,
    last: Option<GateReport>,
    question: Option<GateReport>,
    /// Every command run is a preview: rolled back, its report kept (see
    /// [`Database::preview_only`]).
    preview_only: bool,
    /// Row changes this connection made and rolled back (a dry run, a refused command, the
    /// gate's own first run): not counted in the change stamp, since they changed nothing.
    uncounted: u64,
}

impl GateState {
    /// Row changes made and rolled back (see [`Database::change_stamp`]).
    pub(crate) fn uncounted(&self) -> u64 {
        self.uncounted
    }
}

/// Overshoot of the forecast past the budget (0 when within), in øre.
fn overshoot(f: &BudgetFigures) -> i64 {
    f.forecast.saturating_sub(f.budget).max(0)
}

/// Whether year `year` makes the gate ask for `command` (module doc).
fn asks(
    command: &Command,
    before: &BudgetFigures,
    after: &BudgetFigures,
    flags: [&[BudgetFlag]; 2],
) -> bool {
    let [flags_before, flags_after] = flags;
    let raised = flags_after.iter().any(|f| !flags_before.contains(f));
    let further = overshoot(after) > overshoot(before);
    let beyond = flags_after
        .iter()
        .any(|f| matches!(f, BudgetFlag::OverBudget | BudgetFlag::ForecastOverBudget));
    raised || further || (command.authorises_money() && beyond)
}

impl Database {
    /// Answer "yes" to the gate's questions from now on (`true`) or ask again (`false`): the
    /// app turns it on for the one effect the user confirmed.
    pub fn confirm_overruns(&mut self, yes: bool) {
        self.gate.confirmed = yes;
    }

    /// The day the gate judges flags on (the app's injected today); the clock's date until set.
    pub fn set_gate_day(&mut self, day: NaiveDate) {
        self.gate.day = Some(day);
    }

    /// [`Database::execute`] on the gate's day (see [`Database::set_gate_day`]); with
    /// [`Database::preview_only`] on, a preview instead (nothing saved, nothing asked).
    #[allow(clippy::needless_pass_by_value)] // the app builds the command for this call only
    pub fn run(&mut self, command: Command) -> Result<Done, CommandError> {
        let day = self.gate.day.unwrap_or_else(|| self.today());
        let preview = self.gate.preview_only;
        self.run_gated(&command, day, preview)
    }

    /// Runs every command as a preview from now on (`true`) — saving nothing, the report
    /// kept for [`Database::take_gate_report`] — or for real again (`false`): the app's way to
    /// ask one question before a change, with the gate's numbers in it.
    pub fn preview_only(&mut self, yes: bool) {
        self.gate.preview_only = yes;
    }

    /// The question the last refused command asks (once; `None` when nothing asks).
    pub fn take_question(&mut self) -> Option<GateReport> {
        self.gate.question.take()
    }

    /// What the gate saw of the last command it ran or asked about.
    pub fn last_gate_report(&self) -> Option<&GateReport> {
        self.gate.last.as_ref()
    }

    /// Takes the gate's last report (so the next look sees only what ran after).
    pub fn take_gate_report(&mut self) -> Option<GateReport> {
        self.gate.last.take()
    }

    /// Runs `command` through the gate (module doc): saved, or refused with
    /// [`StorageError::NeedsConfirmation`] and the question kept for [`Database::take_question`].
    pub fn execute(&mut self, command: &Command, today: NaiveDate) -> Result<Done, CommandError> {
        self.run_gated(command, today, false)
    }

    /// What `command` would do to the figures, without saving it (the approval dialog).
    pub fn preview(
        &mut self,
        command: &Command,
        today: NaiveDate,
    ) -> Result<GateReport, CommandError> {
        self.run_gated(command, today, true)?;
        self.gate
            .last
            .clone()
            .ok_or(CommandError::Storage(StorageError::NotFound))
    }

    fn run_gated(
        &mut self,
        command: &Command,
        today: NaiveDate,
        dry_run: bool,
    ) -> Result<Done, CommandError> {
        self.gate.question = None;
        if !self.gate.installed {
            self.conn.execute_batch(GATE_SQL)?;
            self.gate.installed = true;
        }
        let outer = self.conn.is_autocommit();
        if outer {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
        }
        self.conn.execute_batch("SAVEPOINT korps_gate")?;
        let (changes_at_start, uncounted_at_start) =
            (self.conn.total_changes(), self.gate.uncounted);
        let outcome = self.gate_inside(command, today, dry_run);
        let keep = match outcome {
            Ok((done, keep)) if !dry_run => {
                self.conn.execute_batch("RELEASE korps_gate")?;
                if outer && let Err(e) = self.conn.execute_batch("COMMIT") {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    return Err(StorageError::from(e).into());
                }
                Ok((done, keep))
            }
            other => {
                let _ = self
                    .conn
                    .execute_batch("ROLLBACK TO korps_gate; RELEASE korps_gate");
                if outer {
                    let _ = self.conn.execute_batch("ROLLBACK");
                }
                // Nothing of this command stays: the stamp stays what it was.
                self.gate.uncounted =
                    uncounted_at_start + self.conn.total_changes().saturating_sub(changes_at_start);
                other
            }
        };
        let (done, (stamp, sums)) = keep?;
        if outer && !dry_run && self.change_stamp().ok() == Some(stamp) {
            for (year, s) in sums {
                self.keep_at(stamp, year, s);
            }
        }
        Ok(done)
    }

    /// The gate inside its savepoint: run, compare, decide; the sums read after and the stamp
    /// they belong to, for the year cache.
    ///
    /// The command runs once; the triggers name the years, whose figures *after* are read in
    /// the state it left. The figures *before* come from the year cache when it holds the
    /// state the transaction started from; only otherwise is the run rolled back to read them
    /// — and run again if it is to be saved (on the same state in the same transaction, so
    /// with the same result).
    #[allow(clippy::type_complexity)]
    fn gate_inside(
        &mut self,
        command: &Command,
        today: NaiveDate,
        dry_run: bool,
    ) -> Result<(Done, ((i64, u64), Vec<(i32, YearSums)>)), CommandError> {
        let start = self.change_stamp()?;
        let file_start = self.money_stamp()?;
        let changes_at_start = self.conn.total_changes();
        self.clear_gate_years()?;
        let mut done = command.apply(self, today)?;
        let years = self.gate_years()?;
        // A year's settings (budget, threshold) are read in the state they are judged in: a
        // command that changed them is judged on the state rolled back to.
        let kept: Option<Vec<YearSums>> = if self.gate_changed_budgets()? {
            None
        } else {
            years
                .iter()
                .map(|&y| {
                    self.kept_at(y, start)
                        .or_else(|| self.kept_in_file_at(y, file_start))
                })
                .collect()
        };
        // After: the parts the command moved, on top of the kept sums (all of them otherwise).
        let parts = self.gate_parts()?;
        let mut after = Vec::with_capacity(years.len());
        for (i, &year) in years.iter().enumerate() {
            let sums = match kept.as_ref().and_then(|k| k.get(i)) {
                Some(base) => self.read_year_parts(year, parts, base.clone()),
                None => self.read_year_sums(year),
            };
            after.push(sums.and_then(|sums| Ok((self.figures_of(year, &sums, today)?, sums))));
        }
        let rolled_back = kept.is_none();
        let before: Vec<Result<YearSums, StorageError>> = if let Some(sums) = kept {
            sums.into_iter().map(Ok).collect()
        } else {
            self.conn.execute_batch("ROLLBACK TO korps_gate")?;
            self.gate.uncounted += self.conn.total_changes().saturating_sub(changes_at_start);
            years
                .iter()
                .map(|&y| self.kept_or_read_year_sums(y))
                .collect()
        };
        // A year whose figures could not be read before (data written past the limits by other
        // means, say) cannot be judged: the change is let through for it, so the wrong rows can
        // be put right. A change that would leave readable figures unreadable is refused.
        let mut changes = Vec::with_capacity(years.len());
        let mut after_sums = Vec::with_capacity(years.len());
        for ((&year, before), after) in years.iter().zip(before).zip(after) {
            let Ok(before) = before else { continue };
            let ((a, flags_after), sums) = after?;
            let (b, flags_before) = self.figures_of(year, &before, today)?;
            after_sums.push((year, sums));
            changes.push(YearChange {
                year,
                asks: asks(command, &b, &a, [&flags_before, &flags_after]),
                before: b,
                after: a,
                flags_before,
                flags_after,
            });
        }
        let report = GateReport {
            command: command.code(),
            years: changes,
        };
        self.gate.last = Some(report.clone());
        if dry_run {
            return Ok((done, (start, Vec::new())));
        }
        if report.asks() && !self.gate.confirmed {
            self.gate.question = Some(report);
            return Err(StorageError::NeedsConfirmation.into());
        }
        if rolled_back {
            done = command.apply(self, today)?;
        }
        if report.asks() {
            for y in report.years.iter().filter(|y| y.asks) {
                let codes: Vec<&str> = y.new_flags().iter().map(|f| f.code()).collect();
                let flags: Vec<&str> = y.flags_after.iter().map(|f| f.code()).collect();
                self.audit(
                    "budget.overrun_confirmed",
                    "budgets",
                    i64::from(y.year),
                    Some(serde_json::to_value(y.before).map_err(StorageError::from)?),
                    Some(serde_json::json!({
                        "action": report.command,
                        "figures": y.after,
                        "flags": codes,
                        "flags_after": flags,
                    })),
                )?;
            }
        }
        // Last, after the audit rows (they bump the stamp too): the sums after, kept in the
        // file with the change.
        for (year, sums) in &after_sums {
            self.keep_in_file(*year, sums);
        }
        Ok((done, (self.change_stamp()?, after_sums)))
    }

    /// The figures and flags of `year` from its sums and its stored settings.
    fn figures_of(
        &self,
        year: i32,
        sums: &YearSums,
        today: NaiveDate,
    ) -> Result<(BudgetFigures, Vec<BudgetFlag>), StorageError> {
        let figures =
            BudgetFigures::compute(&super::budget::inputs_of(self.budget_year(year)?, sums));
        let flags = figures.flags(year, today);
        Ok((figures, flags))
    }

    fn clear_gate_years(&self) -> Result<(), StorageError> {
        self.conn
            .prepare_cached("DELETE FROM temp.korps_gate_years")?
            .execute([])?;
        self.conn
            .prepare_cached("DELETE FROM temp.korps_gate_budgets")?
            .execute([])?;
        self.conn
            .prepare_cached("DELETE FROM temp.korps_gate_parts")?
            .execute([])?;
        Ok(())
    }

    /// The parts of the year sums the command's row changes can have moved.
    fn gate_parts(&self) -> Result<Parts, StorageError> {
        let mut parts = Parts {
            planning: false,
            honoraria: false,
            expenses: false,
        };
        let mut stmt = self
            .conn
            .prepare_cached("SELECT part FROM temp.korps_gate_parts")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            match super::str_at(r, 0)? {
                Some("planning") => parts.planning = true,
                Some("honoraria") => parts.honoraria = true,
                Some("expenses") => parts.expenses = true,
                _ => return Ok(Parts::ALL),
            }
        }
        Ok(parts)
    }

    /// The command changed a year's budget row (so its settings before must be read before).
    fn gate_changed_budgets(&self) -> Result<bool, StorageError> {
        Ok(self
            .conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM temp.korps_gate_budgets)")?
            .query_row([], |r| r.get(0))?)
    }

    /// The years the triggers recorded (valid budget years only), ascending.
    fn gate_years(&self) -> Result<Vec<i32>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT year FROM temp.korps_gate_years WHERE year BETWEEN 1900 AND 2200 \
             ORDER BY year LIMIT :limit",
        )?;
        let years = stmt
            .query_map(named_params! { ":limit": MAX_YEARS }, |r| {
                r.get::<_, i32>(0)
            })?
            .collect::<Result<BTreeSet<_>, _>>()?;
        Ok(years.into_iter().collect())
    }
}

#[cfg(test)]
#[path = "gate_tests.rs"]
mod tests;
