//! The committee status report as an Excel workbook: the report's tables as typed cells, for
//! staff who rework the figures.
//!
//! - *Nøgletal*: the title, corps and period lines (the day of the figures as a date cell), then
//!   the figures of each shown year (amounts as numbers in `#.##0,00 kr.`, counts as numbers)
//!   and the flags in words beneath;
//! - *Måneder*: per month (a date cell, the first of the month, shown `december 2026`) the
//!   spending, cumulative spending, the pro-rata line and the events held and coming, with a
//!   native Excel chart — monthly spending as columns, cumulative and pro rata as lines;
//! - *Skoler*: the primary schools without a visit in the season.
//!
//! Every sheet freezes its header row and has fitted column widths. The values are the same
//! [`ReportFacts`] the other formats print; nothing is recomputed.

use chrono::NaiveDate;
use rust_xlsxwriter::{Chart, ChartType, Workbook, Worksheet, XlsxError};

use super::ExportError;
use super::report::{ReportContext, columns, flag_paragraphs, year_header};
use super::xlsx::{self, excel_date, kroner, number, write_header, write_text};
use crate::i18n::{self, Lang};
use crate::storage::report::{ReportFacts, ReportYear};

/// The report as `.xlsx` bytes.
pub fn render(facts: &ReportFacts, cx: &ReportContext<'_>) -> Result<Vec<u8>, ExportError> {
    let mut workbook = Workbook::new();
    figures_sheet(workbook.add_worksheet(), facts, cx).map_err(xlsx::into_error)?;
    months_sheet(workbook.add_worksheet(), facts, cx.lang).map_err(xlsx::into_error)?;
    schools_sheet(workbook.add_worksheet(), facts, cx.lang).map_err(xlsx::into_error)?;
    xlsx::finish(&mut workbook)
}

/// One row of the figures sheet: a label and a value per shown year.
enum Value {
    Money(fn(&ReportYear) -> i64),
    Count(fn(&ReportYear) -> i64),
}

fn figures_sheet(
    ws: &mut Worksheet,
    facts: &ReportFacts,
    cx: &ReportContext<'_>,
) -> Result<(), XlsxError> {
    let lang = cx.lang;
    ws.set_name(i18n::REP_SHEET_FIGURES.get(lang))?;
    ws.write_string_with_format(
        0,
        0,
        i18n::BUD_REPORT_TITLE.fill(lang, &[("what", cx.what)]),
        &xlsx::title(),
    )?;
    write_text(ws, 1, 0, cx.corps)?;
    write_text(
        ws,
        2,
        0,
        &i18n::REP_PERIOD_LINE.fill(
            lang,
            &[
                ("from", &format!("1.1.{}", facts.from_year)),
                ("to", &format!("31.12.{}", facts.to_year)),
                ("today", &crate::domain::date::format_date_short(cx.today)),
            ],
        ),
    )?;
    ws.write_datetime_with_format(2, 1, excel_date(cx.today)?, &xlsx::date())?;
    let shown = columns(facts);
    let header_row = 4;
    let mut headers = vec![i18n::REP_FIGURE.get(lang).to_string()];
    headers.extend(shown.iter().map(|y| year_header(y, lang)));
    write_header(ws, header_row, &headers)?;
    let rows: Vec<(i18n::Text, Value)> = vec![
        (i18n::BUD_BUDGET, Value::Money(|y| y.budget.figures.budget)),
        (i18n::BUD_SPENT, Value::Money(|y| y.budget.figures.spent)),
        (
            i18n::BUD_COMMITTED,
            Value::Money(|y| y.budget.figures.committed),
        ),
        (
            i18n::BUD_PLANNED,
            Value::Money(|y| y.budget.figures.planned),
        ),
        (
            i18n::BUD_FORECAST,
            Value::Money(|y| y.budget.figures.forecast),
        ),
        (
            i18n::BUD_REMAINING,
            Value::Money(|y| y.budget.figures.remaining),
        ),
        (
            i18n::BUD_UNSTAFFED,
            Value::Money(|y| y.budget.figures.unstaffed),
        ),
        (
            i18n::BUD_FULLY_STAFFED,
            Value::Money(|y| y.budget.figures.if_fully_staffed),
        ),
        (
            i18n::BUD_REPORT_EVENTS,
            Value::Count(ReportYear::events_held),
        ),
        (i18n::BUD_REPORT_PUPILS, Value::Count(|y| y.pupils)),
        (
            i18n::REP_SCHOOLS_VISITED,
            Value::Count(|y| y.schools_visited),
        ),
        (
            i18n::BUD_REPORT_AMBASSADORS,
            Value::Count(|y| y.ambassadors),
        ),
        (
            i18n::BUD_REPORT_ROLE_MODELS,
            Value::Count(|y| y.role_models),
        ),
        (
            i18n::BUD_REPORT_HONORARIA_PAID,
            Value::Money(|y| y.budget.inputs.paid_ore),
        ),
        (
            i18n::BUD_REPORT_EXPENSES,
            Value::Money(|y| y.budget.inputs.expenses_ore),
        ),
    ];
    let (money, count) = (xlsx::money(), xlsx::count());
    let mut row = header_row + 1;
    for (label, value) in &rows {
        write_text(ws, row, 0, label.get(lang))?;
        for (col, y) in (1u16..).zip(&shown) {
            match value {
                Value::Money(f) => ws.write_number_with_format(row, col, kroner(f(y)), &money)?,
                Value::Count(f) => ws.write_number_with_format(row, col, number(f(y)), &count)?,
            };
        }
        row += 1;
    }
    row += 1;
    for y in facts.reported() {
        for p in flag_paragraphs(y, cx, true) {
            let text = if p.indent {
                format!("    {}", p.text)
            } else {
                p.text
            };
            write_text(ws, row, 0, &text)?;
            row += 1;
        }
    }
    ws.set_freeze_panes(header_row + 1, 0)?;
    ws.autofit();
    // The title and the flag lines run across; the label column is fitted to the labels.
    ws.set_column_width(0, 28)?;
    Ok(())
}

fn months_sheet(ws: &mut Worksheet, facts: &ReportFacts, lang: Lang) -> Result<(), XlsxError> {
    let name = i18n::REP_SHEET_MONTHS.get(lang);
    ws.set_name(name)?;
    write_header(
        ws,
        0,
        &[
            i18n::BUD_MONTH.get(lang).to_string(),
            i18n::BUD_MONTH_SPENT.get(lang).to_string(),
            i18n::BUD_CUMULATIVE.get(lang).to_string(),
            i18n::BUD_PRO_RATA.get(lang).to_string(),
            i18n::REP_HELD.get(lang).to_string(),
            i18n::REP_COMING.get(lang).to_string(),
        ],
    )?;
    let month_format = rust_xlsxwriter::Format::new().set_num_format(xlsx::MONTH_FORMAT);
    let (money, count) = (xlsx::money(), xlsx::count());
    let mut row = 1u32;
    for y in facts.reported() {
        for (m, events) in y.budget.months.iter().zip(&y.events_by_month) {
            let first = NaiveDate::from_ymd_opt(y.year, m.month, 1).unwrap_or_default();
            ws.write_datetime_with_format(row, 0, excel_date(first)?, &month_format)?;
            ws.write_number_with_format(row, 1, kroner(m.spent), &money)?;
            ws.write_number_with_format(row, 2, kroner(m.cumulative), &money)?;
            ws.write_number_with_format(row, 3, kroner(m.pro_rata), &money)?;
            ws.write_number_with_format(row, 4, number(events.held), &count)?;
            ws.write_number_with_format(row, 5, number(events.coming), &count)?;
            row += 1;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofit();
    ws.set_column_width(0, 16)?;
    let last = row.saturating_sub(1).max(1);
    let mut chart = Chart::new(ChartType::Column);
    chart
        .add_series()
        .set_name((name, 0, 1))
        .set_categories((name, 1, 0, last, 0))
        .set_values((name, 1, 1, last, 1));
    let mut lines = Chart::new(ChartType::Line);
    for col in [2u16, 3] {
        lines
            .add_series()
            .set_name((name, 0, col))
            .set_categories((name, 1, 0, last, 0))
            .set_values((name, 1, col, last, col));
    }
    chart.combine(&lines);
    chart.title().set_name(i18n::REP_CHART.get(lang));
    chart.y_axis().set_num_format(xlsx::MONEY_FORMAT);
    chart.x_axis().set_num_format("mmm yy");
    chart.set_width(720).set_height(360);
    ws.insert_chart(1, 7, &chart)?;
    Ok(())
}

fn schools_sheet(ws: &mut Worksheet, facts: &ReportFacts, lang: Lang) -> Result<(), XlsxError> {
    ws.set_name(i18n::REP_SHEET_SCHOOLS.get(lang))?;
    let season = facts.season.label();
    write_header(
        ws,
        0,
        &[i18n::REP_APPENDIX.fill(lang, &[("season", &season)])],
    )?;
    for (row, name) in (1u32..).zip(&facts.not_visited) {
        write_text(ws, row, 0, name)?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofit();
    Ok(())
}
