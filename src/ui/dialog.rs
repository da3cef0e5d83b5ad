//! Overlays: the yes/no question and the `?` help, which lists every key of the current screen
//! from the keymap table itself.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::text::fit;
use super::theme::Theme;
use crate::app::keymap::{self, Mode};
use crate::app::{Screen, State};
use crate::i18n;

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

pub fn confirm(frame: &mut Frame<'_>, area: Rect, question: &str, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let rect = centered(area, 60, 6);
    frame.render_widget(Clear, rect);
    let hints: Vec<String> = keymap::bindings(Mode::Confirm, state.screen)
        .iter()
        .map(|b| format!("{} {}", keymap::key_name(b.keys[0]), b.label.get(lang)))
        .collect();
    let text = vec![
        Line::styled(
            format!("? {}", super::text::clean(question)),
            theme.warning(),
        ),
        Line::raw(""),
        Line::styled(hints.join("   "), theme.key()),
    ];
    let p = Paragraph::new(text)
        .block(block(i18n::CONFIRM_TITLE.get(lang), theme))
        .wrap(Wrap { trim: true });
    frame.render_widget(p, rect);
}

pub fn help(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let mut lines = Vec::new();
    let tabs: Vec<String> = Screen::AVAILABLE
        .iter()
        .map(|s| format!("{} {}", s.number(), s.title(lang)))
        .collect();
    lines.push(Line::from(vec![
        Span::styled(format!("{:<16}", "1-8"), theme.key()),
        Span::raw(format!(
            "{} ({})",
            i18n::HELP_TABS.get(lang),
            tabs.join(", ")
        )),
    ]));
    for mode in [Mode::List, Mode::Search, Mode::Form] {
        for b in keymap::bindings(mode, state.screen) {
            let keys = fit(&keymap::keys_label(b), 15);
            let line = Line::from(vec![
                Span::styled(format!("{keys:<16}"), theme.key()),
                Span::raw(b.label.get(lang)),
            ]);
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
    }
    lines.push(Line::styled(i18n::HELP_MOUSE.get(lang), theme.muted()));
    let title = i18n::HELP_TITLE.fill(lang, &[("screen", state.screen.title(lang))]);
    let rect = centered(area, 72, lines.len() as u16 + 2);
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block(&title, theme)), rect);
}
