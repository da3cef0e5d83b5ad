//! PDF on A4 with krilla.
//!
//! Every page has the same header (the title, and the subtitle lines — corps name, season, print
//! date — on one line under it, with a rule) and a footer with the page number from a template
//! such as `Side {page} af {pages}`. Tables repeat their header row on every page they run onto
//! (their heading too, marked `(fortsat)`); a row that does not fit is moved whole to the next
//! page; column widths come from the measured text of the whole document (see [`columns`]);
//! cell text wraps at spaces and after hyphens, never inside a date, an amount or an e-mail's
//! domain, and a row grows to show all of it; every other row is shaded. Text is cleaned of control characters first (see
//! [`crate::export::clean`]). DejaVu Sans is embedded as a subset; characters it lacks show as
//! a box and never fail. The output is deterministic: no dates are read or written.
//!
//! Layout happens in two passes — [`layout::paginate`] first, then drawing — because the footer
//! needs the page count.

pub mod blocks;
pub mod columns;
pub mod font;
pub mod layout;
pub mod style;

use self::font::{BOLD, Metrics, REGULAR};
use self::layout::{Fonts, Labels, Op};
use self::style::{Geometry, Style};
use super::ExportError;
use super::clean::clean;
use super::document::{Document, Orientation};
use crate::i18n::{self, Lang};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::text::Font;
use std::sync::Arc;

/// How to print: orientation and the texts the layout adds.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfOptions {
    /// Portrait or landscape A4.
    pub orientation: Orientation,
    /// The footer, with `{page}` and `{pages}` replaced, e.g. `Side {page} af {pages}`.
    pub footer: String,
    /// Appended to a section heading repeated on a following page, e.g. `(fortsat)`.
    pub continued: String,
    /// Shown in a table without rows.
    pub no_rows: String,
}

impl PdfOptions {
    /// Portrait A4 with the texts of `lang` from the catalog.
    pub fn for_lang(lang: Lang) -> PdfOptions {
        PdfOptions {
            orientation: Orientation::Portrait,
            footer: i18n::EXPORT_PAGE_FOOTER.get(lang).to_string(),
            continued: i18n::EXPORT_CONTINUED.get(lang).to_string(),
            no_rows: i18n::EXPORT_NO_ROWS.get(lang).to_string(),
        }
    }
}

/// The document as PDF bytes.
pub fn render(doc: &Document, options: &PdfOptions) -> Result<Vec<u8>, ExportError> {
    render_paged(doc, options).map(|(bytes, _)| bytes)
}

/// The document as PDF bytes, and its number of pages (for the line saying what was written).
pub fn render_paged(doc: &Document, options: &PdfOptions) -> Result<(Vec<u8>, usize), ExportError> {
    let broken = || ExportError::Pdf("the embedded font cannot be read".into());
    let fonts = Fonts {
        regular: Metrics::new(REGULAR).ok_or_else(broken)?,
        bold: Metrics::new(BOLD).ok_or_else(broken)?,
    };
    let regular = pdf_font(REGULAR).ok_or_else(broken)?;
    let bold = pdf_font(BOLD).ok_or_else(broken)?;
    let geo = Geometry::a4(options.orientation);
    let labels = Labels {
        continued: &options.continued,
        no_rows: &options.no_rows,
    };
    let pages = layout::paginate(doc, &fonts, &geo, &labels);
    let total = pages.len().to_string();

    let mut pdf = krilla::Document::new();
    pdf.set_metadata(
        Metadata::new()
            .title(clean(&doc.title).into_owned())
            .language(doc.lang_tag().to_string())
            .creator("korps".to_string()),
    );
    let settings = PageSettings::from_wh(geo.width, geo.height)
        .ok_or_else(|| ExportError::Pdf("bad page size".into()))?;
    for (n, body) in pages.iter().enumerate() {
        let footer = options
            .footer
            .replace("{page}", &(n + 1).to_string())
            .replace("{pages}", &total);
        let mut page = pdf.start_page_with(settings.clone());
        let mut surface = page.surface();
        let mut draw = |op: &Op| draw_op(&mut surface, op, &fonts, &regular, &bold);
        for op in header_ops(doc, &fonts, &geo)
            .iter()
            .chain(body)
            .chain(&footer_ops(doc, &footer, &fonts, &geo))
        {
            draw(op);
        }
        surface.finish();
        page.finish();
    }
    let bytes = pdf
        .finish()
        .map_err(|e| ExportError::Pdf(format!("{e:?}")))?;
    Ok((bytes, pages.len()))
}

fn pdf_font(data: &'static [u8]) -> Option<Font> {
    let data: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(data);
    Font::new(data.into(), 0)
}

/// The page header: title, subtitle line, rule.
fn header_ops(doc: &Document, fonts: &Fonts, geo: &Geometry) -> Vec<Op> {
    let width = geo.content_width();
    let title = fonts
        .bold
        .cut(&clean(&doc.title), Style::TITLE_SIZE, width, false);
    let subtitle: Vec<String> = doc.subtitle.iter().map(|s| clean(s).into_owned()).collect();
    let subtitle = fonts
        .regular
        .cut(&subtitle.join("  ·  "), Style::SUBTITLE_SIZE, width, false);
    let top = geo.header_top;
    vec![
        Op::Text {
            x: geo.left,
            y: top + Style::TITLE_SIZE,
            size: Style::TITLE_SIZE,
            bold: true,
            grey: 0,
            text: title,
        },
        Op::Text {
            x: geo.left,
            y: top + Style::TITLE_SIZE + 13.0,
            size: Style::SUBTITLE_SIZE,
            bold: false,
            grey: Style::MUTED,
            text: subtitle,
        },
        Op::Rule {
            x: geo.left,
            y: top + Style::HEADER_HEIGHT,
            w: width,
            width: 1.0,
            grey: 40,
        },
    ]
}

/// The footer: a thin rule, the title on the left, the page number on the right.
fn footer_ops(doc: &Document, footer: &str, fonts: &Fonts, geo: &Geometry) -> Vec<Op> {
    let size = Style::FOOTER_SIZE;
    let footer = clean(footer);
    let number_w = fonts.regular.width(&footer, size);
    let title = fonts.regular.cut(
        &clean(&doc.title),
        size,
        (geo.content_width() - number_w - 20.0).max(0.0),
        false,
    );
    vec![
        Op::Rule {
            x: geo.left,
            y: geo.footer_baseline - size - 4.0,
            w: geo.content_width(),
            width: 0.4,
            grey: Style::RULE_GREY,
        },
        Op::Text {
            x: geo.left,
            y: geo.footer_baseline,
            size,
            bold: false,
            grey: Style::MUTED,
            text: title,
        },
        Op::Text {
            x: geo.right - number_w,
            y: geo.footer_baseline,
            size,
            bold: false,
            grey: Style::MUTED,
            text: footer.into_owned(),
        },
    ]
}

fn grey(level: u8) -> krilla::paint::Paint {
    rgb::Color::new(level, level, level).into()
}

fn draw_op(
    surface: &mut krilla::surface::Surface<'_>,
    op: &Op,
    fonts: &Fonts,
    regular: &Font,
    bold: &Font,
) {
    match op {
        Op::Text {
            x,
            y,
            size,
            bold: is_bold,
            grey: level,
            text,
        } => {
            if text.is_empty() {
                return;
            }
            let (metrics, font) = if *is_bold {
                (&fonts.bold, bold)
            } else {
                (&fonts.regular, regular)
            };
            surface.set_stroke(None);
            surface.set_fill(Some(Fill {
                paint: grey(*level),
                opacity: NormalizedF32::ONE,
                rule: FillRule::NonZero,
            }));
            let glyphs = metrics.glyphs(text);
            surface.draw_glyphs(
                Point::from_xy(*x, *y),
                &glyphs,
                font.clone(),
                text,
                *size,
                false,
            );
        }
        Op::Fill {
            x,
            y,
            w,
            h,
            grey: level,
        } => {
            let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) else {
                return;
            };
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            if let Some(path) = pb.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(Fill {
                    paint: grey(*level),
                    opacity: NormalizedF32::ONE,
                    rule: FillRule::NonZero,
                }));
                surface.draw_path(&path);
            }
        }
        Op::Path {
            points,
            width,
            grey: level,
            dashed,
        } => {
            let mut pb = PathBuilder::new();
            for (i, (x, y)) in points.iter().enumerate() {
                if i == 0 {
                    pb.move_to(*x, *y);
                } else {
                    pb.line_to(*x, *y);
                }
            }
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: grey(*level),
                    width: *width,
                    line_join: krilla::paint::LineJoin::Round,
                    dash: dashed.then(|| krilla::paint::StrokeDash {
                        array: vec![4.0, 3.0],
                        offset: 0.0,
                    }),
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
            }
        }
        Op::Rule {
            x,
            y,
            w,
            width,
            grey: level,
        } => {
            let mut pb = PathBuilder::new();
            pb.move_to(*x, *y);
            pb.line_to(*x + *w, *y);
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: grey(*level),
                    width: *width,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
            }
        }
    }
}
