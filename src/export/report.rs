//! The committee status report as a [`Document`], from [`ReportFacts`].
//!
//! Page 1 carries what a committee reads first: per reported year the headline budget flag in
//! words with the numbers behind it and the other flags beneath, the budget figures of DESIGN §4
//! (this year beside last year, or every year of the project period with a total) with a status
//! row, and the chart of cumulative spending against the pro-rata budget line with the events
//! per month. Then the primary schools of the season as counts, activity (events held by kind,
//! pupils, schools visited, appointments) and the month table behind the chart. The schools
//! without a visit follow in the section itself when few, else in an appendix at the end. The
//! small tables are kept whole on a page.
//!
//! Every figure is read, never recomputed: the budget figures and flags are those of
//! [`crate::storage::budget::BudgetReport`], the same as `korps budget` shows. Amounts are
//! Danish (`146.189,00 kr.`), counts have thousands separators (`5.970`), kinds are capitalised.

use super::chart::{Bars, Chart, Line, nice_ticks};
use super::clean::capitalise;
use super::{Column, Document, Paragraph, Section, Table};
use crate::domain::budget::{BudgetFigures, BudgetFlag, headline};
use crate::domain::event::EventKind;
use crate::domain::money::{Money, format_count};
use crate::i18n::month_name;
use crate::i18n::{self, Lang};
use crate::storage::report::{ReportFacts, ReportYear};
use chrono::{Datelike, NaiveDate};

/// Up to this many schools without a visit are listed in their section; more go to an appendix.
pub const INLINE_SCHOOLS: usize = 12;

/// What the report's texts need besides the facts.
#[derive(Debug, Clone, Copy)]
pub struct ReportContext<'a> {
    pub corps: &'a str,
    /// Names the span in the title: `2026`, or the project period.
    pub what: &'a str,
    /// `Udskrevet 4.12.2026`.
    pub printed: &'a str,
    pub today: NaiveDate,
    pub lang: Lang,
}

/// Reads one figure of a year.
type Figure = fn(&BudgetFigures) -> i64;

fn kr(ore: i64) -> String {
    Money(ore).to_string()
}

/// The report of `facts`.
pub fn document(facts: &ReportFacts, cx: &ReportContext<'_>) -> Document {
    let lang = cx.lang;
    let period = i18n::REP_PERIOD_LINE.fill(
        lang,
        &[
            ("from", &format!("1.1.{}", facts.from_year)),
            ("to", &format!("31.12.{}", facts.to_year)),
            ("today", &crate::domain::date::format_date_short(cx.today)),
        ],
    );
    let mut doc = Document::new(
        i18n::BUD_REPORT_TITLE.fill(lang, &[("what", cx.what)]),
        lang,
    )
    .with_subtitle(cx.corps.to_string())
    .with_subtitle(period)
    .with_subtitle(cx.printed.to_string());
    doc.push(budget_section(facts, cx));
    doc.push(chart_section(facts, lang, cx.today));
    let (schools, appendix) = school_sections(facts, lang);
    doc.push(schools);
    doc.push(Section {
        heading: Some(i18n::REP_ACTIVITY.get(lang).to_string()),
        table: activity_table(facts, lang),
        ..Section::default()
    });
    doc.push(Section {
        heading: Some(i18n::REP_MONTHS.get(lang).to_string()),
        table: month_table(facts, lang),
        ..Section::default()
    });
    if let Some(appendix) = appendix {
        doc.push(appendix);
    }
    doc
}

/// The years shown as columns: the reported years, newest first for one year (this year, then
/// last year), in order for a period.
pub(super) fn columns(facts: &ReportFacts) -> Vec<&ReportYear> {
    if facts.from_year == facts.to_year {
        facts.years.iter().rev().collect()
    } else {
        facts.reported().collect()
    }
}

pub(super) fn year_header(y: &ReportYear, lang: Lang) -> String {
    if y.reported {
        y.year.to_string()
    } else {
        i18n::REP_LAST_YEAR.fill(lang, &[("year", &y.year.to_string())])
    }
}

/// A table with a label column and one column per shown year (and a total for a period).
fn year_table(facts: &ReportFacts, lang: Lang) -> (Table, bool) {
    let total = facts.from_year != facts.to_year;
    let mut cols = vec![Column::left(i18n::REP_FIGURE.get(lang), 2.2)];
    for y in columns(facts) {
        cols.push(Column::right(year_header(y, lang), 1.6).numeric());
    }
    if total {
        cols.push(Column::right(i18n::REP_TOTAL.get(lang), 1.6).numeric());
    }
    let mut table = Table::new(cols);
    table.keep_whole = true;
    (table, total)
}

/// The flags of a year in words: the headline first (bold), the others beneath it.
pub(super) fn flag_paragraphs(
    y: &ReportYear,
    cx: &ReportContext<'_>,
    prefix: bool,
) -> Vec<Paragraph> {
    let lang = cx.lang;
    let f = &y.budget.figures;
    let with_year = |text: String| {
        if prefix {
            i18n::REP_YEAR_LINE.fill(lang, &[("year", &y.year.to_string()), ("text", &text)])
        } else {
            text
        }
    };
    let line = |flag: BudgetFlag| {
        let why = i18n::describe_budget_flag(flag, f, y.year, cx.today, lang, kr);
        i18n::REP_FLAG_LINE.fill(
            lang,
            &[("flag", i18n::budget_flag(flag).get(lang)), ("why", &why)],
        )
    };
    // The headline in words with its numbers, the others beneath it (as `korps budget` says
    // them).
    let (first, others) = headline(&y.budget.flags);
    let Some(first) = first else {
        return vec![Paragraph::bold(with_year(i18n::REP_NO_FLAGS.fill(
            lang,
            &[
                ("forecast", &kr(f.forecast)),
                ("percent", &percent(f.forecast, f.budget)),
                ("budget", &kr(f.budget)),
            ],
        )))];
    };
    let mut out = vec![Paragraph::bold(with_year(format!("! {}", line(first))))];
    out.extend(others.into_iter().map(|flag| {
        Paragraph::indented(format!(
            "{} {}",
            capitalise(i18n::BUD_ALSO.get(lang)),
            line(flag)
        ))
    }));
    out
}

fn percent(part: i64, whole: i64) -> String {
    if whole > 0 {
        (i128::from(part) * 100 / i128::from(whole)).to_string()
    } else {
        "–".to_string()
    }
}

fn budget_section(facts: &ReportFacts, cx: &ReportContext<'_>) -> Section {
    let lang = cx.lang;
    let single = facts.from_year == facts.to_year;
    let mut paragraphs = Vec::new();
    for y in facts.reported() {
        paragraphs.extend(flag_paragraphs(y, cx, !single));
    }
    let (mut table, total) = year_table(facts, lang);
    let shown = columns(facts);
    let mut rows: Vec<(i18n::Text, Figure, bool)> = vec![
        (i18n::BUD_BUDGET, |f| f.budget, false),
        (i18n::BUD_SPENT, |f| f.spent, false),
        (i18n::BUD_COMMITTED, |f| f.committed, true),
        (i18n::BUD_PLANNED, |f| f.planned, false),
        (i18n::BUD_FORECAST, |f| f.forecast, true),
        (i18n::BUD_REMAINING, |f| f.remaining, false),
    ];
    // The open needs, beside the forecast (never inside it), where any year has some.
    if shown.iter().any(|y| y.budget.figures.unstaffed != 0) {
        rows.push((i18n::BUD_UNSTAFFED, |f| f.unstaffed, false));
        rows.push((i18n::BUD_FULLY_STAFFED, |f| f.if_fully_staffed, true));
    }
    for (label, value, against_budget) in rows {
        let mut cells = vec![label.get(lang).to_string()];
        let mut sum = 0i64;
        let mut sum_budget = 0i64;
        for y in &shown {
            let f = &y.budget.figures;
            let v = value(f);
            sum = sum.saturating_add(v);
            sum_budget = sum_budget.saturating_add(f.budget);
            cells.push(marked(v, against_budget && v > f.budget, lang));
        }
        if total {
            cells.push(marked(sum, against_budget && sum > sum_budget, lang));
        }
        table.push_row(cells);
    }
    let mut status = vec![i18n::REP_STATUS.get(lang).to_string()];
    for y in &shown {
        status.push(headline(&y.budget.flags).0.map_or_else(
            || i18n::REP_STATUS_OK.get(lang).to_string(),
            |f| format!("! {}", i18n::budget_flag(f).get(lang)),
        ));
    }
    table.push_row(status);
    let heading = if single {
        i18n::REP_BUDGET_YEAR.fill(lang, &[("year", &facts.to_year.to_string())])
    } else {
        i18n::REP_BUDGET.get(lang).to_string()
    };
    Section {
        heading: Some(heading),
        paragraphs,
        table,
        ..Section::default()
    }
}

/// An amount, marked with `!` when it is over the budget.
fn marked(ore: i64, over: bool, lang: Lang) -> String {
    if over {
        i18n::REP_OVER_MARK.fill(lang, &[("amount", &kr(ore))])
    } else {
        kr(ore)
    }
}

/// The month of `today` in the year (13 for a past year, 0 for a future one): the cumulative
/// line is drawn through it.
fn months_known(year: i32, today: NaiveDate) -> usize {
    match today.year().cmp(&year) {
        std::cmp::Ordering::Less => 0,
        std::cmp::Ordering::Equal => today.month() as usize,
        std::cmp::Ordering::Greater => 12,
    }
}

fn chart_section(facts: &ReportFacts, lang: Lang, today: NaiveDate) -> Section {
    let mut periods = Vec::new();
    let mut spent = Vec::new();
    let mut pro_rata = Vec::new();
    let (mut held, mut coming) = (Vec::new(), Vec::new());
    let (mut before_spent, mut before_budget) = (0i64, 0i64);
    let many = facts.from_year != facts.to_year;
    for y in facts.reported() {
        let known = months_known(y.year, today);
        for (i, m) in y.budget.months.iter().enumerate() {
            let name: String = month_name(m.month, lang).chars().take(3).collect();
            periods.push(if many && m.month == 1 {
                format!("{name} {}", y.year % 100)
            } else {
                name
            });
            spent.push((i < known).then(|| before_spent.saturating_add(m.cumulative)));
            pro_rata.push(Some(before_budget.saturating_add(m.pro_rata)));
            held.push(y.events_by_month[i].held);
            coming.push(y.events_by_month[i].coming);
        }
        before_spent = before_spent.saturating_add(y.budget.months[11].cumulative);
        before_budget = before_budget.saturating_add(y.budget.months[11].pro_rata);
    }
    let top = spent
        .iter()
        .flatten()
        .chain(pro_rata.iter().flatten())
        .copied()
        .max()
        .unwrap_or(0);
    let line_ticks = nice_ticks(top / 100, 5)
        .into_iter()
        .map(|kroner| (kroner.saturating_mul(100), format_count(kroner)))
        .collect();
    let bar_top = held
        .iter()
        .zip(&coming)
        .map(|(h, c)| h.saturating_add(*c))
        .max()
        .unwrap_or(0);
    let bar_ticks = nice_ticks(bar_top, 2)
        .into_iter()
        .map(|n| (n, format_count(n)))
        .collect();
    let chart = Chart {
        caption: i18n::REP_CHART_CAPTION.get(lang).to_string(),
        periods,
        lines: vec![
            Line {
                label: i18n::REP_LINE_PRO_RATA.get(lang).to_string(),
                values: pro_rata,
                dashed: true,
            },
            Line {
                label: i18n::REP_LINE_SPENT.get(lang).to_string(),
                values: spent,
                dashed: false,
            },
        ],
        line_ticks,
        line_unit: i18n::REP_KR.get(lang).to_string(),
        bars: vec![
            Bars {
                label: i18n::REP_BARS_HELD.get(lang).to_string(),
                values: held,
                grey: 70,
            },
            Bars {
                label: i18n::REP_BARS_COMING.get(lang).to_string(),
                values: coming,
                grey: 185,
            },
        ],
        bar_ticks,
    };
    Section {
        heading: Some(i18n::REP_CHART.get(lang).to_string()),
        chart: Some(chart),
        ..Section::default()
    }
}

fn activity_table(facts: &ReportFacts, lang: Lang) -> Table {
    let (mut table, total) = year_table(facts, lang);
    let shown = columns(facts);
    // `sums`: whether the years add up (counts of distinct schools or persons do not).
    let mut row = |label: String, value: &dyn Fn(&ReportYear) -> i64, money: bool, sums: bool| {
        let fmt = |v: i64| if money { kr(v) } else { format_count(v) };
        let mut cells = vec![label];
        let mut sum = 0i64;
        for y in &shown {
            let v = value(y);
            sum = sum.saturating_add(v);
            cells.push(fmt(v));
        }
        if total {
            cells.push(if sums { fmt(sum) } else { String::new() });
        }
        table.push_row(cells);
    };
    row(
        i18n::BUD_REPORT_EVENTS.get(lang).to_string(),
        &ReportYear::events_held,
        false,
        true,
    );
    for kind in EventKind::ALL {
        let of_kind = move |y: &ReportYear| {
            y.held_by_kind
                .iter()
                .find(|(k, _)| *k == kind)
                .map_or(0, |(_, n)| *n)
        };
        if shown.iter().any(|y| of_kind(y) > 0) {
            let name = capitalise(i18n::event_kind(kind).get(lang));
            row(name, &of_kind, false, true);
        }
    }
    row(
        i18n::BUD_REPORT_PUPILS.get(lang).to_string(),
        &|y| y.pupils,
        false,
        true,
    );
    row(
        i18n::REP_SCHOOLS_VISITED.get(lang).to_string(),
        &|y| y.schools_visited,
        false,
        false,
    );
    row(
        i18n::BUD_REPORT_AMBASSADORS.get(lang).to_string(),
        &|y| y.ambassadors,
        false,
        false,
    );
    row(
        i18n::BUD_REPORT_ROLE_MODELS.get(lang).to_string(),
        &|y| y.role_models,
        false,
        false,
    );
    row(
        i18n::BUD_REPORT_HONORARIA_PAID.get(lang).to_string(),
        &|y| y.budget.inputs.paid_ore,
        true,
        true,
    );
    row(
        i18n::BUD_REPORT_EXPENSES.get(lang).to_string(),
        &|y| y.budget.inputs.expenses_ore,
        true,
        true,
    );
    table
}

/// The season's schools as counts, with the names inline when few; else the appendix.
fn school_sections(facts: &ReportFacts, lang: Lang) -> (Section, Option<Section>) {
    let season = facts.season.label();
    let missing = facts.not_visited_total;
    let total = facts.schools;
    let visited = total.saturating_sub(i64::try_from(missing).unwrap_or(i64::MAX));
    let mut paragraphs = vec![Paragraph::plain(if missing == 0 {
        i18n::REP_SCHOOLS_ALL.fill(
            lang,
            &[("total", &format_count(total)), ("season", &season)],
        )
    } else {
        i18n::REP_SCHOOLS_LINE.fill(
            lang,
            &[
                ("visited", &format_count(visited)),
                ("total", &format_count(total)),
                ("season", &season),
                (
                    "missing",
                    &format_count(i64::try_from(missing).unwrap_or(0)),
                ),
            ],
        )
    })];
    let heading = Some(i18n::REP_SCHOOLS.fill(lang, &[("season", &season)]));
    if missing > INLINE_SCHOOLS {
        paragraphs.push(Paragraph::plain(i18n::REP_SCHOOLS_SEE_APPENDIX.get(lang)));
        let columns = 3;
        let mut table = Table::new(
            (0..columns)
                .map(|_| Column::left(i18n::REP_SCHOOL.get(lang), 1.0))
                .collect(),
        );
        // Names run down the first column, then the second, as in a printed index.
        let rows = facts.not_visited.len().div_ceil(columns);
        for r in 0..rows {
            table.push_row((0..columns).map(|c| {
                facts
                    .not_visited
                    .get(c * rows + r)
                    .cloned()
                    .unwrap_or_default()
            }));
        }
        let appendix = Section {
            heading: Some(i18n::REP_APPENDIX.fill(lang, &[("season", &season)])),
            table,
            new_page: true,
            ..Section::default()
        };
        let section = Section {
            heading,
            paragraphs,
            ..Section::default()
        };
        return (section, Some(appendix));
    }
    let mut table = Table::new(vec![Column::left(
        i18n::REP_SCHOOLS_NOT_VISITED.get(lang),
        1.0,
    )]);
    for name in &facts.not_visited {
        table.push_row([name.clone()]);
    }
    if missing == 0 {
        table.columns.clear();
    }
    let section = Section {
        heading,
        paragraphs,
        table,
        ..Section::default()
    };
    (section, None)
}

fn month_table(facts: &ReportFacts, lang: Lang) -> Table {
    let many = facts.from_year != facts.to_year;
    let mut table = Table::new(vec![
        Column::left(i18n::BUD_MONTH.get(lang), 1.4),
        Column::right(i18n::BUD_MONTH_SPENT.get(lang), 1.6).numeric(),
        Column::right(i18n::BUD_CUMULATIVE.get(lang), 1.6).numeric(),
        Column::right(i18n::BUD_PRO_RATA.get(lang), 1.6).numeric(),
        Column::right(i18n::REP_HELD.get(lang), 1.0).numeric(),
        Column::right(i18n::REP_COMING.get(lang), 1.0).numeric(),
    ]);
    for y in facts.reported() {
        for (m, events) in y.budget.months.iter().zip(&y.events_by_month) {
            let name = capitalise(month_name(m.month, lang));
            table.push_row([
                if many {
                    format!("{name} {}", y.year)
                } else {
                    name
                },
                kr(m.spent),
                kr(m.cumulative),
                kr(m.pro_rata),
                format_count(events.held),
                format_count(events.coming),
            ]);
        }
    }
    table
}
