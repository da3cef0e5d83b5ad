//! Plain text with aligned columns, for a terminal, an e-mail or `lp`.
//!
//! Widths are counted in terminal columns (`unicode-width`: wide CJK and most emoji count 2,
//! combining marks 0). Columns get their natural width when the page is wide enough; otherwise
//! the width is shared out by the columns' relative widths, narrow columns keeping what they
//! need, and text that does not fit is cut with `…`. Control characters and escape sequences are
//! removed first, so the output is safe to `cat` to a terminal.

use super::clean::clean;
use super::document::{Align, Document, Table};
use crate::i18n;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The gap between columns.
const GAP: &str = "  ";

/// The document as text no wider than `max_width` columns (at least 20), lines ending in `\n`.
pub fn render(doc: &Document, max_width: usize) -> String {
    let max_width = max_width.max(20);
    let mut out = String::new();
    let title = clean(&doc.title);
    push_line(&mut out, &cut(&title, max_width));
    push_line(&mut out, &"=".repeat(title.width().clamp(1, max_width)));
    for line in &doc.subtitle {
        push_line(&mut out, &cut(&clean(line), max_width));
    }
    for section in &doc.sections {
        out.push('\n');
        if let Some(heading) = &section.heading {
            let heading = clean(heading);
            push_line(&mut out, &cut(&heading, max_width));
            push_line(&mut out, &"-".repeat(heading.width().clamp(1, max_width)));
        }
        render_table(&mut out, &section.table, max_width, doc.lang);
    }
    out
}

fn render_table(out: &mut String, table: &Table, max_width: usize, lang: i18n::Lang) {
    if table.columns.is_empty() {
        return;
    }
    let cells = |row: &[String]| -> Vec<String> {
        (0..table.columns.len())
            .map(|c| clean(Table::cell(row, c)).into_owned())
            .collect()
    };
    let headers: Vec<String> = table
        .columns
        .iter()
        .map(|c| clean(&c.header).into_owned())
        .collect();
    let rows: Vec<Vec<String>> = table.rows.iter().map(|r| cells(r)).collect();
    let totals = table.totals.as_deref().map(cells);
    let natural: Vec<usize> = (0..table.columns.len())
        .map(|c| {
            std::iter::once(&headers)
                .chain(&rows)
                .chain(&totals)
                .map(|r| r[c].width())
                .max()
                .unwrap_or(0)
                .max(1)
        })
        .collect();
    let gaps = GAP.len() * (table.columns.len() - 1);
    let widths = share(
        &natural,
        &table.fractions(),
        max_width.saturating_sub(gaps).max(table.columns.len()),
    );
    let aligns: Vec<Align> = table.columns.iter().map(|c| c.align).collect();
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    push_row(out, &headers, &widths, &aligns);
    push_row(out, &rule, &widths, &aligns);
    if rows.is_empty() && totals.is_none() {
        push_line(out, i18n::EXPORT_NO_ROWS.get(lang));
    }
    for row in &rows {
        push_row(out, row, &widths, &aligns);
    }
    if let Some(totals) = &totals {
        push_row(out, &rule, &widths, &aligns);
        push_row(out, totals, &widths, &aligns);
    }
}

/// Column widths that add up to at most `available`: natural widths when they fit, otherwise
/// shares by `fractions` where columns that need less than their share give the rest away.
pub fn share(natural: &[usize], fractions: &[f32], available: usize) -> Vec<usize> {
    if natural.iter().sum::<usize>() <= available {
        return natural.to_vec();
    }
    let mut widths = vec![0; natural.len()];
    let mut open: Vec<usize> = (0..natural.len()).collect();
    let mut left = available;
    loop {
        let weight: f32 = open.iter().map(|&i| fractions[i]).sum();
        let fits: Vec<usize> = open
            .iter()
            .copied()
            .filter(|&i| float(natural[i]) <= float(left) * fractions[i] / weight)
            .collect();
        if fits.is_empty() {
            for &i in &open {
                widths[i] = ((float(left) * fractions[i] / weight).floor() as usize).max(1);
            }
            return widths;
        }
        for i in fits {
            widths[i] = natural[i];
            left -= natural[i];
            open.retain(|&j| j != i);
        }
    }
}

/// A column count as a float, without a lossy cast (widths are far below `u16::MAX`).
fn float(n: usize) -> f32 {
    f32::from(u16::try_from(n).unwrap_or(u16::MAX))
}

fn push_row(out: &mut String, cells: &[String], widths: &[usize], aligns: &[Align]) {
    let mut line = String::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            line.push_str(GAP);
        }
        let text = cut(cell, widths[i]);
        let pad = " ".repeat(widths[i].saturating_sub(text.width()));
        match aligns[i] {
            Align::Left => {
                line.push_str(&text);
                line.push_str(&pad);
            }
            Align::Right => {
                line.push_str(&pad);
                line.push_str(&text);
            }
        }
    }
    push_line(out, &line);
}

fn push_line(out: &mut String, line: &str) {
    out.push_str(line.trim_end());
    out.push('\n');
}

/// `s` cut to at most `width` columns, ending in `…` when something was cut.
pub fn cut(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::document::Column;
    use crate::i18n::Lang;

    fn doc(rows: &[[&str; 2]]) -> Document {
        let mut t = Table::new(vec![Column::left("Navn", 3.0), Column::right("Antal", 1.0)]);
        for r in rows {
            t.push_row(*r);
        }
        let mut d = Document::new("Liste", Lang::Da).with_subtitle("Korpset");
        d.push_section(Some("Rollemodeller".into()), t);
        d
    }

    #[test]
    fn columns_line_up_with_wide_characters() {
        let out = render(&doc(&[["Åse Ærø", "3"], ["漢字さん", "12"]]), 80);
        let lines: Vec<&str> = out.lines().collect();
        let rows: Vec<&&str> = lines
            .iter()
            .filter(|l| l.contains("Åse") || l.contains('漢'))
            .collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].width(), rows[1].width(), "{out}");
        assert!(out.contains("Åse Ærø       3"), "{out}");
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis_within_the_width() {
        let long = "x".repeat(10_000);
        let out = render(&doc(&[[long.as_str(), "1"]]), 40);
        assert!(out.lines().all(|l| l.width() <= 40), "{out}");
        assert!(out.contains('…'));
    }

    #[test]
    fn control_characters_never_reach_the_output() {
        let out = render(&doc(&[["\u{1b}[2J\u{202e}Bo\u{7}", "1"]]), 60);
        assert!(!out.chars().any(|c| c != '\n' && c.is_control()), "{out:?}");
        assert!(out.contains("Bo"));
    }

    #[test]
    fn an_empty_table_says_so() {
        assert!(render(&doc(&[]), 60).contains("Ingen rækker."));
    }

    #[test]
    fn cut_counts_wide_characters_as_two() {
        assert_eq!(cut("漢字漢字", 5), "漢字…");
        assert_eq!(cut("abc", 3), "abc");
    }

    #[test]
    fn share_keeps_narrow_columns_whole() {
        assert_eq!(share(&[50, 2], &[0.5, 0.5], 20), vec![18, 2]);
        assert_eq!(share(&[5, 2], &[0.5, 0.5], 20), vec![5, 2]);
    }
}
