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
