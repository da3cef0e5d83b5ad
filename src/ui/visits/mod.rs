//! Drawing the Besøg screen (week view, list view, the selected event's detail), its overlays
//! (picker, prompts) and the Oversigt dashboard. Reads the state only.

pub mod form_money;
mod list;
mod marks;
mod overview;
mod picker;
mod week;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::list_screen;
use super::text::{clean, fit};
use super::theme::Theme;
use crate::app::State;
use crate::app::visits::VisitsForm;
use crate::app::visits::state::{EventDetail, PromptKind, View, VisitsOverlay};
use crate::domain::event::{EventStatus, Staffing};
use crate::i18n::format_date;
use crate::i18n::{self, Lang};

pub use marks::{legend, staffing_text, staffing_words, status_symbol, status_text};
pub use overview::draw as draw_overview;

/// The Besøg screen's body.
pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    match state.visits.view {
        View::Week => week::draw(frame, area, state, theme),
        View::List => list::draw(frame, area, state, theme),
    }
}

/// A Besøg overlay over the body.
pub fn draw_overlay(
    frame: &mut Frame<'_>,
    area: Rect,
    overlay: &VisitsOverlay,
    state: &State,
    theme: Theme,
) {
    match overlay {
        VisitsOverlay::Picker(p) => picker::draw(frame, area, p, state, theme),
        VisitsOverlay::Prompt(p) => {
            let lang = state.ctx.lang;
            let label = match p.kind {
                PromptKind::GoTo => i18n::VIS_P_GOTO,
                PromptKind::CancelEvent { .. } => i18n::VIS_P_CANCEL,
                PromptKind::ExportPath => i18n::VIS_P_EXPORT,
                PromptKind::DateRange => i18n::VIS_P_RANGE,
                PromptKind::Institution => i18n::VIS_P_INSTITUTION,
            };
            let note = match &p.error {
                Some(e) => Some((format!("✗ {e}"), theme.error())),
                None => p.preview(state.ctx.today, lang).map(|h| (h, theme.muted())),
            };
            prompt_box(frame, area, label.get(lang), &p.input, note, theme);
        }
    }
}

/// A small box with a question, the typed text and a line under it (an error, or the date
/// the text reads as), the cursor in the text.
fn prompt_box(
    frame: &mut Frame<'_>,
    area: Rect,
    question: &str,
    input: &tui_input::Input,
    note: Option<(String, ratatui::style::Style)>,
    theme: Theme,
) {
    let w = area.width.min(70);
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + area.height / 3,
        w,
        5,
    );
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border());
    let inner = block.inner(rect);
    let width = usize::from(inner.width);
    let scroll = input.visual_scroll(width.saturating_sub(1));
    let shown: String = clean(input.value()).chars().skip(scroll).collect();
    let mut lines = vec![
        Line::styled(fit(question, width), theme.header()),
        Line::styled(fit(&shown, width), theme.focus()),
    ];
    if let Some((text, style)) = note {
        lines.push(Line::styled(fit(&text, width), style));
    }
    frame.render_widget(block, rect);
    frame.render_widget(Paragraph::new(lines), inner);
    let x = input.visual_cursor().saturating_sub(scroll) as u16;
    frame.set_cursor_position((inner.x + x.min(inner.width.saturating_sub(1)), inner.y + 1));
}

/// The title of a Besøg form.
pub fn form_title(kind: &VisitsForm, lang: Lang) -> String {
    match kind {
        VisitsForm::Event(None) => i18n::VIS_EVENT_NEW.get(lang).to_string(),
        VisitsForm::Event(Some(e)) => {
            i18n::VIS_EVENT_EDIT.fill(lang, &[("event", &format_date(e.data.date, lang))])
        }
        VisitsForm::SchoolHolidays(year) => i18n::VIS_HOLIDAYS_TITLE.fill(
            lang,
            &[("year", &format!("{year}/{:02}", (year + 1) % 100))],
        ),
    }
}

/// A time span as shown: `10:00–11:30`, or "all day".
pub fn time_text(
    start: Option<chrono::NaiveTime>,
    end: Option<chrono::NaiveTime>,
    lang: Lang,
) -> String {
    match (start, end) {
        (Some(s), Some(e)) => format!("{}–{}", s.format("%H:%M"), e.format("%H:%M")),
        (Some(s), None) => s.format("%H:%M").to_string(),
        _ => i18n::VIS_ALL_DAY.get(lang).to_string(),
    }
}

/// The detail pane of the selected event.
pub fn detail(
    frame: &mut Frame<'_>,
    area: Rect,
    detail: Option<&EventDetail>,
    state: &State,
    theme: Theme,
) {
    let (title, lines) = detail_content(detail, state, theme);
    list_screen::detail(frame, area, &title, lines, state.ctx.lang, theme);
}

/// The title and lines of the selected event's detail pane (none without a detail).
pub fn detail_content(
    detail: Option<&EventDetail>,
    state: &State,
    theme: Theme,
) -> (String, Vec<Line<'static>>) {
    let lang = state.ctx.lang;
    let Some(d) = detail else {
        return (String::new(), Vec::new());
    };
    let e = &d.event.data;
    let title = format!(
        "{} {} · {}",
        format_date(e.date, lang),
        time_text(e.start, e.end, lang),
        d.institution
            .as_deref()
            .unwrap_or(i18n::event_kind(e.kind).get(lang))
    );
    let staffing = Staffing::count(
        e.needs_role_models,
        e.needs_ambassadors,
        d.bookings.iter().map(|b| (b.kind, b.status)),
    );
    let (staff, short) = staffing_text(&staffing, e.status, lang, false);
    let mut lines = vec![Line::from(vec![
        Span::raw(format!(
            "{} · {} · ",
            i18n::event_kind(e.kind).get(lang),
            status_text(e.status, lang)
        )),
        Span::styled(
            if short {
                format!("{staff} {}", i18n::VIS_UNDERSTAFFED.get(lang))
            } else {
                staff
            },
            if short { theme.warning() } else { theme.good() },
        ),
    ])];
    if e.status == EventStatus::Cancelled {
        lines.push(Line::styled(
            i18n::VIS_DETAIL_CANCELLED.fill(lang, &[("reason", &clean(&e.cancel_reason))]),
            theme.error(),
        ));
    }
    let people: Vec<String> = d
        .bookings
        .iter()
        .map(|b| {
            let mut s = format!(
                "{} ({})",
                b.name,
                i18n::assignment_status(b.status).get(lang)
            );
            if !b.forced_reason.is_empty() {
                s.push_str(" ✗ ");
                s.push_str(&i18n::VIS_DETAIL_FORCED.fill(lang, &[("reason", &b.forced_reason)]));
            }
            s
        })
        .collect();
    if people.is_empty() {
        lines.push(Line::styled(
            i18n::VIS_DETAIL_NOBODY.get(lang),
            theme.muted(),
        ));
    } else {
        list_screen::field(
            &mut lines,
            i18n::VIS_DETAIL_PEOPLE.get(lang),
            &people.join(", "),
            theme,
        );
    }
    let pupils = e.expected_pupils.map(|p| p.to_string()).unwrap_or_default();
    list_screen::field(&mut lines, i18n::VIS_F_ROOM.get(lang), &e.place, theme);
    list_screen::field(&mut lines, i18n::VIS_F_GRADES.get(lang), &e.grades, theme);
    list_screen::field(&mut lines, i18n::VIS_F_PUPILS.get(lang), &pupils, theme);
    list_screen::field(&mut lines, i18n::VIS_F_CONTACT.get(lang), &e.contact, theme);
    list_screen::field(&mut lines, i18n::VIS_F_NOTES.get(lang), &e.notes, theme);
    (title, lines)
}

/// A bordered box helper for the picker.
fn boxed(title: &str, theme: Theme) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(format!(" {} ", clean(title)), theme.header()))
}

/// Wrap helper re-exported for the picker's message.
fn wrapped(lines: Vec<Line<'static>>) -> Paragraph<'static> {
    Paragraph::new(lines).wrap(Wrap { trim: true })
}
