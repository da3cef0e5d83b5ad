//! The Budget screen: the year's figures and flags (left), the chart or month table and the
//! expenses (right; from 120 columns the month table gets its own column), by event kind below
//! the figures. Reads `State::budget` only.

mod chart;
pub mod flags;
mod kinds;
pub mod overview;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::State;
use crate::app::budget::BudgetForm;
use crate::app::budget::effect::kr;
use crate::domain::date::format_date_short;
use crate::i18n::{self, Lang};
use crate::ui::text::{clean, fit, wrap, wrap_hanging};
use crate::ui::theme::Theme;

/// The title of a Budget form.
pub fn form_title(kind: &BudgetForm, lang: Lang) -> String {
    match kind {
        BudgetForm::Expense(None) => i18n::BUD_EXPENSE_NEW.get(lang).to_string(),
        BudgetForm::Expense(Some(_)) => i18n::BUD_EXPENSE_EDIT.get(lang).to_string(),
        BudgetForm::Year(s) => i18n::BUD_YEAR_EDIT.fill(lang, &[("year", &s.year.to_string())]),
    }
}

fn money_line(label: &str, ore: i64, width: usize, theme: Theme, strong: bool) -> Line<'static> {
    let value = kr(ore);
    let pad = width.saturating_sub(label.chars().count() + value.chars().count());
    let style = if strong {
        theme.header()
    } else {
        theme.normal()
    };
    Line::from(vec![
        Span::raw(label.to_string()),
        Span::raw(" ".repeat(pad)),
        Span::styled(value, style),
    ])
}

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let Some(report) = state.budget.report.as_deref() else {
        match &state.budget.error {
            Some(error) => failed(frame, area, state, error, theme),
            None => frame.render_widget(Paragraph::new(i18n::LOADING.get(lang)), area),
        }
        return;
    };
    // Tall enough for chart, month table and expenses at once; else `m` swaps chart and table.
    let tall = area.height >= 34;
    // The left column as wide as its figures and the by-kind table (and a column of air), at
    // most 55 % of the screen.
    let least = if area.width >= 120 { 42 } else { 38 };
    let table = u16::try_from(kinds::width(&report.by_kind, lang) + 1).unwrap_or(u16::MAX);
    let left_w = table.max(least).min(area.width * 11 / 20);
    let cols = Layout::horizontal([Constraint::Length(left_w), Constraint::Fill(1)]).split(area);
    let left = Rect {
        width: cols[0].width.saturating_sub(1),
        ..cols[0]
    };
    let w = usize::from(left.width);
    let f = &report.figures;
    let mut lines = vec![Line::styled(
        fit(
            &format!(
                "◀ {} ▶",
                i18n::BUD_YEAR.fill(lang, &[("year", &report.year.to_string())])
            ),
            w,
        ),
        theme.header(),
    )];
    for (label, ore, strong) in [
        (i18n::BUD_BUDGET, f.budget, false),
        (i18n::BUD_SPENT, f.spent, false),
        (i18n::BUD_COMMITTED, f.committed, false),
        (i18n::BUD_PLANNED, f.planned, false),
        (i18n::BUD_FORECAST, f.forecast, true),
        (i18n::BUD_REMAINING, f.remaining, true),
        (i18n::BUD_UNSTAFFED, f.unstaffed, false),
        (i18n::BUD_FULLY_STAFFED, f.if_fully_staffed, false),
    ] {
        lines.push(money_line(label.get(lang), ore, w, theme, strong));
        if label == i18n::BUD_COMMITTED {
            // What Disponeret holds, right under it: spent is part of it.
            for part in wrap_hanging(&format!("  {}", i18n::BUD_COMMITTED_NOTE.get(lang)), w) {
                lines.push(Line::styled(part, theme.muted()));
            }
        }
    }
    lines.push(Line::from(fit(
        &i18n::BUD_PERCENT_LINE.fill(
            lang,
            &[
                ("threshold", &f.threshold_percent.to_string()),
                (
                    "percent",
                    &crate::app::budget::percent(f.forecast, f.budget).to_string(),
                ),
            ],
        ),
        w,
    )));
    lines.push(Line::styled(
        fit(
            &i18n::BUD_PERIOD.fill(
                lang,
                &[
                    ("from", &report.period.start_year.to_string()),
                    ("to", &report.period.end_year.to_string()),
                    ("total", &kr(report.period_total_ore)),
                ],
            ),
            w,
        ),
        theme.muted(),
    ));
    lines.extend(flags::headline_lines(&report.flags, lang, theme, w));
    lines.extend(kinds::lines(&report.by_kind, lang, theme, w));
    frame.render_widget(Paragraph::new(lines), left);

    let right = cols[1];
    let chart_h = (right.height / 2).max(8).min(right.height);
    let chart_area = Rect {
        height: chart_h,
        ..right
    };
    let expenses_area = Rect {
        y: right.y + chart_h,
        height: right.height - chart_h,
        ..right
    };
    if tall {
        let parts = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(13),
            Constraint::Fill(1),
        ])
        .split(right);
        chart::chart(frame, parts[0], &report.months, lang, theme);
        chart::table(frame, parts[1], &report.months, lang, theme);
        expenses(frame, parts[2], state, theme);
    } else if state.budget.show_table {
        chart::table(
            frame,
            Rect {
                height: right.height.min(13),
                ..right
            },
            &report.months,
            lang,
            theme,
        );
        let rest = Rect {
            y: right.y + right.height.min(13),
            height: right.height.saturating_sub(13),
            ..right
        };
        expenses(frame, rest, state, theme);
    } else {
        chart::chart(frame, chart_area, &report.months, lang, theme);
        expenses(frame, expenses_area, state, theme);
    }
}

/// The year whose figures could not be read: why, in words, and its expenses beneath (to
/// change or delete the wrong one).
fn failed(frame: &mut Frame<'_>, area: Rect, state: &State, error: &str, theme: Theme) {
    let lang = state.ctx.lang;
    let year = state.budget.year_or(state.ctx.today).to_string();
    let w = usize::from(area.width);
    let why = clean(&i18n::BUD_READ_FAILED.fill(lang, &[("year", &year), ("error", error)]));
    let mut text: Vec<Line> = wrap(&why, w)
        .into_iter()
        .map(|l| Line::styled(l, theme.error()))
        .collect();
    text.extend(
        wrap(i18n::BUD_READ_FAILED_HINT.get(lang), w)
            .into_iter()
            .map(|l| Line::styled(l, theme.muted())),
    );
    let height = u16::try_from(text.len())
        .unwrap_or(u16::MAX)
        .min(area.height / 2);
    frame.render_widget(Paragraph::new(text), Rect { height, ..area });
    let rest = Rect {
        y: area.y + height,
        height: area.height - height,
        ..area
    };
    expenses(frame, rest, state, theme);
}

fn expenses(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    if area.height < 2 {
        return;
    }
    let total: i64 = state
        .budget
        .expenses
        .iter()
        .map(|e| e.data.amount_ore)
        .fold(0, i64::saturating_add);
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.border())
        .title(format!(
            "{} ({}, {})",
            i18n::BUD_EXPENSES.get(lang),
            state.budget.expenses.len(),
            kr(total)
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = usize::from(inner.width);
    if state.budget.expenses.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(
                fit(i18n::BUD_NO_EXPENSES.get(lang), w),
                theme.muted(),
            )),
            inner,
        );
        return;
    }
    let rows = usize::from(inner.height);
    let first = state.budget.selected.saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = state
        .budget
        .expenses
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, e)| {
            let amount = crate::domain::money::Money(e.data.amount_ore).format_plain();
            let what = clean(&format!("{} · {}", e.data.category, e.data.text));
            let head = format!("{} {:>10} ", format_date_short(e.data.spent_on), amount);
            let text = fit(&format!("{head}{what}"), w);
            if i == state.budget.selected {
                Line::styled(
                    format!("▶{}", fit(&text, w.saturating_sub(1))),
                    theme.selected(),
                )
            } else {
                Line::from(format!(" {}", fit(&text, w.saturating_sub(1))))
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
