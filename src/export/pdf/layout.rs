//! Paginating the document body: sections, table headers repeated on every page, rows that do
//! not fit moved whole to the next page.
//!
//! The result is a list of pages of simple drawing operations in points, origin top-left. The
//! page header and footer are not here: they are the same on every page and are drawn by
//! [`super::render`] once the page count is known.

use super::font::Metrics;
use super::style::{Geometry, Style};
use crate::export::clean::clean;
use crate::export::document::{Align, Document, Table};

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Text with its baseline at `y`.
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        grey: u8,
        text: String,
    },
    /// A filled rectangle.
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        grey: u8,
    },
    /// A polyline (the lines of a chart).
    Path {
        points: Vec<(f32, f32)>,
        width: f32,
        grey: u8,
        dashed: bool,
    },
    /// A horizontal rule.
    Rule {
        x: f32,
        y: f32,
        w: f32,
        width: f32,
        grey: u8,
    },
}

/// The fonts for measuring.
pub struct Fonts {
    pub regular: Metrics,
    pub bold: Metrics,
}

impl Fonts {
    fn get(&self, bold: bool) -> &Metrics {
        if bold { &self.bold } else { &self.regular }
    }
}

/// Texts the layout adds itself.
pub struct Labels<'a> {
    /// Appended to a section heading repeated on a following page.
    pub continued: &'a str,
    /// Shown in an empty table.
    pub no_rows: &'a str,
}

/// A laid-out row: each cell's lines, the row's height and how it looks.
struct Row {
    cells: Vec<Vec<String>>,
    height: f32,
    bold: bool,
    fill: Option<u8>,
}

pub(super) struct Pager<'a> {
    pub(super) fonts: &'a Fonts,
    pub(super) geo: &'a Geometry,
    pages: Vec<Vec<Op>>,
    pub(super) y: f32,
}

impl Pager<'_> {
    pub(super) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.geo.body_top;
    }

    pub(super) fn at_top(&self) -> bool {
        self.y <= self.geo.body_top + 0.01
    }

    pub(super) fn fits(&self, height: f32) -> bool {
        self.y + height <= self.geo.body_bottom
    }

    pub(super) fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    pub(super) fn heading(&mut self, text: &str) {
        if !self.at_top() {
            self.y += Style::HEADING_GAP;
        }
        let size = Style::HEADING_SIZE;
        let line = self
            .fonts
            .bold
            .cut(text, size, self.geo.content_width(), false);
        self.push(Op::Text {
            x: self.geo.left,
            y: self.y + size,
            size,
            bold: true,
            grey: 0,
            text: line,
        });
        self.y += size * Style::LINE + Style::HEADING_AFTER;
    }

    fn row(&mut self, row: &Row, table: &Table, xs: &[(f32, f32)]) {
        if let Some(grey) = row.fill {
            self.push(Op::Fill {
                x: self.geo.left,
                y: self.y,
                w: self.geo.content_width(),
                h: row.height,
                grey,
            });
        }
        let font = self.fonts.get(row.bold);
        let size = Style::CELL_SIZE;
        for (col, lines) in row.cells.iter().enumerate() {
            let (x, w) = xs[col];
            for (n, line) in lines.iter().enumerate() {
                let text_x = match table.columns[col].align {
                    Align::Left => x + Style::PAD_X,
                    Align::Right => x + w - Style::PAD_X - font.width(line, size),
                };
                self.push(Op::Text {
                    x: text_x,
                    y: self.y + Style::PAD_Y + size + count(n) * size * Style::LINE,
                    size,
                    bold: row.bold,
                    grey: 0,
                    text: line.clone(),
                });
            }
        }
        self.y += row.height;
    }

    fn rule(&mut self, width: f32, grey: u8) {
        self.push(Op::Rule {
            x: self.geo.left,
            y: self.y,
            w: self.geo.content_width(),
            width,
            grey,
        });
    }
}

/// Lays out the sections of `doc` on pages of geometry `geo`. Always at least one page.
pub fn paginate(doc: &Document, fonts: &Fonts, geo: &Geometry, labels: &Labels) -> Vec<Vec<Op>> {
    let mut pager = Pager {
        fonts,
        geo,
        pages: Vec::new(),
        y: 0.0,
    };
    pager.new_page();
    for section in &doc.sections {
        if section.new_page && !pager.at_top() {
            pager.new_page();
        }
        let heading = section.heading.as_deref().map(|h| clean(h).into_owned());
        // The heading goes with the paragraphs or the chart when there are any.
        let heading_drawn = super::blocks::draw(&mut pager, section, heading.as_deref());
        let table = &section.table;
        if table.columns.is_empty() {
            if heading_drawn {
                pager.y += Style::SECTION_AFTER;
            }
            continue;
        }
        let xs = super::columns::column_xs(doc, table, fonts, geo);
        let header = layout_row(
            fonts,
            &xs,
            &headers(table),
            true,
            Some(Style::HEADER_FILL),
            2,
        );
        let mut rows: Vec<Row> = table
            .rows
            .iter()
            .enumerate()
            .map(|(i, cells)| {
                let fill = (i % 2 == 1).then_some(Style::ZEBRA_FILL);
                layout_row(fonts, &xs, cells, false, fill, Style::MAX_LINES)
            })
            .collect();
        // A table of only a totals line (a grand total) shows no "no rows" notice.
        if rows.is_empty() && table.totals.is_none() {
            let mut empty = vec![String::new(); table.columns.len()];
            empty[0] = labels.no_rows.to_string();
            let mut row = layout_row(fonts, &xs, &empty, false, None, 1);
            // The notice may be wider than the first column: let it run across the table.
            row.cells[0] = vec![fonts.regular.cut(
                labels.no_rows,
                Style::CELL_SIZE,
                geo.content_width(),
                false,
            )];
            rows.push(row);
        }
        let totals = table
            .totals
            .as_ref()
            .map(|cells| layout_row(fonts, &xs, cells, true, None, Style::MAX_LINES));

        // Keep the heading with the table header and the first row.
        let heading_h = heading
            .as_ref()
            .filter(|_| !heading_drawn)
            .map_or(0.0, |_| {
                Style::HEADING_GAP + Style::HEADING_SIZE * Style::LINE + Style::HEADING_AFTER
            });
        // A table of a few key figures is kept whole on one page when it asks to be.
        let whole = heading_h
            + header.height
            + rows.iter().map(|r| r.height).sum::<f32>()
            + totals.as_ref().map_or(0.0, |t| t.height);
        let keep_whole =
            table.keep_whole && whole <= geo.body_bottom - geo.body_top && !pager.fits(whole);
        let first = rows.first().or(totals.as_ref()).map_or(0.0, |r| r.height);
        if !pager.at_top() && (keep_whole || !pager.fits(heading_h + header.height + first)) {
            pager.new_page();
        }
        if let Some(h) = heading.as_ref().filter(|_| !heading_drawn) {
            pager.heading(h);
        }
        pager.row(&header, table, &xs);
        pager.rule(Style::RULE_STRONG, Style::RULE_GREY);
        let last = rows.len().saturating_sub(1);
        for (i, row) in rows.iter().enumerate() {
            // The totals row stays with the last row.
            let need = row.height
                + if i == last {
                    totals.as_ref().map_or(0.0, |t| t.height)
                } else {
                    0.0
                };
            if !pager.fits(need) {
                pager.rule(Style::RULE_THIN, Style::RULE_GREY);
                pager.new_page();
                if let Some(h) = &heading {
                    pager.heading(&format!("{h} {}", labels.continued));
                }
                pager.row(&header, table, &xs);
                pager.rule(Style::RULE_STRONG, Style::RULE_GREY);
            }
            pager.row(row, table, &xs);
        }
        if let Some(t) = &totals {
            pager.rule(Style::RULE_STRONG, Style::RULE_GREY);
            pager.row(t, table, &xs);
        }
        pager.rule(Style::RULE_THIN, Style::RULE_GREY);
        pager.y += Style::SECTION_AFTER;
    }
    pager.pages
}

fn headers(table: &Table) -> Vec<String> {
    table.columns.iter().map(|c| c.header.clone()).collect()
}

fn layout_row(
    fonts: &Fonts,
    xs: &[(f32, f32)],
    cells: &[String],
    bold: bool,
    fill: Option<u8>,
    max_lines: usize,
) -> Row {
    let font = fonts.get(bold);
    let cells: Vec<Vec<String>> = xs
        .iter()
        .enumerate()
        .map(|(col, &(_, w))| {
            let text = clean(Table::cell(cells, col));
            let room = (w - 2.0 * Style::PAD_X).max(1.0);
            font.wrap(&text, Style::CELL_SIZE, room, max_lines)
        })
        .collect();
    let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    Row {
        height: count(lines) * Style::CELL_SIZE * Style::LINE + 2.0 * Style::PAD_Y,
        cells,
        bold,
        fill,
    }
}

/// A small count (lines of a cell) as a float, without a lossy cast.
fn count(n: usize) -> f32 {
    f32::from(u16::try_from(n).unwrap_or(u16::MAX))
}
