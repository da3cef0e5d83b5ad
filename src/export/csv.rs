//! CSV that Danish Excel opens as it is, and that cannot run formulas.
//!
//! - UTF-8 with a byte-order mark (without it Excel guesses a legacy code page and mangles æøå);
//! - `;` between fields (Danish Excel's list separator, since `,` is the decimal comma);
//! - CRLF after every record; a field is quoted when it holds `;`, `"`, CR or LF, and quotes
//!   inside it are doubled;
//! - **formula neutralisation**: a cell that starts with `=`, `+`, `-`, `@`, tab, CR or LF gets a
//!   leading `'`, so a spreadsheet shows it as text instead of evaluating it. In a column marked
//!   [`Column::numeric`](super::Column::numeric) a leading `-` is let through when the rest is
//!   only digits, `.` and `,` (a negative amount such as `-1.234,50`);
//! - escape sequences and other control characters are removed (tab, CR and LF stay, quoted).
//!
//! Only the table data is written — no title lines — so the file loads as one clean sheet.

use super::clean::strip_unsafe;
use super::document::{Document, Table};
use std::borrow::Cow;

/// The byte-order mark that starts every file.
pub const BOM: &str = "\u{FEFF}";

/// One table as CSV: the header row, the rows, then the totals row if any.
pub fn render_table(table: &Table) -> Vec<u8> {
    let mut out = String::from(BOM);
    let numeric: Vec<bool> = table.columns.iter().map(|c| c.numeric).collect();
    let headers: Vec<&str> = table.columns.iter().map(|c| c.header.as_str()).collect();
    push_record(&mut out, &headers, &vec![false; headers.len()]);
    for row in table.rows.iter().chain(&table.totals) {
        push_row(&mut out, None, row, table.columns.len(), &numeric);
    }
    out.into_bytes()
}

/// A whole document as one sheet.
///
/// When every section has the same column headers, the result is one table; if there is more
/// than one section, a first column headed `group_header` (e.g. `Gruppe`) holds each row's
/// section heading, so the grouping survives sorting and filtering in the spreadsheet. When the
/// sections differ, they follow one another, each with its own header row, separated by an empty
/// record. Totals rows are written as rows.
pub fn render_document(doc: &Document, group_header: &str) -> Vec<u8> {
    let Some(first) = doc.sections.first() else {
        return BOM.as_bytes().to_vec();
    };
    let same_columns = doc.sections.iter().all(|s| {
        s.table.columns.len() == first.table.columns.len()
            && s.table
                .columns
                .iter()
                .zip(&first.table.columns)
                .all(|(a, b)| a.header == b.header)
    });
    if doc.sections.len() == 1 {
        return render_table(&first.table);
    }
    if !same_columns {
        let mut out = Vec::new();
        for (i, section) in doc.sections.iter().enumerate() {
            let bytes = render_table(&section.table);
            if i > 0 {
                out.extend_from_slice(b"\r\n");
                out.extend_from_slice(&bytes[BOM.len()..]);
            } else {
                out.extend_from_slice(&bytes);
            }
        }
        return out;
    }
    let mut out = String::from(BOM);
    let columns = &first.table.columns;
    let mut headers = vec![group_header];
    headers.extend(columns.iter().map(|c| c.header.as_str()));
    push_record(&mut out, &headers, &vec![false; headers.len()]);
    let numeric: Vec<bool> = columns.iter().map(|c| c.numeric).collect();
    for section in &doc.sections {
        let group = section.heading.as_deref().unwrap_or("");
        for row in section.table.rows.iter().chain(&section.table.totals) {
            push_row(&mut out, Some(group), row, columns.len(), &numeric);
        }
    }
    out.into_bytes()
}

fn push_row(out: &mut String, group: Option<&str>, row: &[String], width: usize, numeric: &[bool]) {
    let mut cells: Vec<&str> = group.into_iter().collect();
    let mut flags: Vec<bool> = group.map(|_| false).into_iter().collect();
    for (col, &is_numeric) in numeric.iter().enumerate().take(width) {
        cells.push(Table::cell(row, col));
        flags.push(is_numeric);
    }
    push_record(out, &cells, &flags);
}

fn push_record(out: &mut String, cells: &[&str], numeric: &[bool]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        out.push_str(&field(cell, numeric.get(i).copied().unwrap_or(false)));
    }
    out.push_str("\r\n");
}

/// One field, cleaned, neutralised and quoted as needed.
pub fn field(raw: &str, numeric: bool) -> Cow<'_, str> {
    let cleaned = strip_unsafe(raw);
    let neutral = if needs_neutralising(&cleaned, numeric) {
        Cow::Owned(format!("'{cleaned}"))
    } else {
        cleaned
    };
    if neutral.contains([';', '"', '\r', '\n']) {
        Cow::Owned(format!("\"{}\"", neutral.replace('"', "\"\"")))
    } else {
        neutral
    }
}

/// Whether a spreadsheet could read `s` as a formula.
pub fn needs_neutralising(s: &str, numeric: bool) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if !matches!(first, '=' | '+' | '-' | '@' | '\t' | '\r' | '\n') {
        return false;
    }
    !(numeric && first == '-' && is_plain_negative(s))
}

/// `-` followed by at least one digit and nothing but digits, `.` and `,`.
fn is_plain_negative(s: &str) -> bool {
    let rest = &s[1..];
    rest.chars().any(|c| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        for s in ["=1+1", "+45 12 34", "-2+3", "@SUM(A1)", "\tx", "\rx", "\nx"] {
            assert!(field(s, false).contains('\''), "{s:?}");
        }
        assert_eq!(
            field("=HYPERLINK(\"x\")", false),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(field("Åse", false), "Åse");
        assert_eq!(field("a=b", false), "a=b");
    }

    #[test]
    fn negative_amounts_pass_only_in_numeric_columns() {
        assert_eq!(field("-1.234,50", true), "-1.234,50");
        assert_eq!(field("-1.234,50", false), "'-1.234,50");
        assert_eq!(field("-1+2", true), "'-1+2");
        assert_eq!(field("-", true), "'-");
        assert_eq!(field("-1.234,50 kr.", true), "'-1.234,50 kr.");
        assert_eq!(field("=1", true), "'=1");
    }

    #[test]
    fn quoting_follows_the_separator_quotes_and_line_breaks() {
        assert_eq!(field("a;b", false), "\"a;b\"");
        assert_eq!(field("say \"hi\"", false), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\r\nlines", false), "\"two\r\nlines\"");
        assert_eq!(field("plain, comma", false), "plain, comma");
    }

    #[test]
    fn escape_sequences_are_removed_before_the_check() {
        assert_eq!(field("\u{1b}[31m=cmd", false), "'=cmd");
        assert_eq!(field("a\u{7}\u{202e}b", false), "ab");
    }
}
