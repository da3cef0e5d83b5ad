//! Removing what must never reach a reader raw: control characters, terminal escape sequences,
//! bidi overrides and zero-width characters.
//!
//! Stored text is kept faithfully; every export passes cell text through [`clean`] (or
//! [`clean_keep_newlines`]) before laying it out, so a name like `"\u{202E}evil"` or
//! `"\x1b[31mred"` prints as harmless visible text.

use std::borrow::Cow;

/// Whether `c` is removed: C0 and C1 controls, DEL, bidi embeddings/overrides/isolates and marks,
/// zero-width characters and the byte-order mark. Tab, LF and CR are handled by the callers.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1F}'
        | '\u{7F}'..='\u{9F}'
        | '\u{061C}'              // Arabic letter mark
        | '\u{200B}'..='\u{200F}' // zero-width space/joiners, LRM, RLM
        | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
        | '\u{2066}'..='\u{2069}' // bidi isolates
        | '\u{FEFF}'              // byte-order mark / zero-width no-break space
        | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation controls
    )
}

/// What happens to tabs and line breaks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Breaks {
    /// Each becomes one space.
    Space,
    /// Line breaks become `\n`, tabs a space.
    Newline,
    /// Tab, CR and LF are kept as they are.
    Keep,
}

/// The text on one line: escape sequences and unsafe characters removed; tabs, line breaks and
/// the Unicode line/paragraph separators become a single space each.
pub fn clean(s: &str) -> Cow<'_, str> {
    clean_with(s, Breaks::Space)
}

/// Like [`clean`], but line breaks are kept, normalised to `\n` (CRLF and lone CR count as one).
pub fn clean_keep_newlines(s: &str) -> Cow<'_, str> {
    clean_with(s, Breaks::Newline)
}

/// Escape sequences and unsafe characters removed, but tab, CR and LF kept exactly (for CSV,
/// which quotes them).
pub fn strip_unsafe(s: &str) -> Cow<'_, str> {
    clean_with(s, Breaks::Keep)
}

fn clean_with(s: &str, breaks: Breaks) -> Cow<'_, str> {
    let needs_work = s.chars().any(|c| match c {
        '\t' | '\r' | '\n' => breaks != Breaks::Keep,
        '\u{2028}' | '\u{2029}' => true,
        c => is_unsafe(c),
    });
    if !needs_work {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1B}' => skip_escape(&mut chars),
            '\t' | '\r' | '\n' if breaks == Breaks::Keep => out.push(c),
            '\r' | '\n' | '\u{2028}' | '\u{2029}' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(if breaks == Breaks::Newline { '\n' } else { ' ' });
            }
            '\t' => out.push(' '),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Skips the rest of an escape sequence whose ESC was just read: CSI (`ESC [ … final`), OSC
/// (`ESC ] … BEL` or `ESC ] … ESC \`), or a two-character escape.
fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            // Parameter and intermediate bytes, then one final byte in @..~.
            for c in chars.by_ref() {
                if ('\u{40}'..='\u{7E}').contains(&c) {
                    break;
                }
                if !('\u{20}'..='\u{3F}').contains(&c) {
                    break;
                }
            }
        }
        Some(']') => {
            chars.next();
            while let Some(c) = chars.next() {
                if c == '\u{7}' {
                    break;
                }
                if c == '\u{1B}' {
                    if chars.peek() == Some(&'\\') {
                        chars.next();
                    }
                    break;
                }
            }
        }
        Some(c) if ('\u{20}'..='\u{7E}').contains(c) => {
            chars.next();
        }
        _ => {}
    }
}

/// `text` with its first letter in upper case (`skolebesøg` → `Skolebesøg`).
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        assert!(matches!(clean("Søren Ærø Åse"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_vanish_whole() {
        assert_eq!(clean("\u{1b}[31;1mrød\u{1b}[0m"), "rød");
        assert_eq!(clean("a\u{1b}]0;title\u{7}b"), "ab");
        assert_eq!(clean("a\u{1b}]8;;x\u{1b}\\b"), "ab");
        assert_eq!(clean("a\u{1b}cb"), "ab");
    }

    #[test]
    fn controls_bidi_and_zero_width_are_removed() {
        assert_eq!(clean("a\u{0}\u{7}\u{85}\u{9b}b"), "ab");
        assert_eq!(clean("\u{202E}live\u{2066}x\u{2069}"), "livex");
        assert_eq!(clean("z\u{200B}w\u{200D}j\u{FEFF}"), "zwj");
    }

    #[test]
    fn line_breaks_become_spaces_or_newlines() {
        assert_eq!(clean("a\r\nb\rc\nd\te"), "a b c d e");
        assert_eq!(clean_keep_newlines("a\r\nb\rc\u{2028}d"), "a\nb\nc\nd");
    }

    #[test]
    fn strip_unsafe_keeps_tabs_and_line_breaks() {
        assert_eq!(strip_unsafe("\ta\r\nb\u{7}"), "\ta\r\nb");
        assert!(matches!(strip_unsafe("a\tb\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn emoji_and_cjk_survive() {
        assert_eq!(clean("😀 漢字"), "😀 漢字");
    }
}
