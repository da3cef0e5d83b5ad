//! `korps budget [--year 2026] [--json]`: the year's figures and flags (DESIGN §4). The JSON has
//! exactly the keys `year`, `budget_ore`, `spent_ore`, `committed_ore`, `planned_ore`,
//! `forecast_ore`, `remaining_ore`, `unstaffed_ore`, `if_fully_staffed_ore`,
//! `threshold_percent`, `headline` (the most severe flag's code, or null) and `flags` (every
//! code raised, most severe first — the headline is the first). The text shows the headline
//! first and the others beneath it, indented.

use std::fmt::Write as _;

use chrono::Datelike;
use clap::Args;

use super::{Access, Cli, CliError, Setup, open_database};
use crate::domain::budget::{BudgetFigures, BudgetFlag, headline};
use crate::domain::money::Money;
use crate::i18n::{self, Lang};

/// `korps budget`.
#[derive(Debug, Args)]
pub struct BudgetArgs {
    /// The budget year [default: this year]
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

/// The year `--year` names (1900–2200), else this year.
pub(super) fn year_arg(year: Option<i32>, setup: &Setup) -> Result<i32, CliError> {
    match year {
        None => Ok(setup.today.year()),
        Some(y) if (1900..=2200).contains(&y) => Ok(y),
        Some(y) => Err(CliError::Usage(
            i18n::BUD_CLI_BAD_YEAR.fill(setup.lang, &[("value", &y.to_string())]),
        )),
    }
}

pub(super) fn run(cli: &Cli, args: &BudgetArgs, setup: &Setup) -> Result<(), CliError> {
    let year = year_arg(args.year, setup)?;
    let (db, _, _) = open_database(cli, setup, Access::Read)?;
    let (figures, flags) = db.budget_figures(year, setup.today)?;
    if args.json {
        println!("{}", json(year, &figures, &flags));
    } else {
        print!("{}", text(year, &figures, &flags, setup));
    }
    Ok(())
}

/// The JSON object of `korps budget --json`.
pub fn json(year: i32, f: &BudgetFigures, flags: &[BudgetFlag]) -> serde_json::Value {
    let (first, others) = headline(flags);
    serde_json::json!({
        "year": year,
        "budget_ore": f.budget,
        "spent_ore": f.spent,
        "committed_ore": f.committed,
        "planned_ore": f.planned,
        "forecast_ore": f.forecast,
        "remaining_ore": f.remaining,
        "unstaffed_ore": f.unstaffed,
        "if_fully_staffed_ore": f.if_fully_staffed,
        "threshold_percent": f.threshold_percent,
        "headline": first.map(BudgetFlag::code),
        "flags": first.iter().chain(&others).map(|f| f.code()).collect::<Vec<_>>(),
    })
}

fn text(year: i32, f: &BudgetFigures, flags: &[BudgetFlag], setup: &Setup) -> String {
    let lang: Lang = setup.lang;
    let mut out = format!(
        "{}\n",
        i18n::BUD_YEAR.fill(lang, &[("year", &year.to_string())])
    );
    for (label, ore) in [
        (i18n::BUD_BUDGET, f.budget),
        (i18n::BUD_SPENT, f.spent),
        (i18n::BUD_COMMITTED, f.committed),
        (i18n::BUD_PLANNED, f.planned),
        (i18n::BUD_FORECAST, f.forecast),
        (i18n::BUD_REMAINING, f.remaining),
        (i18n::BUD_UNSTAFFED, f.unstaffed),
        (i18n::BUD_FULLY_STAFFED, f.if_fully_staffed),
    ] {
        let _ = writeln!(
            out,
            "{:<18} {:>18}",
            label.get(lang),
            Money(ore).to_string()
        );
    }
    let _ = writeln!(
        out,
        "{:<18} {:>16} %",
        i18n::BUD_THRESHOLD.get(lang),
        f.threshold_percent
    );
    let (first, others) = headline(flags);
    let why = |flag: BudgetFlag| {
        let text =
            i18n::describe_budget_flag(flag, f, year, setup.today, lang, |o| Money(o).to_string());
        format!("{}: {text}", i18n::budget_flag(flag).get(lang))
    };
    match first {
        None => {
            let _ = writeln!(out, "{}", i18n::BUD_NO_FLAGS.get(lang));
        }
        Some(flag) => {
            let _ = writeln!(out, "! {}", why(flag));
        }
    }
    for flag in others {
        let _ = writeln!(out, "  {} {}", i18n::BUD_ALSO.get(lang), why(flag));
    }
    out
}
