//! The form overlay: one line per field (label, value, and its message or hint beside it, or
//! wrapped on lines of its own below the field when it does not fit beside), the focused field
//! marked `▶`, errors marked `✗` (so they show without colour too), and the form's own message
//! (a conflict, "fix the marked fields", "discard your changes?"; `•` when it is news, such as
//! "reloaded", not an error) at the bottom — or, while there is none, the form's note (the
//! event form's open-needs line).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use unicode_width::UnicodeWidthStr;

use super::text::fit;
use super::theme::Theme;
use crate::app::form::{Field, FieldValue};
use crate::app::state::{FormKind, OpenForm};
use crate::i18n::{self, Lang};

/// The widest a label column gets; labels are as wide as the form's longest one up to this.
const LABEL_MAX: usize = 24;

/// A field's note (its error or hint) where it fits: beside the value when it is at most
/// `note_w` wide, else nothing beside and the note wrapped to `below_w` on lines of its own,
/// indented `indent` columns to stand under the value — so no message is cut. The shared form
/// and the appointments dialogs lay out their notes with it.
pub(crate) fn field_note(
    note: String,
    style: Style,
    note_w: usize,
    indent: usize,
    below_w: usize,
) -> (Span<'static>, Vec<Line<'static>>) {
    if note.width() <= note_w {
        return (Span::styled(note, style), Vec::new());
    }
    let below = super::text::wrap(&note, below_w.max(1))
        .into_iter()
        .map(|part| {
            Line::from(vec![
                Span::raw(" ".repeat(indent)),
                Span::styled(part, style),
            ])
        })
        .collect();
    (Span::raw(""), below)
}

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
            // The match after what is typed — unless what is typed is its name already (a
            // form opened for editing): "Fjordby Gymnasium → Fjordby Gymnasium" was cut.
            let typed = query.value().trim();
            let chosen = index.and_then(|i| matches.get(i)).map(|(_, n)| {
                let count = if matches.len() > 1 {
                    format!(" ({}/{})", index.unwrap_or(0) + 1, matches.len())
                } else {
                    String::new()
                };
                if n.trim() == typed {
                    count
                } else {
                    format!(" → {n}{count}")
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

/// Draws the form; `note` is a line of the form's own (muted or in its style) shown at the
/// bottom while there is no message or question; `message_is_info` marks the message `•`
/// instead of `✗`.
pub fn draw(
    frame: &mut Frame<'_>,
    area: Rect,
    open: &OpenForm,
    note: Option<(String, Style)>,
    message_is_info: bool,
    lang: Lang,
    theme: Theme,
) {
    let form = &open.form;
    let width = usize::from(area.width.min(100).saturating_sub(2));
    let label_w = form
        .fields
        .iter()
        .map(|f| f.label.width() + usize::from(f.required))
        .max()
        .unwrap_or(0)
        .min(LABEL_MAX);
    let value_w = (width.saturating_sub(label_w + 4) * 11 / 20).max(10);
    let note_w = width.saturating_sub(label_w + 4 + value_w + 1);
    // A message too long for the note column goes on lines of its own under the field's
    // value, wrapped, so it is read whole.
    let below_w = width.saturating_sub(label_w + 4);
    let mut lines = Vec::new();
    let mut cursor = None;
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let marker = if focused { "▶ " } else { "  " };
        let star = if field.required { "*" } else { "" };
        let label = fit(&format!("{}{star}", field.label), label_w);
        let (value, at) = value_text(field, focused, lang, value_w);
        if focused && !open.confirm_discard {
            cursor = at.map(|c| (label_w + 4 + c.min(value_w), lines.len()));
        }
        let (note, note_style) = match (&field.error, &field.hint) {
            (Some(e), _) => (format!("✗ {e}"), theme.error()),
            (None, Some(h)) => (super::text::clean(h), theme.muted()),
            (None, None) => (String::new(), theme.muted()),
        };
        let (beside, below) = field_note(note, note_style, note_w, label_w + 4, below_w);
        let style = if focused {
            theme.focus()
        } else {
            theme.normal()
        };
        lines.push(Line::from(vec![
            Span::styled(marker, style),
            Span::styled(
                format!("{label:<label_w$}: "),
                if focused {
                    theme.header()
                } else {
                    theme.muted()
                },
            ),
            Span::styled(format!("{value:<value_w$}"), style),
            Span::raw(" "),
            beside,
        ]));
        lines.extend(below);
    }
    lines.push(Line::raw(""));
    if open.confirm_discard {
        lines.push(Line::styled(
            format!("? {}", i18n::ASK_DISCARD.get(lang)),
            theme.warning(),
        ));
    } else if let Some(m) = &open.message {
        let (mark, style) = if message_is_info {
            ("•", theme.normal())
        } else {
            ("✗", theme.error())
        };
        for part in super::text::wrap(&format!("{mark} {m}"), width) {
            lines.push(Line::styled(part, style));
        }
    } else if let Some((text, style)) = note {
        for part in super::text::wrap(&text, width) {
            lines.push(Line::styled(part, style));
        }
    } else {
        lines.push(Line::raw(""));
    }
    let rect = area_for(area, lines.len().saturating_sub(2));
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
    frame.render_widget(Paragraph::new(lines), inner);
    if let Some((x, row)) = cursor {
        let x = u16::try_from(x)
            .unwrap_or(u16::MAX)
            .min(inner.width.saturating_sub(1));
        let row = u16::try_from(row).unwrap_or(u16::MAX);
        if row < inner.height {
            frame.set_cursor_position(Position::new(inner.x + x, inner.y + row));
        }
    }
}
