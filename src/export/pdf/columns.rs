//! Column widths of a PDF table from the measured text of the whole document, as a browser lays
//! out an automatic table: every table with the same columns (the groups of the yearly list and
//! its grand total) gets the same widths, measured over all their rows.
//!
//! For each column two widths are measured: the *least* — its widest piece that may not be
//! broken (a header word, a name part, a date, an e-mail's `@domain`, see
//! [`super::font::segments`]; the whole text of amounts, counts and `nowrap` columns) — and the
//! *natural* one, its widest text on one line. Every column gets its least width; the room left
//! goes to the columns in proportion to how much more they would like (natural − least), so a
//! column with room to spare (short names) gives way to one that needs it (schools, terms).
//! Only when even the least widths do not fit the page are they scaled down (and a piece then
//! breaks between characters, the last resort).

use super::font::{Metrics, segments};
use super::layout::Fonts;
use super::style::{Geometry, Style};
use crate::export::clean::clean;
use crate::export::document::{Align, Document, Table};

/// Each column's left edge and width for `table`, measured over every table of `doc` with the
/// same column headers.
pub fn column_xs(doc: &Document, table: &Table, fonts: &Fonts, geo: &Geometry) -> Vec<(f32, f32)> {
    let same = |t: &Table| {
        t.columns.len() == table.columns.len()
            && t.columns
                .iter()
                .zip(&table.columns)
                .all(|(a, b)| a.header == b.header)
    };
    let tables: Vec<&Table> = doc
        .sections
        .iter()
        .map(|s| &s.table)
        .filter(|t| same(t))
        .collect();
    let size = Style::CELL_SIZE;
    let pad = 2.0 * Style::PAD_X + 0.5;
    let measured: Vec<(f32, f32)> = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            let header = clean(&column.header);
            let mut least = header
                .split_whitespace()
                .map(|w| fonts.bold.width(w, size))
                .fold(0.0, f32::max);
            let mut natural = fonts.bold.width(&header, size);
            let whole = column.nowrap || column.align == Align::Right;
            let mut measure = |text: &str, font: &Metrics| {
                let text = clean(text);
                let full = font.width(&text, size);
                natural = natural.max(full);
                least = least.max(if whole {
                    full
                } else {
                    text.split_whitespace()
                        .flat_map(segments)
                        .map(|piece| font.width(piece, size))
                        .fold(0.0, f32::max)
                });
            };
            for t in &tables {
                for row in &t.rows {
                    measure(Table::cell(row, i), &fonts.regular);
                }
                if let Some(totals) = &t.totals {
                    measure(Table::cell(totals, i), &fonts.bold);
                }
            }
            (least + pad, natural.max(least) + pad)
        })
        .collect();
    let widths = share(&measured, geo.content_width());
    let mut x = geo.left;
    widths
        .into_iter()
        .map(|w| {
            let col = (x, w);
            x += w;
            col
        })
        .collect()
}

/// Widths adding up to `total` from each column's (least, natural) width (see the module doc).
fn share(measured: &[(f32, f32)], total: f32) -> Vec<f32> {
    let least: f32 = measured.iter().map(|m| m.0).sum();
    let natural: f32 = measured.iter().map(|m| m.1).sum();
    if least >= total {
        return measured.iter().map(|m| m.0 * total / least).collect();
    }
    if natural <= total {
        // Everything fits on one line: the spare room in proportion to the natural widths.
        return measured.iter().map(|m| m.1 * total / natural).collect();
    }
    let room = total - least;
    let wish = natural - least;
    measured
        .iter()
        .map(|(l, n)| l + room * (n - l) / wish)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_gets_its_least_width_and_the_room_goes_where_it_is_wished() {
        let w = share(&[(10.0, 20.0), (30.0, 130.0), (20.0, 20.0)], 110.0);
        assert!((w.iter().sum::<f32>() - 110.0).abs() < 0.01);
        assert!(w[0] >= 10.0 && w[1] >= 30.0 && (w[2] - 20.0).abs() < 0.01);
        // The column wishing for more gets more of the room.
        assert!(w[1] - 30.0 > w[0] - 10.0);
        let fits = share(&[(10.0, 20.0), (10.0, 30.0)], 100.0);
        assert!((fits[1] / fits[0] - 1.5).abs() < 0.01);
        let squeezed = share(&[(100.0, 200.0), (100.0, 100.0)], 100.0);
        assert!((squeezed[0] - 50.0).abs() < 0.01);
    }
}
