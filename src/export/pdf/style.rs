//! The look of the PDF in one place: page geometry, font sizes, spacing and greys.

use crate::export::document::Orientation;

/// A4 in points (1/72 inch).
const A4: (f32, f32) = (595.28, 841.89);

/// Where things go on a page, in points from the top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// Left edge of the content.
    pub left: f32,
    /// Right edge of the content.
    pub right: f32,
    /// Top of the page header.
    pub header_top: f32,
    /// Where the body starts, below the page header.
    pub body_top: f32,
    /// Where the body must end, above the footer.
    pub body_bottom: f32,
    /// Baseline of the footer text.
    pub footer_baseline: f32,
}

impl Geometry {
    /// A4 in `orientation` with 15 mm side margins.
    pub fn a4(orientation: Orientation) -> Geometry {
        let (width, height) = match orientation {
            Orientation::Portrait => A4,
            Orientation::Landscape => (A4.1, A4.0),
        };
        let margin = 42.5; // 15 mm
        Geometry {
            width,
            height,
            left: margin,
            right: width - margin,
            header_top: 36.0,
            body_top: 36.0 + Style::HEADER_HEIGHT + 14.0,
            body_bottom: height - 52.0,
            footer_baseline: height - 30.0,
        }
    }

    /// The width between the margins.
    pub fn content_width(&self) -> f32 {
        self.right - self.left
    }
}

/// Sizes and greys (0 black … 255 white).
pub struct Style;

impl Style {
    /// The title in the page header.
    pub const TITLE_SIZE: f32 = 14.0;
    /// The subtitle line in the page header.
    pub const SUBTITLE_SIZE: f32 = 8.5;
    /// From the header's top to its rule.
    pub const HEADER_HEIGHT: f32 = 34.0;
    /// Section headings.
    pub const HEADING_SIZE: f32 = 11.0;
    /// Space above a heading that does not start a page.
    pub const HEADING_GAP: f32 = 12.0;
    /// Space between a heading and its table.
    pub const HEADING_AFTER: f32 = 3.0;
    /// Space after a table.
    pub const SECTION_AFTER: f32 = 8.0;
    /// Table text.
    pub const CELL_SIZE: f32 = 8.5;
    /// Line height as a multiple of the font size.
    pub const LINE: f32 = 1.25;
    /// Padding left and right inside a cell.
    pub const PAD_X: f32 = 4.0;
    /// Padding above and below a row's text.
    pub const PAD_Y: f32 = 3.0;
    /// Lines a cell may wrap to before it is cut with `…`: far more than any cell of a list
    /// needs (a row grows to show its whole content), but a bound, so one row always fits a page.
    pub const MAX_LINES: usize = 24;
    /// Footer text.
    pub const FOOTER_SIZE: f32 = 8.0;
    /// Background of the table header row.
    pub const HEADER_FILL: u8 = 228;
    /// Background of every other row.
    pub const ZEBRA_FILL: u8 = 244;
    /// Secondary text (subtitle, footer).
    pub const MUTED: u8 = 90;
    /// Rules.
    pub const RULE_GREY: u8 = 120;
    /// Rule under the table header and above totals.
    pub const RULE_STRONG: f32 = 0.8;
    /// Rule closing a table.
    pub const RULE_THIN: f32 = 0.4;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn landscape_swaps_the_sides_and_the_body_has_room() {
        let p = Geometry::a4(Orientation::Portrait);
        let l = Geometry::a4(Orientation::Landscape);
        assert!(p.height > p.width && l.width > l.height);
        for g in [p, l] {
            assert!(g.body_bottom - g.body_top > 300.0);
            assert!(g.footer_baseline > g.body_bottom);
        }
    }
}
