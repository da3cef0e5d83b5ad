//! One self-contained HTML5 file with print CSS.
//!
//! No scripts, no external resources: the styles are inline, so the file can be mailed, opened
//! offline and printed. On screen the page uses the window's width (nine columns need it at
//! 1200 px) and the browser sizes the columns by their content; amounts, counts and dates never
//! break inside. For print, `@page` asks for A4 (portrait or landscape) with `Side 1 af 3` in
//! the bottom margin (CSS page counters, in Chromium since version 131), `thead` is a
//! table-header group (browsers repeat it on every printed page), rows are not split across
//! pages, and headings stay with their tables. Every piece of text is cleaned of control
//! characters and HTML-escaped (`& < > " '`).

use super::clean::clean;
use super::document::{Align, Document, Orientation, Table};
use crate::i18n;
use std::fmt::Write;

/// The document as a complete HTML file.
pub fn render(doc: &Document, orientation: Orientation) -> String {
    let mut out = String::with_capacity(4096);
    let size = match orientation {
        Orientation::Portrait => "A4 portrait",
        Orientation::Landscape => "A4 landscape",
    };
    out.push_str("<!DOCTYPE html>\n");
    let _ = writeln!(out, "<html lang=\"{}\">", doc.lang_tag());
    out.push_str("<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&doc.title));
    let _ = writeln!(
        out,
        "<style>\n{}</style>",
        css(size, &page_footer(doc.lang))
    );
    out.push_str("</head>\n<body>\n<header>\n");
    let _ = writeln!(out, "<h1>{}</h1>", escape(&doc.title));
    for line in &doc.subtitle {
        let _ = writeln!(out, "<p class=\"sub\">{}</p>", escape(line));
    }
    out.push_str("</header>\n<main>\n");
    for section in &doc.sections {
        out.push_str(if section.new_page {
            "<section class=\"appendix\">\n"
        } else {
            "<section>\n"
        });
        if let Some(heading) = &section.heading {
            let _ = writeln!(out, "<h2>{}</h2>", escape(heading));
        }
        super::html_chart::paragraphs(&mut out, &section.paragraphs);
        if let Some(chart) = &section.chart {
            super::html_chart::svg(&mut out, chart);
        }
        table(&mut out, &section.table, doc.lang);
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The page footer as a CSS `content` value: `"Side " counter(page) " af " counter(pages)`.
fn page_footer(lang: i18n::Lang) -> String {
    let quoted = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let template = i18n::EXPORT_PAGE_FOOTER.get(lang);
    let mut parts = Vec::new();
    for (i, piece) in template.split("{page}").enumerate() {
        if i > 0 {
            parts.push("counter(page)".to_string());
        }
        for (j, text) in piece.split("{pages}").enumerate() {
            if j > 0 {
                parts.push("counter(pages)".to_string());
            }
            if !text.is_empty() {
                parts.push(quoted(text));
            }
        }
    }
    parts.join(" ")
}

fn css(size: &str, footer: &str) -> String {
    format!(
        "@page {{ size: {size}; margin: 15mm 14mm 16mm 14mm;
  @bottom-center {{ content: {footer}; font-family: \"DejaVu Sans\", Arial, sans-serif; font-size: 8pt; color: #555; }} }}
:root {{ color: #1a1a1a; font-family: \"DejaVu Sans\", \"Segoe UI\", Arial, sans-serif; }}
body {{ margin: 2rem auto; padding: 0 1.5rem; font-size: 10.5pt; }}
header {{ border-bottom: 1.5pt solid #333; margin-bottom: 1rem; padding-bottom: .4rem; }}
h1 {{ font-size: 16pt; margin: 0 0 .2rem 0; }}
.sub {{ color: #555; margin: 0; font-size: 9.5pt; }}
h2 {{ font-size: 12pt; margin: 1.4rem 0 .4rem 0; break-after: avoid; page-break-after: avoid; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ padding: 3pt 5pt; vertical-align: top; overflow-wrap: break-word; text-align: left; }}
th {{ background: #e8e8e8; border-bottom: 1pt solid #555; font-weight: bold; }}
tbody tr:nth-child(even) {{ background: #f4f4f4; }}
tfoot td {{ border-top: 1pt solid #555; font-weight: bold; }}
.r {{ text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }}
.nb {{ white-space: nowrap; }}
.empty {{ color: #666; font-style: italic; }}
p.flag {{ margin: .2rem 0; }} p.flag.b {{ font-weight: bold; }} p.flag.i {{ margin-left: 1.2rem; }}
figure.chart {{ margin: .6rem 0 1rem 0; }} figure.chart svg {{ width: 100%; height: auto; }}
figure.chart figcaption {{ color: #555; font-size: 9pt; }}
@media print {{
  body {{ margin: 0; max-width: none; padding: 0; font-size: 9pt; }}
  thead {{ display: table-header-group; }}
  tfoot {{ display: table-row-group; }}
  tr, td, th {{ break-inside: avoid; page-break-inside: avoid; }}
  section.appendix {{ break-before: page; page-break-before: always; }}
  figure.chart {{ break-inside: avoid; page-break-inside: avoid; }}
  tbody tr:nth-child(even) {{ background: #f4f4f4; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
}}
"
    )
}

fn table(out: &mut String, table: &Table, lang: i18n::Lang) {
    if table.columns.is_empty() {
        return;
    }
    out.push_str("<table>\n<thead><tr>");
    for column in &table.columns {
        let _ = write!(
            out,
            "<th{}>{}</th>",
            class(column.align),
            escape(&column.header)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    if table.rows.is_empty() && table.totals.is_none() {
        let _ = writeln!(
            out,
            "<tr><td class=\"empty\" colspan=\"{}\">{}</td></tr>",
            table.columns.len(),
            escape(i18n::EXPORT_NO_ROWS.get(lang))
        );
    }
    for row in &table.rows {
        push_row(out, table, row);
    }
    out.push_str("</tbody>\n");
    if let Some(totals) = &table.totals {
        out.push_str("<tfoot>\n");
        push_row(out, table, totals);
        out.push_str("</tfoot>\n");
    }
    out.push_str("</table>\n");
}

fn push_row(out: &mut String, table: &Table, row: &[String]) {
    out.push_str("<tr>");
    for (i, column) in table.columns.iter().enumerate() {
        let _ = write!(
            out,
            "<td{}>{}</td>",
            cell_class(column),
            escape(Table::cell(row, i))
        );
    }
    out.push_str("</tr>\n");
}

fn cell_class(column: &super::document::Column) -> &'static str {
    match (column.align, column.nowrap) {
        (Align::Left, false) => "",
        (Align::Left, true) => " class=\"nb\"",
        (Align::Right, _) => " class=\"r\"",
    }
}

fn class(align: Align) -> &'static str {
    match align {
        Align::Left => "",
        Align::Right => " class=\"r\"",
    }
}

/// `s` cleaned of control characters and escaped for HTML text and attribute values.
pub fn escape(s: &str) -> String {
    let cleaned = clean(s);
    let mut out = String::with_capacity(cleaned.len());
    for c in cleaned.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::document::Column;
    use crate::i18n::Lang;

    #[test]
    fn escape_covers_the_five_characters_and_controls() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>\u{1b}[1m"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn the_file_is_complete_and_in_the_document_language() {
        let mut t = Table::new(vec![Column::left("Navn", 2.0), Column::right("Beløb", 1.0)]);
        t.push_row(["Åse", "1.234,50"]);
        t.totals = Some(vec!["I alt".into(), "1.234,50".into()]);
        let mut d = Document::new("Udbetaling", Lang::Da);
        d.push_section(None, t);
        let html = render(&d, Orientation::Landscape);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"da\">"));
        assert!(html.contains("size: A4 landscape"));
        assert!(html.contains("<tfoot>"));
        assert!(html.contains("<td class=\"r\">1.234,50</td>"));
        assert!(html.trim_end().ends_with("</html>"));
    }
}
