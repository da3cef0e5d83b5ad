//! The TOML configuration file: language, user name, corps name and season start month.
//!
//! No config file is fine (the defaults apply); a broken one is an error that names the line and
//! column, computed from the TOML parser's byte span, so a coordinator can fix it in an editor.
//! Unknown keys are refused rather than ignored: a misspelt `languge = "en"` should not silently
//! leave the program in Danish. Where the file lives is decided at the edge (`cli::paths`).
//!
//! ```toml
//! language = "da"            # "da" or "en"
//! user_name = "Mette Kjær"   # the name the audit log records (else the OS user)
//! corps_name = "Rollemodelkorpset"
//! season_start_month = 8     # 1–12; 8 = seasons run August–July
//! review_after_years = 2     # 1–50; `korps privacy review` lists people inactive this long
//! ```

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use crate::i18n::{self, Lang};

/// Settings from the config file, with defaults for what it leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub lang: Lang,
    /// Who the audit log names; the OS user when not set.
    pub user_name: Option<String>,
    /// Printed in headers, e.g. "Rollemodelkorpset".
    pub corps_name: String,
    /// The month an appointment season starts (1–12, default 8 = August).
    pub season_start_month: u32,
    /// After how many years without an appointment a person is up for privacy review (1–50,
    /// default 2).
    pub review_after_years: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: Lang::Da,
            user_name: None,
            corps_name: "Rollemodelkorpset".to_string(),
            season_start_month: 8,
            review_after_years: 2,
        }
    }
}

/// The keys the config file knows, in the order the help and error messages list them.
pub const CONFIG_KEYS: [&str; 5] = [
    "language",
    "user_name",
    "corps_name",
    "season_start_month",
    "review_after_years",
];

impl Config {
    /// Reads the config file at `path`; a missing file gives the defaults.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(source) => {
                return Err(ConfigError::Read {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        Config::parse(&text).map_err(|e| e.with_path(path))
    }

    /// Parses the text of a config file.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        let table = DeTable::parse(text).map_err(|e| {
            let span = e.span().unwrap_or(0..0);
            ConfigError::invalid(text, span, Problem::Syntax(e.message().trim().to_string()))
        })?;
        let mut entries: Vec<_> = table.get_ref().iter().collect();
        entries.sort_by_key(|(key, _)| key.span().start);

        let mut config = Config::default();
        for (key, value) in entries {
            let span = value.span();
            let fail = |problem| Err(ConfigError::invalid(text, span.clone(), problem));
            match (key.get_ref().as_ref(), value.get_ref()) {
                ("language", DeValue::String(s)) => match s.as_ref() {
                    "da" => config.lang = Lang::Da,
                    "en" => config.lang = Lang::En,
                    other => return fail(Problem::BadLanguage(other.to_string())),
                },
                ("user_name", DeValue::String(s)) => {
                    let name = s.trim();
                    config.user_name = (!name.is_empty()).then(|| name.to_string());
                }
                ("corps_name", DeValue::String(s)) => {
                    let name = s.trim();
                    if !name.is_empty() {
                        config.corps_name = name.to_string();
                    }
                }
                ("season_start_month", DeValue::Integer(n)) => {
                    match i64::from_str_radix(n.as_str(), n.radix()) {
                        Ok(month @ 1..=12) => config.season_start_month = month as u32,
                        _ => return fail(Problem::BadMonth(n.as_str().to_string())),
                    }
                }
                ("review_after_years", DeValue::Integer(n)) => {
                    match i64::from_str_radix(n.as_str(), n.radix()) {
                        Ok(years @ 1..=50) => config.review_after_years = years as u32,
                        _ => return fail(Problem::BadYears(n.as_str().to_string())),
                    }
                }
                ("review_after_years", _) => {
                    return fail(Problem::BadYears(snippet(text, span.clone())));
                }
                ("language" | "user_name" | "corps_name", _) => {
                    return fail(Problem::NotText(key.get_ref().to_string()));
                }
                ("season_start_month", _) => {
                    return fail(Problem::BadMonth(snippet(text, span.clone())));
                }
                (other, _) => {
                    return Err(ConfigError::invalid(
                        text,
                        key.span(),
                        Problem::UnknownKey(other.to_string()),
                    ));
                }
            }
        }
        Ok(config)
    }
}

/// The source text of `span`, shortened for a message.
fn snippet(text: &str, span: Range<usize>) -> String {
    let s = text.get(span).unwrap_or("").trim();
    match s.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_string(),
    }
}

/// What is wrong at a place in the config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not valid TOML; the parser's own (English) explanation.
    Syntax(String),
    /// A key korps does not know.
    UnknownKey(String),
    /// `language` is not `da` or `en`.
    BadLanguage(String),
    /// `season_start_month` is not a whole number 1–12.
    BadMonth(String),
    /// The key needs a text in quotes.
    NotText(String),
    /// `review_after_years` is not a whole number 1–50.
    BadYears(String),
}

/// A config file that cannot be used.
#[derive(Debug)]
pub enum ConfigError {
    /// The file exists but cannot be read.
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file is read but wrong at `line`, `column` (both from 1).
    Invalid {
        path: Option<PathBuf>,
        line: usize,
        column: usize,
        problem: Problem,
    },
}

impl ConfigError {
    fn invalid(text: &str, span: Range<usize>, problem: Problem) -> ConfigError {
        let (line, column) = line_and_column(text, span.start);
        ConfigError::Invalid {
            path: None,
            line,
            column,
            problem,
        }
    }

    fn with_path(self, file: &Path) -> ConfigError {
        match self {
            ConfigError::Invalid {
                line,
                column,
                problem,
                ..
            } => ConfigError::Invalid {
                path: Some(file.to_path_buf()),
                line,
                column,
                problem,
            },
            read @ ConfigError::Read { .. } => read,
        }
    }

    /// A message for the user, in `lang`, naming the file and the line.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ConfigError::Read { path, source } => i18n::CONFIG_READ.fill(
                lang,
                &[
                    ("path", &path.display().to_string()),
                    ("reason", &source.to_string()),
                ],
            ),
            ConfigError::Invalid {
                path,
                line,
                column,
                problem,
            } => {
                let detail = match problem {
                    Problem::Syntax(msg) => i18n::CONFIG_SYNTAX.fill(lang, &[("detail", msg)]),
                    Problem::UnknownKey(key) => i18n::CONFIG_UNKNOWN_KEY
                        .fill(lang, &[("key", key), ("known", &CONFIG_KEYS.join(", "))]),
                    Problem::BadLanguage(value) => {
                        i18n::CONFIG_BAD_LANGUAGE.fill(lang, &[("value", value)])
                    }
                    Problem::BadMonth(value) => {
                        i18n::CONFIG_BAD_MONTH.fill(lang, &[("value", value)])
                    }
                    Problem::NotText(key) => i18n::CONFIG_NOT_TEXT.fill(lang, &[("key", key)]),
                    Problem::BadYears(value) => {
                        i18n::SAF_CONFIG_BAD_YEARS.fill(lang, &[("value", value)])
                    }
                };
                let line = line.to_string();
                let column = column.to_string();
                let mut args = vec![
                    ("line", line.as_str()),
                    ("column", column.as_str()),
                    ("detail", detail.as_str()),
                ];
                let file = path.as_ref().map(|p| p.display().to_string());
                match &file {
                    Some(file) => {
                        args.push(("file", file));
                        i18n::CONFIG_AT.fill(lang, &args)
                    }
                    None => i18n::CONFIG_AT_TEXT.fill(lang, &args),
                }
            }
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConfigError::Read { source, .. } => Some(source),
            ConfigError::Invalid { .. } => None,
        }
    }
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(err: &ConfigError) -> (usize, usize) {
        match err {
            ConfigError::Invalid { line, column, .. } => (*line, *column),
            ConfigError::Read { .. } => panic!("expected an invalid-file error, got {err:?}"),
        }
    }

    #[test]
    fn empty_text_gives_the_defaults() {
        assert_eq!(Config::parse("").unwrap(), Config::default());
        assert_eq!(
            Config::parse("# kun en kommentar\n\n").unwrap(),
            Config::default()
        );
    }

    #[test]
    fn every_key_is_read() {
        let config = Config::parse(
            "language = \"en\"\nuser_name = \"Mette Kjær\"\ncorps_name = \"Ungekorpset\"\n\
             season_start_month = 1\nreview_after_years = 5\n",
        )
        .unwrap();
        assert_eq!(
            config,
            Config {
                lang: Lang::En,
                user_name: Some("Mette Kjær".to_string()),
                corps_name: "Ungekorpset".to_string(),
                season_start_month: 1,
                review_after_years: 5,
            }
        );
    }

    #[test]
    fn blank_names_fall_back_to_the_defaults() {
        let config = Config::parse("user_name = \"  \"\ncorps_name = \"\"").unwrap();
        assert_eq!(config.user_name, None);
        assert_eq!(config.corps_name, "Rollemodelkorpset");
    }

    #[test]
    fn an_unknown_key_is_refused_at_its_line() {
        let err = Config::parse("language = \"da\"\n\n  languge = \"en\"\n").unwrap_err();
        assert_eq!(position(&err), (3, 3));
        let msg = err.message(Lang::Da);
        assert!(msg.contains("linje 3"), "{msg}");
        assert!(msg.contains("languge"), "{msg}");
        assert!(err.message(Lang::En).contains("line 3"));
    }

    #[test]
    fn a_syntax_error_names_line_and_column() {
        let err = Config::parse("language = \"da\"\nuser_name \"Åse\"\n").unwrap_err();
        assert_eq!(position(&err), (2, 11));
        assert!(err.message(Lang::Da).contains("linje 2, kolonne 11"));

        let err = Config::parse("language = \"da\"\nlanguage = \"en\"\n").unwrap_err();
        assert_eq!(position(&err), (2, 1));
    }

    #[test]
    fn bad_values_are_refused_with_their_line() {
        let err = Config::parse("season_start_month = 13").unwrap_err();
        assert_eq!(position(&err), (1, 22));
        assert!(err.message(Lang::Da).contains("13"));

        let err = Config::parse("\nseason_start_month = \"aug\"").unwrap_err();
        assert_eq!(position(&err).0, 2);

        let err = Config::parse("language = \"de\"").unwrap_err();
        assert!(err.message(Lang::En).contains("\"de\""));

        let err = Config::parse("user_name = 5").unwrap_err();
        assert!(err.message(Lang::En).contains("user_name"));
    }

    #[test]
    fn tables_are_unknown_keys() {
        let err = Config::parse("language = \"da\"\n[skoleferie]\nuge = 7\n").unwrap_err();
        assert_eq!(position(&err).0, 2);
    }

    #[test]
    fn a_missing_file_gives_the_defaults_and_a_broken_one_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        assert_eq!(Config::load(&path).unwrap(), Config::default());
        std::fs::write(&path, "season_start_month = 0\n").unwrap();
        let msg = Config::load(&path).unwrap_err().message(Lang::Da);
        assert!(msg.contains(&path.display().to_string()), "{msg}");
        assert!(msg.contains("linje 1"), "{msg}");
    }

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        assert_eq!(line_and_column("æøå = 1", 6), (1, 4));
        assert_eq!(line_and_column("a\nbc", 3), (2, 2));
        assert_eq!(line_and_column("a", 99), (1, 2));
    }
}
