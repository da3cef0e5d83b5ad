//! The frame around every screen: the tab bar, the status bar (database, user, message) and the
//! hint bar generated from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::text::{fit, join_whole, wrap};
use super::theme::Theme;
use crate::app::keymap::{self, Mode};
use crate::app::{State, layout};
use crate::i18n;

pub fn tabs(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let mut spans = Vec::new();
    for (screen, label, _, _) in layout::tabs(state.ctx.lang, area.width) {
        let style = if screen == state.screen {
            theme.tab_active()
        } else {
            theme.normal()
        };
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" "));
    }
    // The corps' name goes to the right when it fits whole (two spaces from the tabs), else it
    // is left out: never cut.
    let corps = super::text::clean(&state.ctx.corps_name);
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    if used + 1 + corps.width() <= usize::from(area.width) {
        let pad = usize::from(area.width) - used - corps.width();
        spans.push(Span::raw(" ".repeat(pad)));
        spans.push(Span::styled(corps, theme.muted()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The status bar: the budget figure, the message, then the database and the user. The
/// message is read whole: the budget figure shrinks to its symbol first (the Budget tab and the
/// dashboard say it in words), a message longer than the row wraps upwards over the body's last
/// rows, and the database and the user are each shown whole or left out (`join_whole`) — never
/// cut mid-word. With no message, a database path too long for the line keeps its end (the
/// file's name).
pub fn status(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let full = usize::from(area.width);
    let mut budget = super::budget::flags::status_span(state, theme);
    let message = state.message.as_ref().map(|m| {
        let (mark, style) = if m.is_error {
            ("✗ ", theme.error())
        } else {
            ("• ", theme.good())
        };
        (super::text::clean(&format!("{mark}{}", m.text)), style)
    });
    let budget_w = |b: &Option<Span<'_>>| b.as_ref().map_or(0, |b| b.content.width() + 3);
    if let Some((text, _)) = &message
        && budget_w(&budget) + text.width() > full
    {
        budget = super::budget::flags::status_symbol(state, theme);
    }
    let width = full.saturating_sub(budget_w(&budget));
    let db = format!("{}: {}", i18n::STATUS_DB.get(lang), state.ctx.db_label);
    let user = format!("{}: {}", i18n::STATUS_USER.get(lang), state.ctx.user);
    let line = if let Some((text, style)) = message {
        // Too long for the row: the message wraps upwards over the body's last rows under a rule
        // (the status bar is drawn after any dialog, so nothing covers it), its last line on the
        // status row.
        let mut lines = wrap(&text, width.max(1));
        let rows_above = usize::from(area.y.saturating_sub(1));
        let text = if lines.len() > 1 && lines.len() <= rows_above {
            let last = lines.pop().unwrap_or_default();
            let indent = " ".repeat(full - width);
            let up = u16::try_from(lines.len() + 1).unwrap_or(0);
            let rule = Rect::new(area.x, area.y - up, area.width, 1);
            frame.render_widget(Clear, rule);
            frame.render_widget(
                Paragraph::new(Line::styled("─".repeat(full), theme.border())),
                rule,
            );
            for (i, l) in lines.iter().enumerate() {
                let up = u16::try_from(lines.len() - i).unwrap_or(0);
                let row = Rect::new(area.x, area.y - up, area.width, 1);
                let line = Line::from(vec![
                    Span::raw(indent.clone()),
                    Span::styled(l.clone(), style),
                ]);
                frame.render_widget(Clear, row);
                frame.render_widget(Paragraph::new(line), row);
            }
            last
        } else {
            fit(&text, width)
        };
        let room = width.saturating_sub(text.width() + 3);
        let place = join_whole(&[db, user], " · ", room);
        let gap = if place.is_empty() { "" } else { "   " };
        Line::from(vec![
            Span::styled(text, style),
            Span::raw(gap),
            Span::styled(place, theme.muted()),
        ])
    } else {
        let mut place = join_whole(&[db.as_str(), user.as_str()], " · ", width);
        if place.is_empty() {
            place = fit_end(&db, width);
        }
        Line::styled(place, theme.muted())
    };
    let line = match budget {
        Some(b) => {
            let mut spans = vec![b, Span::raw(" · ")];
            spans.extend(line.spans);
            Line::from(spans)
        }
        None => line,
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// `text` cut from its start to `width` columns (`…` first), so its end stays: a path's file.
fn fit_end(text: &str, width: usize) -> String {
    let text = super::text::clean(text);
    if text.width() <= width || width == 0 {
        return if width == 0 { String::new() } else { text };
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1;
    for c in text.chars().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            break;
        }
        kept.push(c);
        used += w;
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

/// A binding's word in the hint bar: Fremmøde's list switch names the list it switches to.
fn hint_label(b: &keymap::Binding, state: &State) -> i18n::Text {
    use crate::app::action::Action;
    use crate::app::attendance::AttendanceAction;
    match b.action {
        Action::Attendance(AttendanceAction::ToggleView) => {
            crate::app::attendance::keymap::view_label(state.attendance.view)
        }
        _ => b.label,
    }
}

pub fn hints(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let mode = keymap::mode(state);
    let mut spans = Vec::new();
    let mut used = 0;
    let width = usize::from(area.width);
    let mut items: Vec<(String, &str)> = keymap::bindings(mode, state.screen, lang)
        .into_iter()
        .filter(|b| b.in_bar)
        .map(|b| (keymap::key_name(b.keys[0]), hint_label(b, state).get(lang)))
        .collect();
    if mode == Mode::List && state.screen == crate::app::Screen::Fremmoede {
        // Two things move here: say which keys move which.
        let moves = crate::app::attendance::keymap::movement_hints();
        items.splice(0..0, moves.map(|(keys, label)| (keys, label.get(lang))));
    }
    if mode == Mode::List {
        items.insert(0, ("1-8".to_string(), i18n::HELP_TABS.get(lang)));
    }
    for (key, label) in items {
        let w = key.width() + label.width() + 3;
        if used + w > width {
            break;
        }
        used += w;
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(format!(" {label}  ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

#[cfg(test)]
mod tests {
    use super::fit_end;

    #[test]
    fn a_long_path_keeps_its_file_name() {
        assert_eq!(fit_end("db: /tmp/k.db", 20), "db: /tmp/k.db");
        assert_eq!(
            fit_end("db: /home/kommune/data/korps.db", 12),
            "…ta/korps.db"
        );
        assert_eq!(fit_end("db: x", 0), "");
    }
}
