//! The format-neutral document that every export format renders.
//!
//! A [`Document`] is a title, a few subtitle lines (corps name, season, print date — already
//! formatted by the caller, so this module knows nothing about money or dates) and sections, each
//! with an optional heading, paragraphs, an optional [`Chart`] and one [`Table`] (a table
//! without columns is not drawn). It is built once and handed to [`super::pdf`],
//! [`super::html`], [`super::csv`] and [`super::text`] alike; the paragraphs and the chart are
//! drawn by the PDF, HTML and Markdown writers (the committee report's formats).
//!
//! Cell text is kept as the caller gave it; each format cleans or escapes it on the way out.

pub use super::chart::Chart;
use crate::i18n::Lang;

/// Page orientation for the paged formats (PDF, and HTML when printed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Orientation {
    /// A4 upright.
    #[default]
    Portrait,
    /// A4 on its side, for wide tables.
    Landscape,
}

/// How a column's text sits in its cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    /// Text starts at the left edge (names, places).
    #[default]
    Left,
    /// Text ends at the right edge (amounts, counts).
    Right,
}

/// One column of a table: its header, its share of the width and how its text is aligned.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The header text.
    pub header: String,
    /// The column's width relative to the others (e.g. `3.0` next to `1.0` is three times as
    /// wide). Non-positive or non-finite values count as `1.0`.
    pub width: f32,
    /// Alignment of the header and the cells.
    pub align: Align,
    /// The column holds numbers such as `-1.234,50`: CSV lets a leading minus through instead of
    /// neutralising it as a formula (see [`super::csv`]).
    pub numeric: bool,
    /// The column's cells are never broken across lines where the format can keep them whole
    /// (phone numbers, terms): HTML sets `white-space: nowrap`.
    pub nowrap: bool,
}

impl Column {
    /// A left-aligned text column.
    pub fn left(header: impl Into<String>, width: f32) -> Column {
        Column {
            header: header.into(),
            width,
            align: Align::Left,
            numeric: false,
            nowrap: false,
        }
    }

    /// A right-aligned column (not numeric for CSV unless [`Column::numeric`] is called).
    pub fn right(header: impl Into<String>, width: f32) -> Column {
        Column {
            align: Align::Right,
            ..Column::left(header, width)
        }
    }

    /// Marks the column as numeric (amounts, counts): see [`Column::numeric`] (the field).
    #[must_use]
    pub fn numeric(mut self) -> Column {
        self.numeric = true;
        self
    }

    /// Keeps the column's cells on one line (see [`Column::nowrap`], the field).
    #[must_use]
    pub fn nowrap(mut self) -> Column {
        self.nowrap = true;
        self
    }

    /// The relative width, with nonsense values replaced by `1.0`.
    pub fn weight(&self) -> f32 {
        if self.width.is_finite() && self.width > 0.0 {
            self.width
        } else {
            1.0
        }
    }
}

/// A table: columns, rows of cell strings, and an optional totals row shown after the rows.
///
/// A row with fewer cells than columns is padded with empty cells; extra cells are ignored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// The columns, left to right.
    pub columns: Vec<Column>,
    /// The rows, each a list of cell texts.
    pub rows: Vec<Vec<String>>,
    /// A totals row (e.g. `I alt`), emphasised where the format can.
    pub totals: Option<Vec<String>>,
    /// Keep the table on one page (a few key figures): the paged formats move it whole to the
    /// next page rather than split it, when it fits on one.
    pub keep_whole: bool,
}

impl Table {
    /// A table with these columns and no rows.
    pub fn new(columns: Vec<Column>) -> Table {
        Table {
            columns,
            rows: Vec::new(),
            totals: None,
            keep_whole: false,
        }
    }

    /// Adds a row.
    pub fn push_row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }

    /// The cell at `row`, `col` of `cells`, or `""` when the row is short.
    pub fn cell(cells: &[String], col: usize) -> &str {
        cells.get(col).map_or("", String::as_str)
    }

    /// The relative column widths as fractions that add up to 1.
    pub fn fractions(&self) -> Vec<f32> {
        let total: f32 = self.columns.iter().map(Column::weight).sum();
        self.columns.iter().map(|c| c.weight() / total).collect()
    }
}

/// A paragraph of text, wrapped to the page and never cut.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Paragraph {
    /// The text.
    pub text: String,
    /// Shown in bold (a headline).
    pub bold: bool,
    /// Indented under the paragraph before it.
    pub indent: bool,
}

impl Paragraph {
    /// A plain paragraph.
    pub fn plain(text: impl Into<String>) -> Paragraph {
        Paragraph {
            text: text.into(),
            ..Paragraph::default()
        }
    }

    /// A bold paragraph.
    pub fn bold(text: impl Into<String>) -> Paragraph {
        Paragraph {
            bold: true,
            ..Paragraph::plain(text)
        }
    }

    /// An indented paragraph (a point beneath a headline).
    pub fn indented(text: impl Into<String>) -> Paragraph {
        Paragraph {
            indent: true,
            ..Paragraph::plain(text)
        }
    }
}

/// A part of a document: an optional heading over paragraphs, a chart and a table, in that
/// order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Section {
    /// The heading, e.g. `Rollemodeller`.
    pub heading: Option<String>,
    /// Text before the chart and the table.
    pub paragraphs: Vec<Paragraph>,
    /// A chart before the table.
    pub chart: Option<Chart>,
    /// The table (not drawn when it has no columns).
    pub table: Table,
    /// Start the section on a new page (an appendix).
    pub new_page: bool,
}

/// A document: title, subtitle lines and sections.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The title, e.g. `Ambassadørliste`.
    pub title: String,
    /// Lines under the title, already formatted: corps name, season `2026/27`, print date.
    pub subtitle: Vec<String>,
    /// The sections in order.
    pub sections: Vec<Section>,
    /// The language of the texts (for `lang` attributes and PDF metadata).
    pub lang: Lang,
}

impl Document {
    /// An empty document with this title, in `lang`.
    pub fn new(title: impl Into<String>, lang: Lang) -> Document {
        Document {
            title: title.into(),
            lang,
            ..Document::default()
        }
    }

    /// Adds a subtitle line.
    #[must_use]
    pub fn with_subtitle(mut self, line: impl Into<String>) -> Document {
        self.subtitle.push(line.into());
        self
    }

    /// Adds a section.
    pub fn push_section(&mut self, heading: Option<String>, table: Table) {
        self.sections.push(Section {
            heading,
            table,
            ..Section::default()
        });
    }

    /// Adds a section built by the caller (paragraphs, a chart).
    pub fn push(&mut self, section: Section) {
        self.sections.push(section);
    }

    /// The BCP 47 language tag of [`Document::lang`].
    pub fn lang_tag(&self) -> &'static str {
        match self.lang {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_add_up_and_ignore_nonsense_widths() {
        let t = Table::new(vec![
            Column::left("a", 3.0),
            Column::right("b", 1.0),
            Column::left("c", f32::NAN),
            Column::left("d", -2.0),
        ]);
        let f = t.fractions();
        assert!((f.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!((f[0] - 0.5).abs() < 1e-6);
        assert!((f[2] - f[3]).abs() < 1e-6);
    }

    #[test]
    fn short_rows_read_as_empty_cells() {
        let row = vec!["x".to_string()];
        assert_eq!(Table::cell(&row, 0), "x");
        assert_eq!(Table::cell(&row, 3), "");
    }

    #[test]
    fn builders_set_what_they_say() {
        let c = Column::right("Beløb", 1.5).numeric();
        assert_eq!(c.align, Align::Right);
        assert!(c.numeric);
        let d = Document::new("Liste", Lang::En).with_subtitle("Korps");
        assert_eq!(d.lang_tag(), "en");
        assert_eq!(d.subtitle, vec!["Korps".to_string()]);
    }
}
