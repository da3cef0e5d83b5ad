//! The budget part of the Oversigt dashboard: a text gauge of this year's forecast against the
//! budget, what the open needs would add, and the raised flags with the numbers that cause
//! them (symbol, word and colour): the most severe as the headline, the others beneath it.

use chrono::Datelike;
use ratatui::style::Style;

use super::flags;
use crate::app::State;
use crate::app::budget::effect::kr;
use crate::i18n;
use crate::ui::theme::Theme;

/// Lines to draw under the "Budget" heading, each with its style.
pub fn lines(state: &State, theme: Theme, width: usize) -> Vec<(String, Style)> {
    let lang = state.ctx.lang;
    let Some(s) = state.budget.summary else {
        if let Some(error) = &state.budget.summary_error {
            let year = state.ctx.today.year().to_string();
            let text = i18n::BUD_READ_FAILED.fill(lang, &[("year", &year), ("error", error)]);
            return vec![(
                format!("  {}", crate::ui::text::clean(&text)),
                theme.error(),
            )];
        }
        return vec![(format!("  {}", i18n::LOADING.get(lang)), theme.muted())];
    };
    let f = &s.figures;
    let percent = s.percent();
    let text = i18n::BUD_GAUGE.fill(
        lang,
        &[
            ("year", &s.year.to_string()),
            ("forecast", &kr(f.forecast)),
            ("budget", &kr(f.budget)),
            ("percent", &percent.to_string()),
        ],
    );
    let bar_width = width.saturating_sub(4).min(50);
    let filled = usize::try_from(percent.clamp(0, 100)).unwrap_or(0) * bar_width / 100;
    let marker = usize::try_from(f.threshold_percent).unwrap_or(80) * bar_width / 100;
    let bar: String = (0..bar_width)
        .map(|i| {
            if i == marker && i >= filled {
                '┆'
            } else if i < filled {
                '█'
            } else {
                '░'
            }
        })
        .collect();
    let bar_style = s
        .flag
        .map_or(theme.good(), |flag| flags::style(flag, theme));
    let mut out = vec![
        (format!("  {text}"), theme.normal()),
        (format!("  {bar}"), bar_style),
    ];
    if f.unstaffed > 0 {
        out.push((
            format!(
                "  {}",
                i18n::BUD_GAUGE_STAFFED.fill(
                    lang,
                    &[
                        ("unstaffed", &kr(f.unstaffed)),
                        ("full", &kr(f.if_fully_staffed)),
                        (
                            "percent",
                            &crate::app::budget::percent(f.if_fully_staffed, f.budget).to_string()
                        ),
                    ],
                )
            ),
            theme.muted(),
        ));
    }
    // The headline (the most severe flag) first, the others beneath it.
    for (i, flag) in s.flags.iter().flatten().enumerate() {
        let why = i18n::describe_budget_flag(*flag, f, s.year, state.ctx.today, lang, kr);
        let word = format!(
            "{} {}",
            flags::symbol(*flag),
            i18n::budget_flag(*flag).get(lang)
        );
        let (text, style) = if i == 0 {
            (
                format!("  {word}: {why}"),
                flags::style(*flag, theme).add_modifier(ratatui::style::Modifier::BOLD),
            )
        } else {
            (
                format!("    {} {word}: {why}", i18n::BUD_ALSO.get(lang)),
                flags::style(*flag, theme),
            )
        };
        out.push((text, style));
    }
    out
}
