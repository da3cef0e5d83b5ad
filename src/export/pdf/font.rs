//! The embedded fonts, measuring text with them, wrapping and cutting it to a width.
//!
//! Text is laid out one character at a time from the font's `cmap` and horizontal metrics (no
//! shaping, no kerning): that is all a table of Latin names and numbers needs, and it makes the
//! width we measure exactly the width krilla draws, because the same glyph runs are drawn. A
//! character the font lacks maps to glyph 0 (`.notdef`, drawn as a box) with that glyph's
//! advance, so it never fails. The fonts are DejaVu Sans and DejaVu Sans Bold, shipped in
//! `assets/fonts/` with their licence; krilla embeds only the glyphs used.

use krilla::text::{GlyphId, KrillaGlyph};
use ttf_parser::Face;

/// DejaVu Sans (Bitstream Vera licence, `assets/fonts/LICENSE-DejaVu.txt`).
pub static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
pub static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// The ellipsis that marks cut text.
pub const ELLIPSIS: char = '…';

/// A parsed font that can measure text.
pub struct Metrics {
    face: Face<'static>,
    units_per_em: f32,
}

impl Metrics {
    /// Parses one of the embedded fonts. `None` only if the font file is broken.
    pub fn new(data: &'static [u8]) -> Option<Metrics> {
        let face = Face::parse(data, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em());
        Some(Metrics { face, units_per_em })
    }

    /// The glyph for `c` (glyph 0 when the font lacks it) and its advance in em.
    fn glyph(&self, c: char) -> (ttf_parser::GlyphId, f32) {
        let id = self.face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
        let advance = self.face.glyph_hor_advance(id).unwrap_or(0);
        (id, f32::from(advance) / self.units_per_em)
    }

    /// The width of `s` at `size` points.
    pub fn width(&self, s: &str, size: f32) -> f32 {
        s.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }

    /// The glyph run that draws `s`, each glyph pointing back at its character for text
    /// extraction and copy-paste.
    pub fn glyphs(&self, s: &str) -> Vec<KrillaGlyph> {
        s.char_indices()
            .map(|(i, c)| {
                let (id, advance) = self.glyph(c);
                KrillaGlyph::new(
                    GlyphId::new(u32::from(id.0)),
                    advance,
                    0.0,
                    0.0,
                    0.0,
                    i..i + c.len_utf8(),
                    None,
                )
            })
            .collect()
    }

    /// `s` cut to fit `max` points at `size`, ending in `…` when something was cut (or when
    /// `force` says more text follows).
    pub fn cut(&self, s: &str, size: f32, max: f32, force: bool) -> String {
        if !force && self.width(s, size) <= max {
            return s.to_string();
        }
        let room = max - self.glyph(ELLIPSIS).1 * size;
        if room < 0.0 {
            return String::new();
        }
        let mut out = String::new();
        let mut used = 0.0;
        for c in s.chars() {
            let w = self.glyph(c).1 * size;
            if used + w > room {
                break;
            }
            used += w;
            out.push(c);
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push(ELLIPSIS);
        out
    }

    /// `s` broken into at most `max_lines` lines no wider than `max` points at `size`: at spaces,
    /// and inside a word only where [`segments`] allows (after a hyphen, before an e-mail's
    /// `@`); a piece wider than the whole column (never so with widths from
    /// [`super::columns`]) breaks between characters. When text is left over, the last line
    /// ends in `…`. Always at least one line (possibly empty).
    pub fn wrap(&self, s: &str, size: f32, max: f32, max_lines: usize) -> Vec<String> {
        let max_lines = max_lines.max(1);
        let space = self.glyph(' ').1 * size;
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        let mut line_w = 0.0;
        let mut overflow = false;
        'words: for word in s.split_whitespace() {
            for (n, piece) in segments(word).into_iter().enumerate() {
                // The first piece of a word follows a space; the others join the one before.
                let gap = if line.is_empty() || n > 0 { 0.0 } else { space };
                let piece_w = self.width(piece, size);
                if line_w + gap + piece_w > max && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                    if lines.len() == max_lines {
                        overflow = true;
                        break 'words;
                    }
                } else if gap > 0.0 {
                    line.push(' ');
                    line_w += gap;
                }
                if piece_w <= max {
                    line.push_str(piece);
                    line_w += piece_w;
                    continue;
                }
                // Wider than the column: break between characters.
                for c in piece.chars() {
                    let w = self.glyph(c).1 * size;
                    if line_w + w > max && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line_w = 0.0;
                        if lines.len() == max_lines {
                            overflow = true;
                            break 'words;
                        }
                    }
                    line.push(c);
                    line_w += w;
                }
            }
        }
        if !overflow && !line.is_empty() {
            lines.push(line);
        }
        if overflow && let Some(last) = lines.last_mut() {
            *last = self.cut(last, size, max, true);
        }
        if lines.is_empty() {
            lines.push(String::new());
        }
        lines
    }
}

/// The pieces a word may be broken into, in order: after each hyphen or dash inside it
/// (`Dalsgaard-` `Møller`, `1.8.2026–` `31.7.2027`), and before the `@` of an e-mail address,
/// whose domain stays whole. A leading minus (`-1.234,50`) is not a break.
pub fn segments(word: &str) -> Vec<&str> {
    if let Some(at) = word.find('@').filter(|&at| at > 0) {
        return vec![&word[..at], &word[at..]];
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '-' | '–') && i > start && end < word.len() {
            pieces.push(&word[start..end]);
            start = end;
        }
    }
    pieces.push(&word[start..]);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regular() -> Metrics {
        Metrics::new(REGULAR).expect("font")
    }

    #[test]
    fn words_break_after_hyphens_and_before_the_domain_only() {
        assert_eq!(segments("Dalsgaard-Møller"), ["Dalsgaard-", "Møller"]);
        assert_eq!(segments("1.8.2026–31.7.2027"), ["1.8.2026–", "31.7.2027"]);
        assert_eq!(segments("-1.234,50"), ["-1.234,50"]);
        assert_eq!(
            segments("anne-marie@skole-net.dk"),
            ["anne-marie", "@skole-net.dk"]
        );
        assert_eq!(segments("22.12.2026"), ["22.12.2026"]);
        let m = regular();
        let lines = m.wrap(
            "Erhvervsakademi-uddannelse",
            9.0,
            m.width("Erhvervsakademi-", 9.0) + 1.0,
            5,
        );
        assert_eq!(lines, ["Erhvervsakademi-", "uddannelse"]);
    }

    #[test]
    fn danish_letters_have_glyphs_and_missing_ones_fall_back_to_notdef() {
        let m = regular();
        for c in "æøåÆØÅéü€–…".chars() {
            assert_ne!(m.glyph(c).0.0, 0, "{c}");
        }
        assert_eq!(m.glyph('漢').0.0, 0);
        assert!(m.width("漢", 10.0) > 0.0);
    }

    #[test]
    fn wrapping_respects_the_width_and_the_line_limit() {
        let m = regular();
        let lines = m.wrap("Søren Kierkegaard Gymnasium og HF i Aarhus", 9.0, 60.0, 10);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| m.width(l, 9.0) <= 60.0), "{lines:?}");
        let long = "x".repeat(10_000);
        let lines = m.wrap(&long, 9.0, 60.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with(ELLIPSIS));
        assert!(lines.iter().all(|l| m.width(l, 9.0) <= 60.0 + 1e-3));
    }

    #[test]
    fn leftover_words_end_the_last_line_with_an_ellipsis() {
        let m = regular();
        let lines = m.wrap("en to tre fire fem seks syv otte ni ti", 9.0, 40.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with(ELLIPSIS), "{lines:?}");
        assert_eq!(m.wrap("", 9.0, 40.0, 2), vec![String::new()]);
    }

    #[test]
    fn glyph_ranges_cover_the_text() {
        let glyphs = regular().glyphs("æb");
        assert_eq!(glyphs[0].text_range, 0..2);
        assert_eq!(glyphs[1].text_range, 2..3);
    }
}
