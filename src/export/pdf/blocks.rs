//! The parts of a section before its table: paragraphs, wrapped to the page width and never cut
//! (a paragraph longer than the rest of the page continues on the next), and a chart, drawn as
//! vector paths from [`crate::export::chart::shapes`] and kept whole on one page.

use super::layout::{Op, Pager};
use super::style::Style;
use crate::export::chart::{self, Anchor, Shape};
use crate::export::clean::clean;
use crate::export::document::Section;

/// The height of a chart on the page.
pub const CHART_HEIGHT: f32 = 195.0;
/// How far an indented paragraph is moved in.
const INDENT: f32 = 14.0;

/// Draws the heading (when given), paragraphs and chart of `section`; returns whether the
/// heading was drawn (it is left to the table when the section has neither).
pub(super) fn draw(pager: &mut Pager<'_>, section: &Section, heading: Option<&str>) -> bool {
    if section.paragraphs.is_empty() && section.chart.is_none() {
        return false;
    }
    let size = Style::CELL_SIZE + 1.0;
    let line_h = size * Style::LINE;
    let width = pager.geo.content_width();
    let paragraphs: Vec<(bool, bool, Vec<String>)> = section
        .paragraphs
        .iter()
        .map(|p| {
            let font = if p.bold {
                &pager.fonts.bold
            } else {
                &pager.fonts.regular
            };
            let room = width - if p.indent { INDENT } else { 0.0 };
            let lines = font.wrap(&clean(&p.text), size, room, usize::MAX);
            (p.bold, p.indent, lines)
        })
        .collect();
    // Keep the heading with the first paragraph line, or with the chart.
    let first = if paragraphs.is_empty() {
        CHART_HEIGHT
    } else {
        line_h * 2.0
    };
    let heading_h = heading.map_or(0.0, |_| {
        Style::HEADING_GAP + Style::HEADING_SIZE * Style::LINE + Style::HEADING_AFTER
    });
    if !pager.at_top() && !pager.fits(heading_h + first) {
        pager.new_page();
    }
    if let Some(h) = heading {
        pager.heading(h);
    }
    pager.y += 2.0;
    for (bold, indent, lines) in paragraphs {
        let x = pager.geo.left + if indent { INDENT } else { 0.0 };
        for line in lines {
            if !pager.fits(line_h) {
                pager.new_page();
            }
            pager.push(Op::Text {
                x,
                y: pager.y + size,
                size,
                bold,
                grey: 0,
                text: line,
            });
            pager.y += line_h;
        }
        pager.y += 2.0;
    }
    if let Some(c) = &section.chart {
        if !pager.fits(CHART_HEIGHT + 6.0) {
            pager.new_page();
        }
        pager.y += 4.0;
        draw_chart(pager, c);
        pager.y += CHART_HEIGHT + 6.0;
    }
    true
}

fn draw_chart(pager: &mut Pager<'_>, c: &chart::Chart) {
    let (left, top) = (pager.geo.left, pager.y);
    let regular = &pager.fonts.regular;
    let measure = |text: &str, size: f32| regular.width(&clean(text), size);
    let shapes = chart::shapes(c, pager.geo.content_width(), CHART_HEIGHT, &measure);
    let ops: Vec<Op> = shapes
        .into_iter()
        .map(|shape| match shape {
            Shape::Path {
                points,
                width,
                grey,
                dashed,
            } => Op::Path {
                points: points.iter().map(|(x, y)| (left + x, top + y)).collect(),
                width,
                grey,
                dashed,
            },
            Shape::Rect { x, y, w, h, grey } => Op::Fill {
                x: left + x,
                y: top + y,
                w,
                h,
                grey,
            },
            Shape::Text {
                x,
                y,
                size,
                anchor,
                text,
            } => {
                let text = clean(&text).into_owned();
                let w = measure(&text, size);
                let x = match anchor {
                    Anchor::Start => x,
                    Anchor::Middle => x - w / 2.0,
                    Anchor::End => x - w,
                };
                Op::Text {
                    x: left + x,
                    y: top + y,
                    size,
                    bold: false,
                    grey: 40,
                    text,
                }
            }
        })
        .collect();
    for op in ops {
        pager.push(op);
    }
}
