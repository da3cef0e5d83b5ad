//! Demo budgets and expenses — the seed's story of DESIGN §4: 50.000,00 kr. a year (times the
//! scale) over a three-year project period around this year (150.000,00 kr. at scale 1);
//! expenses for a festival stand, transport and materials (times the scale); last year well under budget; this
//! year's forecast just under the warning threshold, so that booking one person on the open
//! visit (`demo::events::open_visit`) crosses it and the booking picker's gate asks first.
//!
//! Runs after the events (and whatever else creates honoraria), because it reads this year's
//! figures to size the last expense: the *headroom* left under the warning is half of one
//! booking on the open visit — an absolute amount, at every scale, so at `--scale 100` too a
//! single booking crosses. Deterministic: its own seeded stream, dates relative to `today`.

use chrono::{Datelike, NaiveDate};

use super::rng::Rng;
use crate::domain::budget::{DEFAULT_BUDGET_ORE, DEFAULT_THRESHOLD_PERCENT, ProjectPeriod};
use crate::domain::limits::EXPENSE_MAX_ORE;
use crate::domain::person::PersonKind;
use crate::domain::rates::expected_honorarium;
use crate::storage::expenses::ExpenseData;
use crate::storage::{Database, StorageError};

/// Headroom under the warning when there is no open visit to price: 100 kr.
const FALLBACK_HEADROOM_ORE: i64 = 10_000;

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

/// The yearly budget at `scale`: 50.000 kr. × scale.
pub fn budget_for_scale(scale: u32) -> i64 {
    DEFAULT_BUDGET_ORE.saturating_mul(i64::from(scale.max(1)))
}

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

/// Writes the demo budgets and expenses (see the module doc); `open_visit` is the event whose
/// booking the story turns on.
pub fn generate(
    db: &mut Database,
    rng: &mut Rng,
    today: NaiveDate,
    scale: u32,
    open_visit: Option<i64>,
) -> Result<(), StorageError> {
    let year = today.year();
    let period = ProjectPeriod {
        start_year: year - 1,
        end_year: year + 1,
    };
    db.set_project_period(period, 0)?;
    let budget = budget_for_scale(scale);
    for y in period.years() {
        let version = db.budget_year(y)?.version;
        db.set_budget_year(y, version, budget, DEFAULT_THRESHOLD_PERCENT)?;
    }
    // Last year: the whole list, spread over the year.
    for (i, (category, text, lo, hi)) in EXPENSES.iter().enumerate() {
        let month = 2 + 2 * u32::try_from(i).unwrap_or(0);
        let ore = scaled(rng.between(*lo, *hi) / 100 * 100, scale);
        add(db, on(year - 1, month, 12, today), category, text, ore)?;
    }
    // This year: the first four so far, then a festival stand that brings the forecast to just
    // under the warning.
    for (i, (category, text, lo, hi)) in EXPENSES.iter().take(4).enumerate() {
        let month = 1 + 2 * u32::try_from(i).unwrap_or(0);
        let ore = scaled(rng.between(*lo, *hi) / 100 * 100, scale);
        add(db, on(year, month, 9, today), category, text, ore)?;
    }
    let headroom = match open_visit {
        Some(id) => one_booking(db, id)? / 2,
        None => FALLBACK_HEADROOM_ORE,
    }
    .max(100);
    let (figures, _) = db.budget_figures(year, today)?;
    let mut target = warning_line(budget) - headroom;
    if figures.forecast > target {
        // A seed whose corps already spent more than the story allows: the budget is raised
        // (in whole 1.000 kr.) until the forecast is under the warning again.
        let needed = i128::from(figures.forecast + headroom) * 100
            / i128::from(DEFAULT_THRESHOLD_PERCENT)
            + 1;
        let raised = i64::try_from((needed + 99_999) / 100_000 * 100_000).unwrap_or(i64::MAX);
        let version = db.budget_year(year)?.version;
        db.set_budget_year(year, version, raised, DEFAULT_THRESHOLD_PERCENT)?;
        target = warning_line(raised) - headroom;
    }
    let mut top_up = target - figures.forecast;
    while top_up > 0 {
        let ore = top_up.min(EXPENSE_MAX_ORE);
        add(
            db,
            on(year, 8, 20, today),
            "Festival",
            "Festivalstand: leje, strøm og materialer",
            ore,
        )?;
        top_up -= ore;
    }
    Ok(())
}

/// An expense of the list for a corps `scale` times the size (within the expense limit).
fn scaled(ore: i64, scale: u32) -> i64 {
    ore.saturating_mul(i64::from(scale.max(1)))
        .min(EXPENSE_MAX_ORE)
}

/// The lowest forecast that raises the warning for `budget` at the default threshold.
fn warning_line(budget: i64) -> i64 {
    let scaled = i128::from(budget) * i128::from(DEFAULT_THRESHOLD_PERCENT);
    i64::try_from((scaled + 99) / 100).unwrap_or(i64::MAX)
}

/// What booking the cheapest person kind the open visit still needs would add to its year's
/// forecast (the rate that will apply, for the planned length).
fn one_booking(db: &Database, event_id: i64) -> Result<i64, StorageError> {
    let event = db.event(event_id)?;
    let data = &event.data;
    let rates = db.rates_for_planning()?;
    let kinds = [
        (PersonKind::RoleModel, data.needs_role_models),
        (PersonKind::Ambassador, data.needs_ambassadors),
    ];
    Ok(kinds
        .into_iter()
        .filter(|(_, needed)| *needed > 0)
        .filter_map(|(kind, _)| {
            expected_honorarium(&rates, data.kind, kind, data.date, data.duration_minutes())
        })
        .min()
        .unwrap_or(FALLBACK_HEADROOM_ORE * 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_corps_the_expenses_bring_this_year_just_under_the_warning() {
        let mut db = Database::open_in_memory("demo").unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        generate(&mut db, &mut Rng::stream(7, "budget"), today, 3, None).unwrap();
        let (f, flags) = db.budget_figures(2026, today).unwrap();
        // 50.000 kr. × 3, warning at 80 %: 120.000 kr.; 100 kr. of headroom.
        assert_eq!(f.budget, 15_000_000);
        assert_eq!(f.forecast, 12_000_000 - 10_000, "{flags:?}");
        assert!(flags.is_empty(), "{flags:?}");
        assert_eq!(db.expenses_of_year(2025).unwrap().len(), 6);
        assert_eq!(db.project_period(today).unwrap().0.start_year, 2025);
    }

    #[test]
    fn a_corps_past_the_story_gets_the_smallest_budget_in_whole_thousands_that_holds_it() {
        let mut db = Database::open_in_memory("demo").unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        // Already 45.000 kr. spent this year: past 80 % of 50.000 kr. before the demo's own.
        add(&mut db, today, "Andet", "Tidligere udgift", 4_500_000).unwrap();
        generate(&mut db, &mut Rng::stream(7, "budget"), today, 1, None).unwrap();
        let (f, flags) = db.budget_figures(2026, today).unwrap();
        // What was spent before the top-up: every expense but the festival top-up rows.
        let before: i64 = db
            .expenses_of_year(2026)
            .unwrap()
            .iter()
            .filter(|e| !e.data.text.starts_with("Festivalstand"))
            .map(|e| e.data.amount_ore)
            .sum();
        // The rule written out: 80 % of the budget must lie above before + 100 kr., in whole
        // 1.000 kr., the smallest such; then the forecast sits 100 kr. under the warning.
        let holds = |b: i64| b * 80 / 100 > before + 10_000;
        assert_eq!(f.budget % 100_000, 0, "{f:?}");
        assert!(
            holds(f.budget) && !holds(f.budget - 100_000),
            "{f:?} {before}"
        );
        assert_eq!(f.forecast, f.budget * 80 / 100 - 10_000, "{f:?}");
        assert!(flags.is_empty(), "{flags:?}");
        // Only this year is raised.
        assert_eq!(db.budget_year(2025).unwrap().amount_ore, 5_000_000);
    }
}
