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

/// Fremmøde's body: the events and the selected event's bookings, side by side from [`WIDE`]
/// columns, else the events above the bookings.
pub fn attendance_parts(body: Rect) -> (Rect, Rect) {
    if body.width >= WIDE {
        let lw = body.width * 11 / 20;
        (
            Rect::new(body.x, body.y, lw, body.height),
            Rect::new(body.x + lw, body.y, body.width - lw, body.height),
        )
    } else {
        let top = body.height / 2;
        (
            Rect::new(body.x, body.y, body.width, top),
            Rect::new(body.x, body.y + top, body.width, body.height - top),
        )
    }
}

/// How many events Fremmøde's list shows at `width`×`height` (inside its border).
pub fn attendance_event_rows(width: u16, height: u16) -> usize {
    let (events, _) = attendance_parts(frame(Rect::new(0, 0, width, height)).body);
    usize::from(events.height.saturating_sub(2))
}

/// How many data rows a list screen shows at `width`×`height`.
pub fn list_rows(width: u16, height: u16) -> usize {
    let parts = list_parts(frame(Rect::new(0, 0, width, height)).body);
    usize::from(parts.table.height.saturating_sub(1))
}

/// The tab bar's forms, widest first: whole titles with a space either side, whole titles
/// without, then titles longer than a limit cut to it (ending in "."), the limit falling from
/// 11 letters to 3 until the bar fits. The form is chosen by width alone, so no tab changes
/// width when another is chosen.
const SHORT_TITLES: [usize; 9] = [11, 10, 9, 8, 7, 6, 5, 4, 3];

/// The tab bar in `width` columns: each available screen's label and the columns it takes
/// (whichever tab is active).
pub fn tabs(lang: Lang, width: u16) -> Vec<(Screen, String, u16, u16)> {
    let label = |s: Screen, padded: bool, short: Option<usize>| {
        let title = s.title(lang);
        let title = match short {
            Some(n) if title.chars().count() > n => {
                let cut: String = title.chars().take(n - 1).collect();
                format!("{cut}.")
            }
            _ => title.to_string(),
        };
        if padded {
            format!(" {} {title} ", s.number())
        } else {
            format!("{} {title}", s.number())
        }
    };
    let bar_width = |padded, short| {
        Screen::AVAILABLE
            .iter()
            .map(|s| label(*s, padded, short).width() + 1)
            .sum::<usize>()
            .saturating_sub(1)
    };
    let forms = [(true, None), (false, None)]
        .into_iter()
        .chain(SHORT_TITLES.into_iter().map(|n| (false, Some(n))));
    let last = (false, Some(SHORT_TITLES[SHORT_TITLES.len() - 1]));
    let (padded, short) = forms
        .clone()
        .find(|(padded, short)| bar_width(*padded, *short) <= usize::from(width))
        .unwrap_or(last);
    let mut x = 0u16;
    Screen::AVAILABLE
        .iter()
        .map(|s| {
            let label = label(*s, padded, short);
            let w = u16::try_from(label.width()).unwrap_or(u16::MAX);
            let tab = (*s, label, x, w);
            x = x.saturating_add(w + 1);
            tab
        })
        .collect()
}

/// The screen whose tab is at `column`, if any.
pub fn tab_at(column: u16, lang: Lang, width: u16) -> Option<Screen> {
    tabs(lang, width)
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
        let all = tabs(Lang::Da, 200);
        let (screen, _, x, _) = &all[1];
        assert_eq!(tab_at(*x, Lang::Da, 200), Some(*screen));
        assert_eq!(tab_at(999, Lang::Da, 200), None);
        let narrow = tabs(Lang::Da, 80);
        let (_, _, x, w) = narrow.last().expect("tabs");
        assert!(x + w <= 80, "every tab fits at 80 columns");
    }

    #[test]
    fn the_tab_bar_fits_by_width_alone_cutting_only_the_longest_titles() {
        let titles = |lang| -> Vec<String> { tabs(lang, 80).into_iter().map(|t| t.1).collect() };
        assert_eq!(
            titles(Lang::Da).join(" "),
            "1 Oversigt 2 Korps 3 Udpegning. 4 Besøg 5 Fremmøde 6 Honorarer 7 Budget 8 Steder"
        );
        let en = titles(Lang::En).join(" ");
        assert_eq!(
            en,
            "1 Overview 2 Corps 3 Appoint. 4 Visits 5 Attenda. 6 Honorar. 7 Budget 8 Places"
        );
        assert_eq!(tabs(Lang::Da, 200)[0].1, " 1 Oversigt ");
        assert_eq!(tabs(Lang::Da, 200)[2].1, " 3 Udpegninger ");
    }
}
