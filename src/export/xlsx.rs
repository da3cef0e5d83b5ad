//! Excel workbooks (`.xlsx`, with `rust_xlsxwriter`): the cell formats and habits every workbook
//! of korps shares, so a list, a payout batch and a report look alike in Excel.
//!
//! - Amounts are numbers in kroner with the format `#,##0.00 "kr."` — format codes are stored
//!   in Excel's neutral notation, and a Danish Excel or LibreOffice shows them as
//!   `#.##0,00 kr.` (`1.234,50 kr.`); the number stays a number, so sums and filters work.
//! - Dates are real date cells (`d.m.yyyy`, shown `3.12.2026`), counts whole numbers (`#,##0`).
//! - A header row is bold on a grey fill with a rule under it; callers freeze the panes below it.
//! - Text is cleaned of control characters (see [`super::clean`]); Excel never evaluates a
//!   string cell, so no formula neutralising is needed as in CSV.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError};

use super::ExportError;
use super::clean::clean;

/// Kroner with two decimals and ` kr.` (Danish Excel shows `#.##0,00 kr.`).
pub const MONEY_FORMAT: &str = "#,##0.00\\ \"kr.\"";
/// A calendar date, Danish style.
pub const DATE_FORMAT: &str = "d.m.yyyy";
/// A month of a year (`december 2026`).
pub const MONTH_FORMAT: &str = "mmmm yyyy";
/// A whole number with thousands separators.
pub const COUNT_FORMAT: &str = "#,##0";

/// The format of amounts.
pub fn money() -> Format {
    Format::new().set_num_format(MONEY_FORMAT)
}

/// The format of dates.
pub fn date() -> Format {
    Format::new().set_num_format(DATE_FORMAT)
}

/// The format of counts.
pub fn count() -> Format {
    Format::new().set_num_format(COUNT_FORMAT)
}

/// The format of a header row.
pub fn header() -> Format {
    Format::new()
        .set_bold()
        .set_background_color(0x00E8_E8E8)
        .set_border_bottom(FormatBorder::Thin)
}

/// The format of a sheet's title line.
pub fn title() -> Format {
    Format::new().set_bold().set_font_size(14)
}

/// Øre as kroner for a number cell (exact: every amount korps allows is far below 2⁵³ øre).
#[allow(clippy::cast_precision_loss)]
pub fn kroner(ore: i64) -> f64 {
    ore as f64 / 100.0
}

/// A count as a number cell.
#[allow(clippy::cast_precision_loss)]
pub fn number(n: i64) -> f64 {
    n as f64
}

/// `date` as an Excel date (years 1900–9999; korps keeps dates within 1900–2200).
pub fn excel_date(date: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let year =
        u16::try_from(date.year()).map_err(|_| XlsxError::DateTimeRangeError(date.to_string()))?;
    // Month and day always fit.
    ExcelDateTime::from_ymd(year, date.month() as u8, date.day() as u8)
}

/// Writes `headers` as the header row `row`, from column 0.
pub fn write_header(ws: &mut Worksheet, row: u32, headers: &[String]) -> Result<(), XlsxError> {
    let format = header();
    for (col, text) in (0u16..).zip(headers) {
        ws.write_string_with_format(row, col, clean(text), &format)?;
    }
    Ok(())
}

/// Writes text cleaned of control characters.
pub fn write_text(ws: &mut Worksheet, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
    ws.write_string(row, col, clean(text))?;
    Ok(())
}

/// The workbook as bytes.
pub fn finish(workbook: &mut Workbook) -> Result<Vec<u8>, ExportError> {
    workbook.save_to_buffer().map_err(into_error)
}

/// A writer error as an export error (by value, for `map_err`).
#[allow(clippy::needless_pass_by_value)]
pub fn into_error(e: XlsxError) -> ExportError {
    ExportError::Xlsx(e.to_string())
}
