//! Demo budgets and expenses: a three-year project period around this year (last year, this
//! year, next year), expenses for a festival stand, transport and materials, and this year's
//! budget cut to 40.000 kr. with a final festival expense sized so the forecast lands at about
//! 85 % — the *warning* flag shows on Budget, Oversigt and in the status bar.
//!
//! Runs after the events (and whatever else creates honoraria), because it reads the year's
//! figures to size the last expense. Deterministic: its own seeded stream, dates relative to
//! `today`.

use chrono::{Datelike, NaiveDate};

use super::rng::Rng;
use crate::domain::budget::{DEFAULT_BUDGET_ORE, ProjectPeriod};
use crate::storage::expenses::ExpenseData;
use crate::storage::{Database, StorageError};

/// This year's demo budget: 40.000 kr.
pub const THIS_YEAR_ORE: i64 = 4_000_000;
/// Where the forecast should land, in percent of this year's budget.
const TARGET_PERCENT: i64 = 85;

const EXPENSES: [(&str, &str, i64, i64); 6] = [
    (
        "Festival",
        "Stand på byfesten: telt og bannere",
        450_000,
        700_000,
    ),
    ("Transport", "Bus til jobcentret", 80_000, 150_000),
    ("Transport", "Kørsel til skolebesøg", 40_000, 90_000),
    ("Materialer", "Foldere og plakater", 120_000, 260_000),
    ("Materialer", "T-shirts til korpset", 300_000, 450_000),
    ("Forplejning", "Fællesmøde for korpset", 150_000, 250_000),
];

fn on(year: i32, month: u32, day: u32, today: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day)
        .unwrap_or(today)
        .min(today)
}

fn add(
    db: &mut Database,
    spent_on: NaiveDate,
    category: &str,
    text: &str,
    ore: i64,
) -> Result<(), StorageError> {
    db.insert_expense(&ExpenseData {
        spent_on,
        amount_ore: ore,
        category: category.into(),
        text: text.into(),
    })
    .map(|_| ())
}

/// Writes the demo budgets and expenses.
pub fn generate(db: &mut Database, rng: &mut Rng, today: NaiveDate) -> Result<(), StorageError> {
    let year = today.year();
    let period = ProjectPeriod {
        start_year: year - 1,
        end_year: year + 1,
    };
    db.set_project_period(period, 0)?;
    for y in period.years() {
        let amount = if y == year {
            THIS_YEAR_ORE
        } else {
            DEFAULT_BUDGET_ORE
        };
        let version = db.budget_year(y)?.version;
        db.set_budget_year(y, version, amount, 80)?;
    }
    // Last year: the whole list, spread over the year.
    for (i, (category, text, lo, hi)) in EXPENSES.iter().enumerate() {
        let month = 2 + 2 * u32::try_from(i).unwrap_or(0);
        let ore = rng.between(*lo, *hi) / 100 * 100;
        add(db, on(year - 1, month, 12, today), category, text, ore)?;
    }
    // This year: the first four so far, then a festival stand that brings the forecast near
    // the limit.
    for (i, (category, text, lo, hi)) in EXPENSES.iter().take(4).enumerate() {
        let month = 1 + 2 * u32::try_from(i).unwrap_or(0);
        let ore = rng.between(*lo, *hi) / 100 * 100;
        add(db, on(year, month, 9, today), category, text, ore)?;
    }
    let (figures, _) = db.budget_figures(year, today)?;
    // A busy demo corps (many events, all logged) may already be past this year's budget: then
    // the budget is set so the forecast sits at the target share of it, and the warning (not an
    // overrun) is what the demo shows.
    let limit = THIS_YEAR_ORE * TARGET_PERCENT / 100;
    if figures.forecast > limit {
        let budget = (figures.forecast * 100 / TARGET_PERCENT + 99_999) / 100_000 * 100_000;
        let version = db.budget_year(year)?.version;
        db.set_budget_year(year, version, budget, 80)?;
        return Ok(());
    }
    let target = THIS_YEAR_ORE * TARGET_PERCENT / 100;
    let top_up = (target - figures.forecast) / 10_000 * 10_000;
    if top_up >= 50_000 {
        add(
            db,
            on(year, 8, 20, today),
            "Festival",
            "Festivalstand: leje, strøm og materialer",
            top_up,
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::budget::BudgetFlag;

    #[test]
    fn this_year_is_close_to_its_limit() {
        let mut db = Database::open_in_memory("demo").unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        generate(&mut db, &mut Rng::stream(7, "budget"), today).unwrap();
        let (f, flags) = db.budget_figures(2026, today).unwrap();
        assert_eq!(f.budget, THIS_YEAR_ORE);
        assert!(flags.contains(&BudgetFlag::Warning), "{flags:?} {f:?}");
        assert!(!flags.contains(&BudgetFlag::OverBudget));
        assert_eq!(db.expenses_of_year(2025).unwrap().len(), 6);
        assert_eq!(db.project_period(today).unwrap().0.start_year, 2025);
    }
}
