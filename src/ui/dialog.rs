//! Overlays: the yes/no question and the `?` help, which lists every key of the current screen
//! from the keymap table itself (in two columns when one does not fit).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::text::{fit, wrap};
use super::theme::Theme;
use crate::app::help::{self, Entry};
use crate::app::keymap::{self, Mode};
use crate::app::{Screen, State};
use crate::i18n;
use unicode_width::UnicodeWidthStr;

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

fn block(title: &str, theme: Theme) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(format!(" {title} "), theme.header()))
}

/// The widest a question's text runs before it wraps (columns inside the border).
const QUESTION_WIDTH: usize = 76;

/// The yes/no question: sized from its content — as wide as its longest part (within
/// [`QUESTION_WIDTH`] and the screen), every part (a `\n` in `question`) wrapped on its own
/// lines, as tall as that — with the answer keys under it.
pub fn confirm(frame: &mut Frame<'_>, area: Rect, question: &str, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let title = i18n::CONFIRM_TITLE.get(lang);
    let hints: Vec<String> = keymap::bindings(Mode::Confirm, state.screen, lang)
        .iter()
        .map(|b| format!("{} {}", keymap::key_name(b.keys[0]), b.label.get(lang)))
        .collect();
    let hints = hints.join("   ");
    let parts: Vec<String> = question
        .split('\n')
        .enumerate()
        .map(|(i, part)| {
            let part = super::text::clean(part);
            if i == 0 { format!("? {part}") } else { part }
        })
        .collect();
    let room = usize::from(area.width.saturating_sub(4)).min(QUESTION_WIDTH);
    let inner_w = parts
        .iter()
        .map(|p| p.width())
        .chain([hints.width(), title.width() + 2])
        .max()
        .unwrap_or(0)
        .min(room);
    let mut lines: Vec<Line<'static>> = parts
        .iter()
        .flat_map(|p| wrap(p, inner_w))
        .map(|l| Line::styled(l, theme.warning()))
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(hints, theme.key()));
    let width = u16::try_from(inner_w + 2).unwrap_or(area.width);
    let height = u16::try_from(lines.len() + 2).unwrap_or(area.height);
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block(title, theme)), rect);
}

fn entry_line(entry: &Entry, key_w: usize, width: usize, theme: Theme) -> Line<'static> {
    let (keys, label) = entry;
    if keys.is_empty() {
        return Line::styled(fit(label, width), theme.header());
    }
    Line::from(vec![
        Span::styled(format!("{:<key_w$} ", fit(keys, key_w)), theme.key()),
        Span::raw(fit(label, width.saturating_sub(key_w + 1))),
    ])
}

/// The help: one list, as wide as its longest entry (within the screen), headings right above
/// their keys, scrolled with the shared movement keys; the last line says how many lines are
/// below, or how the mouse works.
pub fn help(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let mut entries = help::entries(state.screen, lang);
    match state.screen {
        Screen::Udpegninger => entries.extend(super::appointments::legend(lang)),
        Screen::Besoeg | Screen::Oversigt => entries.extend(super::visits::legend(lang)),
        _ => {}
    }
    let key_w = entries
        .iter()
        .filter(|(k, _)| !k.is_empty())
        .map(|(k, _)| k.width())
        .max()
        .unwrap_or(0)
        .min(usize::from(area.width) / 3);
    let widest = entries
        .iter()
        .map(|(k, l)| {
            if k.is_empty() {
                l.width()
            } else {
                key_w + 1 + l.width()
            }
        })
        .max()
        .unwrap_or(0);
    let rows = help::rows(state.height).min(entries.len().max(1));
    let scroll = state.help_scroll.min(entries.len().saturating_sub(rows));
    let below = entries.len().saturating_sub(scroll + rows);
    let last = if below > 0 {
        i18n::plural(lang, below, i18n::HELP_MORE_ONE, i18n::HELP_MORE)
    } else {
        i18n::HELP_MOUSE.get(lang).to_string()
    };
    let title = i18n::HELP_TITLE.fill(lang, &[("screen", state.screen.title(lang))]);
    let inner_w = widest
        .max(last.width())
        .max(title.width() + 2)
        .min(usize::from(area.width.saturating_sub(2)));
    let mut lines: Vec<Line<'static>> = entries
        .iter()
        .skip(scroll)
        .take(rows)
        .map(|e| entry_line(e, key_w, inner_w, theme))
        .collect();
    lines.push(Line::styled(fit(&last, inner_w), theme.muted()));
    let width = u16::try_from(inner_w + 2).unwrap_or(area.width);
    let height = u16::try_from(lines.len() + 2).unwrap_or(area.height);
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block(&title, theme)), rect);
}
