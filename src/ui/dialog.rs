//! Overlays: the yes/no question and the `?` help, which lists every key of the current screen
//! from the keymap table itself (in two columns when one does not fit).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::text::fit;
use super::theme::Theme;
use crate::app::keymap::{self, Mode};
use crate::app::{Screen, State};
use crate::i18n::{self, Lang};

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
    let hints: Vec<String> = keymap::bindings(Mode::Confirm, state.screen, lang)
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

/// One entry of the help: keys and what they do, or a heading (empty keys).
type Entry = (String, String);

/// The help's entries: the tab keys, then each mode's keys under a heading, keys with the same
/// meaning in one mode joined (`←/→  Move cursor`).
fn entries(screen: Screen, lang: Lang) -> Vec<Entry> {
    let tabs: Vec<String> = Screen::AVAILABLE
        .iter()
        .map(|s| format!("{} {}", s.number(), s.title(lang)))
        .collect();
    let tabs_label = format!("{} ({})", i18n::HELP_TABS.get(lang), tabs.join(", "));
    let mut out = vec![("1-8".to_string(), tabs_label)];
    // Only the modes the screen has: search on Korps and Steder, the picker and the one-line
    // prompts on Besøg and Fremmøde.
    let mut sections = vec![(Mode::List, i18n::HELP_LIST)];
    match screen {
        Screen::Korps | Screen::Steder => sections.push((Mode::Search, i18n::HELP_SEARCH)),
        Screen::Besoeg | Screen::Fremmoede => {
            sections.push((Mode::Picker, i18n::HELP_PICKER));
            sections.push((Mode::Prompt, i18n::HELP_PROMPT));
        }
        _ => {}
    }
    sections.push((Mode::Form, i18n::HELP_FORM));
    for (mode, heading) in sections {
        out.push((String::new(), heading.get(lang).to_string()));
        let mut section: Vec<Entry> = Vec::new();
        for b in keymap::bindings(mode, screen, lang) {
            let entry = (keymap::keys_label(b), b.label.get(lang).to_string());
            if out.contains(&entry) {
                continue;
            }
            let label = b.label.get(lang).to_string();
            let keys = keymap::keys_label(b);
            match section.iter_mut().find(|(_, l)| *l == label) {
                Some((k, _)) => {
                    k.push('/');
                    k.push_str(&keys);
                }
                None => section.push((keys, label)),
            }
        }
        out.extend(section);
    }
    if screen == Screen::Udpegninger {
        out.extend(super::appointments::legend(lang));
    }
    out
}

fn entry_line(entry: &Entry, width: usize, theme: Theme) -> Line<'static> {
    let (keys, label) = entry;
    if keys.is_empty() {
        return Line::styled(fit(label, width), theme.header());
    }
    let key_w = 14.min(width / 2);
    Line::from(vec![
        Span::styled(format!("{:<key_w$} ", fit(keys, key_w)), theme.key()),
        Span::raw(fit(label, width.saturating_sub(key_w + 1))),
    ])
}

pub fn help(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let entries = entries(state.screen, lang);
    // Two columns when one does not fit; when two do not fit either, the help scrolls (↑/↓) and
    // says how many lines are below.
    let rows = usize::from(area.height.saturating_sub(4)).max(1);
    let columns = entries.len().div_ceil(rows).clamp(1, 2);
    let per_column = entries.len().div_ceil(columns);
    let scroll = state.help_scroll.min(per_column.saturating_sub(rows));
    let width = area.width.min(if columns == 1 { 72 } else { 110 });
    let col_w = usize::from(width.saturating_sub(2)) / columns;
    let mut lines = Vec::new();
    for row in scroll..per_column.min(scroll + rows) {
        let mut spans = Vec::new();
        for col in 0..columns {
            let Some(entry) = entries.get(col * per_column + row) else {
                continue;
            };
            let line = entry_line(entry, col_w.saturating_sub(1), theme);
            let used: usize = line
                .spans
                .iter()
                .map(|s| unicode_width::UnicodeWidthStr::width(s.content.as_ref()))
                .sum();
            spans.extend(line.spans);
            if col + 1 < columns {
                spans.push(Span::raw(" ".repeat(col_w.saturating_sub(used))));
            }
        }
        lines.push(Line::from(spans));
    }
    let below = per_column.saturating_sub(scroll + rows);
    let last = if below > 0 {
        i18n::plural(lang, below, i18n::HELP_MORE_ONE, i18n::HELP_MORE)
    } else {
        i18n::HELP_MOUSE.get(lang).to_string()
    };
    lines.push(Line::styled(
        fit(&last, usize::from(width) - 2),
        theme.muted(),
    ));
    let title = i18n::HELP_TITLE.fill(lang, &[("screen", state.screen.title(lang))]);
    let rect = centered(area, width, lines.len() as u16 + 2);
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block(&title, theme)), rect);
}
