//! The Oversigt dashboard: a place for the budget (issue 5 fills it), the alerts that link to
//! where they can be fixed (Enter), and this and next week's events. The selected line is
//! reversed and marked `▶`; every alert starts with `⚠` so it reads without colour. Nothing the
//! user needs is cut: messages (the budget flags, alerts) wrap; an event row keeps its status
//! symbol and `⚠` in a column of their own and is cut before it.

use chrono::Days;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{staffing_text, staffing_words, status_symbol, time_text};
use crate::app::State;
use crate::app::visits::state::monday_of;
use crate::domain::date::{format_date_short, iso_week};
use crate::domain::season::Season;
use crate::i18n;
use crate::i18n::{format_date, format_week};
use crate::storage::events::EventRow;
use crate::ui::text::{clean, fit_before, wrap_hanging};
use crate::ui::theme::Theme;

/// One line of the dashboard before it is laid out at the screen's width.
enum Text {
    /// A heading or message: wrapped, never cut.
    Wrapped(String),
    /// An event row: the text, cut where it must, and its symbols (status, `⚠`), which stand
    /// in one column after the longest row and are never cut.
    Row(String, String),
}

/// The columns an event row's symbols take: the status symbol, a space, `⚠` or a space.
const ROW_SYMBOLS: usize = 3;

/// An event row in `room` columns: date, time, place, kind, status word and staffing; where
/// that does not fit, the status word (its symbol stays) goes and the staffing is compact.
fn event_line(e: &EventRow, state: &State, room: usize) -> (Text, bool) {
    let lang = state.ctx.lang;
    let head = format!(
        "{} {} · {} · {}",
        format_date(e.date, lang),
        time_text(e.start, e.end, lang),
        clean(e.institution.as_deref().unwrap_or("")),
        i18n::event_kind(e.kind).get(lang),
    );
    let (staff, short) = staffing_words(&e.staffing, e.status, lang, false);
    let word = i18n::event_status(e.status).get(lang);
    let mut text = format!("{head} · {word} · {staff}");
    if text.width() > room {
        let (compact, _) = staffing_words(&e.staffing, e.status, lang, true);
        text = format!("{head} · {compact}");
    }
    let symbols = format!(
        "{} {}",
        status_symbol(e.status),
        if short { "⚠" } else { " " }
    );
    (Text::Row(text, symbols), short)
}

/// The muted "… og N mere" line under a list that shows `shown` of its `total` rows;
/// `text` words it from the number.
fn more(
    lines: &mut Vec<(Text, Style, Option<usize>)>,
    theme: Theme,
    total: usize,
    shown: usize,
    text: impl FnOnce(&str) -> String,
) {
    if total > shown {
        let n = (total - shown).to_string();
        lines.push((Text::Wrapped(text(&n)), theme.muted(), None));
    }
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
    let mut lines: Vec<(Text, Style, Option<usize>)> = Vec::new();
    let mut link = 0;
    let mut push_link =
        |lines: &mut Vec<(Text, Style, Option<usize>)>, text: Text, style: Style| {
            lines.push((text, style, Some(link)));
            link += 1;
        };
    // Issue 5 (money) replaces this with the budget gauge and adds its flags to the alerts.
    lines.push((
        Text::Wrapped(i18n::OV_BUDGET.get(lang).to_string()),
        theme.header(),
        None,
    ));
    for (text, style) in crate::ui::budget::overview::lines(state, theme, width) {
        lines.push((Text::Wrapped(text), style, None));
    }
    lines.push((
        Text::Wrapped(i18n::OV_ALERTS.get(lang).to_string()),
        theme.header(),
        None,
    ));
    let alerts = data.understaffed.len() + data.ending.len() + data.unvisited.len();
    if alerts == 0 {
        lines.push((
            Text::Wrapped(format!("  {}", i18n::OV_NO_ALERTS.get(lang))),
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
        push_link(&mut lines, Text::Wrapped(text), theme.warning());
    }
    more(
        &mut lines,
        theme,
        data.understaffed_total,
        data.understaffed.len(),
        |n| i18n::OV_UNDERSTAFFED_MORE.fill(lang, &[("n", n)]),
    );
    for a in &data.ending {
        let text = i18n::OV_ENDING.fill(
            lang,
            &[
                ("name", &clean(&a.name)),
                ("date", &format_date(a.end, lang)),
            ],
        );
        push_link(&mut lines, Text::Wrapped(text), theme.warning());
    }
    more(
        &mut lines,
        theme,
        data.ending_total,
        data.ending.len(),
        |n| i18n::OV_ENDING_MORE.fill(lang, &[("n", n)]),
    );
    for (_, name) in &data.unvisited {
        push_link(
            &mut lines,
            Text::Wrapped(i18n::OV_UNVISITED.fill(lang, &[("name", &clean(name))])),
            theme.warning(),
        );
    }
    let season = Season::containing(state.ctx.today, state.ctx.season_start_month).label();
    more(
        &mut lines,
        theme,
        data.unvisited_total,
        data.unvisited.len(),
        |n| i18n::OV_UNVISITED_MORE.fill(lang, &[("n", n), ("season", &season)]),
    );
    let monday = monday_of(state.ctx.today);
    let next = monday + Days::new(7);
    lines.push((
        Text::Wrapped(format!(
            "{} ({}–{}, {}–{})",
            i18n::OV_WEEKS.get(lang),
            format_week(monday, lang),
            iso_week(next),
            format_date_short(monday),
            format_date_short(next + Days::new(6))
        )),
        theme.header(),
        None,
    ));
    if data.weeks.is_empty() {
        lines.push((
            Text::Wrapped(format!("  {}", i18n::OV_NO_EVENTS.get(lang))),
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
                Text::Wrapped(format!(" {}", format_week(e.date, lang))),
                theme.muted(),
                None,
            ));
        }
        let room = width.saturating_sub(2 + 1 + ROW_SYMBOLS);
        let (text, short) = event_line(e, state, room);
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
    more(&mut lines, theme, data.weeks_total, data.weeks.len(), |n| {
        i18n::OV_WEEKS_MORE.fill(lang, &[("n", n)])
    });
    let out = lay_out(lines, selected, width, usize::from(area.height), theme);
    frame.render_widget(Paragraph::new(out), area);
}

/// The dashboard's lines at `width`, `height` rows of them: messages wrapped (a link's further
/// lines indented under it), event rows with their symbols in one column after the longest row
/// (the row's text cut before it where the screen is narrow), the selected link marked `▶` and
/// reversed on all its lines, and scrolled so that link shows whole.
fn lay_out(
    lines: Vec<(Text, Style, Option<usize>)>,
    selected: usize,
    width: usize,
    height: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    const MARKER: usize = 2;
    let longest = lines
        .iter()
        .filter_map(|(t, ..)| match t {
            Text::Row(text, _) => Some(text.width()),
            Text::Wrapped(_) => None,
        })
        .max()
        .unwrap_or(0);
    let row_w = (longest + 1 + ROW_SYMBOLS).min(width.saturating_sub(MARKER));
    let mut out: Vec<(Line<'static>, Option<usize>)> = Vec::new();
    for (text, style, link) in lines {
        let is_sel = link.is_some() && link == Some(selected);
        let style = if is_sel {
            style.patch(theme.selected())
        } else {
            style
        };
        let (first, rest) = match link {
            None => ("", ""),
            Some(_) if is_sel => ("▶ ", "  "),
            Some(_) => ("  ", "  "),
        };
        let parts = match text {
            Text::Row(text, symbols) => vec![fit_before(&text, &symbols, ROW_SYMBOLS, row_w)],
            Text::Wrapped(text) => wrap_hanging(&text, width.saturating_sub(first.width())),
        };
        for (i, part) in parts.into_iter().enumerate() {
            let marker = if i == 0 { first } else { rest };
            out.push((Line::styled(format!("{marker}{part}"), style), link));
        }
    }
    let last_selected = out
        .iter()
        .rposition(|(_, l)| *l == Some(selected))
        .unwrap_or(0);
    let top = (last_selected + 1).saturating_sub(height);
    out.into_iter()
        .skip(top)
        .take(height)
        .map(|(line, _)| line)
        .collect()
}
