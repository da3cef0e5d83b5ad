//! Danish collation: … X, Y, Z, Æ, Ø, Å, with "Aa" sorting as Å, and accent folding for search.
//!
//! Lists sort by [`sort_key`], a string whose plain byte order is the Danish order. It is stored
//! beside each name, so SQL `ORDER BY name_sort` is Danish and can use an index (a custom SQLite
//! collation could not be used by other tools opening the file, such as `sqlite3` for
//! `integrity_check`).

use std::cmp::Ordering;

/// Maps one lower-case character to its primary collation letters.
fn primary(c: char, out: &mut String) {
    match c {
        'æ' | 'ä' => out.push('{'),
        'ø' | 'ö' | 'œ' => out.push('|'),
        'å' => out.push('}'),
        'á' | 'à' | 'â' | 'ã' => out.push('a'),
        'é' | 'è' | 'ê' | 'ë' => out.push('e'),
        'í' | 'ì' | 'î' | 'ï' => out.push('i'),
        'ó' | 'ò' | 'ô' | 'õ' => out.push('o'),
        'ú' | 'ù' | 'û' => out.push('u'),
        'ü' | 'ý' | 'ÿ' => out.push('y'),
        'ç' | 'č' => out.push('c'),
        'ñ' | 'ń' => out.push('n'),
        'š' | 'ś' => out.push('s'),
        'ž' | 'ź' | 'ż' => out.push('z'),
        'ł' => out.push('l'),
        'ß' => out.push_str("ss"),
        'ð' => out.push('d'),
        'þ' => out.push_str("th"),
        c if c.is_ascii_alphanumeric() => out.push(c),
        c if c.is_whitespace() || c == '-' || c == '_' => out.push(' '),
        c if c.is_alphanumeric() => out.push(c),
        _ => {}
    }
}

/// The primary key: letters in Danish order, case and accents ignored, "aa" as "å".
fn primary_key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut chars = lower.chars().peekable();
    while let Some(c) = chars.next() {
        if c == 'a' && chars.peek() == Some(&'a') {
            chars.next();
            out.push('}');
        } else {
            primary(c, &mut out);
        }
    }
    // Collapse runs of spaces so "Ann  Li" and "Ann Li" sort together.
    let mut collapsed = String::with_capacity(out.len());
    for part in out.split(' ').filter(|p| !p.is_empty()) {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(part);
    }
    collapsed
}

/// The name as Danish collation compares it at the first level: case, accents, hyphens and
/// extra spaces ignored, "aa" equal to "å" (`Åse  Møller-Hansen` = `aase møller hansen`). Two
/// names with the same key are the same name (see `domain::identity`).
pub fn name_key(name: &str) -> String {
    primary_key(name)
}

/// A key whose plain byte order is the Danish order of `name`. Names equal but for case or
/// accents are ordered by the name itself, so the order is total and stable.
pub fn sort_key(name: &str) -> String {
    let mut key = primary_key(name);
    key.push('\u{1}');
    key.push_str(name);
    key
}

/// Compares two names the Danish way.
pub fn compare(a: &str, b: &str) -> Ordering {
    sort_key(a).cmp(&sort_key(b))
}

/// Text folded for searching: lower case, accents removed, but æ, ø and å kept (and "aa" kept
/// as typed, so searching "Aabenraa" finds it). Search terms are folded the same way.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.to_lowercase().chars() {
        match c {
            'æ' | 'ø' | 'å' => out.push(c),
            'ä' => out.push('æ'),
            'ö' => out.push('ø'),
            c if c.is_whitespace() => out.push(' '),
            c => {
                let before = out.len();
                primary(c, &mut out);
                if out.len() == before && !c.is_control() {
                    out.push(c);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(ToString::to_string).collect();
        v.sort_by(|a, b| compare(a, b));
        v
    }

    #[test]
    fn danish_letters_come_after_z_in_the_order_ae_oe_aa() {
        assert_eq!(
            sorted(&["Åse", "Ørn", "Ærø", "Zenia", "Anna"]),
            ["Anna", "Zenia", "Ærø", "Ørn", "Åse"]
        );
    }

    #[test]
    fn double_a_sorts_as_aa_ring() {
        assert_eq!(
            sorted(&["Aase", "Åse", "Birgit", "Zack"]),
            ["Birgit", "Zack", "Aase", "Åse"]
        );
        assert_eq!(
            sorted(&["Aabenraa Skole", "Østskolen"]),
            ["Østskolen", "Aabenraa Skole"]
        );
    }

    #[test]
    fn case_and_accents_are_ignored_first() {
        assert_eq!(
            sorted(&["emil", "Émile", "Emma"]),
            ["emil", "Émile", "Emma"]
        );
        assert_eq!(
            sorted(&["Müller", "Mynster", "Mads"]),
            ["Mads", "Müller", "Mynster"]
        );
    }

    #[test]
    fn shorter_prefix_comes_first() {
        assert_eq!(
            sorted(&["Hansen", "Han", "Hans"]),
            ["Han", "Hans", "Hansen"]
        );
    }

    #[test]
    fn fold_keeps_danish_letters_and_drops_accents() {
        assert_eq!(fold("Søren ÉLÉ Ärø"), "søren ele ærø");
    }
}
