//! The windowed table: draws the header and only the visible rows of a [`WindowedList`], with the
//! selected row reversed and marked `▶` (so it shows without colour too), and a scroll position.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::text::fit;
use super::theme::Theme;
use crate::app::list::WindowedList;

/// How wide a column is.
#[derive(Debug, Clone, Copy)]
pub enum Width {
    /// Exactly this many columns.
    Fixed(u16),
    /// A share of what the fixed columns leave.
    Fill(u16),
}

/// A column: its title and width.
#[derive(Debug, Clone, Copy)]
pub struct Column<'a> {
    pub title: &'a str,
    pub width: Width,
}

/// One cell: its text and style.
pub type Cell = (String, Style);

/// The widths of `columns` in `total` columns (one space between columns, two for the marker).
pub fn widths(columns: &[Column<'_>], total: u16) -> Vec<u16> {
    let gaps = columns.len().saturating_sub(1) as u16 + 2;
    let fixed: u16 = columns
        .iter()
        .map(|c| if let Width::Fixed(w) = c.width { w } else { 0 })
        .sum();
    let shares: u16 = columns
        .iter()
        .map(|c| if let Width::Fill(s) = c.width { s } else { 0 })
        .sum();
    let free = total.saturating_sub(fixed + gaps);
    let mut left = free;
    let mut out: Vec<u16> = columns
        .iter()
        .map(|c| match c.width {
            Width::Fixed(w) => w,
            Width::Fill(s) => {
                let w = free * s / shares.max(1);
                left -= w;
                w
            }
        })
        .collect();
    if let Some(i) = columns
        .iter()
        .rposition(|c| matches!(c.width, Width::Fill(_)))
    {
        out[i] += left;
    }
    out
}

fn row_line(cells: Vec<Cell>, widths: &[u16], marker: &str, style: Style) -> Line<'static> {
    let mut spans = vec![Span::styled(marker.to_string(), style)];
    for (i, ((text, cell_style), w)) in cells.into_iter().zip(widths).enumerate() {
        let w = usize::from(*w);
        let text = fit(&text, w);
        let pad = w.saturating_sub(text.width());
        let sep = if i + 1 < widths.len() { " " } else { "" };
        spans.push(Span::styled(
            format!("{text}{}{sep}", " ".repeat(pad)),
            style.patch(cell_style),
        ));
    }
    Line::from(spans)
}

/// Draws `list` in `area`: a header, then the visible rows built by `cells`.
pub fn draw<R>(
    frame: &mut Frame<'_>,
    area: Rect,
    columns: &[Column<'_>],
    list: &WindowedList<R>,
    cells: impl Fn(&R) -> Vec<Cell>,
    empty: &str,
    theme: Theme,
) {
    if area.height == 0 {
        return;
    }
    let widths = widths(columns, area.width);
    let header: Vec<Cell> = columns
        .iter()
        .map(|c| (c.title.to_string(), theme.header()))
        .collect();
    let mut lines = vec![row_line(header, &widths, "  ", theme.header())];
    let height = usize::from(area.height - 1);
    if list.total == 0 && !list.loading {
        lines.push(Line::styled(format!("  {empty}"), theme.muted()));
    }
    for index in list.visible(height) {
        let Some(row) = list.row(index) else {
            lines.push(Line::styled("  …", theme.muted()));
            continue;
        };
        let selected = index == list.selected;
        let (marker, style) = if selected {
            ("▶ ", theme.selected())
        } else {
            ("  ", theme.normal())
        };
        lines.push(row_line(cells(row), &widths, marker, style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_columns_share_what_fixed_columns_leave() {
        let cols = [
            Column {
                title: "a",
                width: Width::Fill(2),
            },
            Column {
                title: "b",
                width: Width::Fixed(10),
            },
            Column {
                title: "c",
                width: Width::Fill(1),
            },
        ];
        let w = widths(&cols, 80);
        assert_eq!(w.iter().sum::<u16>() + 2 + 2, 80);
        assert_eq!(w[1], 10);
        assert!(w[0] > w[2]);
    }
}
