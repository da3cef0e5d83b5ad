//! Drawing the appointments dialogs: the appoint picker, end early, renew and unavailability.
//! Focus is marked `▶`, ticks `[x]`, errors `✗`, so nothing depends on colour. A field's
//! message stands beside it when it fits and wrapped on lines of its own under the value when
//! not, and each dialog is as tall as its lines, so no message is cut.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use tui_input::Input;

use super::term;
use crate::app::State;
use crate::app::appointments::dialogs::{
    AppointDialog, AppointFocus, Dialog, EndEarlyDialog, PERIOD_FIELDS, RenewDialog,
    UnavailabilityDialog,
};
use crate::domain::date::format_date_short;
use crate::domain::person::PersonRow;
use crate::i18n::format_date;
use crate::i18n::{self, Lang};
use crate::ui::text::{clean, fit, wrap};
use crate::ui::theme::Theme;

const LABEL_W: usize = 22;

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Draws the frame of a dialog and returns its inner area.
fn frame_of(frame: &mut Frame<'_>, rect: Rect, title: &str, theme: Theme) -> Rect {
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            format!(
                " {} ",
                fit(title, usize::from(rect.width).saturating_sub(4))
            ),
            theme.header(),
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    inner
}

/// A labelled text field: its line, then its note's own lines when the note does not fit
/// beside the value; and, when focused, the cursor column (on the first line).
fn text_field(
    label: &str,
    input: &Input,
    focused: bool,
    note: Option<(&str, bool)>,
    width: usize,
    theme: Theme,
) -> (Vec<Line<'static>>, Option<usize>) {
    let value_w = 24.min(width.saturating_sub(LABEL_W + 3)).max(4);
    let note_w = width.saturating_sub(LABEL_W + 3 + value_w + 1);
    let scroll = input.visual_scroll(value_w);
    let shown: String = clean(input.value()).chars().skip(scroll).collect();
    let value = fit(&shown, value_w);
    let style = if focused {
        theme.focus()
    } else {
        theme.normal()
    };
    let (note, note_style) = match note {
        Some((text, true)) => (format!("✗ {text}"), theme.error()),
        Some((text, false)) => (clean(text), theme.muted()),
        None => (String::new(), theme.muted()),
    };
    let (note, below) = crate::ui::form::field_note(
        note,
        note_style,
        note_w,
        LABEL_W + 3,
        width.saturating_sub(LABEL_W + 3),
    );
    let line = Line::from(vec![
        Span::styled(if focused { "▶ " } else { "  " }, style),
        Span::styled(
            format!("{:<LABEL_W$}", fit(label, LABEL_W)),
            if focused {
                theme.header()
            } else {
                theme.muted()
            },
        ),
        Span::raw(" "),
        Span::styled(format!("{value:<value_w$}"), style),
        Span::raw(" "),
        note,
    ]);
    let cursor = focused.then(|| 2 + LABEL_W + 1 + input.visual_cursor().saturating_sub(scroll));
    let mut lines = vec![line];
    lines.extend(below);
    (lines, cursor)
}

/// The weekday of a typed date, as a hint: the preview every date field shows (the dialogs
/// read their dates with the nearest-year rule, as `parse_date`).
fn date_hint(input: &Input, today: NaiveDate, lang: Lang) -> Option<String> {
    crate::app::date_field::preview(
        input.value(),
        today,
        crate::domain::date::YearRule::Nearest,
        lang,
    )
}

/// The dialog's message, wrapped to `width` (one empty line when there is none).
fn message_lines(message: Option<&String>, width: usize, theme: Theme) -> Vec<Line<'static>> {
    match message {
        Some(m) => wrap(&format!("✗ {m}"), width)
            .into_iter()
            .map(|part| Line::styled(part, theme.error()))
            .collect(),
        None => vec![Line::raw("")],
    }
}

/// A person in a picker: tick, name, kind, institution, recruitment status.
fn person_line(
    p: &PersonRow,
    ticked: bool,
    at_cursor: bool,
    width: usize,
    lang: Lang,
    theme: Theme,
) -> Line<'static> {
    let mark = if at_cursor { "▶ " } else { "  " };
    let tick = if ticked { "[x] " } else { "[ ] " };
    let status = i18n::recruitment(p.recruitment).get(lang);
    let kind = i18n::person_kind(p.kind).get(lang);
    let rest = width.saturating_sub(6 + 12 + 11 + 2);
    let name_w = rest * 3 / 5;
    let inst_w = rest - name_w;
    let text = format!(
        "{mark}{tick}{:<name_w$} {:<11}{:<inst_w$} {}",
        fit(&p.name, name_w),
        fit(kind, 10),
        fit(p.institution.as_deref().unwrap_or(""), inst_w),
        fit(status, 12),
    );
    let style = if at_cursor {
        theme.selected()
    } else {
        theme.normal()
    };
    Line::styled(fit(&text, width), style)
}

pub fn draw(frame: &mut Frame<'_>, area: Rect, dialog: &Dialog, state: &State, theme: Theme) {
    match dialog {
        Dialog::Appoint(d) => appoint(frame, area, d, state, theme),
        Dialog::EndEarly(d) => end_early(frame, area, d, state, theme),
        Dialog::Renew(d) => renew(frame, area, d, state, theme),
        Dialog::Unavailability(d) => unavailability(frame, area, d, state, theme),
    }
}

fn set_cursor(frame: &mut Frame<'_>, inner: Rect, at: Option<(usize, usize)>) {
    if let Some((x, y)) = at {
        let x = (x as u16).min(inner.width.saturating_sub(1));
        frame.set_cursor_position(Position::new(inner.x + x, inner.y + y as u16));
    }
}

fn appoint(frame: &mut Frame<'_>, area: Rect, d: &AppointDialog, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let today = state.ctx.today;
    let rect = centered(area, 100, 22);
    let title = i18n::APPT_PICKER_TITLE.fill(lang, &[("season", &d.season.label())]);
    let inner = frame_of(frame, rect, &title, theme);
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    let mut cursor = None;
    let count = i18n::APPT_TICKED.fill(lang, &[("n", &d.ticked.len().to_string())]);
    let (search, at) = text_field(
        i18n::SEARCH.get(lang),
        &d.search,
        d.focus == AppointFocus::Search,
        Some((&count, false)),
        width,
        theme,
    );
    if let Some(x) = at {
        cursor = Some((x, 0));
    }
    lines.extend(search);
    // The dates, the ticked names and the message under the list, built first: the list gets
    // the rows they leave (a message wrapped under a date takes rows from the list).
    let mut foot = vec![Line::raw("")];
    let mut foot_cursor = None;
    for (focus, label, input, error) in [
        (
            AppointFocus::Start,
            i18n::APPT_START,
            &d.start,
            &d.start_error,
        ),
        (AppointFocus::End, i18n::APPT_END, &d.end, &d.end_error),
    ] {
        let hint = date_hint(input, today, lang);
        let note = match (error, &hint) {
            (Some(e), _) => Some((e.as_str(), true)),
            (None, Some(h)) => Some((h.as_str(), false)),
            (None, None) => None,
        };
        let label = format!("{}*", label.get(lang));
        let (field, at) = text_field(&label, input, d.focus == focus, note, width, theme);
        if let Some(x) = at {
            foot_cursor = Some((x, foot.len()));
        }
        foot.extend(field);
    }
    let names: Vec<&str> = d.ticked.iter().map(|(_, n)| n.as_str()).collect();
    foot.push(Line::styled(
        fit(&format!("  {count}: {}", names.join(", ")), width),
        theme.good(),
    ));
    foot.extend(message_lines(d.message.as_ref(), width, theme));
    let rows = usize::from(inner.height)
        .saturating_sub(lines.len() + foot.len() + 1)
        .max(1);
    let more = d.total.saturating_sub(d.matches.len());
    let list_rows = if more > 0 {
        rows.saturating_sub(1)
    } else {
        rows
    };
    let top = d.cursor.saturating_sub(list_rows.saturating_sub(1));
    if d.matches.is_empty() && !d.loading {
        lines.push(Line::styled(
            format!("  {}", i18n::APPT_NO_MATCHES.get(lang)),
            theme.muted(),
        ));
    }
    for (i, p) in d.matches.iter().enumerate().skip(top).take(list_rows) {
        let at_cursor = i == d.cursor && d.focus == AppointFocus::List;
        lines.push(person_line(
            p,
            d.is_ticked(p.id),
            at_cursor || (i == d.cursor && d.focus == AppointFocus::Search),
            width,
            lang,
            theme,
        ));
    }
    if more > 0 {
        lines.push(Line::styled(
            format!(
                "  {}",
                i18n::APPT_MORE.fill(lang, &[("n", &more.to_string())])
            ),
            theme.muted(),
        ));
    }
    while lines.len() < rows + 1 {
        lines.push(Line::raw(""));
    }
    if let Some((x, y)) = foot_cursor {
        cursor = Some((x, lines.len() + y));
    }
    lines.extend(foot);
    frame.render_widget(Paragraph::new(lines), inner);
    set_cursor(frame, inner, cursor);
}

fn end_early(frame: &mut Frame<'_>, area: Rect, d: &EndEarlyDialog, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let today = state.ctx.today;
    // The inner width of a dialog 90 wide at most; its height follows from its lines.
    let width = usize::from(area.width.min(90).saturating_sub(2));
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("  {}: ", i18n::APPT_TERM.get(lang)), theme.muted()),
            Span::raw(term(&d.appointment)),
        ]),
        Line::raw(""),
    ];
    let mut cursor = None;
    let hint = date_hint(&d.date, today, lang);
    let note = match (&d.date_error, &hint) {
        (Some(e), _) => Some((e.as_str(), true)),
        (None, Some(h)) => Some((h.as_str(), false)),
        (None, None) => None,
    };
    let fields = [
        (format!("{}*", i18n::APPT_DATE.get(lang)), &d.date, note),
        (
            format!("{}*", i18n::APPT_REASON.get(lang)),
            &d.reason,
            d.reason_error.as_deref().map(|e| (e, true)),
        ),
    ];
    for (i, (label, input, note)) in fields.into_iter().enumerate() {
        let (field, at) = text_field(&label, input, d.focus == i, note, width, theme);
        if let Some(x) = at {
            cursor = Some((x, lines.len()));
        }
        lines.extend(field);
    }
    lines.push(Line::raw(""));
    lines.extend(message_lines(d.message.as_ref(), width, theme));
    let height = u16::try_from(lines.len() + 3).unwrap_or(u16::MAX).max(9);
    let rect = centered(area, 90, height);
    let title = i18n::APPT_END_TITLE.fill(lang, &[("name", &fit(&d.name, 40))]);
    let inner = frame_of(frame, rect, &title, theme);
    frame.render_widget(Paragraph::new(lines), inner);
    set_cursor(frame, inner, cursor);
}

fn renew(frame: &mut Frame<'_>, area: Rect, d: &RenewDialog, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let height = (d.candidates.len() as u16 + 6).max(8);
    let rect = centered(area, 90, height);
    let title = i18n::APPT_RENEW_TITLE.fill(lang, &[("season", &d.season.label())]);
    let inner = frame_of(frame, rect, &title, theme);
    let width = usize::from(inner.width);
    let start = d.season.first_day();
    let end = crate::domain::appointment::default_end(start);
    let intro = i18n::APPT_RENEW_INTRO.fill(
        lang,
        &[
            ("last", &d.season.prev().label()),
            ("season", &d.season.label()),
            (
                "term",
                &format!("{}–{}", format_date_short(start), format_date_short(end)),
            ),
        ],
    );
    let ticked = d.ticked().len().to_string();
    let count = i18n::APPT_RENEW_COUNT.fill(
        lang,
        &[("n", &ticked), ("total", &d.candidates.len().to_string())],
    );
    let mut lines = vec![
        Line::raw(fit(&format!("  {intro}"), width)),
        Line::styled(format!("  {count}"), theme.good()),
    ];
    let rows = usize::from(inner.height).saturating_sub(3).max(1);
    if d.loading {
        lines.push(Line::styled(
            format!("  {}", i18n::LOADING.get(lang)),
            theme.muted(),
        ));
    } else if d.candidates.is_empty() {
        lines.push(Line::styled(
            fit(&format!("  {}", i18n::APPT_RENEW_NONE.get(lang)), width),
            theme.muted(),
        ));
    }
    let top = d.cursor.saturating_sub(rows.saturating_sub(1));
    for (i, p) in d.candidates.iter().enumerate().skip(top).take(rows) {
        let ticked = !d.unticked.contains(&p.id);
        lines.push(person_line(p, ticked, i == d.cursor, width, lang, theme));
    }
    lines.extend(message_lines(d.message.as_ref(), width, theme));
    frame.render_widget(Paragraph::new(lines), inner);
}

fn unavailability(
    frame: &mut Frame<'_>,
    area: Rect,
    d: &UnavailabilityDialog,
    state: &State,
    theme: Theme,
) {
    let lang = state.ctx.lang;
    let today = state.ctx.today;
    let periods = state
        .appointments
        .facts_of(d.person_id)
        .map(|f| f.unavailability.as_slice())
        .unwrap_or_default();
    let width = usize::from(area.width.min(90).saturating_sub(2));
    let mut lines = Vec::new();
    let mut cursor = None;
    let from_hint = date_hint(&d.from, today, lang);
    let to_hint = date_hint(&d.to, today, lang);
    let note = |error: &Option<String>, hint: &Option<String>| -> Option<(String, bool)> {
        match (error, hint) {
            (Some(e), _) => Some((e.clone(), true)),
            (None, Some(h)) => Some((h.clone(), false)),
            (None, None) => None,
        }
    };
    let notes = [
        note(&d.from_error, &from_hint),
        note(&d.to_error, &to_hint),
        None,
    ];
    let labels = [
        format!("{}*", i18n::PERIOD_FROM.get(lang)),
        i18n::PERIOD_TO.get(lang).to_string(),
        i18n::PERIOD_REASON.get(lang).to_string(),
    ];
    let inputs = [&d.from, &d.to, &d.reason];
    for i in 0..PERIOD_FIELDS {
        let n = notes[i].as_ref().map(|(t, e)| (t.as_str(), *e));
        let (field, at) = text_field(&labels[i], inputs[i], d.focus == i, n, width, theme);
        if let Some(x) = at {
            cursor = Some((x, lines.len()));
        }
        lines.extend(field);
    }
    // The message or question at the bottom, built before the list so the dialog makes room.
    let bottom = match &d.confirm_delete {
        Some(p) => {
            let period = format!("{}–{}", format_date_short(p.from), format_date_short(p.to));
            let ask = i18n::ASK_PERIOD_DELETE.fill(lang, &[("period", &period)]);
            wrap(&format!("? {ask}"), width)
                .into_iter()
                .map(|part| Line::styled(part, theme.warning()))
                .collect()
        }
        None => message_lines(d.message.as_ref(), width, theme),
    };
    // As tall as the fields, the list and the bottom lines (the fields' wrapped messages add
    // to the 9 rows a dialog with one-line fields needs).
    let extra = lines.len() + bottom.len() - PERIOD_FIELDS - 1;
    let height = u16::try_from(periods.len() + 9 + extra)
        .unwrap_or(u16::MAX)
        .clamp(10, area.height);
    let rect = centered(area, 90, height);
    let title = i18n::PERIOD_TITLE.fill(lang, &[("name", &fit(&d.name, 40))]);
    let inner = frame_of(frame, rect, &title, theme);
    lines.push(Line::raw(""));
    if periods.is_empty() {
        lines.push(Line::styled(
            format!("  {}", i18n::PERIOD_NONE.get(lang)),
            theme.muted(),
        ));
    }
    let rows = usize::from(inner.height)
        .saturating_sub(lines.len() + bottom.len())
        .max(1);
    let top = d.cursor.saturating_sub(rows.saturating_sub(1));
    for (i, p) in periods.iter().enumerate().skip(top).take(rows) {
        let at = d.focus >= PERIOD_FIELDS && i == d.cursor;
        let text = format!(
            "{}{} – {}  {}",
            if at { "▶ " } else { "  " },
            format_date(p.from, lang),
            format_date(p.to, lang),
            clean(&p.reason)
        );
        let style = if at {
            theme.selected()
        } else if p.to < today {
            theme.muted()
        } else {
            theme.normal()
        };
        lines.push(Line::styled(fit(&text, width), style));
    }
    lines.extend(bottom);
    frame.render_widget(Paragraph::new(lines), inner);
    if d.confirm_delete.is_none() {
        set_cursor(frame, inner, cursor);
    }
}
