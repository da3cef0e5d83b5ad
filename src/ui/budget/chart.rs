//! The chart of cumulative spending against the pro-rata line (thousand kr. per month), and the
//! month table that replaces it where only one fits. The legend is the title line (`Forbrug ⣿ mod
//! pro rata •`), outside the plot, so it never covers data.

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
use unicode_width::UnicodeWidthStr;

fn thousands(ore: i64) -> f64 {
    // Display only: whole kroner / 1000 as a float for the chart's scale.
    // Whole kroner fit an f64 exactly up to 2^53; a budget is far below that.
    #[allow(clippy::cast_precision_loss)]
    let kroner = (ore / 100) as f64;
    kroner / 1000.0
}

/// The chart's title, which is its legend: each dataset's marker in the dataset's style.
fn legend(lang: Lang, theme: Theme) -> Line<'static> {
    let spans: Vec<Span<'static>> = i18n::BUD_CHART
        .get(lang)
        .chars()
        .map(|c| match c {
            '⣿' => Span::styled(c.to_string(), theme.header()),
            '•' => Span::styled(c.to_string(), theme.muted()),
            c => Span::raw(c.to_string()),
        })
        .collect();
    Line::from(spans)
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
    // The legend is the title line above the plot, never a box over the data.
    let chart = Chart::new(datasets)
        .legend_position(None)
        .block(
            Block::default()
                .borders(Borders::TOP)
                .title(legend(lang, theme))
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
    // Amount headings right-aligned over their amounts.
    let right = |t: i18n::Text, tail: &str| {
        Cell::from(Line::from(format!("{}{tail}", t.get(lang))).right_aligned())
    };
    let header = Row::new([
        Cell::from(i18n::BUD_MONTH.get(lang)),
        right(i18n::BUD_MONTH_SPENT, ""),
        right(i18n::BUD_CUMULATIVE, ""),
        right(i18n::BUD_PRO_RATA, ""),
    ])
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
    // Each amount column as wide as its heading or its widest amount (the cumulative one a
    // column more for `▲`), so headings sit over their numbers at any width.
    let amount_w = |t: i18n::Text, ore: fn(&MonthPoint) -> i64, extra: usize| {
        let widest = months
            .iter()
            .map(|m| Money(ore(m)).format_plain().width() + extra)
            .max()
            .unwrap_or(0);
        u16::try_from(widest.max(t.get(lang).width())).unwrap_or(u16::MAX)
    };
    let widths = [
        5,
        amount_w(i18n::BUD_MONTH_SPENT, |m| m.spent, 0),
        amount_w(i18n::BUD_CUMULATIVE, |m| m.cumulative, 1),
        amount_w(i18n::BUD_PRO_RATA, |m| m.pro_rata, 0),
    ];
    // Two columns of air between columns where they fit, else one.
    let spacing = if widths.iter().sum::<u16>() + 6 <= area.width {
        2
    } else {
        1
    };
    let table = Table::new(rows, widths.map(Constraint::Length))
        .column_spacing(spacing)
        .header(header);
    frame.render_widget(table, area);
}
