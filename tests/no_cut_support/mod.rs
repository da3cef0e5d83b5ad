//! The checks of the no-cut test (tests/ui_no_cut.rs), each over one rendered screen: a "…" that
//! cuts a message, a key or a title; a status symbol lost from a week cell or an Oversigt row; a
//! box without its whole border. Each returns the places it found, as "what (row): the row".
//! The symbols are written out here, not taken from the code under test.

#![allow(dead_code)]

use ratatui::buffer::Buffer;

/// The status symbols of an event (forespurgt, planlagt, bekræftet, afholdt, aflyst).
pub const STATUS: [char; 5] = ['?', '○', '◆', '✓', '✗'];

/// How an all-day event's time reads in a week cell, in both languages, long and short.
const ALL_DAY: [&str; 3] = ["hele dagen", "heldag", "all day"];

/// The cut places of one rendered screen: the tab bar (row 0), the hint bar (last row), the
/// status bar (its message after "• " or "✗ ", and what follows it: the database and the
/// user), every "✗ …" message, every line of the `?` help box.
pub fn cuts(text: &str, help_open: bool) -> Vec<String> {
    let rows: Vec<&str> = text.lines().collect();
    let last = rows.len().saturating_sub(1);
    let mut out = Vec::new();
    // The help box's columns (left border, right border), from its top row on.
    let mut help_box: Option<(usize, usize)> = None;
    for (y, row) in rows.iter().enumerate() {
        let mut check = |part: &str, what: &str| {
            if part.contains('…') {
                out.push(format!("{what} (row {y}): {row}"));
            }
        };
        if y == 0 {
            check(row, "tab bar");
        }
        if y == last {
            check(row, "hint bar");
        }
        if y + 1 == last {
            for mark in ["• ", "✗ "] {
                if let Some(at) = row.find(mark) {
                    let message = row[at..].split("   ").next().unwrap_or_default();
                    check(message, "status message");
                }
            }
            // What stands after the message (the database, the user): whole or not at all.
            check(row, "status bar");
        }
        if y + 1 != last
            && let Some(at) = row.find("✗ ")
        {
            let message = row[at..].split('│').next().unwrap_or_default();
            check(message, "✗ message");
        }
        let chars: Vec<char> = row.chars().collect();
        let top = row.contains("┌ Taster —") || row.contains("┌ Keys —");
        if help_open && help_box.is_none() && top {
            let left = row.split("┌ ").next().map_or(0, |s| s.chars().count());
            let right = chars
                .iter()
                .skip(left)
                .position(|c| *c == '┐')
                .map_or(chars.len(), |p| p + left);
            help_box = Some((left, right));
        } else if let Some((left, right)) = help_box {
            let inside: String = chars.iter().take(right).skip(left + 1).collect();
            check(&inside, "help");
            if chars.get(left) == Some(&'└') {
                help_box = None;
            }
        }
    }
    out
}

/// Whether `text` starts with a clock time `HH:MM`.
fn starts_with_time(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 5
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && b[2] == b':'
        && b[3].is_ascii_digit()
        && b[4].is_ascii_digit()
}

/// The week view's event cells whose first line (time, place) does not end in a status symbol.
pub fn week_cells_without_symbol(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (y, row) in text.lines().enumerate() {
        if row.starts_with('┌') || row.starts_with('│') {
            continue; // the detail pane below the grid
        }
        for cell in row.split('│') {
            let body = cell.trim_start_matches(['▶', ' ']);
            let first_line = starts_with_time(body) || ALL_DAY.iter().any(|d| body.starts_with(d));
            let ends = cell.trim_end().chars().last();
            if first_line && !ends.is_some_and(|c| STATUS.contains(&c)) {
                out.push(format!("week cell (row {y}): {cell}"));
            }
        }
    }
    out
}

/// Whether `text` starts like an Oversigt event row: a weekday, a space, a date `d.m.yyyy`.
fn is_event_row(text: &str) -> bool {
    let mut words = text.split(' ');
    let (Some(day), Some(date)) = (words.next(), words.next()) else {
        return false;
    };
    let parts: Vec<&str> = date.split('.').collect();
    day.chars().count() == 3
        && day.chars().all(char::is_alphabetic)
        && parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && text.contains(" · ")
}

/// On Oversigt: an event row that does not end in its status symbol (and `⚠` when it has one),
/// or any other line cut with "…" (the budget flags and the alerts are messages).
pub fn overview_cuts(text: &str) -> Vec<String> {
    let rows: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    // The tab bar, the status row and the hint bar are checked by `cuts`.
    for (y, row) in rows
        .iter()
        .enumerate()
        .take(rows.len().saturating_sub(2))
        .skip(1)
    {
        let body = row.trim_start_matches(['▶', ' ']);
        if is_event_row(body) {
            let end = row.trim_end().trim_end_matches(" ⚠");
            if !end.chars().last().is_some_and(|c| STATUS.contains(&c)) {
                out.push(format!("Oversigt row without its symbol (row {y}): {row}"));
            }
        } else if row.contains('…') {
            out.push(format!("Oversigt message (row {y}): {row}"));
        }
    }
    out
}

/// Boxes without a whole border: a top-left corner `┌` whose row has no `┐` after it, or whose
/// left side (`│` down from it) does not end in `└` with `┘` at the right side's column —
/// unless another box's border crosses the left side (an overlay over it).
pub fn open_boxes(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    let at = |x: u16, y: u16| buffer[(x, y)].symbol().to_string();
    let mut out = Vec::new();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if at(x, y) != "┌" {
                continue;
            }
            // Its own top-right corner: a box opened further right on the same row (an overlay
            // whose top is on this row) closes first.
            let mut depth = 0usize;
            let own = (x + 1..area.right()).find(|&r| match at(r, y).as_str() {
                "┌" => {
                    depth += 1;
                    false
                }
                "┐" if depth > 0 => {
                    depth -= 1;
                    false
                }
                "┐" => true,
                _ => false,
            });
            let Some(right) = own else {
                out.push(format!("box at ({x}, {y}) has no right border"));
                continue;
            };
            let mut bottom = y + 1;
            while bottom < area.bottom() && at(x, bottom) == "│" {
                bottom += 1;
            }
            // Another box's border across the left side: an overlay covers it, nothing to see.
            let covered =
                bottom < area.bottom() && ["─", "┌", "┐", "┘"].contains(&at(x, bottom).as_str());
            if covered {
                continue;
            }
            if bottom >= area.bottom() || at(x, bottom) != "└" || at(right, bottom) != "┘" {
                out.push(format!("box at ({x}, {y}) has no bottom border"));
            }
        }
    }
    out
}
