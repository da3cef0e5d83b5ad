//! The Fremmøde screen: the events to log (date, time, institution, kind, `2/3 logget`) and the
//! selected event's bookings (status in a word and a symbol, kind, hours, honorarium). Side by
//! side from 110 columns, stacked above each other below that (80×24 keeps full lines).

mod overlay;

pub use overlay::draw as draw_overlay;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::app::State;
use crate::app::attendance::update::format_hours;
use crate::app::attendance::{AttendanceView, LOGGED_WEEKS};
use crate::domain::event::AssignmentStatus;
use crate::domain::money::Money;
use crate::domain::person::PersonKind;
use crate::i18n;
use crate::i18n::format_date;
use crate::storage::attendance::LogBooking;
use crate::storage::honoraria::HonorariumStatus;
use crate::ui::text::fit;
use crate::ui::theme::Theme;

/// `text` cut or padded to exactly `w` columns.
pub(super) fn pad(text: &str, w: usize) -> String {
    let t = fit(text, w);
    let n = w.saturating_sub(t.width());
    format!("{t}{}", " ".repeat(n))
}

fn boxed(title: &str, theme: Theme) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(format!(" {title} "), theme.header()))
}

pub fn draw(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let (left, right) = crate::app::layout::attendance_parts(area);
    events(frame, left, state, theme);
    bookings(frame, right, state, theme);
}

fn events(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let a = &state.attendance;
    let (n, weeks) = (a.total.to_string(), LOGGED_WEEKS.to_string());
    let title = match a.view {
        AttendanceView::ToLog => i18n::ATT_EVENTS_TITLE.fill(lang, &[("n", &n)]),
        AttendanceView::Logged => {
            i18n::ATT_LOGGED_TITLE.fill(lang, &[("n", &n), ("weeks", &weeks)])
        }
    };
    let block = boxed(&title, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    if a.events.is_empty() {
        let text = match a.view {
            _ if a.loading => i18n::ATT_LOADING.get(lang).to_string(),
            AttendanceView::ToLog => i18n::ATT_EMPTY.get(lang).to_string(),
            AttendanceView::Logged => i18n::ATT_LOGGED_EMPTY.fill(lang, &[("weeks", &weeks)]),
        };
        frame.render_widget(
            Paragraph::new(
                crate::ui::text::wrap(&text, width.max(1))
                    .into_iter()
                    .map(|l| Line::styled(l, theme.muted()))
                    .collect::<Vec<_>>(),
            ),
            inner,
        );
        return;
    }
    // The rows loaded are the view's (app::layout::attendance_event_rows is this height).
    let top = a.top(height);
    let (date_w, time_w, logged_w, kind_w) = (15, 6, 11, 15);
    let inst_w = width.saturating_sub(2 + date_w + time_w + kind_w + logged_w);
    let mut lines = Vec::new();
    for (i, e) in (top..top + height).filter_map(|i| Some((i, a.event(i)?))) {
        let sel = i == a.selected;
        let style = if sel {
            theme.selected()
        } else {
            theme.normal()
        };
        let time = e
            .start
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default();
        let logged = i18n::ATT_LOGGED.fill(
            lang,
            &[
                ("done", &e.logged.to_string()),
                ("total", &e.total.to_string()),
            ],
        );
        let line = format!(
            "{}{}{}{}{}{}",
            if sel { "▶ " } else { "  " },
            pad(&format_date(e.date, lang), date_w),
            pad(&time, time_w),
            pad(e.institution.as_deref().unwrap_or("–"), inst_w),
            pad(&format!(" {}", i18n::event_kind(e.kind).get(lang)), kind_w),
            pad(&format!(" {logged}"), logged_w),
        );
        lines.push(Line::styled(line, style));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The status of a booking as symbol and word, and its style.
fn status_text(b: &LogBooking, state: &State, theme: Theme) -> (String, ratatui::style::Style) {
    let lang = state.ctx.lang;
    let (sym, style) = match b.status {
        AssignmentStatus::Attended => ("✓", theme.good()),
        AssignmentStatus::NoShow => ("✗", theme.error()),
        AssignmentStatus::Cancelled => ("–", theme.muted()),
        AssignmentStatus::Booked | AssignmentStatus::Confirmed => ("·", theme.warning()),
    };
    let word = match b.honorarium_status {
        _ if b.is_pending() => i18n::ATT_PENDING.get(lang),
        Some(HonorariumStatus::Approved) => i18n::ATT_HON_APPROVED.get(lang),
        Some(HonorariumStatus::Paid) => i18n::ATT_HON_PAID.get(lang),
        _ => i18n::assignment_status(b.status).get(lang),
    };
    (format!("{sym} {word}"), style)
}

fn bookings(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let a = &state.attendance;
    let title = match a.selected_event() {
        Some(e) => format!(
            "{} — {} {}",
            i18n::ATT_BOOKINGS_TITLE.get(lang),
            format_date(e.date, lang),
            e.institution.as_deref().unwrap_or("")
        ),
        None => i18n::ATT_BOOKINGS_TITLE.get(lang).to_string(),
    };
    let block = boxed(
        &fit(&title, usize::from(area.width).saturating_sub(6)),
        theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    if a.selected_event().is_none() {
        return;
    }
    let mut lines = Vec::new();
    if a.bookings.is_empty() {
        lines.push(Line::styled(
            fit(i18n::ATT_NO_BOOKINGS.get(lang), width),
            theme.muted(),
        ));
    }
    let foot = foot_lines(state, width, theme);
    let foot_h = u16::try_from(foot.len()).unwrap_or(1).min(inner.height);
    let rows = height.saturating_sub(usize::from(foot_h));
    let top = (a.cursor + 1).saturating_sub(rows);
    let (status_w, kind_w, hours_w, amount_w) = (13, 5, 6, 11);
    let name_w = width.saturating_sub(2 + status_w + kind_w + hours_w + amount_w);
    for (i, b) in a.bookings.iter().enumerate().skip(top).take(rows) {
        let sel = i == a.cursor;
        let base = if sel {
            theme.selected()
        } else {
            theme.normal()
        };
        let (status, style) = status_text(b, state, theme);
        let kind = match b.kind {
            PersonKind::RoleModel => i18n::STAFF_RM.get(lang),
            PersonKind::Ambassador => i18n::STAFF_AMB.get(lang),
        };
        let minutes = if b.is_pending() {
            a.minutes_for(b)
        } else {
            b.minutes
        };
        let hours = minutes.map(format_hours).unwrap_or_default();
        let amount = b
            .honorarium_ore
            .map(|o| Money(o).format_plain())
            .unwrap_or_default();
        let name = if b.walk_in {
            format!("{} ({})", b.name, i18n::ATT_WALK_IN_MARK.get(lang))
        } else {
            b.name.clone()
        };
        lines.push(Line::from(vec![
            Span::styled(if sel { "▶ " } else { "  " }, base),
            Span::styled(pad(&status, status_w), base.patch(style)),
            Span::styled(pad(&name, name_w), base),
            Span::styled(pad(&format!(" {kind}"), kind_w), base),
            Span::styled(format!("{hours:>5} "), base),
            Span::styled(format!("{amount:>amount_w$}"), base),
        ]));
    }
    let body = Rect::new(
        inner.x,
        inner.y,
        inner.width,
        inner.height.saturating_sub(foot_h),
    );
    frame.render_widget(Paragraph::new(lines), body);
    let foot_area = Rect::new(
        inner.x,
        inner.y + inner.height.saturating_sub(foot_h),
        inner.width,
        foot_h,
    );
    frame.render_widget(Paragraph::new(foot), foot_area);
}

/// Under the bookings: the outcome keys, or (wrapped, whole) why the selected booking cannot be
/// logged again.
fn foot_lines(state: &State, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let lang = state.ctx.lang;
    let locked = match state
        .attendance
        .selected_booking()
        .and_then(|b| b.honorarium_status)
    {
        Some(HonorariumStatus::Approved) => i18n::ATT_LOCKED_APPROVED,
        Some(HonorariumStatus::Paid) => i18n::ATT_LOCKED_PAID,
        _ => return vec![Line::styled(outcome_keys(lang, width), theme.muted())],
    };
    crate::ui::text::wrap(locked.get(lang), width)
        .into_iter()
        .map(|l| Line::styled(l, theme.warning()))
        .collect()
}

/// The outcome keys under the bookings, from the screen's key table: whole entries that fit in
/// `width`, none cut.
fn outcome_keys(lang: i18n::Lang, width: usize) -> String {
    let mut out = String::new();
    for b in crate::app::attendance::keymap::outcome_bindings() {
        let item = format!(
            "{} {}",
            crate::app::keymap::key_name(b.keys[0]),
            b.label.get(lang)
        );
        let sep = if out.is_empty() { "" } else { " · " };
        if out.width() + sep.width() + item.width() > width {
            break;
        }
        out.push_str(sep);
        out.push_str(&item);
    }
    out
}
