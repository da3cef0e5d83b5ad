//! The form overlay: one line per field (label, value, and its message or hint), the focused
//! field marked `▶`, errors marked `✗` (so they show without colour too), and the form's own
//! message (a conflict, "fix the marked fields", "discard your changes?") at the bottom.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::text::fit;
use super::theme::Theme;
use crate::app::form::{Field, FieldValue};
use crate::app::state::{FormKind, OpenForm};
use crate::i18n::{self, Lang};

const LABEL_W: usize = 17;

/// The area of the form overlay in `area`.
pub fn area_for(area: Rect, fields: usize) -> Rect {
    let w = area.width.min(100);
    let h = (fields as u16 + 4).min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn title(open: &OpenForm, lang: Lang) -> String {
    let name = |n: &str| fit(n, 40);
    match &open.kind {
        FormKind::Person(None) => i18n::PERSON_NEW.get(lang).to_string(),
        FormKind::Person(Some(p)) => i18n::PERSON_EDIT.fill(lang, &[("name", &name(&p.data.name))]),
        FormKind::Place(None) => i18n::PLACE_NEW.get(lang).to_string(),
        FormKind::Place(Some(p)) => i18n::PLACE_EDIT.fill(lang, &[("name", &name(&p.data.name))]),
        FormKind::Visits(kind) => super::visits::form_title(kind, lang),
        FormKind::Honoraria(kind) => crate::app::honoraria::forms::title(kind, lang),
        FormKind::Budget(kind) => super::budget::form_title(kind, lang),
    }
}

/// The value of a field as shown, and where the cursor is in it (for text fields).
fn value_text(field: &Field, focused: bool, lang: Lang, width: usize) -> (String, Option<usize>) {
    match &field.value {
        FieldValue::Text(input) => {
            // Only the field being edited scrolls to its cursor; the others show their start.
            let scroll = if focused {
                input.visual_scroll(width)
            } else {
                0
            };
            let shown: String = super::text::clean(input.value())
                .chars()
                .skip(scroll)
                .collect();
            (
                fit(&shown, width),
                Some(input.visual_cursor().saturating_sub(scroll)),
            )
        }
        FieldValue::Choice { options, index } => {
            let label = index.and_then(|i| options.get(i)).map_or("—", |o| o.label);
            (format!("‹ {label} ›"), None)
        }
        FieldValue::Toggle(on) => {
            let (mark, word) = if *on {
                ("[x]", i18n::YES)
            } else {
                ("[ ]", i18n::NO)
            };
            (format!("{mark} {}", word.get(lang)), None)
        }
        FieldValue::Lookup {
            query,
            matches,
            index,
        } => {
            let chosen = index.and_then(|i| matches.get(i)).map(|(_, n)| {
                if matches.len() > 1 {
                    format!(" → {n} ({}/{})", index.unwrap_or(0) + 1, matches.len())
                } else {
                    format!(" → {n}")
                }
            });
            let text = format!(
                "{}{}",
                super::text::clean(query.value()),
                chosen.unwrap_or_default()
            );
            (fit(&text, width), Some(query.visual_cursor()))
        }
    }
}

pub fn draw(frame: &mut Frame<'_>, area: Rect, open: &OpenForm, lang: Lang, theme: Theme) {
    let form = &open.form;
    let rect = area_for(area, form.fields.len());
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            format!(" {} ", title(open, lang)),
            theme.header(),
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    let value_w = (width.saturating_sub(LABEL_W + 4) * 11 / 20).max(10);
    let note_w = width.saturating_sub(LABEL_W + 4 + value_w + 1);
    let mut lines = Vec::new();
    let mut cursor = None;
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let marker = if focused { "▶ " } else { "  " };
        let star = if field.required { "*" } else { "" };
        let label = fit(&format!("{}{star}", field.label), LABEL_W);
        let (value, at) = value_text(field, focused, lang, value_w);
        if focused && !open.confirm_discard {
            cursor = at.map(|c| (LABEL_W + 4 + c.min(value_w), i));
        }
        let note = match (&field.error, &field.hint) {
            (Some(e), _) => Span::styled(fit(&format!("✗ {e}"), note_w), theme.error()),
            (None, Some(h)) => Span::styled(fit(h, note_w), theme.muted()),
            (None, None) => Span::raw(""),
        };
        let style = if focused {
            theme.focus()
        } else {
            theme.normal()
        };
        lines.push(Line::from(vec![
            Span::styled(marker, style),
            Span::styled(
                format!("{label:<LABEL_W$}: "),
                if focused {
                    theme.header()
                } else {
                    theme.muted()
                },
            ),
            Span::styled(format!("{value:<value_w$}"), style),
            Span::raw(" "),
            note,
        ]));
    }
    lines.push(Line::raw(""));
    let bottom = if open.confirm_discard {
        Line::styled(
            format!("? {}", i18n::ASK_DISCARD.get(lang)),
            theme.warning(),
        )
    } else if let Some(m) = &open.message {
        Line::styled(fit(&format!("✗ {m}"), width), theme.error())
    } else if let Some(e) = &form.focused().error {
        Line::styled(
            fit(&format!("✗ {}: {e}", form.focused().label), width),
            theme.error(),
        )
    } else {
        Line::raw("")
    };
    lines.push(bottom);
    frame.render_widget(Paragraph::new(lines), inner);
    if let Some((x, row)) = cursor {
        let x = (x as u16).min(inner.width.saturating_sub(1));
        frame.set_cursor_position(Position::new(inner.x + x, inner.y + row as u16));
    }
}
