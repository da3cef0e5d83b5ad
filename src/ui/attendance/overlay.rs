//! The Fremmøde screen's overlays: the hours, amount and reason prompt, and the walk-in picker
//! (every person with the booking verdict — `✓` eligible, `⚠` warning, `✗` blocked with the
//! reasons in words — the hours the walk-in is logged with, and the reason line for a blocked
//! one).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::pad;
use crate::app::State;
use crate::app::attendance::update::format_hours;
use crate::app::attendance::{AttendanceOverlay, PromptKind, WalkIn};
use crate::domain::date::format_date_short;
use crate::domain::money::Money;
use crate::domain::person::PersonKind;
use crate::domain::schedule::Level;
use crate::i18n::{self, Lang};
use crate::ui::text::{clean, fit};
use crate::ui::theme::Theme;

pub fn draw(
    frame: &mut Frame<'_>,
    area: Rect,
    overlay: &AttendanceOverlay,
    state: &State,
    theme: Theme,
) {
    match overlay {
        AttendanceOverlay::Prompt(p) => {
            let lang = state.ctx.lang;
            let question = match &p.kind {
                PromptKind::Hours { name, .. } => {
                    i18n::ATT_HOURS_PROMPT.fill(lang, &[("name", name)])
                }
                PromptKind::Amount { name, .. } => {
                    i18n::ATT_AMOUNT_PROMPT.fill(lang, &[("name", name)])
                }
                PromptKind::Reason { amount_ore, .. } => i18n::ATT_REASON_PROMPT
                    .fill(lang, &[("amount", &Money(*amount_ore).format_plain())]),
            };
            prompt_box(frame, area, &question, &p.input, p.error.as_deref(), theme);
        }
        AttendanceOverlay::WalkIn(w) => walk_in(frame, area, w, state, theme),
    }
}

fn prompt_box(
    frame: &mut Frame<'_>,
    area: Rect,
    question: &str,
    input: &tui_input::Input,
    error: Option<&str>,
    theme: Theme,
) {
    let w = area.width.min(70);
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + area.height / 3,
        w,
        5.min(area.height),
    );
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    let scroll = input.visual_scroll(width.saturating_sub(1));
    let shown: String = clean(input.value()).chars().skip(scroll).collect();
    let mut lines = vec![
        Line::styled(fit(question, width), theme.header()),
        Line::styled(fit(&shown, width), theme.focus()),
    ];
    if let Some(e) = error {
        lines.push(Line::styled(fit(&format!("✗ {e}"), width), theme.error()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    let x = input
        .visual_cursor()
        .saturating_sub(scroll)
        .min(width.saturating_sub(1)) as u16;
    frame.set_cursor_position((inner.x + x, inner.y + 1));
}

fn walk_in(frame: &mut Frame<'_>, area: Rect, w: &WalkIn, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let width = area.width.min(100);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y,
        width,
        area.height,
    );
    frame.render_widget(Clear, rect);
    let title = i18n::ATT_WALK_IN_TITLE.fill(lang, &[("event", &w.label)]);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            format!(" {} ", fit(&title, usize::from(width).saturating_sub(6))),
            theme.header(),
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let cols = usize::from(inner.width);
    // The walk-in's hours, then the message (and the reason being typed).
    let foot_h: u16 = if w.reason.is_some() { 4 } else { 3 };
    let list_h = usize::from(inner.height.saturating_sub(1 + foot_h));
    let mut lines = vec![Line::styled(
        fit(i18n::ATT_WALK_IN_HEAD.get(lang), cols),
        theme.muted(),
    )];
    let name_w = (cols / 3).clamp(14, 28);
    let reasons_w = cols.saturating_sub(2 + 2 + name_w + 5);
    let top = (w.cursor + 1).saturating_sub(list_h);
    for (i, row) in w.rows.iter().enumerate().skip(top).take(list_h) {
        let sel = i == w.cursor;
        let base = if sel {
            theme.selected()
        } else {
            theme.normal()
        };
        let (sym, style) = match row.verdict.level {
            Level::Eligible => ("✓", theme.good()),
            Level::Warning => ("⚠", theme.warning()),
            Level::Blocked => ("✗", theme.error()),
        };
        let kind = match row.kind {
            PersonKind::RoleModel => i18n::STAFF_RM.get(lang),
            PersonKind::Ambassador => i18n::STAFF_AMB.get(lang),
        };
        let reasons = i18n::describe_verdict(&row.verdict, lang, format_date_short);
        lines.push(Line::from(vec![
            Span::styled(if sel { "▶ " } else { "  " }, base),
            Span::styled(format!("{sym} "), base.patch(style)),
            Span::styled(pad(&row.name, name_w), base),
            Span::styled(format!(" {} ", pad(kind, 3)), base),
            Span::styled(pad(&reasons, reasons_w), base.patch(style)),
        ]));
    }
    let body = Rect::new(
        inner.x,
        inner.y,
        inner.width,
        inner.height.saturating_sub(foot_h),
    );
    frame.render_widget(Paragraph::new(lines), body);
    let hours_y = inner.y + inner.height.saturating_sub(foot_h);
    walk_in_hours(
        frame,
        Rect::new(inner.x, hours_y, inner.width, 1),
        w,
        lang,
        theme,
    );
    let foot = Rect::new(
        inner.x,
        hours_y + 1,
        inner.width,
        (foot_h - 1).min(inner.height),
    );
    let mut bottom = Vec::new();
    if let Some(m) = &w.message {
        let style = if m.starts_with('✗') || w.reason.is_some() {
            theme.error()
        } else {
            theme.muted()
        };
        bottom.push(Line::styled(clean(m), style));
    }
    let mut para = Paragraph::new(bottom).wrap(Wrap { trim: true });
    if let Some((_, input)) = &w.reason {
        let shown = fit(&format!("> {}", clean(input.value())), cols);
        let msg_h = foot_h - 1;
        para = para.scroll((0, 0));
        frame.render_widget(
            para,
            Rect::new(foot.x, foot.y, foot.width, msg_h.min(foot.height)),
        );
        let y = foot.y + foot.height.saturating_sub(1);
        frame.render_widget(
            Paragraph::new(Line::styled(shown, theme.focus())),
            Rect::new(foot.x, y, foot.width, 1),
        );
        let x = (input.visual_cursor() + 2).min(cols.saturating_sub(1)) as u16;
        frame.set_cursor_position((foot.x + x, y));
    } else {
        frame.render_widget(para, foot);
    }
}

/// The walk-in's hours line: the hours it will be logged with, or the hours being typed.
fn walk_in_hours(frame: &mut Frame<'_>, line: Rect, w: &WalkIn, lang: Lang, theme: Theme) {
    let cols = usize::from(line.width);
    if let Some(input) = &w.hours {
        let label = i18n::ATT_WALK_IN_HOURS_EDIT.get(lang);
        let shown = fit(&format!("{label}{}", clean(input.value())), cols);
        frame.render_widget(Paragraph::new(Line::styled(shown, theme.focus())), line);
        let x = (label.width() + input.visual_cursor()).min(cols.saturating_sub(1)) as u16;
        frame.set_cursor_position((line.x + x, line.y));
    } else {
        let hours = w.minutes.map_or_else(
            || i18n::ATT_WALK_IN_NO_HOURS.get(lang).to_string(),
            format_hours,
        );
        let text = i18n::ATT_WALK_IN_HOURS.fill(lang, &[("hours", &hours)]);
        frame.render_widget(
            Paragraph::new(Line::styled(fit(&text, cols), theme.muted())),
            line,
        );
    }
}
