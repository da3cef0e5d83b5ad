//! The parts every list screen shares: the search-and-filter line with the row count, and the
//! bordered detail pane.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use tui_input::Input;
use unicode_width::UnicodeWidthStr;

use super::text::{fit, wrap};
use super::theme::Theme;
use crate::app::list::WindowedList;
use crate::i18n::{self, Lang};

/// Draws `Søg: …   Filter: …   12 af 60`; puts the cursor in the search field while searching.
#[allow(clippy::too_many_arguments)]
pub fn filter_line<R>(
    frame: &mut Frame<'_>,
    area: Rect,
    search: &Input,
    searching: bool,
    filters: &[&str],
    list: &WindowedList<R>,
    lang: Lang,
    theme: Theme,
) {
    let width = usize::from(area.width);
    let count = if list.loading && list.total == 0 {
        i18n::LOADING.get(lang).to_string()
    } else if list.total == 0 {
        i18n::ROWS.fill(lang, &[("n", "0")])
    } else {
        let row = (list.selected + 1).to_string();
        i18n::ROW_OF.fill(lang, &[("row", &row), ("n", &list.total.to_string())])
    };
    let label = format!("{}: ", i18n::SEARCH.get(lang));
    let search_w = (width / 6).max(12);
    let text = fit(search.value(), search_w.saturating_sub(1));
    let filter = format!("  {}: {}", i18n::FILTER.get(lang), filters.join(" · "));
    let left = label.width() + search_w + 1;
    let filter = fit(&filter, width.saturating_sub(left + count.width() + 2));
    let pad = width.saturating_sub(left + filter.width() + count.width());
    let search_style = if searching {
        theme.focus()
    } else {
        theme.normal()
    };
    let line = Line::from(vec![
        Span::styled(label.clone(), theme.header()),
        Span::styled(
            format!(
                "{text}{}",
                " ".repeat(search_w - text.width().min(search_w))
            ),
            search_style,
        ),
        Span::raw(" "),
        Span::styled(filter, theme.normal()),
        Span::raw(" ".repeat(pad)),
        Span::styled(count, theme.muted()),
    ]);
    frame.render_widget(Paragraph::new(line), area);
    if searching {
        let cursor = search.visual_cursor().min(search_w - 1);
        frame.set_cursor_position(Position::new(
            area.x + (label.width() + cursor) as u16,
            area.y,
        ));
    }
}

/// Draws a pane titled `title` holding `lines` wrapped, with a whole border (the one detail pane
/// of every screen: Korps, Steder, Besøg, Honorarer, Udpegninger). When the lines do not all fit,
/// the bottom border says how many are below ("↓ 3 linjer mere").
pub fn detail(
    frame: &mut Frame<'_>,
    area: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    lang: Lang,
    theme: Theme,
) {
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border());
    if !title.is_empty() {
        block = block.title(Span::styled(
            format!(
                " {} ",
                fit(title, usize::from(area.width).saturating_sub(4))
            ),
            theme.header(),
        ));
    }
    let inner = block.inner(area);
    let below =
        wrapped_rows(&lines, usize::from(inner.width)).saturating_sub(usize::from(inner.height));
    if below > 0 {
        let more = i18n::plural(lang, below, i18n::HELP_MORE_ONE, i18n::HELP_MORE);
        block = block.title_bottom(Span::styled(format!(" {more} "), theme.muted()));
    }
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        area,
    );
}

/// The height a detail pane `width` columns wide needs to show `lines` whole (borders
/// included).
pub fn detail_height(lines: &[Line<'_>], width: u16) -> u16 {
    let inside = wrapped_rows(lines, usize::from(width.saturating_sub(2)));
    u16::try_from(inside + 2).unwrap_or(u16::MAX)
}

/// The rows `lines` take wrapped at spaces to `width` columns.
fn wrapped_rows(lines: &[Line<'_>], width: usize) -> usize {
    lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            wrap(&text, width).len()
        })
        .sum()
}

/// A `label: value` line of a detail pane (nothing when the value is empty).
pub fn field(lines: &mut Vec<Line<'static>>, label: &str, value: &str, theme: Theme) {
    if value.trim().is_empty() {
        return;
    }
    lines.push(Line::from(vec![
        Span::styled(format!("{label}: "), theme.muted()),
        Span::raw(super::text::clean(value)),
    ]));
}
