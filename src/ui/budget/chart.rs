//! The chart of cumulative spending against the pro-rata line (thousand kr. per month), and the
//! month table that replaces it where only one fits.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Cell, Chart, Dataset, GraphType, Row, Table};

use crate::domain::budget::MonthPoint;
use crate::domain::money::Money;
use crate::i18n::month_name;
use crate::i18n::{self, Lang};
use crate::ui::theme::Theme;

fn thousands(ore: i64) -> f64 {
    // Display only: whole kroner / 1000 as a float for the chart's scale.
    // Whole kroner fit an f64 exactly up to 2^53; a budget is far below that.
    #[allow(clippy::cast_precision_loss)]
    let kroner = (ore / 100) as f64;
    kroner / 1000.0
}

pub fn chart(
    frame: &mut Frame<'_>,
    area: Rect,
    months: &[MonthPoint; 12],
    lang: Lang,
    theme: Theme,
) {
    let spent: Vec<(f64, f64)> = months
        .iter()
        .map(|m| (f64::from(m.month), thousands(m.cumulative)))
        .collect();
    let line: Vec<(f64, f64)> = std::iter::once((0.0, 0.0))
        .chain(
            months
                .iter()
                .map(|m| (f64::from(m.month), thousands(m.pro_rata))),
        )
        .collect();
    let top = months
        .iter()
        .map(|m| m.cumulative.max(m.pro_rata))
        .max()
        .unwrap_or(0)
        .max(100);
    let top_k = thousands(top).ceil().max(1.0);
    let datasets = vec![
        Dataset::default()
            .name(i18n::BUD_PRO_RATA.get(lang))
            .marker(Marker::Dot)
            .graph_type(GraphType::Line)
            .style(theme.muted())
            .data(&line),
        Dataset::default()
            .name(i18n::BUD_CUMULATIVE.get(lang))
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.header())
            .data(&spent),
    ];
    let chart = Chart::new(datasets)
        .block(
            Block::default()
                .borders(Borders::TOP)
                .title(i18n::BUD_CHART.get(lang))
                .border_style(theme.border()),
        )
        .x_axis(
            Axis::default()
                .bounds([0.0, 12.0])
                .labels(["1", "6", "12"].map(Span::raw)),
        )
        .y_axis(
            Axis::default()
                .bounds([0.0, top_k])
                .labels([Span::raw("0"), Span::raw(format!("{top_k:.0}"))]),
        );
    frame.render_widget(chart, area);
}

pub fn table(
    frame: &mut Frame<'_>,
    area: Rect,
    months: &[MonthPoint; 12],
    lang: Lang,
    theme: Theme,
) {
    let header = Row::new(
        [
            i18n::BUD_MONTH,
            i18n::BUD_MONTH_SPENT,
            i18n::BUD_CUMULATIVE,
            i18n::BUD_PRO_RATA,
        ]
        .map(|t| Cell::from(t.get(lang))),
    )
    .style(theme.header());
    let rows = months.iter().map(|m| {
        let ahead = m.cumulative > m.pro_rata;
        let mark = if ahead { "▲" } else { " " };
        Row::new([
            Cell::from(
                month_name(m.month, lang)
                    .chars()
                    .take(3)
                    .collect::<String>(),
            ),
            Cell::from(Line::from(Money(m.spent).format_plain()).right_aligned()),
            Cell::from(
                Line::from(format!("{}{mark}", Money(m.cumulative).format_plain())).right_aligned(),
            )
            .style(if ahead { theme.warning() } else { Style::new() }),
            Cell::from(Line::from(Money(m.pro_rata).format_plain()).right_aligned()),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(5),
            Constraint::Fill(1),
            Constraint::Fill(1),
            Constraint::Fill(1),
        ],
    )
    .header(header);
    frame.render_widget(table, area);
}
