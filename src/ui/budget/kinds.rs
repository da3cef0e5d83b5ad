//! The Budget screen's table of honoraria by event kind: a heading row (the kind, Disponeret,
//! Planlagt) and one row per kind, amounts right-aligned under their headings — every amount
//! has two decimals, so they line up on the decimal comma. The table is as wide as its content;
//! the screen gives it that room where it can, else the kind's name is cut, never an amount.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::domain::money::Money;
use crate::i18n::{self, Lang};
use crate::storage::budget::KindFigures;
use crate::ui::text::fit;
use crate::ui::theme::Theme;

/// The headings and the rows as text: (kind, committed, planned).
fn cells(kinds: &[KindFigures], lang: Lang) -> (Vec<[String; 3]>, [String; 3]) {
    let head = [
        i18n::BUD_KIND.get(lang).to_string(),
        i18n::BUD_COMMITTED.get(lang).to_string(),
        i18n::BUD_PLANNED.get(lang).to_string(),
    ];
    let rows = kinds
        .iter()
        .map(|k| {
            [
                i18n::event_kind(k.kind).get(lang).to_string(),
                Money(k.committed).format_plain(),
                Money(k.planned).format_plain(),
            ]
        })
        .collect();
    (rows, head)
}

/// Each column's natural width: its widest cell or heading.
fn widths(rows: &[[String; 3]], head: &[String; 3]) -> [usize; 3] {
    let mut w = head.clone().map(|h| h.width());
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            w[i] = w[i].max(cell.width());
        }
    }
    w
}

/// The columns the whole table takes (a space between columns).
pub fn width(kinds: &[KindFigures], lang: Lang) -> usize {
    let (rows, head) = cells(kinds, lang);
    widths(&rows, &head).iter().sum::<usize>() + 2
}

/// The table in `width` columns: the amounts keep their columns, the kind's column gets the rest.
pub fn lines(kinds: &[KindFigures], lang: Lang, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let (rows, head) = cells(kinds, lang);
    let [_, cw, pw] = widths(&rows, &head);
    let name_w = width.saturating_sub(cw + pw + 2);
    let line = |cols: &[String; 3]| {
        format!(
            "{:<name_w$} {:>cw$} {:>pw$}",
            fit(&cols[0], name_w),
            cols[1],
            cols[2]
        )
    };
    let mut out = vec![Line::from(Span::styled(line(&head), theme.header()))];
    out.extend(rows.iter().map(|r| Line::from(line(r))));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::EventKind;

    fn report() -> Vec<KindFigures> {
        vec![
            KindFigures {
                kind: EventKind::SchoolVisit,
                committed: 7_950_000,
                planned: 850_000,
                unstaffed: 0,
            },
            KindFigures {
                kind: EventKind::JobCentre,
                committed: 800_000,
                planned: 0,
                unstaffed: 0,
            },
        ]
    }

    fn text(line: &Line<'_>) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn amounts_stand_right_aligned_under_their_headings() {
        let r = report();
        let w = width(&r, Lang::Da);
        let lines: Vec<String> = lines(&r, Lang::Da, Theme::new(true), w)
            .iter()
            .map(text)
            .collect();
        assert_eq!(
            lines,
            [
                "Arrangementstype    Disponeret Planlagt",
                "skolebesøg           79.500,00 8.500,00",
                "jobcenteraktivering   8.000,00     0,00",
            ]
        );
        // Every decimal comma of a column in the same place.
        let commas = |l: &String| -> Vec<usize> {
            l.match_indices(',')
                .map(|(at, _)| l[..at].width())
                .collect()
        };
        assert_eq!(commas(&lines[1]), commas(&lines[2]), "{lines:?}");
    }

    #[test]
    fn a_narrow_table_cuts_the_name_and_never_an_amount() {
        let r = report();
        let lines: Vec<String> = lines(&r, Lang::Da, Theme::new(true), 30)
            .iter()
            .map(text)
            .collect();
        assert!(lines.iter().all(|l| l.width() == 30), "{lines:?}");
        assert!(lines[2].ends_with("8.000,00     0,00"), "{lines:?}");
    }
}
