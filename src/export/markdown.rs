//! A [`Document`] as Markdown: `#` title, subtitle lines, `##` section headings and pipe tables
//! (right-aligned numeric columns, a bold totals row). Paragraphs are lines (bold headlines,
//! indented points as list items); a chart is its caption only — the numbers behind it are in
//! a table of the document. Cell text is cleaned and `|` escaped.

use std::fmt::Write as _;

use super::{Align, Document};

fn cell(text: &str) -> String {
    super::clean::clean(text)
        .replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// The document as Markdown text.
pub fn render(doc: &Document) -> String {
    let mut out = format!("# {}\n\n", cell(&doc.title));
    for line in &doc.subtitle {
        let _ = writeln!(out, "{}  ", cell(line));
    }
    for section in &doc.sections {
        out.push('\n');
        if let Some(h) = &section.heading {
            let _ = writeln!(out, "## {}\n", cell(h));
        }
        for p in &section.paragraphs {
            let text = cell(&p.text);
            let text = if p.bold { format!("**{text}**") } else { text };
            if p.indent {
                let _ = writeln!(out, "- {text}");
            } else {
                let _ = writeln!(out, "{text}\n");
            }
        }
        if section.paragraphs.last().is_some_and(|p| p.indent) {
            out.push('\n');
        }
        if let Some(chart) = &section.chart {
            let _ = writeln!(out, "*{}*\n", cell(&chart.caption));
        }
        let t = &section.table;
        if t.columns.is_empty() {
            continue;
        }
        let header: Vec<String> = t.columns.iter().map(|c| cell(&c.header)).collect();
        let _ = writeln!(out, "| {} |", header.join(" | "));
        let rule: Vec<&str> = t
            .columns
            .iter()
            .map(|c| match c.align {
                Align::Right => "---:",
                Align::Left => "---",
            })
            .collect();
        let _ = writeln!(out, "| {} |", rule.join(" | "));
        let row = |cells: &[String], bold: bool| {
            let v: Vec<String> = (0..t.columns.len())
                .map(|i| {
                    let c = cell(super::Table::cell(cells, i));
                    if bold && !c.is_empty() {
                        format!("**{c}**")
                    } else {
                        c
                    }
                })
                .collect();
            format!("| {} |\n", v.join(" | "))
        };
        for r in &t.rows {
            out.push_str(&row(r, false));
        }
        if let Some(totals) = &t.totals {
            out.push_str(&row(totals, true));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Column, Table};
    use crate::i18n::Lang;

    #[test]
    fn tables_align_and_escape() {
        let mut doc = Document::new("Rapport", Lang::Da).with_subtitle("Korpset");
        let mut t = Table::new(vec![Column::left("Navn", 1.0), Column::right("Beløb", 1.0)]);
        t.push_row(["A|B", "1,00 kr."]);
        t.totals = Some(vec!["I alt".into(), "1,00 kr.".into()]);
        doc.push_section(Some("Del".into()), t);
        let md = render(&doc);
        assert!(md.starts_with("# Rapport\n\nKorpset  \n"));
        assert!(md.contains("| Navn | Beløb |\n| --- | ---: |\n| A\\|B | 1,00 kr. |\n"));
        assert!(md.contains("| **I alt** | **1,00 kr.** |"));
    }
}
