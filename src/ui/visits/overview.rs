//! The Oversigt dashboard: a place for the budget (issue 5 fills it), the alerts that link to
//! where they can be fixed (Enter), and this and next week's events. The selected line is
//! reversed and marked `▶`; every alert starts with `⚠` so it reads without colour.

use chrono::Days;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{staffing_text, status_text, time_text};
use crate::app::State;
use crate::app::visits::state::monday_of;
use crate::domain::date::{format_date_short, iso_week};
use crate::domain::season::Season;
use crate::i18n;
use crate::i18n::{format_date, format_week};
use crate::storage::events::EventRow;
use crate::ui::text::{clean, fit};
use crate::ui::theme::Theme;

fn event_line(e: &EventRow, state: &State) -> (String, bool) {
    let lang = state.ctx.lang;
    let (staff, short) = staffing_text(&e.staffing, e.status, lang, false);
    let text = format!(
        "{} {} · {} · {} · {} · {staff}",
        format_date(e.date, lang),
        time_text(e.start, e.end, lang),
        clean(e.institution.as_deref().unwrap_or("")),
        i18n::event_kind(e.kind).get(lang),
        status_text(e.status, lang),
    );
    (text, short)
}

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let width = usize::from(area.width);
    let Some(data) = &state.overview.data else {
        frame.render_widget(Paragraph::new(i18n::LOADING.get(lang)), area);
        return;
    };
    let selected = state.overview.selected;
    // (line, style, link index)
    let mut lines: Vec<(String, Style, Option<usize>)> = Vec::new();
    let mut link = 0;
    let mut push_link =
        |lines: &mut Vec<(String, Style, Option<usize>)>, text: String, style: Style| {
            lines.push((text, style, Some(link)));
            link += 1;
        };
    // Issue 5 (money) replaces this with the budget gauge and adds its flags to the alerts.
    lines.push((i18n::OV_BUDGET.get(lang).to_string(), theme.header(), None));
    for (text, style) in crate::ui::budget::overview::lines(state, theme, width) {
        lines.push((text, style, None));
    }
    lines.push((i18n::OV_ALERTS.get(lang).to_string(), theme.header(), None));
    let alerts = data.understaffed.len() + data.ending.len() + data.unvisited.len();
    if alerts == 0 {
        lines.push((
            format!("  {}", i18n::OV_NO_ALERTS.get(lang)),
            theme.good(),
            None,
        ));
    }
    for e in &data.understaffed {
        let (staff, _) = staffing_text(&e.staffing, e.status, lang, false);
        let event = format!(
            "{} {}",
            format_date(e.date, lang),
            clean(
                e.institution
                    .as_deref()
                    .unwrap_or(i18n::event_kind(e.kind).get(lang))
            )
        );
        let text = i18n::OV_UNDERSTAFFED.fill(
            lang,
            &[
                ("event", &event),
                ("staffing", staff.trim_end_matches(" ⚠")),
            ],
        );
        push_link(&mut lines, text, theme.warning());
    }
    for a in &data.ending {
        let text = i18n::OV_ENDING.fill(
            lang,
            &[
                ("name", &clean(&a.name)),
                ("date", &format_date(a.end, lang)),
            ],
        );
        push_link(&mut lines, text, theme.warning());
    }
    for (_, name) in &data.unvisited {
        push_link(
            &mut lines,
            i18n::OV_UNVISITED.fill(lang, &[("name", &clean(name))]),
            theme.warning(),
        );
    }
    if data.unvisited_total > data.unvisited.len() {
        let season = Season::containing(state.ctx.today, state.ctx.season_start_month).label();
        let n = (data.unvisited_total - data.unvisited.len()).to_string();
        lines.push((
            i18n::OV_UNVISITED_MORE.fill(lang, &[("n", &n), ("season", &season)]),
            theme.muted(),
            None,
        ));
    }
    let monday = monday_of(state.ctx.today);
    let next = monday + Days::new(7);
    lines.push((
        format!(
            "{} ({}–{}, {}–{})",
            i18n::OV_WEEKS.get(lang),
            format_week(monday, lang),
            iso_week(next),
            format_date_short(monday),
            format_date_short(next + Days::new(6))
        ),
        theme.header(),
        None,
    ));
    if data.weeks.is_empty() {
        lines.push((
            format!("  {}", i18n::OV_NO_EVENTS.get(lang)),
            theme.muted(),
            None,
        ));
    }
    let mut week = None;
    for e in &data.weeks {
        let w = iso_week(e.date);
        if week != Some(w) {
            week = Some(w);
            lines.push((
                format!(" {}", format_week(e.date, lang)),
                theme.muted(),
                None,
            ));
        }
        let (text, short) = event_line(e, state);
        push_link(
            &mut lines,
            text,
            if short {
                theme.warning()
            } else {
                theme.normal()
            },
        );
    }
    let height = usize::from(area.height);
    let sel_line = lines
        .iter()
        .position(|(_, _, l)| *l == Some(selected))
        .unwrap_or(0);
    let top = (sel_line + 1).saturating_sub(height);
    let out: Vec<Line<'static>> = lines
        .into_iter()
        .skip(top)
        .take(height)
        .map(|(text, style, l)| {
            if l.is_some() {
                let is_sel = l == Some(selected);
                let marker = if is_sel { "▶ " } else { "  " };
                let style = if is_sel {
                    style.patch(theme.selected())
                } else {
                    style
                };
                Line::styled(fit(&format!("{marker}{text}"), width), style)
            } else {
                Line::styled(fit(&text, width), style)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(out), area);
}
