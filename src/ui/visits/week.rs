//! The week view: Monday–Friday columns (Saturday and Sunday too when they have events) under
//! `uge 49 · 30.11.2026–6.12.2026`, public holidays (`✱`) and school holidays (`≈`) marked
//! under the day headers, each event in three lines (time and place, the status symbol at the
//! end; kind and status word; staffing, `⚠` at the end when under-staffed — both symbols in a
//! column the text is cut before), the selected event reversed and marked `▶`, and the selected
//! event's detail below — given the grid's spare rows when it needs them
//! (`WeekLayout::giving_detail`).

use chrono::{Datelike, Days, NaiveDate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{detail_content, staffing_words, status_symbol};
use crate::app::State;
use crate::app::visits::state::monday_of;
use crate::app::visits::week_layout::{WeekLayout, selected_on};
use crate::domain::date::format_date_short;
use crate::domain::holidays::holiday_on;
use crate::domain::school_holidays::school_holiday_on;
use crate::i18n;
use crate::i18n::{format_week, weekday_name};
use crate::storage::events::EventRow;
use crate::ui::list_screen;
use crate::ui::text::{fit, fit_before};
use crate::ui::theme::Theme;

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let v = &state.visits;
    let monday = v.monday.unwrap_or_else(|| monday_of(state.ctx.today));
    let sunday = monday + Days::new(6);
    let (detail_title, detail_lines) = detail_content(v.selected_detail(), state, theme);
    // Under a dialog (the budget gate's question, a form) the pane keeps its own rows: the
    // dialog stands centred over the grid's empty rows and the pane's title — which event —
    // stays in view below it.
    let wanted = if state.overlay.is_some() {
        0
    } else {
        list_screen::detail_height(&detail_lines, area.width)
    };
    let geometry = WeekLayout::new(v, state.ctx.today, area).giving_detail(wanted, area);
    let (days, col_w, grid_h) = (&geometry.days, geometry.col_w, geometry.grid_h);
    let width = usize::from(area.width);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let title = i18n::VIS_WEEK_TITLE.fill(
        lang,
        &[
            ("week", &format_week(monday, lang)),
            ("from", &format_date_short(monday)),
            ("to", &format_date_short(sunday)),
        ],
    );
    lines.push(Line::styled(fit(&title, width), theme.header()));
    // Day headers, today marked.
    let mut header = Vec::new();
    for (i, day) in days.iter().enumerate() {
        let today = *day == state.ctx.today;
        let text = format!(
            "{}{} {}.{}",
            if today { "● " } else { "" },
            weekday_name(*day, lang),
            day.day(),
            day.month()
        );
        let style = if today {
            theme.tab_active()
        } else {
            theme.header()
        };
        header.push(Span::styled(pad(&text, col_w), style));
        if i + 1 < days.len() {
            header.push(Span::styled("│", theme.border()));
        }
    }
    lines.push(Line::from(header));
    // Holiday marks, when the week has any.
    if geometry.marks {
        let marks: Vec<Option<String>> = days
            .iter()
            .map(|d| {
                holiday_on(*d)
                    .map(|h| format!("✱ {}", i18n::holiday_name(h, lang)))
                    .or_else(|| {
                        school_holiday_on(*d, &v.school_holidays).map(|h| format!("≈ {}", h.name))
                    })
            })
            .collect();
        let mut spans = Vec::new();
        for (i, m) in marks.iter().enumerate() {
            spans.push(Span::styled(
                pad(m.as_deref().unwrap_or(""), col_w),
                theme.warning(),
            ));
            if i + 1 < days.len() {
                spans.push(Span::styled("│", theme.border()));
            }
        }
        lines.push(Line::from(spans));
    }
    let rows = geometry.rows;
    let columns: Vec<Vec<(Line<'static>, Style)>> = days
        .iter()
        .map(|d| column(state, &geometry, *d, theme))
        .collect();
    for r in 0..rows {
        let mut spans = Vec::new();
        for (i, col) in columns.iter().enumerate() {
            match col.get(r) {
                Some((line, _)) => spans.extend(line.spans.iter().cloned()),
                None => spans.push(Span::raw(" ".repeat(col_w))),
            }
            if i + 1 < columns.len() {
                spans.push(Span::styled("│", theme.border()));
            }
        }
        lines.push(Line::from(spans));
    }
    if v.week.is_empty() && !v.week_loading && rows > 0 {
        let at = lines.len() - rows;
        lines[at] = Line::styled(
            fit(i18n::VIS_NO_EVENTS_WEEK.get(lang), width),
            theme.muted(),
        );
    }
    let grid = Rect::new(area.x, area.y, area.width, grid_h);
    frame.render_widget(Paragraph::new(lines), grid);
    let below = Rect::new(area.x, area.y + grid_h, area.width, area.height - grid_h);
    list_screen::detail(frame, below, &detail_title, detail_lines, lang, theme);
}

fn pad(text: &str, width: usize) -> String {
    let t = fit(text, width);
    let n = width.saturating_sub(t.width());
    format!("{t}{}", " ".repeat(n))
}

/// The lines of one day's column: its events from an offset that keeps the selection visible,
/// and `+N mere` when they do not all fit.
fn column(
    state: &State,
    geometry: &WeekLayout,
    day: NaiveDate,
    theme: Theme,
) -> Vec<(Line<'static>, Style)> {
    let lang = state.ctx.lang;
    let week = &state.visits.week;
    let (rows, w) = (geometry.rows, geometry.col_w);
    let selected = week.get(state.visits.selected).map(|e| e.id);
    let of_day: Vec<usize> = (0..week.len()).filter(|&i| week[i].date == day).collect();
    let events: Vec<&EventRow> = of_day.iter().map(|&i| &week[i]).collect();
    let sel = selected_on(week, &of_day, state.visits.selected);
    let (first, shown, needs_more) = geometry.visible(events.len(), sel);
    let mut out = Vec::new();
    for e in events.iter().skip(first).take(shown) {
        let is_sel = Some(e.id) == selected;
        let base = if is_sel {
            theme.selected()
        } else {
            theme.normal()
        };
        let marker = if is_sel { "▶" } else { " " };
        let narrow = w < 16;
        let time = match e.start {
            Some(s) => s.format("%H:%M").to_string(),
            None if narrow => i18n::VIS_ALL_DAY_SHORT.get(lang).to_string(),
            None => i18n::VIS_ALL_DAY.get(lang).to_string(),
        };
        let place = e
            .institution
            .clone()
            .unwrap_or_else(|| i18n::event_kind(e.kind).get(lang).to_string());
        let kind = i18n::event_kind(e.kind).get(lang);
        let word = i18n::event_status(e.status).get(lang);
        // The status symbol ends the first line and `⚠` the third, each in a column of its own:
        // the text before them is what gets cut.
        let symbol = status_symbol(e.status);
        let (l1, l2) = if narrow {
            // Narrow columns: time, then the place; kind and status word are in the detail.
            (
                fit_before(&format!("{marker}{time}"), symbol, 1, w),
                format!(" {place}"),
            )
        } else {
            // The status word where it fits whole beside the kind (its symbol is on line one).
            let both = format!(" {kind} · {word}");
            (
                fit_before(&format!("{marker}{time} {place}"), symbol, 1, w),
                if both.width() <= w {
                    both
                } else {
                    format!(" {kind}")
                },
            )
        };
        let status_style = match e.status {
            crate::domain::event::EventStatus::Cancelled => theme.error(),
            _ => theme.muted(),
        };
        let l2 = pad(&l2, w);
        let (mut staff, short) = staffing_words(&e.staffing, e.status, lang, w < 18);
        if staff.width() + 3 > w {
            // The narrowest cells: people booked of people needed, all kinds together (the
            // detail below has them by kind).
            let (rm, amb) = (e.staffing.role_models, e.staffing.ambassadors);
            staff = format!("{}/{}", rm.0 + amb.0, rm.1 + amb.1);
        }
        let l3 = fit_before(&format!(" {staff}"), if short { "⚠" } else { "" }, 1, w);
        let staff_style = if short { theme.warning() } else { theme.good() };
        out.push((Line::from(Span::styled(l1, base)), base));
        out.push((Line::from(Span::styled(l2, base.patch(status_style))), base));
        out.push((Line::from(Span::styled(l3, base.patch(staff_style))), base));
    }
    if needs_more {
        let hidden = events.len() - shown;
        let more = i18n::VIS_MORE.fill(lang, &[("n", &hidden.to_string())]);
        out.push((
            Line::styled(pad(&format!(" {more}"), w), theme.muted()),
            theme.muted(),
        ));
    }
    out.truncate(rows);
    out
}
