//! The marks of an event that must read without colour: every status has a symbol (`?`
//! forespurgt, `○` planlagt, `◆` bekræftet, `✓` afholdt, `✗` aflyst) and an under-staffed event
//! a `⚠`. Narrow places (week cells, Oversigt rows) keep these in a column of their own and cut
//! the text before it (`ui::text::fit_before`); the `?` help of Besøg and Oversigt lists them.

use crate::domain::event::{EventStatus, Staffing};
use crate::i18n::{self, Lang};

/// The symbol of an event status.
pub fn status_symbol(status: EventStatus) -> &'static str {
    match status {
        EventStatus::Requested => "?",
        EventStatus::Planned => "○",
        EventStatus::Confirmed => "◆",
        EventStatus::Held => "✓",
        EventStatus::Cancelled => "✗",
    }
}

/// The status as symbol and word (`◆ bekræftet`), so it shows without colour.
pub fn status_text(status: EventStatus, lang: Lang) -> String {
    format!(
        "{} {}",
        status_symbol(status),
        i18n::event_status(status).get(lang)
    )
}

/// Staffing in words, without the `⚠` (for places that keep the symbol in its own column), and
/// whether it is under-staffed; compact (`1/1RM 1/2AMB`) for narrow places.
pub fn staffing_words(
    s: &Staffing,
    status: EventStatus,
    lang: Lang,
    compact: bool,
) -> (String, bool) {
    let short = status.is_open() && s.is_understaffed();
    let text = if compact {
        // Narrow: `1/2AMB`, a kind nobody is needed or booked for left out.
        let part = |(have, need): (u32, u32), label: i18n::Text| {
            (have > 0 || need > 0).then(|| format!("{have}/{need}{}", label.get(lang)))
        };
        [
            part(s.role_models, i18n::STAFF_RM),
            part(s.ambassadors, i18n::STAFF_AMB),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
    } else {
        i18n::format_staffing(s, lang)
    };
    (text, short)
}

/// Staffing as text, `⚠` added when under-staffed (first when compact, so cutting the text
/// never leaves the colour alone).
pub fn staffing_text(
    s: &Staffing,
    status: EventStatus,
    lang: Lang,
    compact: bool,
) -> (String, bool) {
    let (mut text, short) = staffing_words(s, status, lang, compact);
    if short {
        if compact {
            text.insert(0, '⚠');
        } else {
            text.push_str(" ⚠");
        }
    }
    (text, short)
}

/// The legend for the `?` help of Besøg and Oversigt: a heading, each status's symbol with its
/// word, and the under-staffed mark.
pub fn legend(lang: Lang) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), i18n::VIS_LEGEND.get(lang).to_string())];
    for status in EventStatus::ALL {
        out.push((
            status_symbol(status).to_string(),
            i18n::event_status(status).get(lang).to_string(),
        ));
    }
    out.push((
        "⚠".to_string(),
        i18n::VIS_UNDERSTAFFED.get(lang).to_string(),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn every_status_has_its_own_one_column_symbol() {
        let symbols: Vec<&str> = EventStatus::ALL.iter().map(|s| status_symbol(*s)).collect();
        let mut unique = symbols.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), EventStatus::ALL.len(), "{symbols:?}");
        assert!(symbols.iter().all(|s| s.width() == 1), "{symbols:?}");
        assert!(!symbols.contains(&"⚠"), "⚠ is the under-staffed mark");
    }
}
