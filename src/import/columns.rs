//! Column headers in Danish or English, matched case- and accent-insensitively: `Fødselsdato`,
//! `fodselsdato`, `FØDSELSDATO` and `Birth date` all name the birth date.

use std::fmt::Write as _;

use crate::domain::collate;
use crate::i18n::{self, Lang};

/// A column the import understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImportColumn {
    Name,
    Kind,
    BirthDate,
    Phone,
    Email,
    Institution,
    Education,
    Languages,
    Themes,
    Consent,
    GuardianConsent,
    PayrollNumber,
    Notes,
    TermStart,
    TermEnd,
}

/// The accepted headers of each column, normalised as [`normalise`] does.
const ALIASES: &[(ImportColumn, &[&str])] = &[
    (
        ImportColumn::Name,
        &["navn", "name", "fuldtnavn", "fullname"],
    ),
    (ImportColumn::Kind, &["type", "kind", "rolle", "role"]),
    (
        ImportColumn::BirthDate,
        &[
            "fodselsdato",
            "foedselsdato",
            "fodt",
            "birthdate",
            "dateofbirth",
            "born",
        ],
    ),
    (
        ImportColumn::Phone,
        &[
            "telefon",
            "tlf",
            "telefonnummer",
            "mobil",
            "phone",
            "mobile",
            "telephone",
        ],
    ),
    (
        ImportColumn::Email,
        &["email", "mail", "emailadresse", "epost"],
    ),
    (
        ImportColumn::Institution,
        &[
            "skole",
            "institution",
            "sted",
            "skolested",
            "school",
            "place",
            "homeinstitution",
        ],
    ),
    (ImportColumn::Education, &["uddannelse", "education"]),
    (ImportColumn::Languages, &["sprog", "languages", "language"]),
    (ImportColumn::Themes, &["temaer", "tema", "themes", "theme"]),
    (
        ImportColumn::Consent,
        &["samtykke", "samtykkedato", "consent", "consentdate"],
    ),
    (
        ImportColumn::GuardianConsent,
        &[
            "foraeldresamtykke",
            "forldresamtykke",
            "guardianconsent",
            "parentalconsent",
        ],
    ),
    (
        ImportColumn::PayrollNumber,
        &[
            "lonnummer",
            "loennummer",
            "payrollnumber",
            "payrollno",
            "payroll",
        ],
    ),
    (
        ImportColumn::Notes,
        &["noter", "note", "bemaerkninger", "notes"],
    ),
    (
        ImportColumn::TermStart,
        &["udpegetfra", "periodefra", "termstart", "appointedfrom"],
    ),
    (
        ImportColumn::TermEnd,
        &[
            "udpegettil",
            "periodetil",
            "termend",
            "appointeduntil",
            "appointedto",
        ],
    ),
];

/// The column reference of `korps import people --help`: every column with the headers it
/// is known by and what it takes, in `lang`.
pub fn reference(lang: Lang) -> String {
    let mut out = i18n::IMPORT_COLUMNS_HEAD.get(lang).to_string();
    for (col, names) in ALIASES {
        let (label, takes) = describe(*col);
        let _ = write!(
            out,
            "\n  {:<16} {} — {}",
            label.get(lang),
            names.join(", "),
            takes.get(lang)
        );
    }
    out.push('\n');
    out.push_str(i18n::IMPORT_COLUMNS_FOOT.get(lang));
    out
}

/// The name and the accepted values of a column.
fn describe(col: ImportColumn) -> (i18n::Text, i18n::Text) {
    match col {
        ImportColumn::Name => (i18n::F_NAME, i18n::IMPORT_TAKES_NAME),
        ImportColumn::Kind => (i18n::F_KIND, i18n::IMPORT_TAKES_KIND),
        ImportColumn::BirthDate => (i18n::F_BIRTH_DATE, i18n::IMPORT_TAKES_DATE),
        ImportColumn::Phone => (i18n::F_PHONE, i18n::IMPORT_TAKES_PHONE),
        ImportColumn::Email => (i18n::F_EMAIL, i18n::IMPORT_TAKES_EMAIL),
        ImportColumn::Institution => (i18n::F_HOME_INSTITUTION, i18n::IMPORT_TAKES_PLACE),
        ImportColumn::Education => (i18n::F_EDUCATION, i18n::IMPORT_TAKES_TEXT),
        ImportColumn::Languages => (i18n::F_LANGUAGES, i18n::IMPORT_TAKES_TEXT),
        ImportColumn::Themes => (i18n::F_THEMES, i18n::IMPORT_TAKES_TEXT),
        ImportColumn::Consent => (i18n::F_CONSENT_DATE, i18n::IMPORT_TAKES_DATE),
        ImportColumn::GuardianConsent => (i18n::F_GUARDIAN_CONSENT, i18n::IMPORT_TAKES_DATE),
        ImportColumn::PayrollNumber => (i18n::F_PAYROLL_NUMBER, i18n::IMPORT_TAKES_PAYROLL),
        ImportColumn::Notes => (i18n::F_NOTES, i18n::IMPORT_TAKES_TEXT),
        ImportColumn::TermStart => (i18n::IMPORT_TERM_START, i18n::IMPORT_TAKES_TERM_START),
        ImportColumn::TermEnd => (i18n::IMPORT_TERM_END, i18n::IMPORT_TAKES_TERM_END),
    }
}

/// A header or a kind folded for matching: lower case, accents removed, æ → ae, ø → o,
/// å → a, and everything but letters and digits dropped (`E-mail` → `email`).
pub fn normalise(text: &str) -> String {
    let mut out = String::new();
    for c in collate::fold(text).chars() {
        match c {
            'æ' => out.push_str("ae"),
            'ø' => out.push('o'),
            'å' => out.push('a'),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// The column a header names, if any.
pub fn column_for(header: &str) -> Option<ImportColumn> {
    let key = normalise(header);
    ALIASES
        .iter()
        .find(|(_, names)| names.contains(&key.as_str()))
        .map(|(col, _)| *col)
}

/// Each header's column (`None` for one the import does not know).
pub fn map_headers(headers: &[String]) -> Vec<Option<ImportColumn>> {
    let mut seen = Vec::new();
    headers
        .iter()
        .map(|h| {
            let col = column_for(h).filter(|c| !seen.contains(c));
            if let Some(c) = col {
                seen.push(c);
            }
            col
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_and_english_headers_in_any_case_and_accent() {
        for (header, col) in [
            ("Navn", ImportColumn::Name),
            ("NAME", ImportColumn::Name),
            ("Fødselsdato", ImportColumn::BirthDate),
            ("fodselsdato", ImportColumn::BirthDate),
            ("Birth date", ImportColumn::BirthDate),
            ("E-mail", ImportColumn::Email),
            ("Forældresamtykke", ImportColumn::GuardianConsent),
            ("Lønnummer", ImportColumn::PayrollNumber),
            ("Udpeget fra", ImportColumn::TermStart),
            ("term end", ImportColumn::TermEnd),
            ("Skole", ImportColumn::Institution),
        ] {
            assert_eq!(column_for(header), Some(col), "{header}");
        }
        assert_eq!(column_for("Skostørrelse"), None);
    }

    #[test]
    fn a_repeated_header_counts_once() {
        let headers = vec!["navn".to_string(), "Name".to_string(), "x".to_string()];
        assert_eq!(
            map_headers(&headers),
            [Some(ImportColumn::Name), None, None]
        );
    }
}
