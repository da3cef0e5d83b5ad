//! The committee status report as a [`Document`]: key figures, events held by kind, primary
//! schools visited and not visited, and a table per year of the span (budget, spent, forecast,
//! remaining, flags). Rendered by the PDF and HTML writers, or [`super::markdown`].

use super::{Column, Document, Table};
use crate::domain::money::Money;
use crate::i18n::{self, Lang};
use crate::storage::report::ReportFacts;

fn kr(ore: i64) -> String {
    Money(ore).to_string()
}

/// The report of `facts`; `what` names the span in the title (`2026`, or the period).
pub fn document(
    facts: &ReportFacts,
    corps: &str,
    what: &str,
    printed: &str,
    lang: Lang,
) -> Document {
    let mut doc = Document::new(i18n::BUD_REPORT_TITLE.fill(lang, &[("what", what)]), lang)
        .with_subtitle(corps.to_string())
        .with_subtitle(printed.to_string());
    let spent: i64 = facts.years.iter().map(|y| y.figures.spent).sum();
    let budget: i64 = facts.years.iter().map(|y| y.figures.budget).sum();
    let forecast: i64 = facts.years.iter().map(|y| y.figures.forecast).sum();
    let mut key = Table::new(vec![
        Column::left(i18n::BUD_REPORT_FIGURE.get(lang), 3.0),
        Column::right(i18n::BUD_REPORT_VALUE.get(lang), 2.0).numeric(),
    ]);
    let events: i64 = facts.events_by_kind.iter().map(|(_, n)| n).sum();
    for (label, value) in [
        (i18n::BUD_REPORT_AMBASSADORS, facts.ambassadors.to_string()),
        (i18n::BUD_REPORT_ROLE_MODELS, facts.role_models.to_string()),
        (i18n::BUD_REPORT_EVENTS, events.to_string()),
        (i18n::BUD_REPORT_PUPILS, facts.pupils.to_string()),
        (i18n::BUD_REPORT_HONORARIA_PAID, kr(facts.honoraria_paid)),
        (i18n::BUD_REPORT_EXPENSES, kr(facts.expenses)),
        (
            i18n::BUD_REPORT_SPENT_OF,
            format!("{} / {}", kr(spent), kr(budget)),
        ),
        (i18n::BUD_FORECAST, kr(forecast)),
    ] {
        key.push_row([label.get(lang).to_string(), value]);
    }
    doc.push_section(Some(i18n::BUD_REPORT_KEY.get(lang).to_string()), key);

    let mut by_kind = Table::new(vec![
        Column::left(i18n::BUD_KIND.get(lang), 3.0),
        Column::right(i18n::BUD_REPORT_COUNT.get(lang), 1.0).numeric(),
    ]);
    for (kind, n) in &facts.events_by_kind {
        by_kind.push_row([i18n::event_kind(*kind).get(lang).to_string(), n.to_string()]);
    }
    doc.push_section(Some(i18n::BUD_REPORT_EVENTS.get(lang).to_string()), by_kind);

    let mut schools = Table::new(vec![
        Column::left(i18n::BUD_REPORT_VISITED.get(lang), 1.0),
        Column::left(i18n::BUD_REPORT_NOT_VISITED.get(lang), 1.0),
    ]);
    let rows = facts.visited.len().max(facts.not_visited.len());
    for i in 0..rows {
        schools.push_row([
            facts.visited.get(i).cloned().unwrap_or_default(),
            facts.not_visited.get(i).cloned().unwrap_or_default(),
        ]);
    }
    schools.totals = Some(vec![
        facts.visited.len().to_string(),
        facts.not_visited.len().to_string(),
    ]);
    doc.push_section(
        Some(i18n::BUD_REPORT_SCHOOLS.get(lang).to_string()),
        schools,
    );

    let mut years = Table::new(vec![
        Column::left(i18n::BUD_REPORT_YEAR.get(lang), 0.7),
        Column::right(i18n::BUD_BUDGET.get(lang), 1.5).numeric(),
        Column::right(i18n::BUD_SPENT.get(lang), 1.5).numeric(),
        Column::right(i18n::BUD_FORECAST.get(lang), 1.5).numeric(),
        Column::right(i18n::BUD_REMAINING.get(lang), 1.5).numeric(),
        Column::left(i18n::BUD_FLAGS.get(lang), 2.0),
    ]);
    for y in &facts.years {
        let flags = if y.flags.is_empty() {
            i18n::BUD_REPORT_NONE.get(lang).to_string()
        } else {
            y.flags
                .iter()
                .map(|f| format!("! {}", i18n::budget_flag(*f).get(lang)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        years.push_row([
            y.year.to_string(),
            kr(y.figures.budget),
            kr(y.figures.spent),
            kr(y.figures.forecast),
            kr(y.figures.remaining),
            flags,
        ]);
    }
    doc.push_section(Some(i18n::BUD_REPORT_YEARS.get(lang).to_string()), years);
    doc
}
