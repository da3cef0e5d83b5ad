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

#[cfg(test)]
mod tests {
    use super::*;

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
