//! Every user-facing string, in Danish and English.
//!
//! The catalog is split by area (one file each) but is one catalog: each area declares its texts
//! with [`catalog!`], which makes a missing language a compile error, and [`all_texts`] lists
//! every text so a test can check that none is empty and that both languages use the same
//! `{placeholders}`.

mod afbud_texts;
mod appointments;
mod attendance;
mod budget;
mod cli_help;
mod cli_texts;
mod common;
mod dates;
mod domain_texts;
mod export_texts;
mod honoraria;
mod import_texts;
mod io_texts;
mod list_texts;
mod output_texts;
mod places;
mod plural;
mod report_texts;
mod roster;
mod rules_texts;
mod safety_texts;
mod shell;
mod storage_texts;
mod visits;

pub use afbud_texts::*;
pub use appointments::*;
pub use attendance::*;
pub use budget::*;
pub use cli_help::*;
pub use cli_texts::*;
pub use common::*;
pub use dates::*;
pub use domain_texts::*;
pub use export_texts::*;
pub use honoraria::*;
pub use import_texts::*;
pub use io_texts::*;
pub use list_texts::*;
pub use output_texts::*;
pub use places::*;
pub use plural::{pick, plural};
pub use report_texts::*;
pub use roster::*;
pub use rules_texts::*;
pub use safety_texts::*;
pub use shell::*;
pub use storage_texts::*;
pub use visits::*;

use serde::{Deserialize, Serialize};

/// The interface language. Danish is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    /// Parses `da`/`en` (also `dansk`, `danish`, `english`, `engelsk`), case-insensitively.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_lowercase().as_str() {
            "da" | "dansk" | "danish" | "da_dk" | "da-dk" => Some(Lang::Da),
            "en" | "english" | "engelsk" | "en_gb" | "en-gb" | "en_us" | "en-us" => Some(Lang::En),
            _ => None,
        }
    }
}

/// One text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub da: &'static str,
    pub en: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => self.da,
            Lang::En => self.en,
        }
    }

    /// The text in `lang` with each `{name}` replaced by its value, and each counted noun
    /// `{name|one|many}` in the form that fits the value (see [`plural`]).
    pub fn fill(self, lang: Lang, args: &[(&str, &str)]) -> String {
        plural::fill(self.get(lang), args)
    }

    /// The text in `lang` with its count `{n}` (and `{n|one|many}`) filled in.
    pub fn count(self, lang: Lang, n: impl std::fmt::Display) -> String {
        self.fill(lang, &[("n", &n.to_string())])
    }
}

/// Declares texts: `NAME: "dansk", "English";`. Also defines `TEXTS`, this area's list.
macro_rules! catalog {
    ($($name:ident: $da:literal, $en:literal;)*) => {
        $(pub const $name: $crate::i18n::Text = $crate::i18n::Text { da: $da, en: $en };)*
        /// Every text of this area, by name (for the completeness test).
        pub(super) const TEXTS: &[(&str, $crate::i18n::Text)] = &[$((stringify!($name), $name)),*];
    };
}
pub(crate) use catalog;

/// Every text of the catalog with its name.
pub fn all_texts() -> Vec<(&'static str, Text)> {
    [
        common::TEXTS,
        shell::TEXTS,
        roster::TEXTS,
        rules_texts::TEXTS,
        places::TEXTS,
        domain_texts::TEXTS,
        storage_texts::TEXTS,
        cli_texts::TEXTS,
        cli_help::TEXTS,
        cli_help::CLI_HELP,
        export_texts::TEXTS,
        list_texts::TEXTS,
        output_texts::TEXTS,
        import_texts::TEXTS,
        io_texts::TEXTS,
        visits::TEXTS,
        safety_texts::TEXTS,
        attendance::TEXTS,
        honoraria::TEXTS,
        appointments::TEXTS,
        budget::TEXTS,
        afbud_texts::TEXTS,
        report_texts::TEXTS,
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(s: &str) -> BTreeSet<String> {
        plural::placeholders(s)
            .into_iter()
            .map(|(name, _)| name.to_string())
            .collect()
    }

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        let mut names = BTreeSet::new();
        for (name, text) in all_texts() {
            assert!(names.insert(name), "{name} is declared twice");
            assert!(!text.da.trim().is_empty(), "{name} has no Danish text");
            assert!(!text.en.trim().is_empty(), "{name} has no English text");
            assert_eq!(
                placeholders(text.da),
                placeholders(text.en),
                "{name} uses different placeholders in Danish and English"
            );
            for s in [text.da, text.en] {
                for (p, forms) in plural::placeholders(s) {
                    assert!(
                        forms.is_empty()
                            || (forms.len() == 2 && forms.iter().all(|f| !f.is_empty())),
                        "{name}: {{{p}|…}} needs exactly two forms (one, many)"
                    );
                }
            }
        }
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        let t = Text {
            da: "Hej {navn}",
            en: "Hi {navn}",
        };
        assert_eq!(t.fill(Lang::En, &[("navn", "Åse")]), "Hi Åse");
    }

    #[test]
    fn lang_parses_common_spellings() {
        assert_eq!(Lang::parse(" EN "), Some(Lang::En));
        assert_eq!(Lang::parse("dansk"), Some(Lang::Da));
        assert_eq!(Lang::parse("de"), None);
    }
}
