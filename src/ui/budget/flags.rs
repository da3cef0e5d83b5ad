//! A budget flag as drawn everywhere (Budget screen, status bar, Oversigt): a symbol and the
//! word, in red (over budget, forecast over budget) or amber (warning, staffing, fast pace), so colour
//! never carries the meaning alone.

use ratatui::style::Style;
use ratatui::text::Span;

use ratatui::text::Line;

use crate::domain::budget::{BudgetFlag, headline};
use crate::i18n::{self, Lang};
use crate::ui::theme::Theme;

/// The symbol of a flag.
pub fn symbol(flag: BudgetFlag) -> &'static str {
    match flag {
        BudgetFlag::OverBudget | BudgetFlag::ForecastOverBudget => "✗",
        BudgetFlag::Warning | BudgetFlag::StaffingWouldExceed => "⚠",
        BudgetFlag::FastPace => "»",
    }
}

/// The style of a flag: red for the overruns, amber for the warnings.
pub fn style(flag: BudgetFlag, theme: Theme) -> Style {
    match flag {
        BudgetFlag::OverBudget | BudgetFlag::ForecastOverBudget => theme.error(),
        BudgetFlag::Warning | BudgetFlag::StaffingWouldExceed | BudgetFlag::FastPace => {
            theme.warning()
        }
    }
}

/// `⚠ Tæt på budgettet`, styled.
pub fn span(flag: BudgetFlag, lang: Lang, theme: Theme) -> Span<'static> {
    Span::styled(
        format!("{} {}", symbol(flag), i18n::budget_flag(flag).get(lang)),
        style(flag, theme),
    )
}

/// The flags as drawn on the Budget screen, `width` wide: the headline (the most severe) on its
/// own line, the others beneath it as `  også ⚠ Tæt på budgettet`; `✓ Ingen flag` when none.
pub fn headline_lines(
    flags: &[BudgetFlag],
    lang: Lang,
    theme: Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let (first, others) = headline(flags);
    let Some(first) = first else {
        return vec![Line::styled(i18n::BUD_NO_FLAGS.get(lang), theme.good())];
    };
    let word = |f: BudgetFlag| format!("{} {}", symbol(f), i18n::budget_flag(f).get(lang));
    let mut out = vec![Line::styled(
        crate::ui::text::fit(&word(first), width),
        style(first, theme).add_modifier(ratatui::style::Modifier::BOLD),
    )];
    for f in others {
        let text = format!("  {} {}", i18n::BUD_ALSO.get(lang), word(f));
        out.push(Line::styled(
            crate::ui::text::fit(&text, width),
            style(f, theme),
        ));
    }
    out
}

/// The status bar's budget item: the current year's most severe flag (symbol, word, colour),
/// or `✓` and the forecast's share of the budget; `None` until the summary is loaded.
/// The status bar's budget figure in one symbol (`⚠`, `✓` …), for when a message needs the room.
pub fn status_symbol(state: &crate::app::State, theme: Theme) -> Option<Span<'static>> {
    if state.budget.summary.is_none() && state.budget.summary_error.is_some() {
        return Some(Span::styled("✗", theme.error()));
    }
    let s = state.budget.summary?;
    Some(match s.flag {
        Some(flag) => Span::styled(symbol(flag), style(flag, theme)),
        None => Span::styled("✓", theme.muted()),
    })
}

pub fn status_span(state: &crate::app::State, theme: Theme) -> Option<Span<'static>> {
    let lang = state.ctx.lang;
    if state.budget.summary.is_none() && state.budget.summary_error.is_some() {
        return Some(Span::styled(
            i18n::BUD_STATUS_FAILED.get(lang).to_string(),
            theme.error(),
        ));
    }
    let s = state.budget.summary?;
    let year = s.year.to_string();
    Some(match s.flag {
        Some(flag) => Span::styled(
            i18n::BUD_STATUS_FLAG.fill(
                lang,
                &[
                    ("year", &year),
                    ("symbol", symbol(flag)),
                    ("flag", i18n::budget_flag(flag).get(lang)),
                ],
            ),
            style(flag, theme),
        ),
        None => Span::styled(
            i18n::BUD_STATUS_OK.fill(
                lang,
                &[("year", &year), ("percent", &s.percent().to_string())],
            ),
            theme.muted(),
        ),
    })
}
