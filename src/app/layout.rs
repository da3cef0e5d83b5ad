//! Screen geometry shared by drawing and by mouse handling, so a click lands where the thing was
//! drawn: the tab bar, the list screens' parts, and the smallest usable size.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::screen::Screen;
use crate::i18n::Lang;

/// The smallest terminal korps draws in; smaller shows "make the window larger".
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;
/// From this width the detail pane sits to the right of the list, else below it.
pub const WIDE: u16 = 110;
/// Rows of the detail pane when it sits below the list.
const DETAIL_BELOW: u16 = 9;
/// Columns of the detail pane when it sits to the right.
const DETAIL_RIGHT: u16 = 46;

/// Whether `width`×`height` is large enough to draw the app.
pub fn fits(width: u16, height: u16) -> bool {
    width >= MIN_WIDTH && height >= MIN_HEIGHT
}

/// The parts of the whole frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    pub tabs: Rect,
    pub body: Rect,
    pub status: Rect,
    pub hints: Rect,
}

pub fn frame(area: Rect) -> Frame {
    let h = area.height;
    let line = |y: u16| Rect::new(area.x, area.y + y, area.width, 1.min(h.saturating_sub(y)));
    Frame {
        tabs: line(0),
        body: Rect::new(area.x, area.y + 1, area.width, h.saturating_sub(3)),
        status: line(h.saturating_sub(2)),
        hints: line(h.saturating_sub(1)),
    }
}

/// The parts of a list screen's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListParts {
    /// The search and filter line.
    pub filter: Rect,
    /// The table, its header row included.
    pub table: Rect,
    pub detail: Rect,
}

pub fn list_parts(body: Rect) -> ListParts {
    let filter = Rect::new(body.x, body.y, body.width, 1.min(body.height));
    let rest = Rect::new(
        body.x,
        body.y + 1,
        body.width,
        body.height.saturating_sub(1),
    );
    if body.width >= WIDE {
        let table_w = rest.width.saturating_sub(DETAIL_RIGHT);
        ListParts {
            filter,
            // One column of air between the table and the pane's border.
            table: Rect::new(rest.x, rest.y, table_w.saturating_sub(1), rest.height),
            detail: Rect::new(rest.x + table_w, rest.y, rest.width - table_w, rest.height),
        }
    } else {
        let detail_h = DETAIL_BELOW.min(rest.height / 2);
        let table_h = rest.height - detail_h;
        ListParts {
            filter,
            table: Rect::new(rest.x, rest.y, rest.width, table_h),
            detail: Rect::new(rest.x, rest.y + table_h, rest.width, detail_h),
        }
    }
}

/// How many data rows a list screen shows at `width`×`height`.
pub fn list_rows(width: u16, height: u16) -> usize {
    let parts = list_parts(frame(Rect::new(0, 0, width, height)).body);
    usize::from(parts.table.height.saturating_sub(1))
}

/// How many letters of an inactive tab's title show when the full tab bar does not fit, tried
/// in turn until the bar fits.
const SHORT_TITLES: [usize; 3] = [5, 4, 3];

/// The tab bar in `width` columns with `active` showing: each available screen's label and the
/// columns it takes. When the full titles do not fit, the inactive tabs are shortened
/// (`4 Besøg`, `6 Honor`) and the active one keeps its whole title.
pub fn tabs(lang: Lang, width: u16, active: Screen) -> Vec<(Screen, String, u16, u16)> {
    let label = |s: Screen, short: Option<usize>| {
        let title: String = match short {
            Some(n) if s != active => s.title(lang).chars().take(n).collect(),
            _ => s.title(lang).to_string(),
        };
        format!(" {} {title} ", s.number())
    };
    let bar_width = |short| {
        Screen::AVAILABLE
            .iter()
            .map(|s| label(*s, short).width() + 1)
            .sum::<usize>()
    };
    let short = std::iter::once(None)
        .chain(SHORT_TITLES.into_iter().map(Some))
        .find(|short| bar_width(*short) <= usize::from(width))
        .unwrap_or(Some(SHORT_TITLES[SHORT_TITLES.len() - 1]));
    let mut x = 0u16;
    Screen::AVAILABLE
        .iter()
        .map(|s| {
            let label = label(*s, short);
            let w = label.width() as u16;
            let tab = (*s, label, x, w);
            x += w + 1;
            tab
        })
        .collect()
}

/// The screen whose tab is at `column`, if any.
pub fn tab_at(column: u16, lang: Lang, width: u16, active: Screen) -> Option<Screen> {
    tabs(lang, width, active)
        .into_iter()
        .find(|(_, _, x, w)| column >= *x && column < x + w)
        .map(|(s, ..)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_80_by_24_the_list_shows_rows_and_a_detail_pane_below() {
        let parts = list_parts(frame(Rect::new(0, 0, 80, 24)).body);
        assert_eq!(parts.table.width, 80);
        assert!(parts.detail.y > parts.table.y);
        assert_eq!(list_rows(80, 24), 10);
    }

    #[test]
    fn wide_terminals_put_the_detail_pane_to_the_right() {
        let parts = list_parts(frame(Rect::new(0, 0, 120, 40)).body);
        assert_eq!(parts.detail.y, parts.table.y);
        assert_eq!(parts.table.width + 1 + parts.detail.width, 120);
    }

    #[test]
    fn clicks_on_the_tab_bar_find_their_tab() {
        let all = tabs(Lang::Da, 200, Screen::Korps);
        let (screen, _, x, _) = &all[1];
        assert_eq!(tab_at(*x, Lang::Da, 200, Screen::Korps), Some(*screen));
        assert_eq!(tab_at(999, Lang::Da, 200, Screen::Korps), None);
        let narrow = tabs(Lang::Da, 80, Screen::Korps);
        let (_, _, x, w) = narrow.last().expect("tabs");
        assert!(x + w <= 80, "every tab fits at 80 columns");
    }
}
