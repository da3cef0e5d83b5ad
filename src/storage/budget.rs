//! The yearly budget (DESIGN §4): the year's amount and threshold, the project period, and the
//! figures and flags.
//!
//! Where the sums come from: the honoraria's from the totals per month, status and event kind
//! that the triggers of migration 8 keep (at most 180 rows a year), the expenses' from twelve
//! range sums, the planned money from pricing the year's pending bookings (one indexed query,
//! priced here). A year's sums are kept while the database is unchanged (`year_cache`).
//!
//! Decisions:
//! - A year without a `budgets` row has the default budget (50.000 kr., 80 %); saving writes
//!   the row (`budget.update` in the audit log, before/after as JSON).
//! - Without a `project_period` row the period is three years from the first year that has a
//!   budget row, or from the current year when none has.
//! - Honoraria count in the year of their `earned_on` date (the event date, or a correction's
//!   date); expenses in the year of `spent_on`.
//! - *Planned*: booked and confirmed assignments on requested/planned/confirmed events of the
//!   year, at the rate in force on the event date for the event kind and person kind, for the
//!   planned duration of the event. Stored rates win; where none is stored, the default rates
//!   of `domain::rates` apply (from 1900), so a fresh database still plans realistically.
//! - *Unstaffed*: the open needs of the same events, priced the same way (`budget_staffing`).
//! - A confirmed overrun is an audit row `budget.overrun_confirmed` on table `budgets`, row =
//!   the year, with the figures before and after and the flags raised.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveTime};
use rusqlite::{OptionalExtension, named_params};
use serde::{Deserialize, Serialize};

use super::year_cache::{Parts, YearSums};
use super::{Database, StorageError, code_from_sql, date_from_sql};
use crate::domain::budget::{
    BudgetFigures, BudgetFlag, BudgetInputs, Change, DEFAULT_BUDGET_ORE, DEFAULT_THRESHOLD_PERCENT,
    MonthPoint, ProjectPeriod, after_action, by_month,
};
use crate::domain::event::EventKind;
use crate::domain::limits::AmountKind;
use crate::domain::person::PersonKind;
use crate::domain::rates::{Rate, default_rates, expected_honorarium};

/// Upper bound on the pending bookings one year's planned sum reads.
const MAX_BOOKINGS: i64 = 200_000;
/// Upper bound on the rate rows read.
const MAX_RATES: i64 = 10_000;

/// The settings of one budget year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetYear {
    pub year: i32,
    pub amount_ore: i64,
    pub threshold_percent: u32,
    /// The row version; 0 when the year has no row yet (defaults).
    pub version: i64,
}

/// Spending of one event kind in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindFigures {
    pub kind: EventKind,
    /// Honoraria paid, approved or awaiting.
    pub committed: i64,
    pub planned: i64,
    /// What the kind's open needs would cost when filled.
    #[serde(default)]
    pub unstaffed: i64,
}

/// Everything the Budget screen shows for a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetReport {
    pub year: i32,
    pub settings: BudgetYear,
    pub inputs: BudgetInputs,
    pub figures: BudgetFigures,
    pub flags: Vec<BudgetFlag>,
    pub months: [MonthPoint; 12],
    pub by_kind: Vec<KindFigures>,
    pub period: ProjectPeriod,
    pub period_total_ore: i64,
}

fn year_bounds(year: i32) -> (String, String) {
    (format!("{year:04}-01-01"), format!("{:04}-01-01", year + 1))
}

fn time_of(text: &str) -> Option<NaiveTime> {
    super::events::hh_mm(text).or_else(|| NaiveTime::parse_from_str(text, "%H:%M").ok())
}

impl Database {
    /// The settings of `year` (defaults when it has no row).
    pub fn budget_year(&self, year: i32) -> Result<BudgetYear, StorageError> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT amount_ore, threshold_percent, version FROM budgets WHERE year = :year \
                 LIMIT 1",
            )?
            .query_row(named_params! { ":year": year }, |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, u32>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })
            .optional()?;
        Ok(match row {
            Some((amount_ore, threshold_percent, version)) => BudgetYear {
                year,
                amount_ore,
                threshold_percent,
                version,
            },
            None => BudgetYear {
                year,
                amount_ore: DEFAULT_BUDGET_ORE,
                threshold_percent: DEFAULT_THRESHOLD_PERCENT,
                version: 0,
            },
        })
    }

    /// Sets the budget and threshold of `year`; `version` is the one loaded (0: no row yet).
    pub fn set_budget_year(
        &mut self,
        year: i32,
        version: i64,
        amount_ore: i64,
        threshold_percent: u32,
    ) -> Result<(), StorageError> {
        StorageError::check_amount(AmountKind::Budget, amount_ore)?;
        self.batch(|db| {
            let before = db.budget_year(year)?;
            if before.version != version {
                return Err(StorageError::Conflict);
            }
            let params = named_params! {
                ":year": year, ":amount": amount_ore, ":threshold": threshold_percent,
                ":version": version,
            };
            let changed = if version == 0 {
                db.conn
                    .prepare_cached(
                        "INSERT INTO budgets (year, amount_ore, threshold_percent) \
                         SELECT :year, :amount, :threshold WHERE :version = 0",
                    )?
                    .execute(params)?
            } else {
                db.conn
                    .prepare_cached(
                        "UPDATE budgets SET amount_ore = :amount, \
                         threshold_percent = :threshold, version = version + 1 \
                         WHERE year = :year AND version = :version",
                    )?
                    .execute(params)?
            };
            if changed == 0 {
                return Err(StorageError::Conflict);
            }
            let after = db.budget_year(year)?;
            db.audit(
                "budget.update",
                "budgets",
                i64::from(year),
                (version != 0)
                    .then(|| serde_json::to_value(before))
                    .transpose()?,
                Some(serde_json::to_value(after)?),
            )
        })
    }

    /// The project period (the default when none is stored, see the module doc) and its
    /// version (0: not stored).
    pub fn project_period(&self, today: NaiveDate) -> Result<(ProjectPeriod, i64), StorageError> {
        let stored = self
            .conn
            .prepare_cached(
                "SELECT start_year, end_year, version FROM project_period WHERE id = 1 LIMIT 1",
            )?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        if let Some((start_year, end_year, version)) = stored {
            return Ok((
                ProjectPeriod {
                    start_year,
                    end_year,
                },
                version,
            ));
        }
        let first: Option<i32> = self
            .conn
            .prepare_cached("SELECT min(year) FROM budgets LIMIT 1")?
            .query_row([], |r| r.get(0))?;
        let start = first.unwrap_or_else(|| chrono::Datelike::year(&today));
        Ok((ProjectPeriod::starting(start), 0))
    }

    /// Stores the project period; `version` as loaded (0: none stored yet).
    pub fn set_project_period(
        &mut self,
        period: ProjectPeriod,
        version: i64,
    ) -> Result<(), StorageError> {
        self.batch(|db| {
            let today = db.today();
            let (before, stored) = db.project_period(today)?;
            if stored != version {
                return Err(StorageError::Conflict);
            }
            let params = named_params! {
                ":start": period.start_year, ":end": period.end_year, ":version": version,
            };
            let changed = if version == 0 {
                db.conn
                    .prepare_cached(
                        "INSERT INTO project_period (id, start_year, end_year) \
                         VALUES (1, :start, :end)",
                    )?
                    .execute(
                        named_params! { ":start": period.start_year, ":end": period.end_year },
                    )?
            } else {
                db.conn
                    .prepare_cached(
                        "UPDATE project_period SET start_year = :start, end_year = :end, \
                         version = version + 1 WHERE id = 1 AND version = :version",
                    )?
                    .execute(params)?
            };
            if changed == 0 {
                return Err(StorageError::Conflict);
            }
            db.audit(
                "project_period.update",
                "project_period",
                1,
                Some(serde_json::to_value(before)?),
                Some(serde_json::to_value(period)?),
            )
        })
    }

    /// The period's total: the sum of its years' budgets (defaults for years without a row).
    pub fn project_period_total(&self, period: ProjectPeriod) -> Result<i64, StorageError> {
        let mut total = 0i64;
        for year in period.years() {
            total = total.saturating_add(self.budget_year(year)?.amount_ore);
        }
        Ok(total)
    }

    /// The honoraria of `year` from the totals the triggers of migration 8 keep (at most 180
    /// rows): awaiting, approved and paid per month, and all three by event kind.
    fn honoraria_totals(&self, year: i32) -> Result<HonorariaTotals, StorageError> {
        let mut out = HonorariaTotals::default();
        let mut stmt = self.conn.prepare_cached(
            "SELECT month, status, event_kind, amount_ore FROM honoraria_month_totals \
             WHERE month >= :from AND month < :to LIMIT 1000",
        )?;
        let mut rows = stmt.query(named_params! {
            ":from": format!("{year:04}-01"), ":to": format!("{:04}-01", year + 1),
        })?;
        while let Some(r) = rows.next()? {
            let amount: i64 = r.get(3)?;
            let month = super::str_at(r, 0)?
                .and_then(|m| m.get(5..7))
                .and_then(|m| m.parse::<usize>().ok())
                .filter(|m| (1..=12).contains(m));
            let status = match super::str_at(r, 1)? {
                Some("awaiting") => 0,
                Some("approved") => 1,
                Some("paid") => 2,
                _ => continue,
            };
            if let Some(month) = month {
                let slot = &mut out.by_month[status][month - 1];
                *slot = slot.saturating_add(amount);
            }
            if let Some(kind) = super::str_at(r, 2)?.and_then(EventKind::from_code) {
                let entry = out.by_kind.entry(kind).or_insert(0);
                *entry = entry.saturating_add(amount);
            }
        }
        Ok(out)
    }

    /// The rates: the defaults (from 1900) under the stored ones, stored in id order.
    pub fn rates_for_planning(&self) -> Result<Vec<Rate>, StorageError> {
        let base = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default();
        let mut rates = default_rates(base);
        let mut stmt = self.conn.prepare_cached(
            "SELECT event_kind, person_kind, amount_ore, per_hour_ore, effective_from \
             FROM honorarium_rates ORDER BY id LIMIT :limit",
        )?;
        let stored = stmt.query_map(named_params! { ":limit": MAX_RATES }, |r| {
            Ok(Rate {
                event_kind: code_from_sql(0, &r.get::<_, String>(0)?, EventKind::from_code)?,
                person_kind: code_from_sql(1, &r.get::<_, String>(1)?, PersonKind::from_code)?,
                amount_ore: r.get(2)?,
                per_hour_ore: r.get(3)?,
                effective_from: date_from_sql(4, r.get(4)?)?.unwrap_or(base),
            })
        })?;
        for rate in stored {
            rates.push(rate?);
        }
        Ok(rates)
    }

    /// Planned spending of `year` by event kind: every pending booking of the year's open
    /// events priced at the rate that will apply. One query from the open events
    /// (`events_by_status`, covering) to their bookings (`assignments_by_event`, covering) and
    /// the persons' kinds (`persons_kind`), in that fixed order, read in place and summed here
    /// — no SQL grouping (SQLite's sorter took four times as long as the reading).
    fn planned_by_kind(
        &self,
        year: i32,
        rates: &[Rate],
    ) -> Result<HashMap<EventKind, i64>, StorageError> {
        let (from, to) = year_bounds(year);
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, p.kind, e.kind, e.date, e.start_time, e.end_time \
             FROM events e INDEXED BY events_by_status \
             CROSS JOIN assignments a INDEXED BY assignments_by_event ON a.event_id = e.id \
             CROSS JOIN persons p INDEXED BY persons_kind ON p.id = a.person_id \
             WHERE e.status IN ('requested', 'planned', 'confirmed') \
               AND e.date >= :from AND e.date < :to \
               AND a.status IN ('booked', 'confirmed') LIMIT :limit",
        )?;
        let mut out = HashMap::new();
        let mut rows =
            stmt.query(named_params! { ":from": from, ":to": to, ":limit": MAX_BOOKINGS })?;
        // The rows come event by event: each event's kind, date and length is read once.
        let mut event: Option<(i64, EventKind, NaiveDate, Option<u32>)> = None;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let (kind, date, minutes) = match event {
                Some((current, kind, date, minutes)) if current == id => (kind, date, minutes),
                _ => {
                    let read = planned_event(r)?;
                    event = Some((id, read.0, read.1, read.2));
                    read
                }
            };
            let person = code_from_sql(
                1,
                super::str_at(r, 1)?.unwrap_or_default(),
                PersonKind::from_code,
            )?;
            let each = expected_honorarium(rates, kind, person, date, minutes).unwrap_or(0);
            let entry = out.entry(kind).or_insert(0i64);
            *entry = entry.saturating_add(each);
        }
        Ok(out)
    }

    /// The sums of `year`'s figures: kept between reads while the database is unchanged (see
    /// `year_cache`), and in the file (`kept_sums`).
    fn year_sums(&self, year: i32) -> Result<YearSums, StorageError> {
        self.kept_for_year(year, |db| db.kept_or_read_year_sums(year))
    }

    /// The sums of `year` as stored: the honoraria's totals, the expenses' months and the
    /// pending bookings priced.
    pub(super) fn read_year_sums(&self, year: i32) -> Result<YearSums, StorageError> {
        self.read_year_parts(year, Parts::ALL, YearSums::default())
    }

    /// `base` with the `parts` of `year` read as stored (the rest kept as they are).
    pub(super) fn read_year_parts(
        &self,
        year: i32,
        parts: Parts,
        mut base: YearSums,
    ) -> Result<YearSums, StorageError> {
        if parts.planning {
            let rates = self.rates_for_planning()?;
            base.planned_by_kind = self.planned_by_kind(year, &rates)?;
            base.unstaffed_by_kind = self.unstaffed_by_kind(year, &rates)?;
        }
        if parts.honoraria {
            let honoraria = self.honoraria_totals(year)?;
            let [awaiting, approved, paid_by_month] = honoraria.by_month;
            base.committed_by_kind = honoraria.by_kind;
            base.paid_by_month = paid_by_month;
            base.approved = total(&approved);
            base.awaiting = total(&awaiting);
        }
        if parts.expenses {
            base.expenses_by_month = self.expenses_by_month(year)?;
        }
        Ok(base)
    }

    /// The inputs of `year`'s figures.
    pub fn budget_inputs(&self, year: i32) -> Result<BudgetInputs, StorageError> {
        let sums = self.year_sums(year)?;
        Ok(inputs_of(self.budget_year(year)?, &sums))
    }

    /// The figures and flags of `year` on `today`.
    pub fn budget_figures(
        &self,
        year: i32,
        today: NaiveDate,
    ) -> Result<(BudgetFigures, Vec<BudgetFlag>), StorageError> {
        let figures = BudgetFigures::compute(&self.budget_inputs(year)?);
        let flags = figures.flags(year, today);
        Ok((figures, flags))
    }

    /// The figures after `change` and the flags it would newly raise (the "before the action"
    /// dialogs).
    pub fn budget_preview(
        &self,
        year: i32,
        today: NaiveDate,
        change: Change,
    ) -> Result<(BudgetFigures, Vec<BudgetFlag>), StorageError> {
        let (figures, _) = self.budget_figures(year, today)?;
        Ok(after_action(&figures, change, year, today))
    }

    /// The expected honorarium of booking a person of `person_kind` on an event (for the
    /// picker's preview), at the rate in force on `date`.
    pub fn planned_honorarium(
        &self,
        event_kind: EventKind,
        person_kind: PersonKind,
        date: NaiveDate,
        minutes: Option<u32>,
    ) -> Result<i64, StorageError> {
        let rates = self.rates_for_planning()?;
        Ok(expected_honorarium(&rates, event_kind, person_kind, date, minutes).unwrap_or(0))
    }

    /// Writes the audit row of an action the user confirmed although it raises `flags`.
    pub fn record_overrun_confirmed(
        &mut self,
        year: i32,
        what: &str,
        before: &BudgetFigures,
        after: &BudgetFigures,
        flags: &[BudgetFlag],
    ) -> Result<(), StorageError> {
        self.batch(|db| {
            let codes: Vec<&str> = flags.iter().map(|f| f.code()).collect();
            db.audit(
                "budget.overrun_confirmed",
                "budgets",
                i64::from(year),
                Some(serde_json::to_value(before)?),
                Some(serde_json::json!({ "action": what, "figures": after, "flags": codes })),
            )
        })
    }

    /// The expenses of `year`, per month: one range sum each (SQLite adds up the range itself,
    /// in the halves of `sums`, so no amount stored by any means overflows it).
    fn expenses_by_month(&self, year: i32) -> Result<[i64; 12], StorageError> {
        let mut out = [0i64; 12];
        let mut stmt = self.conn.prepare_cached(
            "SELECT coalesce(sum(amount_ore >> 32), 0), coalesce(sum(amount_ore & 4294967295), 0) \
             FROM expenses WHERE spent_on >= :from AND spent_on < :to",
        )?;
        for (m, slot) in (1u32..=12).zip(out.iter_mut()) {
            let from = format!("{year:04}-{m:02}-01");
            let to = if m == 12 {
                format!("{:04}-01-01", year + 1)
            } else {
                format!("{year:04}-{:02}-01", m + 1)
            };
            *slot = stmt.query_row(named_params! { ":from": from, ":to": to }, |r| {
                super::sums::halves(r, 0)
            })?;
        }
        Ok(out)
    }

    /// Everything the Budget screen shows for `year`.
    pub fn budget_report(&self, year: i32, today: NaiveDate) -> Result<BudgetReport, StorageError> {
        let sums = self.year_sums(year)?;
        let settings = self.budget_year(year)?;
        let inputs = inputs_of(settings, &sums);
        let figures = BudgetFigures::compute(&inputs);
        let flags = figures.flags(year, today);
        let spent: [i64; 12] = std::array::from_fn(|i| {
            sums.paid_by_month[i].saturating_add(sums.expenses_by_month[i])
        });
        let months = by_month(settings.amount_ore, year, &spent);
        let by_kind = EventKind::ALL
            .into_iter()
            .map(|kind| KindFigures {
                kind,
                committed: sums.committed_by_kind.get(&kind).copied().unwrap_or(0),
                planned: sums.planned_by_kind.get(&kind).copied().unwrap_or(0),
                unstaffed: sums.unstaffed_by_kind.get(&kind).copied().unwrap_or(0),
            })
            .collect();
        let (period, _) = self.project_period(today)?;
        let period_total_ore = self.project_period_total(period)?;
        Ok(BudgetReport {
            year,
            settings,
            inputs,
            figures,
            flags,
            months,
            by_kind,
            period,
            period_total_ore,
        })
    }
}

/// The kind, date and planned length of the event in columns 2–5 of a planned-money row.
pub(super) fn planned_event(
    r: &rusqlite::Row<'_>,
) -> Result<(EventKind, NaiveDate, Option<u32>), rusqlite::Error> {
    let kind = code_from_sql(
        2,
        super::str_at(r, 2)?.unwrap_or_default(),
        EventKind::from_code,
    )?;
    let date = super::str_at(r, 3)?
        .and_then(super::iso_date)
        .unwrap_or_default();
    let minutes = match (super::str_at(r, 4)?, super::str_at(r, 5)?) {
        (Some(s), Some(e)) => time_of(s)
            .zip(time_of(e))
            .and_then(|(s, e)| u32::try_from((e - s).num_minutes()).ok())
            .filter(|&m| m > 0),
        _ => None,
    };
    Ok((kind, date, minutes))
}

/// The honoraria of a year as their totals give them.
#[derive(Debug, Default)]
struct HonorariaTotals {
    /// Awaiting, approved and paid, per month.
    by_month: [[i64; 12]; 3],
    /// All three together, by event kind.
    by_kind: HashMap<EventKind, i64>,
}

/// The inputs of the figures from a year's settings and sums.
pub(super) fn inputs_of(settings: BudgetYear, sums: &YearSums) -> BudgetInputs {
    BudgetInputs {
        budget_ore: settings.amount_ore,
        threshold_percent: settings.threshold_percent,
        paid_ore: total(&sums.paid_by_month),
        approved_ore: sums.approved,
        awaiting_ore: sums.awaiting,
        expenses_ore: total(&sums.expenses_by_month),
        planned_ore: total(sums.planned_by_kind.values()),
        unstaffed_ore: total(sums.unstaffed_by_kind.values()),
    }
}

/// A sum of øre that saturates instead of overflowing.
fn total<'a>(values: impl IntoIterator<Item = &'a i64>) -> i64 {
    values.into_iter().fold(0i64, |a, b| a.saturating_add(*b))
}

#[cfg(test)]
#[path = "budget_tests.rs"]
pub(crate) mod tests;
