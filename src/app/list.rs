//! A windowed list: which rows are selected and visible, and which window of rows is loaded.
//!
//! Only a window of rows around the view is kept in memory: a list's first load reads the view
//! alone (nothing the first frame does not show), later loads the view and half a view either
//! side ([`window_len`]), so a load costs what the screen shows, not what the table holds.
//! Moving outside it asks for another window (an effect), and rendering builds widgets for the
//! visible rows only. All arithmetic here is pure and unit-tested.

/// The most rows a window holds (on a very tall terminal).
pub const WINDOW: usize = 200;

/// How many rows a window loads for a view of `height` rows: the view and half a view above and
/// below it, at most [`WINDOW`] unless the view itself is taller. So the first frame of a list reads as many rows at scale 100
/// as at scale 1 once the list fills the view, and a move loads again only after half a page.
pub fn window_len(height: usize) -> usize {
    height.max(1).saturating_mul(2).min(WINDOW).max(height)
}

/// The rows to load: `len` rows from `offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub offset: usize,
    pub len: usize,
}

/// The first row to show so that `selected` is visible in a view of `height` rows, moving the
/// view as little as possible from `top` (gitui's `calc_scroll_top`).
pub fn scroll_top(top: usize, height: usize, selected: usize) -> usize {
    if height == 0 {
        return selected;
    }
    if selected < top {
        selected
    } else if selected >= top + height {
        selected + 1 - height
    } else {
        top
    }
}

/// A list of `total` rows of which `rows` (starting at `offset`) are loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowedList<R> {
    /// How many rows match the current search and filters.
    pub total: usize,
    /// The index of the first loaded row.
    pub offset: usize,
    /// The loaded rows: `offset..offset + rows.len()`.
    pub rows: Vec<R>,
    /// The selected row (absolute index), meaningful when `total > 0`.
    pub selected: usize,
    /// The first visible row (absolute index).
    pub top: usize,
    /// Whether the rows shown are being replaced (a load is pending).
    pub loading: bool,
}

impl<R> Default for WindowedList<R> {
    fn default() -> Self {
        WindowedList {
            total: 0,
            offset: 0,
            rows: Vec::new(),
            selected: 0,
            top: 0,
            loading: true,
        }
    }
}

impl<R> WindowedList<R> {
    /// The selected row, if it is loaded.
    pub fn selected_row(&self) -> Option<&R> {
        self.selected
            .checked_sub(self.offset)
            .and_then(|i| self.rows.get(i))
    }

    /// The loaded row at absolute index `index`.
    pub fn row(&self, index: usize) -> Option<&R> {
        index
            .checked_sub(self.offset)
            .and_then(|i| self.rows.get(i))
    }

    /// Moves the selection by `delta` rows (clamped), keeping it visible in `height` rows.
    pub fn move_by(&mut self, delta: isize, height: usize) {
        if self.total == 0 {
            return;
        }
        let last = self.total - 1;
        let target = self.selected.saturating_add_signed(delta).min(last);
        self.select(target, height);
    }

    /// Selects the absolute row `index` (clamped), keeping it visible in `height` rows.
    pub fn select(&mut self, index: usize, height: usize) {
        self.selected = index.min(self.total.saturating_sub(1));
        self.top = scroll_top(self.top, height, self.selected);
    }

    /// Whether the rows needed to show `height` rows from `top` are all loaded.
    pub fn view_is_loaded(&self, height: usize) -> bool {
        let end = (self.top + height).min(self.total);
        self.top >= self.offset && end <= self.offset + self.rows.len()
    }

    /// The window to load so that the view (and half a view around it) is covered; the view
    /// alone while nothing is loaded (the list's first frame).
    pub fn window_for_view(&self, height: usize) -> Window {
        let len = if self.rows.is_empty() {
            height.max(1)
        } else {
            window_len(height)
        };
        let margin = len.saturating_sub(height) / 2;
        Window {
            offset: self.top.saturating_sub(margin),
            len,
        }
    }

    /// The offset of [`window_for_view`](Self::window_for_view).
    pub fn window_offset_for_view(&self, height: usize) -> usize {
        self.window_for_view(height).offset
    }

    /// Takes a freshly loaded window: `total` matching rows, `rows` from `offset`.
    pub fn set_window(&mut self, total: usize, offset: usize, rows: Vec<R>, height: usize) {
        self.total = total;
        self.offset = offset;
        self.rows = rows;
        self.loading = false;
        self.selected = self.selected.min(total.saturating_sub(1));
        self.top = self.top.min(total.saturating_sub(height));
        self.top = scroll_top(self.top, height, self.selected);
    }

    /// The absolute indices of the rows visible in `height` rows.
    pub fn visible(&self, height: usize) -> std::ops::Range<usize> {
        let end = (self.top + height).min(self.total);
        self.top.min(end)..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(total: usize, offset: usize, loaded: usize) -> WindowedList<usize> {
        WindowedList {
            total,
            offset,
            rows: (offset..offset + loaded).collect(),
            selected: 0,
            top: 0,
            loading: false,
        }
    }

    #[test]
    fn scroll_top_moves_only_when_the_selection_leaves_the_view() {
        assert_eq!(scroll_top(0, 10, 5), 0);
        assert_eq!(scroll_top(0, 10, 10), 1);
        assert_eq!(scroll_top(5, 10, 3), 3);
        assert_eq!(scroll_top(5, 10, 14), 5);
        assert_eq!(scroll_top(5, 0, 14), 14);
    }

    #[test]
    fn moving_is_clamped_to_the_list() {
        let mut l = list(30, 0, 30);
        l.move_by(-5, 10);
        assert_eq!(l.selected, 0);
        l.move_by(100, 10);
        assert_eq!(l.selected, 29);
        assert_eq!(l.top, 20);
        assert_eq!(l.visible(10), 20..30);
    }

    #[test]
    fn an_empty_list_has_no_selection_and_no_visible_rows() {
        let mut l = list(0, 0, 0);
        l.move_by(1, 10);
        assert_eq!(l.selected_row(), None);
        assert_eq!(l.visible(10), 0..0);
    }

    #[test]
    fn the_view_needs_a_new_window_when_it_leaves_the_loaded_rows() {
        let mut l = list(10_000, 0, WINDOW);
        l.select(150, 20);
        assert!(l.view_is_loaded(20));
        l.select(5_000, 20);
        assert!(!l.view_is_loaded(20));
        let offset = l.window_offset_for_view(20);
        assert!(offset <= l.top && l.top + 20 <= offset + WINDOW);
        l.set_window(10_000, offset, (offset..offset + WINDOW).collect(), 20);
        assert!(l.view_is_loaded(20));
        assert_eq!(l.selected_row(), Some(&5_000));
    }

    #[test]
    fn a_window_covers_the_view_and_costs_what_the_view_shows() {
        for height in [1, 20, 33, 56, 150, 400] {
            let len = window_len(height);
            assert!(len >= height && len <= 2 * height && len <= WINDOW.max(height));
            for top in [0, 1, 7, 400, 9_000] {
                // Nothing loaded yet: the view alone.
                let mut l = list(10_000, 0, 0);
                l.top = top;
                let first = l.window_for_view(height);
                assert_eq!((first.offset, first.len), (top, height.max(1)));
                let mut l = list(10_000, 0, 1);
                l.top = top;
                let w = l.window_for_view(height);
                assert_eq!(w.len, len);
                // The view is inside the window, with up to half a view above it to move in.
                assert!(w.offset <= top && top + height <= w.offset + w.len);
                assert_eq!(top - w.offset, top.min((len - height) / 2));
            }
        }
    }

    #[test]
    fn a_shorter_result_clamps_the_selection() {
        let mut l = list(100, 0, 100);
        l.select(80, 10);
        l.set_window(5, 0, vec![0, 1, 2, 3, 4], 10);
        assert_eq!(l.selected, 4);
        assert_eq!(l.visible(10), 0..5);
    }
}
