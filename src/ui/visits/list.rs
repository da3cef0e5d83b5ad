//! The list view: the filter line (date range, kind, status, institution, row count), the
//! windowed table of events in date order (only the visible rows are built), under-staffed
//! events flagged `⚠`, and the selected event's detail.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{detail, staffing_text, status_text, time_text};
use crate::app::{State, layout};
use crate::domain::date::{format_date_short, iso_week};
use crate::domain::event::EventStatus;
use crate::i18n;
use crate::i18n::format_date;
use crate::storage::events::EventRow;
use crate::ui::table::{self, Cell, Column, Width};
use crate::ui::text::fit;
use crate::ui::theme::Theme;

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let v = &state.visits;
    let parts = layout::list_parts(area);
    let f = &v.filter;
    let range = match (f.from, f.to) {
        (None, None) => i18n::VIS_ALL.get(lang).to_string(),
        (Some(a), Some(b)) => format!("{}–{}", format_date_short(a), format_date_short(b)),
        (Some(a), None) => i18n::VIS_FROM.fill(lang, &[("date", &format_date_short(a))]),
        (None, Some(b)) => i18n::VIS_TO.fill(lang, &[("date", &format_date_short(b))]),
    };
    let kind = f.kind.map_or(i18n::VIS_ALL, i18n::event_kind).get(lang);
    let status = f.status.map_or(i18n::VIS_ALL, i18n::event_status).get(lang);
    let place = v
        .institution_name
        .as_deref()
        .unwrap_or(i18n::VIS_ALL.get(lang));
    let filters = format!(
        "{}: {range} · {}: {kind} · {}: {status} · {}: {place}",
        i18n::FILTER.get(lang),
        i18n::VIS_COL_KIND.get(lang),
        i18n::VIS_COL_STATUS.get(lang),
        i18n::VIS_COL_PLACE.get(lang),
    );
    let count = if v.list.loading && v.list.total == 0 {
        i18n::LOADING.get(lang).to_string()
    } else if v.list.total == 0 {
        i18n::ROWS.fill(lang, &[("n", "0")])
    } else {
        i18n::ROW_OF.fill(
            lang,
            &[
                ("row", &(v.list.selected + 1).to_string()),
                ("n", &v.list.total.to_string()),
            ],
        )
    };
    let width = usize::from(parts.filter.width);
    let left = fit(&filters, width.saturating_sub(count.width() + 1));
    let pad = width.saturating_sub(left.width() + count.width());
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(left, theme.normal()),
            Span::raw(" ".repeat(pad)),
            Span::styled(count, theme.muted()),
        ])),
        parts.filter,
    );
    let wide = parts.table.width >= 90;
    let columns = [
        Column {
            title: i18n::VIS_COL_DATE.get(lang),
            width: Width::Fixed(if wide { 18 } else { 12 }),
        },
        Column {
            title: i18n::VIS_COL_TIME.get(lang),
            width: Width::Fixed(11),
        },
        Column {
            title: i18n::VIS_COL_PLACE.get(lang),
            width: Width::Fill(3),
        },
        Column {
            title: i18n::VIS_COL_KIND.get(lang),
            width: Width::Fill(2),
        },
        Column {
            title: i18n::VIS_COL_STATUS.get(lang),
            // As wide as the widest status with its symbol, so none is cut.
            width: Width::Fixed(
                EventStatus::ALL
                    .iter()
                    .map(|s| status_text(*s, lang).width())
                    .max()
                    .and_then(|w| u16::try_from(w).ok())
                    .unwrap_or(11),
            ),
        },
        Column {
            title: i18n::VIS_COL_STAFF.get(lang),
            width: Width::Fixed(if wide { 18 } else { 14 }),
        },
    ];
    let cells = |e: &EventRow| -> Vec<Cell> {
        let date = if wide {
            format!("{} u{}", format_date(e.date, lang), iso_week(e.date))
        } else {
            format!(
                "{} {}",
                crate::i18n::weekday_name(e.date, lang),
                e.date.format("%-d.%-m.%y")
            )
        };
        let (staff, short) = staffing_text(&e.staffing, e.status, lang, !wide);
        vec![
            (date, theme.normal()),
            (time_text(e.start, e.end, lang), theme.normal()),
            (e.institution.clone().unwrap_or_default(), theme.normal()),
            (
                i18n::event_kind(e.kind).get(lang).to_string(),
                theme.muted(),
            ),
            (
                status_text(e.status, lang),
                if e.status == EventStatus::Cancelled {
                    theme.error()
                } else {
                    theme.normal()
                },
            ),
            (staff, if short { theme.warning() } else { theme.good() }),
        ]
    };
    table::draw(
        frame,
        parts.table,
        &columns,
        &v.list,
        cells,
        i18n::VIS_NO_EVENTS.get(lang),
        theme,
    );
    detail(frame, parts.detail, v.selected_detail(), state, theme);
}
