//! The print dialog of the yearly list: one line per field (the focused one marked `▶`,
//! choices in `‹ ›`), the path with its cursor, and a hint or complaint at the bottom.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::text::fit;
use super::theme::Theme;
use crate::app::State;
use crate::app::print_dialog::{PrintDialog, PrintField};
use crate::export::yearly_list::{ListFormat, ListVariant};
use crate::i18n;

const LABEL_W: usize = 17;

pub fn draw(frame: &mut Frame<'_>, area: Rect, d: &PrintDialog, state: &State, theme: Theme) {
    let lang = state.ctx.lang;
    let w = area.width.min(84);
    let h = 9.min(area.height);
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            format!(" {} ", i18n::PRINT_TITLE.get(lang)),
            theme.header(),
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    let value_w = width.saturating_sub(LABEL_W + 4);
    let choice = |s: &str| format!("‹ {s} ›");
    let mut lines = Vec::new();
    let mut cursor = None;
    for (row, field) in PrintField::ALL.into_iter().enumerate() {
        let (label, value, available) = match field {
            PrintField::Variant => (
                i18n::PRINT_VARIANT,
                choice(match d.variant {
                    ListVariant::Internal => i18n::PRINT_INTERNAL.get(lang),
                    ListVariant::Public => i18n::PRINT_PUBLIC.get(lang),
                }),
                true,
            ),
            PrintField::Format => (
                i18n::PRINT_FORMAT,
                choice(&d.format.extension().to_uppercase()),
                true,
            ),
            PrintField::Season => (i18n::PRINT_SEASON, choice(&d.season.label()), true),
            PrintField::Path => {
                let scroll = d.path.visual_scroll(value_w.max(1));
                let shown: String = super::text::clean(d.path.value())
                    .chars()
                    .skip(scroll)
                    .collect();
                if d.focus == PrintField::Path && !d.busy {
                    let at = d.path.visual_cursor().saturating_sub(scroll).min(value_w);
                    cursor = Some((LABEL_W + 4 + at, row));
                }
                (i18n::PRINT_PATH, fit(&shown, value_w), true)
            }
            PrintField::Printer => {
                if d.printer_available() {
                    let (mark, word) = if d.to_printer {
                        ("[x]", i18n::YES)
                    } else {
                        ("[ ]", i18n::NO)
                    };
                    (
                        i18n::PRINT_PRINTER,
                        format!("{mark} {}", word.get(lang)),
                        true,
                    )
                } else if d.lp == Some(true) && d.format != ListFormat::Pdf {
                    (
                        i18n::PRINT_PRINTER,
                        format!("– {}", i18n::PRINT_ONLY_PDF.get(lang)),
                        false,
                    )
                } else {
                    (
                        i18n::PRINT_PRINTER,
                        format!("– {}", i18n::PRINT_NO_PRINTER.get(lang)),
                        false,
                    )
                }
            }
        };
        let focused = d.focus == field;
        let style = if !available {
            theme.muted()
        } else if focused {
            theme.focus()
        } else {
            theme.normal()
        };
        lines.push(Line::from(vec![
            Span::styled(if focused { "▶ " } else { "  " }, style),
            Span::styled(
                format!("{:<LABEL_W$}: ", fit(label.get(lang), LABEL_W)),
                if focused {
                    theme.header()
                } else {
                    theme.muted()
                },
            ),
            Span::styled(fit(&value, value_w), style),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(if let Some(m) = &d.message {
        Line::styled(fit(&format!("✗ {m}"), width), theme.error())
    } else if d.busy {
        Line::styled(fit(i18n::PRINT_WRITING.get(lang), width), theme.muted())
    } else {
        Line::styled(fit(i18n::PRINT_HINT.get(lang), width), theme.key())
    });
    frame.render_widget(Paragraph::new(lines), inner);
    if let Some((x, row)) = cursor {
        let x = (x as u16).min(inner.width.saturating_sub(1));
        frame.set_cursor_position(Position::new(inner.x + x, inner.y + row as u16));
    }
}
