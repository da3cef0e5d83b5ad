//! Safe terminal text: stored text may hold control characters, bidi overrides or zero-width
//! characters (typed or imported). None of them reach the terminal: they are replaced or removed
//! here, and text is cut to a column width with `…` so columns stay aligned.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Whether `c` must never be written to the terminal as it is.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}'   // zero-width spaces, joiners, LRM/RLM
            | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{FEFF}'              // BOM / zero-width no-break space
            | '\u{FFF9}'..='\u{FFFB}')
}

/// `text` with newlines and tabs as spaces and every other unsafe character dropped.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if is_unsafe(c) => None,
            c => Some(c),
        })
        .collect()
}

/// `text` cleaned and cut to at most `width` columns, ending in `…` when it was cut.
pub fn fit(text: &str, width: usize) -> String {
    let text = clean(text);
    if text.width() <= width {
        return text;
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `parts` joined by `sep` in at most `width` columns, each part whole or left out: a part
/// that does not fit is skipped and the next ones are still tried, so nothing is cut mid-word.
pub fn join_whole<S: AsRef<str>>(parts: &[S], sep: &str, width: usize) -> String {
    let mut out = String::new();
    for part in parts {
        let part = clean(part.as_ref());
        let gap = if out.is_empty() { 0 } else { sep.width() };
        if part.is_empty() || out.width() + gap + part.width() > width {
            continue;
        }
        if !out.is_empty() {
            out.push_str(sep);
        }
        out.push_str(&part);
    }
    out
}

/// `text` cleaned and broken into lines of at most `width` columns, at spaces where it can (a
/// word longer than a line is broken inside). Nothing is left out.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in clean(text).split(' ').filter(|w| !w.is_empty()) {
        let sep = usize::from(!line.is_empty());
        if line.width() + sep + word.width() <= width {
            if sep == 1 {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            if line.width() + c.width().unwrap_or(0) > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` in exactly `width` columns with `symbols` at its end, where they are never the part cut:
/// the text is cut (`…`) to leave room for a space and the symbols, and padded so the symbols
/// stand in the same columns on every line drawn at this width (empty symbols keep their room
/// blank, as `symbols_w` says how many columns to reserve).
pub fn fit_before(text: &str, symbols: &str, symbols_w: usize, width: usize) -> String {
    let room = width.saturating_sub(symbols_w + 1);
    let text = fit(text, room);
    let symbols = fit(symbols, symbols_w.min(width));
    let gap = width.saturating_sub(text.width() + symbols.width());
    format!("{text}{}{symbols}", " ".repeat(gap))
}

/// `text` wrapped to `width` keeping its leading spaces on the first line and indenting every
/// further line two more, so a message reads as one block.
pub fn wrap_hanging(text: &str, width: usize) -> Vec<String> {
    let indent = text.len() - text.trim_start_matches(' ').len();
    let mut out = Vec::new();
    for (i, line) in wrap(text, width.saturating_sub(indent + 2).max(1))
        .into_iter()
        .enumerate()
    {
        let pad = if i == 0 { indent } else { indent + 2 };
        out.push(format!("{}{line}", " ".repeat(pad)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_and_keeps_every_word() {
        let text = "Beløbet kan læses på flere måder: skriv 1.234,50 eller 1234,5";
        let lines = wrap(text, 20);
        assert!(lines.iter().all(|l| l.width() <= 20), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("", 5), vec![""]);
    }

    #[test]
    fn symbols_stand_at_the_end_and_the_text_is_cut_before_them() {
        assert_eq!(fit_before("10:15 bekræftet", "◆", 1, 10), "10:15 b… ◆");
        assert_eq!(fit_before("10:15 bekræftet", "◆", 1, 10).width(), 10);
        assert_eq!(fit_before("kort", "⚠", 1, 10), "kort     ⚠");
        assert_eq!(fit_before("kort", "", 1, 10), "kort      ");
        assert_eq!(fit_before("kort", "○ ⚠", 3, 10), "kort   ○ ⚠");
    }

    #[test]
    fn parts_are_joined_whole_or_left_out() {
        let parts = ["db: /tmp/korps.db", "bruger: root"];
        assert_eq!(
            join_whole(&parts, " · ", 40),
            "db: /tmp/korps.db · bruger: root"
        );
        // One column short of both: the second is left out, not cut.
        assert_eq!(join_whole(&parts, " · ", 31), "db: /tmp/korps.db");
        // The first does not fit: the next one still may.
        assert_eq!(join_whole(&parts, " · ", 12), "bruger: root");
        assert_eq!(join_whole(&parts, " · ", 5), "");
    }

    #[test]
    fn a_hanging_wrap_keeps_every_word_and_indents_the_rest() {
        let text = "  ⚠ Tæt på budgettet: Prognosen er 84 % af budgettet";
        let lines = wrap_hanging(text, 24);
        assert!(lines.iter().all(|l| l.width() <= 24), "{lines:?}");
        assert!(lines[0].starts_with("  ⚠ "), "{lines:?}");
        assert!(
            lines[1..].iter().all(|l| l.starts_with("    ")),
            "{lines:?}"
        );
        let words: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
        assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
    }

    #[test]
    fn control_and_bidi_characters_never_pass() {
        let hostile = "A\u{1b}[31mB\u{9b}C\u{202E}D\u{200B}E\u{7}\nF";
        assert_eq!(clean(hostile), "A[31mBCDE F");
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis_to_the_column_width() {
        assert_eq!(fit("Søren Kierkegaard", 8), "Søren K…");
        assert_eq!(fit("kort", 8), "kort");
        assert_eq!(fit("日本語テキスト", 5), "日本…");
        assert_eq!(fit("日本語テキスト", 5).width(), 5);
        assert_eq!(fit("x", 0), "");
    }
}
