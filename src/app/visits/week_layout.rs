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
    /// The lines the busiest shown day needs for all its events (one event's at least).
    pub needed_rows: usize,
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
        let busiest = days
            .iter()
            .map(|d| v.week.iter().filter(|e| e.date == *d).count())
            .max()
            .unwrap_or(0);
        WeekLayout {
            rows: usize::from(grid_h).saturating_sub(header_lines),
            days,
            col_w,
            marks,
            header_lines,
            grid_h,
            needed_rows: busiest.max(1) * EVENT_LINES,
        }
    }

    /// The layout with the detail pane grown towards `wanted` rows (what shows it whole), taken
    /// only from the grid's spare rows: the grid keeps every line its busiest day needs, so no
    /// event, symbol or `+N mere` changes — and a click finds the same event as with
    /// [`WeekLayout::new`] (the rows taken held no events).
    #[must_use]
    pub fn giving_detail(mut self, wanted: u16, area: Rect) -> WeekLayout {
        let detail_h = area.height.saturating_sub(self.grid_h);
        let spare = self.rows.saturating_sub(self.needed_rows);
        let extra = usize::from(wanted.saturating_sub(detail_h)).min(spare);
        self.rows -= extra;
        self.grid_h -= u16::try_from(extra).unwrap_or(0);
        self
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::{EventKind, EventStatus, Staffing};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).expect("date")
    }

    /// A week from Monday 7.12.2026 with `per_day[i]` events on its day `i`.
    fn week(per_day: &[usize]) -> VisitsState {
        let mut v = VisitsState {
            monday: Some(day(7)),
            ..VisitsState::default()
        };
        for (i, n) in per_day.iter().enumerate() {
            for _ in 0..*n {
                v.week.push(EventRow {
                    id: i64::try_from(v.week.len()).expect("small") + 1,
                    date: day(7 + u32::try_from(i).expect("small")),
                    start: None,
                    end: None,
                    kind: EventKind::SchoolVisit,
                    status: EventStatus::Planned,
                    institution_id: None,
                    institution: None,
                    staffing: Staffing::default(),
                });
            }
        }
        v
    }

    #[test]
    fn the_detail_takes_only_rows_no_event_needs() {
        // The week view's body at 80×24: 21 rows; the detail pane's own 6 leave 13 for events.
        let area = Rect::new(0, 1, 80, 21);
        let today = day(4);
        // One event a day needs 3 rows: the detail may grow to 8 rows (6 lines inside) and more.
        let one = week(&[0, 1, 1, 1]);
        let base = WeekLayout::new(&one, today, area);
        assert_eq!((base.grid_h, base.rows, base.needed_rows), (15, 13, 3));
        let grown = base.clone().giving_detail(8, area);
        assert_eq!((grown.grid_h, grown.rows), (13, 11));
        let most = base.clone().giving_detail(40, area);
        assert_eq!(most.rows, 3, "the grid keeps the busiest day's lines");
        // A detail that fits in its 6 rows takes nothing.
        assert_eq!(base.clone().giving_detail(5, area), base);
        // Four events on a day need 12 of the 13 rows: one to spare, none of the events lost.
        let busy = week(&[4, 1]);
        let b = WeekLayout::new(&busy, today, area).giving_detail(20, area);
        assert_eq!(b.rows, 12);
        assert_eq!(b.visible(4, Some(3)), (0, 4, false));
        // Five do not fit even before: nothing is taken, "+N mere" as before.
        let full = week(&[5]);
        let f = WeekLayout::new(&full, today, area);
        assert_eq!(f.clone().giving_detail(20, area), f);
        // A click finds the same event with or without the grown detail.
        for row in area.y..area.y + 15 {
            for column in [0, 20, 40] {
                assert_eq!(
                    b.event_at(&busy, area, column, row),
                    WeekLayout::new(&busy, today, area).event_at(&busy, area, column, row),
                    "({column}, {row})"
                );
            }
        }
    }
}
