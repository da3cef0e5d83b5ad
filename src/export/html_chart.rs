//! The paragraphs and the chart of a section in HTML: paragraphs as `<p>`, the chart as an inline
//! SVG (no scripts, no external files) from the same geometry the PDF draws
//! ([`super::chart::shapes`]), inside a `<figure>` whose caption says what it shows. Text widths
//! are estimated (the browser's font is unknown); labels are short, so the estimate is enough.

use std::fmt::Write as _;

use super::chart::{self, Anchor, Chart, Shape};
use super::document::Paragraph;
use super::html::escape;

const WIDTH: f32 = 720.0;
const HEIGHT: f32 = 260.0;

/// Writes `paragraphs` (bold ones as headlines, indented ones beneath).
pub fn paragraphs(out: &mut String, paragraphs: &[Paragraph]) {
    for p in paragraphs {
        let class = match (p.bold, p.indent) {
            (true, true) => "flag b i",
            (true, false) => "flag b",
            (false, true) => "flag i",
            (false, false) => "flag",
        };
        let _ = writeln!(out, "<p class=\"{class}\">{}</p>", escape(&p.text));
    }
}

/// Writes `chart` as a figure with an inline SVG.
pub fn svg(out: &mut String, c: &Chart) {
    let measure = |text: &str, size: f32| {
        let chars = u16::try_from(text.chars().count()).unwrap_or(u16::MAX);
        f32::from(chars) * size * 0.58
    };
    let _ = writeln!(
        out,
        "<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" \
         viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-label=\"{}\" \
         font-family=\"DejaVu Sans, Segoe UI, Arial, sans-serif\">",
        escape(&c.caption)
    );
    for shape in chart::shapes(c, WIDTH, HEIGHT, &measure) {
        match shape {
            Shape::Path {
                points,
                width,
                grey,
                dashed,
            } => {
                let pts: Vec<String> = points
                    .iter()
                    .map(|(x, y)| format!("{x:.1},{y:.1}"))
                    .collect();
                let _ = writeln!(
                    out,
                    "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{width:.1}\" \
                     stroke-linejoin=\"round\"{}/>",
                    pts.join(" "),
                    rgb(grey),
                    if dashed {
                        " stroke-dasharray=\"4 3\""
                    } else {
                        ""
                    }
                );
            }
            Shape::Rect { x, y, w, h, grey } => {
                let _ = writeln!(
                    out,
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" \
                     fill=\"{}\"/>",
                    rgb(grey)
                );
            }
            Shape::Text {
                x,
                y,
                size,
                anchor,
                text,
            } => {
                let anchor = match anchor {
                    Anchor::Start => "start",
                    Anchor::Middle => "middle",
                    Anchor::End => "end",
                };
                let _ = writeln!(
                    out,
                    "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{size:.1}\" \
                     text-anchor=\"{anchor}\" fill=\"#333\">{}</text>",
                    escape(&text)
                );
            }
        }
    }
    let _ = writeln!(
        out,
        "</svg>\n<figcaption>{}</figcaption>\n</figure>",
        escape(&c.caption)
    );
}

fn rgb(grey: u8) -> String {
    format!("#{grey:02x}{grey:02x}{grey:02x}")
}
