//! The week view's geometry, shared by the drawing (`ui::visits::week`) and the mouse (a click
//! selects the event under it): which days show, the column width, the header lines, the rows
//! for events, and which of a day's events are visible.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use ratatui::layout::Rect;

use super::state::{VisitsState, monday_of};
use crate::domain::holidays::holiday_on;
use crate::domain::school_holidays::school_holiday_on;
use crate::storage::events::EventRow;

/// Lines per event in a column.
pub const EVENT_LINES: usize = 3;

/// Where the parts of the week view go in its area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekLayout {
    /// Monday–Friday, or the whole week when it has weekend events.
    pub days: Vec<NaiveDate>,
    /// The width of a day's column (columns are separated by one `│`).
    pub col_w: usize,
    /// Whether the line of holiday marks shows (some day is a holiday).
    pub marks: bool,
    /// The title, day headers and (when any) holiday marks.
    pub header_lines: usize,
    /// Lines for events under the headers.
    pub rows: usize,
    /// The height of the grid; the selected event's detail goes below it.
    pub grid_h: u16,
}

impl WeekLayout {
    pub fn new(v: &VisitsState, today: NaiveDate, area: Rect) -> WeekLayout {
        let monday = v.monday.unwrap_or_else(|| monday_of(today));
        let detail_h = if area.height >= 30 { 10 } else { 6 };
        let grid_h = area.height.saturating_sub(detail_h);
        let weekend = v
            .week
            .iter()
            .any(|e| matches!(e.date.weekday(), Weekday::Sat | Weekday::Sun));
        let days: Vec<NaiveDate> = (0..if weekend { 7 } else { 5 })
            .map(|i| monday + Days::new(i))
            .collect();
        let col_w = usize::from(area.width).saturating_sub(days.len() - 1) / days.len();
        let marks = days.iter().any(|d| {
            holiday_on(*d).is_some() || school_holiday_on(*d, &v.school_holidays).is_some()
        });
        let header_lines = 2 + usize::from(marks);
        WeekLayout {
            rows: usize::from(grid_h).saturating_sub(header_lines),
            days,
            col_w,
            marks,
            header_lines,
            grid_h,
        }
    }

    /// Of a day with `count` events, the selected one at `selected`: the first shown, how many
    /// show, and whether a `+N mere` line follows.
    pub fn visible(&self, count: usize, selected: Option<usize>) -> (usize, usize, bool) {
        let fits = (self.rows / EVENT_LINES).max(1);
        let needs_more = count > fits;
        let shown = if needs_more {
            (self.rows.saturating_sub(1) / EVENT_LINES).max(1)
        } else {
            fits
        };
        let first = match selected {
            Some(i) if i >= shown => i + 1 - shown,
            _ => 0,
        };
        (first, shown, needs_more)
    }

    /// The index in `v.week` of the event drawn at (`column`, `row`) of `area`, if any.
    pub fn event_at(&self, v: &VisitsState, area: Rect, column: u16, row: u16) -> Option<usize> {
        if column < area.x || row < area.y {
            return None;
        }
        let (x, y) = (usize::from(column - area.x), usize::from(row - area.y));
        let line = y.checked_sub(self.header_lines)?;
        if line >= self.rows {
            return None;
        }
        let day = self.days.get(x / (self.col_w + 1))?;
        if x % (self.col_w + 1) == self.col_w {
            return None; // the separator
        }
        let of_day: Vec<usize> = (0..v.week.len())
            .filter(|&i| v.week[i].date == *day)
            .collect();
        let selected = selected_on(&v.week, &of_day, v.selected);
        let (first, shown, _) = self.visible(of_day.len(), selected);
        let k = line / EVENT_LINES;
        (k < shown)
            .then(|| of_day.get(first + k).copied())
            .flatten()
    }
}

/// The position among a day's events (`of_day`, indexes into `week`) of the selected event.
pub fn selected_on(week: &[EventRow], of_day: &[usize], selected: usize) -> Option<usize> {
    let id = week.get(selected).map(|e| e.id)?;
    of_day.iter().position(|&i| week[i].id == id)
}
