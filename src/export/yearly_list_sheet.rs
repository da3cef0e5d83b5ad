//! The yearly ambassador list as one sheet — CSV and an Excel workbook with the same columns:
//! one header row, one row per person, the group (role model or ambassador) as a column so the
//! sheet sorts and filters as one table, the term's start and end in columns of their own, and
//! no totals rows (a spreadsheet sums a filtered column itself).
//!
//! - **Excel**: typed cells — start and end as date cells (`d.m.yyyy`), events as a number,
//!   honoraria as a number in `#.##0,00 kr.` — with the header row frozen, an autofilter over
//!   the table and fitted column widths.
//! - **CSV** (`;`, BOM, formula-safe, see [`super::csv`]): start and end as ISO dates
//!   (`2026-08-01`), which sort as text and which every spreadsheet reads as dates in any locale
//!   (a Danish `1.8.2026` stays text in LibreOffice); honoraria as `1.234,50`.
//!
//! The public variant has the same columns as the public PDF (no contact details, no money).

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use super::document::{Column, Table};
use super::xlsx::{self, excel_date, kroner, number, write_header, write_text};
use super::yearly_list::ListHeader;
use super::{ExportError, csv};
use crate::domain::person::PersonKind;
use crate::i18n::{self, Lang};
use crate::storage::yearly_list::{ListVariant, YearlyListEntry};

/// The column headers of `variant`, in order.
pub fn headers(variant: ListVariant, lang: Lang) -> Vec<String> {
    let t = |text: i18n::Text| text.get(lang).to_string();
    let mut cols = vec![
        t(i18n::EXPORT_GROUP_COLUMN),
        t(i18n::LIST_COL_NAME),
        t(i18n::LIST_COL_SCHOOL),
        t(i18n::LIST_COL_EDUCATION),
    ];
    if variant == ListVariant::Internal {
        cols.extend([t(i18n::LIST_COL_PHONE), t(i18n::LIST_COL_EMAIL)]);
    }
    cols.extend([t(i18n::LIST_COL_START), t(i18n::LIST_COL_END)]);
    if variant == ListVariant::Internal {
        cols.extend([
            t(i18n::LIST_COL_ENDED_EARLY),
            t(i18n::LIST_COL_EVENTS_LONG),
            t(i18n::LIST_COL_HONORARIA),
        ]);
    }
    cols
}

/// The CSV bytes of the list of `entries`.
pub fn csv(entries: &[YearlyListEntry], variant: ListVariant, lang: Lang) -> Vec<u8> {
    let headers = headers(variant, lang);
    let numeric = |i: usize| variant == ListVariant::Internal && i + 2 >= headers.len();
    let columns = headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            if numeric(i) {
                Column::right(h.clone(), 1.0).numeric()
            } else {
                Column::left(h.clone(), 1.0)
            }
        })
        .collect();
    let mut table = Table::new(columns);
    let iso = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    for e in entries {
        let mut cells = vec![
            group(e.kind).get(lang).to_string(),
            e.name.clone(),
            e.institution.clone().unwrap_or_default(),
            e.education.clone(),
        ];
        if variant == ListVariant::Internal {
            cells.extend([e.phone.clone(), e.email.clone()]);
        }
        cells.extend([iso(e.term_start), iso(e.term_end)]);
        if variant == ListVariant::Internal {
            let ended = if e.ended_early {
                i18n::LIST_YES.get(lang)
            } else {
                ""
            };
            cells.extend([
                ended.to_string(),
                e.events_attended.to_string(),
                e.honoraria.format_plain(),
            ]);
        }
        table.push_row(cells);
    }
    csv::render_table(&table)
}

fn group(kind: PersonKind) -> i18n::Text {
    match kind {
        PersonKind::RoleModel => i18n::LIST_ROLE_MODELS,
        PersonKind::Ambassador => i18n::LIST_AMBASSADORS,
    }
}

/// The workbook bytes of the list of `entries`.
pub fn xlsx(
    entries: &[YearlyListEntry],
    variant: ListVariant,
    header: &ListHeader,
) -> Result<Vec<u8>, ExportError> {
    let mut workbook = Workbook::new();
    sheet(workbook.add_worksheet(), entries, variant, header).map_err(xlsx::into_error)?;
    xlsx::finish(&mut workbook)
}

fn sheet(
    ws: &mut Worksheet,
    entries: &[YearlyListEntry],
    variant: ListVariant,
    header: &ListHeader,
) -> Result<(), XlsxError> {
    let lang = header.lang;
    // A sheet name may not hold `/`: `Sæson 2026-27`.
    let season = header.season.label().replace('/', "-");
    ws.set_name(i18n::LIST_SEASON.fill(lang, &[("season", &season)]))?;
    let headers = headers(variant, lang);
    write_header(ws, 0, &headers)?;
    let (date, money, count) = (xlsx::date(), xlsx::money(), xlsx::count());
    let yes = i18n::LIST_YES.get(lang);
    for (row, e) in (1u32..).zip(entries) {
        let mut col = 0u16;
        let text = |ws: &mut Worksheet, col: &mut u16, s: &str| -> Result<(), XlsxError> {
            write_text(ws, row, *col, s)?;
            *col += 1;
            Ok(())
        };
        text(ws, &mut col, group(e.kind).get(lang))?;
        text(ws, &mut col, &e.name)?;
        text(ws, &mut col, e.institution.as_deref().unwrap_or_default())?;
        text(ws, &mut col, &e.education)?;
        if variant == ListVariant::Internal {
            text(ws, &mut col, &e.phone)?;
            text(ws, &mut col, &e.email)?;
        }
        ws.write_datetime_with_format(row, col, excel_date(e.term_start)?, &date)?;
        ws.write_datetime_with_format(row, col + 1, excel_date(e.term_end)?, &date)?;
        col += 2;
        if variant == ListVariant::Internal {
            text(ws, &mut col, if e.ended_early { yes } else { "" })?;
            ws.write_number_with_format(row, col, number(e.events_attended), &count)?;
            ws.write_number_with_format(row, col + 1, kroner(e.honoraria.ore()), &money)?;
        }
    }
    let last_row = u32::try_from(entries.len()).unwrap_or(u32::MAX);
    let last_col = u16::try_from(headers.len().saturating_sub(1)).unwrap_or(0);
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, last_row, last_col)?;
    ws.autofit();
    Ok(())
}
