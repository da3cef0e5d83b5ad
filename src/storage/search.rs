//! Building list queries without user text in the SQL.
//!
//! A [`Query`] collects `WHERE` clauses that are `&'static str` — so by type they can only be
//! fixed SQL written in this crate — and named parameters that carry every user value. Search
//! text is folded with [`collate::fold`], split into words, and each word gets its own fixed
//! clause template (`:w1`, `:w2`, …; at most [`MAX_WORDS`] words, further words are ignored).
//! A word matches with `column LIKE '%' || :w || '%' ESCAPE '\'`, its wildcards escaped so `50%`
//! or `a_b` mean themselves. (`instr(column, :w) > 0` would need no escaping, but measured about
//! twice as slow in `benches/storage.rs`: SQLite's LIKE skips ahead to the first character.)
//!
//! Each searchable row stores what its search looks in as one folded column (`search_fold`,
//! one field a line), built here, so a search is one substring test per word on one column and no join.

use rusqlite::ToSql;
use rusqlite::types::Value;

use crate::domain::collate;

/// How many search words are used; words after these are ignored.
pub(crate) const MAX_WORDS: usize = 6;

/// The parameter names for word `n`.
pub(crate) const WORD_PARAMS: [&str; MAX_WORDS] = [":w1", ":w2", ":w3", ":w4", ":w5", ":w6"];

/// The clause for search word `n` (1-based) on a column: fixed SQL, the word is a parameter.
macro_rules! word_clause {
    ($column:literal, $n:literal) => {
        concat!($column, " LIKE '%' || :w", $n, " || '%' ESCAPE '\\'")
    };
}

/// The six word clauses on one column.
macro_rules! word_clauses {
    ($column:literal) => {
        [
            $crate::storage::search::word_clause!($column, 1),
            $crate::storage::search::word_clause!($column, 2),
            $crate::storage::search::word_clause!($column, 3),
            $crate::storage::search::word_clause!($column, 4),
            $crate::storage::search::word_clause!($column, 5),
            $crate::storage::search::word_clause!($column, 6),
        ]
    };
}
pub(crate) use {word_clause, word_clauses};

/// The words of a search text: folded, LIKE-escaped, at most [`MAX_WORDS`].
pub(crate) fn words(search: &str) -> Vec<String> {
    collate::fold(search)
        .split_whitespace()
        .take(MAX_WORDS)
        .map(escape_like)
        .collect()
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

/// Adds one clause per search word (from `clauses`, one per word position) with its parameter.
pub(crate) fn add_words(q: &mut Query, text: &str, clauses: &[&'static str; MAX_WORDS]) {
    for (n, word) in words(text).into_iter().enumerate() {
        q.clause(clauses[n]);
        q.bind(WORD_PARAMS[n], word);
    }
}

/// A person's `search_fold`: name, e-mail, phone, the phone's digits, home institution name.
pub(crate) fn person_text(
    name: &str,
    email: &str,
    phone: &str,
    institution: Option<&str>,
) -> String {
    [
        collate::fold(name),
        collate::fold(email),
        collate::fold(phone),
        digits(phone),
        institution.map(collate::fold).unwrap_or_default(),
    ]
    .join("\n")
}

/// An institution's `search_fold`: name, address, contact person.
pub(crate) fn institution_text(name: &str, address: &str, contact_person: &str) -> String {
    [name, address, contact_person]
        .map(collate::fold)
        .join("\n")
}

/// Only the ASCII digits of `text`.
pub(crate) fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// `WHERE` clauses (fixed SQL only) and their named parameters.
#[derive(Default, Clone)]
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
        assert_eq!(w, ["søren", "ele", "50\\%", "a", "b", "x\\\\y"]);
    }

    #[test]
    fn a_person_is_searchable_by_phone_digits_and_institution() {
        let text = person_text("Zoë", "Z@X.dk", "+45 22 33", Some("Østskolen"));
        assert_eq!(text, "zoe\nz@x.dk\n+45 22 33\n452233\nøstskolen");
    }

    #[test]
    fn clauses_put_only_parameters_where_words_go() {
        let clauses: [&str; MAX_WORDS] = word_clauses!("p.search_fold");
        assert_eq!(
            clauses[1],
            "p.search_fold LIKE '%' || :w2 || '%' ESCAPE '\\'"
        );
    }
}
