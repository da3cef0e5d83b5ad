//! Reading a spreadsheet into rows of text: CSV (`;` or `,`, UTF-8 with or without BOM, or
//! Windows-1252) and XLSX (the first sheet, through calamine).
//!
//! Every row keeps the line number a person would look for: the physical line in the CSV file
//! where the record starts (a quoted cell may span lines), or the row number in the sheet.

use std::path::Path;

use calamine::{Data, Reader};
use chrono::{Duration, NaiveDate};

/// One row of the file: its line number and its cells, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    pub line: usize,
    pub cells: Vec<String>,
}

/// Why a file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The workbook could not be opened (not XLSX, damaged).
    #[error("{0}")]
    Workbook(String),
    /// Neither `.csv` nor `.xlsx`.
    #[error("unknown kind of file")]
    UnknownKind,
    /// Nothing but empty rows.
    #[error("empty")]
    Empty,
}

/// The rows of the file at `path`, empty rows left out; the first is the header.
pub fn read_rows(path: &Path) -> Result<Vec<SheetRow>, ReadError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase);
    let bytes = std::fs::read(path)?;
    let rows = match ext.as_deref() {
        Some("csv" | "txt" | "tsv") => csv_rows(&decode(&bytes)),
        Some("xlsx" | "xlsm" | "xls" | "ods") => xlsx_rows(bytes)?,
        _ => return Err(ReadError::UnknownKind),
    };
    let rows: Vec<SheetRow> = rows
        .into_iter()
        .filter(|r| r.cells.iter().any(|c| !c.is_empty()))
        .collect();
    if rows.is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(rows)
}

/// The text of a CSV file: UTF-8 (a BOM is dropped), else Windows-1252 — what Danish Excel
/// writes with "CSV (semikolonsepareret)".
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

/// The separator: whichever of `;`, `,` and tab occurs most often outside quotes in the first
/// line (`;` on a tie, as Danish Excel writes it).
fn separator(text: &str) -> char {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ';' if !quoted => counts[0] += 1,
            ',' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    if counts[1] > counts[0] && counts[1] >= counts[2] {
        ','
    } else if counts[2] > counts[0] && counts[2] > counts[1] {
        '\t'
    } else {
        ';'
    }
}

/// CSV records (RFC 4180: quoted cells with doubled quotes and line breaks inside).
pub fn csv_rows(text: &str) -> Vec<SheetRow> {
    let sep = separator(text);
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut start = 1;
    let mut chars = text.chars().peekable();
    let finish = |cells: &mut Vec<String>, cell: &mut String| {
        cells.push(cell.trim().to_string());
        cell.clear();
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                '\r' => {}
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            c if c == sep => finish(&mut cells, &mut cell),
            '\r' => {}
            '\n' => {
                finish(&mut cells, &mut cell);
                rows.push(SheetRow {
                    line: start,
                    cells: std::mem::take(&mut cells),
                });
                line += 1;
                start = line;
            }
            c => cell.push(c),
        }
    }
    if !cell.is_empty() || !cells.is_empty() {
        finish(&mut cells, &mut cell);
        rows.push(SheetRow { line: start, cells });
    }
    rows
}

/// The first sheet of a workbook.
fn xlsx_rows(bytes: Vec<u8>) -> Result<Vec<SheetRow>, ReadError> {
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| ReadError::Workbook(e.to_string()))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or(ReadError::Empty)?
        .map_err(|e| ReadError::Workbook(e.to_string()))?;
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let first_col = range.start().map_or(0, |(_, col)| col as usize);
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            let mut cells = vec![String::new(); first_col];
            cells.extend(row.iter().map(cell_text));
            SheetRow {
                line: first_row + i + 1,
                cells,
            }
        })
        .collect())
}

/// A cell as the text a person would have typed: whole numbers without decimals (a phone
/// number typed as a number), dates as ISO dates.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Bool(b) => if *b { "ja" } else { "nej" }.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::DateTime(dt) => excel_date(dt.as_f64()).map_or_else(
            || number_text(dt.as_f64()),
            |d| d.format("%Y-%m-%d").to_string(),
        ),
    }
}

fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// An Excel serial date (days since 30.12.1899, the 1900 system) as a date.
fn excel_date(serial: f64) -> Option<NaiveDate> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_signed(Duration::days(serial as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(rows: &[SheetRow]) -> Vec<Vec<&str>> {
        rows.iter()
            .map(|r| r.cells.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn semicolons_commas_quotes_and_line_numbers() {
        let rows = csv_rows(
            "navn;telefon\r\n\"Hansen; Bo\";12\r\n\"To\nlinjer\";\"sagde \"\"hej\"\"\"\r\nÅse;3",
        );
        assert_eq!(
            cells(&rows),
            [
                vec!["navn", "telefon"],
                vec!["Hansen; Bo", "12"],
                vec!["To\nlinjer", "sagde \"hej\""],
                vec!["Åse", "3"],
            ]
        );
        assert_eq!(
            rows.iter().map(|r| r.line).collect::<Vec<_>>(),
            [1, 2, 3, 5]
        );
        let rows = csv_rows("name,phone\nBo Berg,\"1,2\"\n");
        assert_eq!(
            cells(&rows),
            [vec!["name", "phone"], vec!["Bo Berg", "1,2"]]
        );
    }

    #[test]
    fn utf8_with_bom_and_windows_1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFS\xC3\xB8ren"), "Søren");
        assert_eq!(decode(b"S\xF8ren \xC6r\xF8 \xC5se"), "Søren Ærø Åse");
    }

    #[test]
    fn excel_dates_and_numbers() {
        assert_eq!(excel_date(46_023.0), NaiveDate::from_ymd_opt(2026, 1, 1));
        assert_eq!(number_text(20_304_050.0), "20304050");
        assert_eq!(number_text(1.5), "1.5");
    }
}
