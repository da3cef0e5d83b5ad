//! The frame around every screen: the tab bar, the status bar (database, user, message) and the
//! hint bar generated from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::text::fit;
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

pub fn status(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let mut budget = super::budget::flags::status_span(state, theme);
    // A message is read whole: the budget figure shrinks to its symbol first (the Budget tab
    // and the dashboard say it in words).
    if let Some(m) = &state.message {
        let needed = budget.as_ref().map_or(0, |b| b.content.width() + 3) + m.text.width() + 4;
        if needed > usize::from(area.width) {
            budget = super::budget::flags::status_symbol(state, theme);
        }
    }
    let width = usize::from(area.width)
        .saturating_sub(budget.as_ref().map_or(0, |b| b.content.width() + 3));
    let place = format!(
        "{}: {} · {}: {}",
        i18n::STATUS_DB.get(lang),
        state.ctx.db_label,
        i18n::STATUS_USER.get(lang),
        state.ctx.user
    );
    let line = match &state.message {
        Some(m) => {
            let (mark, style) = if m.is_error {
                ("✗ ", theme.error())
            } else {
                ("• ", theme.good())
            };
            let text = fit(
                &format!("{mark}{}", m.text),
                width.saturating_sub(2).max(width * 2 / 3),
            );
            let rest = width.saturating_sub(text.width() + 3);
            Line::from(vec![
                Span::styled(text, style),
                Span::raw("   "),
                Span::styled(fit(&place, rest), theme.muted()),
            ])
        }
        None => Line::styled(fit(&place, width), theme.muted()),
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
