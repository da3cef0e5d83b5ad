//! The yearly budget (DESIGN §4): figures, flags, the month-by-month line, "what if" before an
//! action, and the project period.
//!
//! With B the budget of a calendar year:
//! - *spent* = paid honoraria + expenses; *committed* = spent + approved + awaiting approval;
//!   *planned* = expected honoraria of pending bookings; *forecast* = committed + planned;
//!   *remaining* = B − forecast (negative when the forecast is over).
//! - *unstaffed* = what the open needs of the year's events not yet held or cancelled would
//!   cost when filled; *if fully staffed* = forecast + unstaffed. Shown beside the forecast,
//!   never inside it (no other figure counts it).
//! - **over budget**: committed > B. **forecast over budget**: forecast > B.
//!   **warning**: forecast × 100 ≥ B × threshold, and forecast > 0 (so an empty year with no
//!   budget set raises nothing).
//! - **fast pace**, decided here: let D be the days of the year and E the days elapsed (1 January
//!   counts 1; E = D for a past year and 0 for a future one). Fast pace when E > 30 and
//!   spent > B × E / D + 10 % of B, i.e. spending runs more than a tenth of the budget ahead of
//!   the pro-rata line, judged only after the first 30 days (January's first payouts would
//!   otherwise always look fast). Exact integer comparison: spent·D·100 > B·E·100 + B·D·10.
//! - **staffing would exceed**: forecast ≤ B < if fully staffed — the plan fits, filling the
//!   open needs would not.
//! - Several flags at once are shown as one *headline*, the most severe (the order of
//!   [`BudgetFlag`]: over budget, forecast over budget, warning, staffing, fast pace), with the
//!   others beneath it ([`headline`]).
//!
//! All sums saturate and all products are taken in `i128`, so no input overflows.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// The default yearly budget: 50.000 kr.
pub const DEFAULT_BUDGET_ORE: i64 = 5_000_000;
/// The default warning threshold in percent of the budget.
pub const DEFAULT_THRESHOLD_PERCENT: u32 = 80;
/// The default length of the project period in years.
pub const DEFAULT_PERIOD_YEARS: i32 = 3;
/// How far (percent of B) spending may run ahead of the pro-rata line before *fast pace*.
pub const FAST_PACE_MARGIN_PERCENT: i64 = 10;
/// Fast pace is not judged during the first days of the year.
pub const FAST_PACE_GRACE_DAYS: i64 = 30;

/// The sums the storage reads for one budget year, in øre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BudgetInputs {
    pub budget_ore: i64,
    pub threshold_percent: u32,
    pub paid_ore: i64,
    pub approved_ore: i64,
    pub awaiting_ore: i64,
    pub expenses_ore: i64,
    pub planned_ore: i64,
    /// What the open needs of the year's pending events would cost when filled.
    #[serde(default)]
    pub unstaffed_ore: i64,
}

/// The figures of DESIGN §4 for one year, in øre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetFigures {
    pub budget: i64,
    pub spent: i64,
    pub committed: i64,
    pub planned: i64,
    pub forecast: i64,
    pub remaining: i64,
    pub threshold_percent: u32,
    /// What the open needs would cost when filled (not part of the forecast).
    #[serde(default)]
    pub unstaffed: i64,
    /// forecast + unstaffed.
    #[serde(default)]
    pub if_fully_staffed: i64,
}

impl BudgetFigures {
    /// The figures from the sums.
    pub fn compute(inputs: &BudgetInputs) -> BudgetFigures {
        let spent = inputs.paid_ore.saturating_add(inputs.expenses_ore);
        let committed = spent
            .saturating_add(inputs.approved_ore)
            .saturating_add(inputs.awaiting_ore);
        Self::from_parts(
            inputs.budget_ore,
            inputs.threshold_percent,
            spent,
            committed,
            inputs.planned_ore,
            inputs.unstaffed_ore,
        )
    }

    fn from_parts(
        budget: i64,
        threshold_percent: u32,
        spent: i64,
        committed: i64,
        planned: i64,
        unstaffed: i64,
    ) -> BudgetFigures {
        let forecast = committed.saturating_add(planned);
        BudgetFigures {
            budget,
            spent,
            committed,
            planned,
            forecast,
            remaining: budget.saturating_sub(forecast),
            threshold_percent,
            unstaffed,
            if_fully_staffed: forecast.saturating_add(unstaffed),
        }
    }

    /// The flags raised on `today` for budget year `year`, most severe first.
    pub fn flags(&self, year: i32, today: NaiveDate) -> Vec<BudgetFlag> {
        let b = i128::from(self.budget);
        let mut flags = Vec::new();
        if self.committed > self.budget {
            flags.push(BudgetFlag::OverBudget);
        }
        if self.forecast > self.budget {
            flags.push(BudgetFlag::ForecastOverBudget);
        }
        if self.forecast > 0
            && i128::from(self.forecast) * 100 >= b * i128::from(self.threshold_percent)
        {
            flags.push(BudgetFlag::Warning);
        }
        if self.forecast <= self.budget && self.budget < self.if_fully_staffed {
            flags.push(BudgetFlag::StaffingWouldExceed);
        }
        if is_fast_pace(self.spent, self.budget, year, today) {
            flags.push(BudgetFlag::FastPace);
        }
        flags
    }
}

/// The headline of `flags` (the most severe) and the others beneath it, most severe first.
pub fn headline(flags: &[BudgetFlag]) -> (Option<BudgetFlag>, Vec<BudgetFlag>) {
    let mut sorted = flags.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    if sorted.is_empty() {
        return (None, sorted);
    }
    let first = sorted.remove(0);
    (Some(first), sorted)
}

/// A budget flag. Declared (and reported) most severe first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetFlag {
    OverBudget,
    ForecastOverBudget,
    Warning,
    /// The plan fits the budget, filling the open needs would not.
    StaffingWouldExceed,
    FastPace,
}

impl BudgetFlag {
    pub const ALL: [BudgetFlag; 5] = [
        Self::OverBudget,
        Self::ForecastOverBudget,
        Self::Warning,
        Self::StaffingWouldExceed,
        Self::FastPace,
    ];

    /// The code of the JSON output (`korps budget --json`).
    pub fn code(self) -> &'static str {
        match self {
            Self::OverBudget => "over_budget",
            Self::ForecastOverBudget => "forecast_over_budget",
            Self::Warning => "warning",
            Self::StaffingWouldExceed => "staffing_would_exceed",
            Self::FastPace => "fast_pace",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// Days in `year` and days of it elapsed on `today` (see the module doc).
pub fn elapsed_days(year: i32, today: NaiveDate) -> (i64, i64) {
    let days_in_year = days_in_year(year);
    let elapsed = match today.year().cmp(&year) {
        std::cmp::Ordering::Less => 0,
        std::cmp::Ordering::Equal => i64::from(today.ordinal()),
        std::cmp::Ordering::Greater => days_in_year,
    };
    (elapsed, days_in_year)
}

/// 365, or 366 in a leap year.
pub fn days_in_year(year: i32) -> i64 {
    if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
        366
    } else {
        365
    }
}

/// Whether `spent` runs ahead of the pro-rata line by more than the margin (module doc).
pub fn is_fast_pace(spent: i64, budget: i64, year: i32, today: NaiveDate) -> bool {
    let (elapsed, days) = elapsed_days(year, today);
    if elapsed <= FAST_PACE_GRACE_DAYS {
        return false;
    }
    let (b, d) = (i128::from(budget), i128::from(days));
    i128::from(spent) * d * 100
        > b * i128::from(elapsed) * 100 + b * d * i128::from(FAST_PACE_MARGIN_PERCENT)
}

/// `numerator / denominator` rounded half away from zero (`denominator` > 0).
fn div_round(numerator: i128, denominator: i128) -> i128 {
    let half = denominator / 2;
    if numerator >= 0 {
        (numerator + half) / denominator
    } else {
        -((-numerator + half) / denominator)
    }
}

fn clamp_i64(x: i128) -> i64 {
    i64::try_from(x).unwrap_or(if x < 0 { i64::MIN } else { i64::MAX })
}

/// One month of the spending chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthPoint {
    /// 1–12.
    pub month: u32,
    /// Spent in this month.
    pub spent: i64,
    /// Spent from 1 January to the end of this month.
    pub cumulative: i64,
    /// The pro-rata line at the end of this month: B × days through the month / days in the
    /// year, rounded half up to a whole øre (December's point is B).
    pub pro_rata: i64,
}

/// Cumulative spending against the pro-rata line, one point per month, from the spending of
/// each month (`monthly_spent[0]` is January).
pub fn by_month(budget: i64, year: i32, monthly_spent: &[i64; 12]) -> [MonthPoint; 12] {
    let days = days_in_year(year);
    let mut cumulative = 0i64;
    let mut days_through = 0i64;
    std::array::from_fn(|i| {
        let month = i as u32 + 1;
        days_through += days_in_month(year, month);
        cumulative = cumulative.saturating_add(monthly_spent[i]);
        MonthPoint {
            month,
            spent: monthly_spent[i],
            cumulative,
            pro_rata: clamp_i64(div_round(
                i128::from(budget) * i128::from(days_through),
                i128::from(days),
            )),
        }
    })
}

fn days_in_month(year: i32, month: u32) -> i64 {
    let first = NaiveDate::from_ymd_opt(year, month, 1);
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    match (first, next) {
        (Some(a), Some(b)) => (b - a).num_days(),
        _ => 30,
    }
}

/// What an action would change, in øre (negative amounts allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Change {
    /// Paid honoraria or expenses: adds to spent, committed and forecast.
    pub spent: i64,
    /// Approved or awaiting honoraria: adds to committed and forecast.
    pub committed: i64,
    /// Expected honoraria of bookings: adds to planned and forecast.
    pub planned: i64,
}

impl Change {
    /// A booking expected to cost `ore`.
    pub fn plan(ore: i64) -> Change {
        Change {
            planned: ore,
            ..Change::default()
        }
    }

    /// A new honorarium awaiting approval (e.g. a walk-in) of `ore`.
    pub fn commit(ore: i64) -> Change {
        Change {
            committed: ore,
            ..Change::default()
        }
    }

    /// A new expense of `ore`.
    pub fn spend(ore: i64) -> Change {
        Change {
            spent: ore,
            ..Change::default()
        }
    }

    /// Logging attendance: a booking planned at `planned_ore` becomes an honorarium of
    /// `honorarium_ore` awaiting approval.
    pub fn log_attendance(planned_ore: i64, honorarium_ore: i64) -> Change {
        Change {
            committed: honorarium_ore,
            planned: planned_ore.saturating_neg(),
            ..Change::default()
        }
    }

    /// Paying approved honoraria of `ore`: spent grows, committed stays.
    pub fn pay(ore: i64) -> Change {
        Change {
            spent: ore,
            committed: ore.saturating_neg(),
            ..Change::default()
        }
    }
}

/// The figures after `change`, and the flags it would raise that are not raised now — what the
/// booking, attendance and approval dialogs show *before* the action.
pub fn after_action(
    figures: &BudgetFigures,
    change: Change,
    year: i32,
    today: NaiveDate,
) -> (BudgetFigures, Vec<BudgetFlag>) {
    let after = BudgetFigures::from_parts(
        figures.budget,
        figures.threshold_percent,
        figures.spent.saturating_add(change.spent),
        figures
            .committed
            .saturating_add(change.spent)
            .saturating_add(change.committed),
        figures.planned.saturating_add(change.planned),
        figures.unstaffed,
    );
    let before = figures.flags(year, today);
    let mut new_flags = after.flags(year, today);
    new_flags.retain(|f| !before.contains(f));
    (after, new_flags)
}

/// The project period: calendar years `start_year..=end_year`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectPeriod {
    pub start_year: i32,
    pub end_year: i32,
}

/// Why a project period was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodError {
    EndBeforeStart,
    /// Longer than [`ProjectPeriod::MAX_YEARS`].
    TooLong,
}

impl ProjectPeriod {
    /// The longest period accepted.
    pub const MAX_YEARS: i32 = 20;

    /// The default period: [`DEFAULT_PERIOD_YEARS`] years from `start_year`.
    pub fn starting(start_year: i32) -> ProjectPeriod {
        ProjectPeriod {
            start_year,
            end_year: start_year + DEFAULT_PERIOD_YEARS - 1,
        }
    }

    pub fn validate(&self) -> Result<(), PeriodError> {
        if self.end_year < self.start_year {
            Err(PeriodError::EndBeforeStart)
        } else if self.end_year - self.start_year >= Self::MAX_YEARS {
            Err(PeriodError::TooLong)
        } else {
            Ok(())
        }
    }

    pub fn years(&self) -> RangeInclusive<i32> {
        self.start_year..=self.end_year
    }

    pub fn contains(&self, year: i32) -> bool {
        self.years().contains(&year)
    }

    /// The period's total: the sum of the yearly budgets (`budget_for(year)` in øre).
    pub fn total(&self, budget_for: impl Fn(i32) -> i64) -> i64 {
        self.years().map(budget_for).fold(0i64, i64::saturating_add)
    }
}

#[cfg(test)]
#[path = "budget_tests.rs"]
mod tests;
