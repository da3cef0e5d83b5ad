//! Examples, edges and property tests of the budget arithmetic in `budget.rs`.

use super::*;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

fn inputs(paid: i64, approved: i64, awaiting: i64, expenses: i64, planned: i64) -> BudgetInputs {
    BudgetInputs {
        budget_ore: DEFAULT_BUDGET_ORE,
        threshold_percent: DEFAULT_THRESHOLD_PERCENT,
        paid_ore: paid,
        approved_ore: approved,
        awaiting_ore: awaiting,
        expenses_ore: expenses,
        planned_ore: planned,
        unstaffed_ore: 0,
    }
}

/// Early in the year, so fast pace stays out of the way.
fn jan() -> NaiveDate {
    d(2026, 1, 10)
}

#[test]
fn figures_add_up() {
    let f = BudgetFigures::compute(&inputs(1_000_000, 200_000, 300_000, 50_000, 400_000));
    assert_eq!(
        f,
        BudgetFigures {
            budget: 5_000_000,
            spent: 1_050_000,
            committed: 1_550_000,
            planned: 400_000,
            forecast: 1_950_000,
            remaining: 3_050_000,
            threshold_percent: 80,
            unstaffed: 0,
            if_fully_staffed: 1_950_000,
        }
    );
    assert!(f.flags(2026, jan()).is_empty());
}

#[test]
fn warning_at_exactly_the_threshold_not_below() {
    let f = BudgetFigures::compute(&inputs(0, 0, 0, 0, 4_000_000));
    assert_eq!(f.flags(2026, jan()), vec![BudgetFlag::Warning]);
    let f = BudgetFigures::compute(&inputs(0, 0, 0, 0, 3_999_999));
    assert!(f.flags(2026, jan()).is_empty());
}

#[test]
fn exactly_the_budget_is_not_over() {
    let f = BudgetFigures::compute(&inputs(0, 5_000_000, 0, 0, 0));
    assert_eq!(f.remaining, 0);
    assert_eq!(f.flags(2026, jan()), vec![BudgetFlag::Warning]);
    let f = BudgetFigures::compute(&inputs(0, 5_000_000, 0, 0, 1));
    assert_eq!(
        f.flags(2026, jan()),
        vec![BudgetFlag::ForecastOverBudget, BudgetFlag::Warning]
    );
    let f = BudgetFigures::compute(&inputs(0, 5_000_000, 1, 0, 0));
    assert_eq!(
        f.flags(2026, jan()),
        vec![
            BudgetFlag::OverBudget,
            BudgetFlag::ForecastOverBudget,
            BudgetFlag::Warning
        ]
    );
    assert_eq!(f.remaining, -1);
}

fn with_unstaffed(forecast: i64, unstaffed: i64) -> BudgetFigures {
    BudgetFigures::compute(&BudgetInputs {
        unstaffed_ore: unstaffed,
        ..inputs(0, 0, 0, 0, forecast)
    })
}

#[test]
fn unstaffed_is_beside_the_forecast_not_in_it() {
    let f = with_unstaffed(1_000_000, 250_000);
    assert_eq!(
        (f.forecast, f.unstaffed, f.if_fully_staffed),
        (1_000_000, 250_000, 1_250_000)
    );
    assert_eq!(
        f.remaining, 4_000_000,
        "remaining is B − forecast, without the open needs"
    );
    assert!(
        f.flags(2026, jan()).is_empty(),
        "1.250.000 is below every limit"
    );
}

#[test]
fn staffing_would_exceed_edges() {
    let staffing = |f: &BudgetFigures| {
        f.flags(2026, jan())
            .contains(&BudgetFlag::StaffingWouldExceed)
    };
    // forecast ≤ B < if fully staffed, at the edges: B = 5.000.000.
    assert!(
        !staffing(&with_unstaffed(4_900_000, 100_000)),
        "exactly B when fully staffed"
    );
    assert!(staffing(&with_unstaffed(4_900_000, 100_001)));
    assert!(
        staffing(&with_unstaffed(5_000_000, 1)),
        "forecast exactly B still counts"
    );
    // Once the forecast itself is over, that is the flag, not staffing.
    let over = with_unstaffed(5_000_001, 1_000_000);
    assert!(!staffing(&over));
    assert_eq!(
        over.flags(2026, jan()),
        vec![BudgetFlag::ForecastOverBudget, BudgetFlag::Warning]
    );
    // Nothing open: never.
    assert!(!staffing(&with_unstaffed(5_000_000, 0)));
    // Below the warning threshold the staffing flag stands alone.
    assert_eq!(
        with_unstaffed(1_000_000, 4_500_000).flags(2026, jan()),
        vec![BudgetFlag::StaffingWouldExceed]
    );
}

#[test]
fn the_headline_is_the_most_severe_and_the_others_follow_in_order() {
    use BudgetFlag::*;
    assert_eq!(headline(&[]), (None, vec![]));
    assert_eq!(headline(&[FastPace]), (Some(FastPace), vec![]));
    // Whatever order they come in: over budget, forecast, warning, staffing, fast pace.
    assert_eq!(
        headline(&[
            FastPace,
            Warning,
            StaffingWouldExceed,
            OverBudget,
            ForecastOverBudget
        ]),
        (
            Some(OverBudget),
            vec![ForecastOverBudget, Warning, StaffingWouldExceed, FastPace]
        )
    );
    assert_eq!(
        headline(&[Warning, ForecastOverBudget]),
        (Some(ForecastOverBudget), vec![Warning])
    );
    assert_eq!(
        headline(&[FastPace, StaffingWouldExceed]),
        (Some(StaffingWouldExceed), vec![FastPace])
    );
    assert_eq!(
        headline(&[FastPace, Warning]),
        (Some(Warning), vec![FastPace])
    );
    assert_eq!(headline(&[Warning, Warning]), (Some(Warning), vec![]));
    // Every pair: the headline is the one earlier in the written order of DESIGN §4.
    let order = [
        "over_budget",
        "forecast_over_budget",
        "warning",
        "staffing_would_exceed",
        "fast_pace",
    ];
    for (i, a) in order.iter().enumerate() {
        for b in &order[i + 1..] {
            let (a, b) = (
                BudgetFlag::from_code(a).unwrap(),
                BudgetFlag::from_code(b).unwrap(),
            );
            assert_eq!(headline(&[b, a]), (Some(a), vec![b]));
        }
    }
}

#[test]
fn an_empty_year_without_budget_raises_nothing() {
    let f = BudgetFigures::compute(&BudgetInputs::default());
    assert!(f.flags(2026, d(2026, 6, 1)).is_empty());
}

#[test]
fn fast_pace_edges() {
    let b = DEFAULT_BUDGET_ORE;
    // 1 July 2026 is day 182 of 365: the line is 5.000.000 × 182 / 365 = 2.493.150,68…;
    // with 10 % of B the limit is 2.993.150,68… øre.
    let today = d(2026, 7, 1);
    assert!(!is_fast_pace(2_993_150, b, 2026, today));
    assert!(is_fast_pace(2_993_151, b, 2026, today));
    // Not in the first 30 days, even if everything is spent; from day 31 on it is judged.
    assert!(!is_fast_pace(b, b, 2026, d(2026, 1, 30)));
    assert!(is_fast_pace(b, b, 2026, d(2026, 1, 31)));
    // A past year is judged against the whole budget; a future one never.
    assert!(!is_fast_pace(5_500_000, b, 2025, today));
    assert!(is_fast_pace(5_500_001, b, 2025, today));
    assert!(!is_fast_pace(b * 10, b, 2027, today));
    assert_eq!(elapsed_days(2028, d(2028, 12, 31)), (366, 366));
    assert_eq!(elapsed_days(2026, d(2026, 1, 1)), (1, 365));
}

#[test]
fn months_accumulate_against_the_pro_rata_line() {
    let mut spent = [0i64; 12];
    spent[0] = 100_000;
    spent[2] = 250_000;
    let points = by_month(DEFAULT_BUDGET_ORE, 2026, &spent);
    assert_eq!(points[0].month, 1);
    assert_eq!(points[0].cumulative, 100_000);
    assert_eq!(points[1].cumulative, 100_000);
    assert_eq!(points[2].cumulative, 350_000);
    assert_eq!(points[11].cumulative, 350_000);
    // 31 / 365 of 5.000.000 = 424.657,53 → 424.658.
    assert_eq!(points[0].pro_rata, 424_658);
    assert_eq!(points[11].pro_rata, DEFAULT_BUDGET_ORE);
    assert_eq!(by_month(3_660, 2028, &[0; 12])[1].pro_rata, 600); // 60 days of 366
}

#[test]
fn what_if_reports_only_new_flags() {
    let f = BudgetFigures::compute(&inputs(0, 0, 3_900_000, 0, 0));
    let (after, new) = after_action(&f, Change::plan(100_000), 2026, jan());
    assert_eq!(after.forecast, 4_000_000);
    assert_eq!(after.planned, 100_000);
    assert_eq!(new, vec![BudgetFlag::Warning]);
    let (after2, new2) = after_action(&after, Change::plan(1_000_001), 2026, jan());
    assert_eq!(after2.remaining, -1);
    assert_eq!(
        new2,
        vec![BudgetFlag::ForecastOverBudget],
        "warning was raised already"
    );
    // Logging attendance turns planned into committed.
    let (logged, _) = after_action(
        &after,
        Change::log_attendance(100_000, 120_000),
        2026,
        jan(),
    );
    assert_eq!(
        (logged.committed, logged.planned, logged.forecast),
        (4_020_000, 0, 4_020_000)
    );
    // Paying moves committed into spent.
    let (paid, _) = after_action(&logged, Change::pay(500_000), 2026, jan());
    assert_eq!((paid.spent, paid.committed), (500_000, 4_020_000));
    let (exp, _) = after_action(&paid, Change::spend(1), 2026, jan());
    assert_eq!(
        (exp.spent, exp.committed, exp.forecast),
        (500_001, 4_020_001, 4_020_001)
    );
    let (walk_in, _) = after_action(&paid, Change::commit(7), 2026, jan());
    assert_eq!((walk_in.spent, walk_in.committed), (500_000, 4_020_007));
}

#[test]
fn project_period() {
    let p = ProjectPeriod::starting(2026);
    assert_eq!(p.years(), 2026..=2028);
    assert!(p.contains(2028) && !p.contains(2029));
    assert_eq!(p.total(|_| DEFAULT_BUDGET_ORE), 15_000_000);
    assert_eq!(
        p.total(|y| if y == 2027 {
            4_000_000
        } else {
            DEFAULT_BUDGET_ORE
        }),
        14_000_000
    );
    assert_eq!(p.total(|_| i64::MAX), i64::MAX);
    assert_eq!(p.validate(), Ok(()));
    let backwards = ProjectPeriod {
        start_year: 2026,
        end_year: 2025,
    };
    assert_eq!(backwards.validate(), Err(PeriodError::EndBeforeStart));
    let long = ProjectPeriod {
        start_year: 2026,
        end_year: 2046,
    };
    assert_eq!(long.validate(), Err(PeriodError::TooLong));
}

#[test]
fn flag_codes_round_trip_and_serialise() {
    for f in BudgetFlag::ALL {
        assert_eq!(BudgetFlag::from_code(f.code()), Some(f));
        assert_eq!(
            serde_json::to_string(&f).expect("json"),
            format!("\"{}\"", f.code())
        );
    }
}

fn amount() -> impl Strategy<Value = i64> {
    prop_oneof![0i64..10_000_000, 0i64..=i64::MAX / 4]
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (2020i32..2032, 1u32..=366)
        .prop_map(|(y, ord)| NaiveDate::from_yo_opt(y, ord.min(365)).expect("valid ordinal"))
}

proptest! {
    #[test]
    fn figures_are_ordered_and_consistent(
        budget in amount(), threshold in 0u32..=100,
        paid in amount(), approved in amount(), awaiting in amount(),
        expenses in amount(), planned in amount(), unstaffed in amount(),
        year in 2020i32..2032, today in any_date(),
    ) {
        let i = BudgetInputs {
            budget_ore: budget, threshold_percent: threshold, paid_ore: paid,
            approved_ore: approved, awaiting_ore: awaiting, expenses_ore: expenses,
            planned_ore: planned, unstaffed_ore: unstaffed,
        };
        let f = BudgetFigures::compute(&i);
        prop_assert_eq!(f.if_fully_staffed, f.forecast.saturating_add(unstaffed));
        prop_assert_eq!(
            f.flags(year, today).contains(&BudgetFlag::StaffingWouldExceed),
            f.forecast <= f.budget && f.budget < f.if_fully_staffed
        );
        prop_assert!(f.forecast >= f.committed);
        prop_assert!(f.committed >= f.spent);
        prop_assert!(f.spent >= 0);
        prop_assert_eq!(f.remaining, f.budget - f.forecast);
        let flags = f.flags(year, today);
        prop_assert_eq!(flags.contains(&BudgetFlag::OverBudget), f.committed > f.budget);
        prop_assert_eq!(flags.contains(&BudgetFlag::ForecastOverBudget), f.forecast > f.budget);
        prop_assert_eq!(flags.contains(&BudgetFlag::ForecastOverBudget), f.remaining < 0);
        prop_assert_eq!(
            flags.contains(&BudgetFlag::Warning),
            f.forecast > 0
                && i128::from(f.forecast) * 100 >= i128::from(f.budget) * i128::from(threshold)
        );
        // Over budget implies forecast over budget implies warning (threshold ≤ 100 %).
        if flags.contains(&BudgetFlag::OverBudget) {
            prop_assert!(flags.contains(&BudgetFlag::ForecastOverBudget));
        }
        if flags.contains(&BudgetFlag::ForecastOverBudget) {
            prop_assert!(flags.contains(&BudgetFlag::Warning));
        }
        let mut sorted = flags.clone();
        sorted.sort();
        prop_assert_eq!(sorted, flags, "most severe first");
    }

    #[test]
    fn planning_more_never_clears_a_flag(
        committed in amount(), planned in amount(), extra in 0i64..10_000_000,
        today in any_date(),
    ) {
        let f = BudgetFigures::compute(&BudgetInputs {
            budget_ore: DEFAULT_BUDGET_ORE, threshold_percent: 80,
            awaiting_ore: committed, planned_ore: planned, ..BudgetInputs::default()
        });
        let (after, new) = after_action(&f, Change::plan(extra), 2026, today);
        prop_assert_eq!(after.forecast, f.forecast.saturating_add(extra));
        let before = f.flags(2026, today);
        let all_after = after.flags(2026, today);
        for flag in &before {
            prop_assert!(all_after.contains(flag));
        }
        for flag in &new {
            prop_assert!(!before.contains(flag) && all_after.contains(flag));
        }
    }

    #[test]
    fn extreme_inputs_do_not_panic(
        budget in any::<i64>(), threshold in any::<u32>(),
        paid in any::<i64>(), approved in any::<i64>(), planned in any::<i64>(),
        today in any_date(),
    ) {
        let f = BudgetFigures::compute(&BudgetInputs {
            budget_ore: budget, threshold_percent: threshold, paid_ore: paid,
            approved_ore: approved, planned_ore: planned, ..BudgetInputs::default()
        });
        let _ = f.flags(2026, today);
        let _ = after_action(&f, Change::pay(paid), 2026, today);
        let _ = by_month(budget, 2026, &[paid; 12]);
    }
}
