//! Building list queries without user text in the SQL.
//!
//! A [`Query`] collects `WHERE` clauses that are `&'static str` — so by type they can only be
//! fixed SQL written in this crate — and named parameters that carry every user value. Search
//! text is folded with [`collate::fold`], split into words, and each word gets its own fixed
//! clause template (`:w1`, `:w2`, …; at most [`MAX_WORDS`] words, further words are ignored).
//! LIKE wildcards in the words are escaped, so `50%` or `a_b` mean themselves.

use rusqlite::ToSql;
use rusqlite::types::Value;

use crate::domain::collate;

/// How many search words are used; words after these are ignored.
pub(crate) const MAX_WORDS: usize = 6;

/// The parameter names for word `n` (the LIKE text) ...
pub(crate) const WORD_PARAMS: [&str; MAX_WORDS] = [":w1", ":w2", ":w3", ":w4", ":w5", ":w6"];
/// ... and for its digits (phone search; `NULL` when the word is not a number).
pub(crate) const DIGIT_PARAMS: [&str; MAX_WORDS] = [":d1", ":d2", ":d3", ":d4", ":d5", ":d6"];

/// A search word, ready to bind.
pub(crate) struct Word {
    /// Folded, with `\`, `%` and `_` escaped for `LIKE … ESCAPE '\'`.
    pub like: String,
    /// The digits of a word made only of digits and phone punctuation (`+45`, `22-33`).
    pub digits: Option<String>,
}

/// The words of a search text (folded, escaped; at most [`MAX_WORDS`]).
pub(crate) fn words(search: &str) -> Vec<Word> {
    collate::fold(search)
        .split_whitespace()
        .take(MAX_WORDS)
        .map(|w| Word {
            like: escape_like(w),
            digits: phone_digits_of_word(w),
        })
        .collect()
}

fn phone_digits_of_word(word: &str) -> Option<String> {
    let is_number = word.chars().any(|c| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '(' | ')' | '.' | '/'));
    is_number.then(|| digits(word))
}

/// Escapes `\`, `%` and `_` for `LIKE … ESCAPE '\'`.
pub(crate) fn escape_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '%' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Only the ASCII digits of `text`.
pub(crate) fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// `WHERE` clauses (fixed SQL only) and their named parameters.
#[derive(Default)]
pub(crate) struct Query {
    clauses: Vec<&'static str>,
    params: Vec<(&'static str, Value)>,
}

impl Query {
    /// Adds a clause; all clauses are joined with `AND`.
    pub fn clause(&mut self, sql: &'static str) {
        self.clauses.push(sql);
    }

    /// Binds `name` (as written in a clause, with its colon).
    pub fn bind(&mut self, name: &'static str, value: impl Into<Value>) {
        self.params.push((name, value.into()));
    }

    /// ` WHERE a AND b`, or nothing when there are no clauses.
    pub fn where_sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        }
    }

    /// The parameters, plus `extra` ones, in the form rusqlite takes.
    pub fn params<'a>(
        &'a self,
        extra: &[(&'a str, &'a dyn ToSql)],
    ) -> Vec<(&'a str, &'a dyn ToSql)> {
        self.params
            .iter()
            .map(|(n, v)| (*n, v as &dyn ToSql))
            .chain(extra.iter().copied())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_escaped_and_capped() {
        let w = words("  Søren ÉLÉ 50% a_b x\\y 2 3 4 5");
        let likes: Vec<&str> = w.iter().map(|w| w.like.as_str()).collect();
        assert_eq!(likes, ["søren", "ele", "50\\%", "a", "b", "x\\\\y"]);
        assert_eq!(w[2].digits, None);
    }

    #[test]
    fn phone_words_give_digits() {
        let w = words("+45 (22)33 anna");
        assert_eq!(w[0].digits.as_deref(), Some("45"));
        assert_eq!(w[1].digits.as_deref(), Some("2233"));
        assert_eq!(w[2].digits, None);
    }
}
