//! The Honorarer screen: the view switch and filters on the top line, the honoraria (or rates)
//! table with marks, the selected honorarium and its person's yearly totals in the detail pane,
//! and the screen's yes/no dialogs.

mod rates;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::list_screen;
use super::table::{self, Cell, Column, Width};
use super::text::{clean, fit, join_whole};
use super::theme::Theme;
use crate::app::State;
use crate::app::honoraria::{HonOverlay, HonorariaState, View};
use crate::app::keymap::{self, Mode};
use crate::app::layout;
use crate::domain::date::format_date_short;
use crate::i18n::{self, Lang};
use crate::storage::honoraria::{HonorariumRow, HonorariumStatus};

/// Width of the amount column: `-12.345,00 kr.`.
const AMOUNT_W: u16 = 14;

fn view_label(view: View, lang: Lang) -> &'static str {
    match view {
        View::Awaiting => i18n::HON_VIEW_AWAITING,
        View::Approved => i18n::HON_VIEW_APPROVED,
        View::Paid => i18n::HON_VIEW_PAID,
        View::Rates => i18n::HON_VIEW_RATES,
    }
    .get(lang)
}

pub fn status_label(status: HonorariumStatus, lang: Lang) -> &'static str {
    match status {
        HonorariumStatus::Awaiting => i18n::HON_VIEW_AWAITING,
        HonorariumStatus::Approved => i18n::HON_VIEW_APPROVED,
        HonorariumStatus::Paid => i18n::HON_VIEW_PAID,
    }
    .get(lang)
}

/// `1.234,50 kr.` right-aligned in the amount column.
fn amount(m: crate::domain::money::Money) -> String {
    format!("{:>w$}", m.to_string(), w = usize::from(AMOUNT_W))
}

/// The top line: the views (the current one in brackets), the filters, and count and sum.
fn top_line(frame: &mut Frame<'_>, area: Rect, s: &HonorariaState, lang: Lang, theme: Theme) {
    let mut spans = Vec::new();
    for v in View::ALL {
        let label = view_label(v, lang);
        if v == s.view {
            spans.push(Span::styled(format!("[{label}]"), theme.tab_active()));
        } else {
            spans.push(Span::styled(format!(" {label} "), theme.muted()));
        }
    }
    let mut right = String::new();
    if s.view != View::Rates {
        let f = &s.filter;
        let mut parts = vec![if f.person.is_empty() {
            i18n::HON_ANYONE.get(lang).to_string()
        } else {
            format!("«{}»", clean(&f.person))
        }];
        parts.push(match (f.from, f.to) {
            (None, None) => i18n::HON_PERIOD_ANY.get(lang).to_string(),
            (a, b) => format!(
                "{}–{}",
                a.map(format_date_short).unwrap_or_default(),
                b.map(format_date_short).unwrap_or_default()
            ),
        });
        parts.push(
            f.kind
                .map_or(i18n::HON_ALL_KINDS, i18n::event_kind)
                .get(lang)
                .to_string(),
        );
        let count = if s.marked.is_empty() {
            i18n::HON_COUNT.fill(
                lang,
                &[
                    ("n", &s.list.total.to_string()),
                    ("total", &s.sum.to_string()),
                ],
            )
        } else {
            let total: crate::domain::money::Money = s.marked.values().copied().sum();
            i18n::HON_MARKED.fill(
                lang,
                &[
                    ("n", &s.marked.len().to_string()),
                    ("total", &total.to_string()),
                ],
            )
        };
        // Whole filters only, a set one before one left at "all": what does not fit is left out
        // whole rather than cut.
        let used: usize = spans.iter().map(|s| s.content.width()).sum();
        let room = usize::from(area.width).saturating_sub(used);
        let defaults = [
            i18n::HON_ANYONE.get(lang),
            i18n::HON_PERIOD_ANY.get(lang),
            i18n::HON_ALL_KINDS.get(lang),
        ];
        parts.sort_by_key(|p| defaults.contains(&p.as_str()));
        parts.insert(0, format!("  {count}"));
        right = join_whole(&parts, " · ", room);
    }
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    let room = usize::from(area.width).saturating_sub(used);
    spans.push(Span::styled(fit(&right, room), theme.normal()));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn row_cells(row: &HonorariumRow, marked: bool, lang: Lang, theme: Theme) -> Vec<Cell> {
    let note = match row.corrects {
        Some(id) => i18n::HON_CORRECTION_OF.fill(
            lang,
            &[("id", &id.to_string()), ("reason", &row.correction_reason)],
        ),
        None => row.amount_reason.clone(),
    };
    vec![
        (if marked { "●" } else { " " }.to_string(), theme.key()),
        (format_date_short(row.earned_on), theme.normal()),
        (clean(&row.person_name), theme.normal()),
        (
            row.kind
                .map(|k| i18n::event_kind(k).get(lang))
                .unwrap_or_default()
                .to_string(),
            theme.normal(),
        ),
        (amount(row.amount), theme.normal()),
        (clean(&note), theme.muted()),
    ]
}

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let s = &state.honoraria;
    let parts = layout::list_parts(area);
    top_line(frame, parts.filter, s, lang, theme);
    if s.view == View::Rates {
        rates::draw(frame, parts.table, parts.detail, s, lang, theme);
        return;
    }
    let columns = [
        Column {
            title: "",
            width: Width::Fixed(1),
        },
        Column {
            title: i18n::HON_COL_DATE.get(lang),
            width: Width::Fixed(10),
        },
        Column {
            title: i18n::HON_COL_PERSON.get(lang),
            width: Width::Fill(3),
        },
        Column {
            title: i18n::HON_COL_KIND.get(lang),
            width: Width::Fill(2),
        },
        Column {
            title: i18n::HON_COL_AMOUNT.get(lang),
            width: Width::Fixed(AMOUNT_W),
        },
        Column {
            title: i18n::HON_COL_NOTE.get(lang),
            width: Width::Fill(2),
        },
    ];
    let cells = |row: &HonorariumRow| row_cells(row, s.marked.contains_key(&row.id), lang, theme);
    table::draw(
        frame,
        parts.table,
        &columns,
        &s.list,
        cells,
        i18n::HON_EMPTY.get(lang),
        theme,
    );
    let (title, lines) = match s.list.selected_row() {
        Some(row) => (clean(&row.person_name), detail_lines(row, s, lang, theme)),
        None => (i18n::HON_DETAIL_TITLE.get(lang).to_string(), Vec::new()),
    };
    list_screen::detail(frame, parts.detail, &title, lines, lang, theme);
}

fn detail_lines(
    row: &HonorariumRow,
    s: &HonorariaState,
    lang: Lang,
    theme: Theme,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let status = match row.batch_id {
        Some(b) => format!(
            "{} · {}",
            status_label(row.status, lang),
            i18n::HON_BATCH.fill(lang, &[("id", &b.to_string())])
        ),
        None => status_label(row.status, lang).to_string(),
    };
    lines.push(Line::from(vec![
        Span::styled(format!("#{} ", row.id), theme.muted()),
        Span::raw(format!(
            "{} · {} · {}",
            format_date_short(row.earned_on),
            row.amount,
            row.kind
                .map(|k| i18n::event_kind(k).get(lang))
                .unwrap_or_default()
        )),
    ]));
    list_screen::field(
        &mut lines,
        i18n::HON_DETAIL_STATUS.get(lang),
        &status,
        theme,
    );
    list_screen::field(
        &mut lines,
        i18n::HON_DETAIL_PAYROLL.get(lang),
        &row.payroll_number,
        theme,
    );
    let reason = if row.corrects.is_some() {
        &row.correction_reason
    } else {
        &row.amount_reason
    };
    list_screen::field(&mut lines, i18n::HON_DETAIL_REASON.get(lang), reason, theme);
    if let Some((person, totals)) = &s.totals
        && *person == row.person_id
        && !totals.is_empty()
    {
        lines.push(Line::styled(
            i18n::HON_DETAIL_YEARS.get(lang).to_string(),
            theme.header(),
        ));
        for t in totals {
            lines.push(Line::raw(format!(
                "{}: {} / {} / {} = {}",
                t.year,
                t.awaiting.format_plain(),
                t.approved.format_plain(),
                t.paid.format_plain(),
                t.total()
            )));
        }
    }
    lines
}

/// A Honorarer yes/no dialog: its lines, then the keys.
pub fn draw_dialog(frame: &mut Frame<'_>, area: Rect, o: &HonOverlay, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let hints: Vec<String> = keymap::bindings(Mode::Confirm, state.screen, lang)
        .iter()
        .map(|b| format!("{} {}", keymap::key_name(b.keys[0]), b.label.get(lang)))
        .collect();
    let mut text: Vec<Line<'static>> = o
        .lines
        .iter()
        .map(|l| Line::styled(clean(l), theme.warning()))
        .collect();
    text.push(Line::raw(""));
    text.push(Line::styled(hints.join("   "), theme.key()));
    let w = 64.min(area.width);
    let inner = usize::from(w.saturating_sub(2)).max(1);
    let body: u16 = o
        .lines
        .iter()
        .map(|l| u16::try_from(l.width().div_ceil(inner).max(1)).unwrap_or(1))
        .sum();
    let h = (body + 4).min(area.height);
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            format!(" {} ", clean(&o.title)),
            theme.header(),
        ));
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        rect,
    );
}
