//! What a file says differently about a person already stored: for every column the file has
//! and fills on the row, the stored value and the file's (`telefon 12345678 → 87654321`), and
//! the stored data with the file's values applied (what `--update` writes). An empty cell
//! never erases a stored value; the kind counts only when the row gives it (not `--kind`).

use std::collections::HashMap;

use crate::domain::date::format_date_short;
use crate::domain::person::PersonData;
use crate::domain::validate::PersonField;
use crate::i18n::{self, Lang};

/// One difference: the field, the stored value and the file's, as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub field: PersonField,
    pub stored: String,
    pub file: String,
}

/// The differences of `file` from `stored` in the fields of `given` (the columns the row
/// fills), and `stored` with them applied. `places` names institutions by id.
pub fn differences<S: std::hash::BuildHasher>(
    stored: &PersonData,
    file: &PersonData,
    given: &[PersonField],
    places: &HashMap<i64, String, S>,
    lang: Lang,
) -> (Vec<Difference>, PersonData) {
    let mut out = Vec::new();
    let mut merged = stored.clone();
    let date = |d: Option<chrono::NaiveDate>| d.map(format_date_short).unwrap_or_default();
    let place = |id: Option<i64>| {
        id.and_then(|id| places.get(&id).cloned())
            .unwrap_or_default()
    };
    for &field in given {
        let (before, after) = match field {
            PersonField::Kind => {
                merged.kind = file.kind;
                (
                    i18n::person_kind(stored.kind).get(lang).to_string(),
                    i18n::person_kind(file.kind).get(lang).to_string(),
                )
            }
            PersonField::BirthDate => {
                merged.birth_date = file.birth_date;
                (date(stored.birth_date), date(file.birth_date))
            }
            PersonField::Phone => {
                merged.phone.clone_from(&file.phone);
                (stored.phone.clone(), file.phone.clone())
            }
            PersonField::Email => {
                merged.email.clone_from(&file.email);
                (stored.email.clone(), file.email.clone())
            }
            PersonField::HomeInstitution => {
                merged.home_institution_id = file.home_institution_id;
                (
                    place(stored.home_institution_id),
                    place(file.home_institution_id),
                )
            }
            PersonField::Education => {
                merged.education.clone_from(&file.education);
                (stored.education.clone(), file.education.clone())
            }
            PersonField::Languages => {
                merged.languages.clone_from(&file.languages);
                (stored.languages.clone(), file.languages.clone())
            }
            PersonField::Themes => {
                merged.themes.clone_from(&file.themes);
                (stored.themes.clone(), file.themes.clone())
            }
            PersonField::ConsentDate => {
                merged.consent_date = file.consent_date;
                (date(stored.consent_date), date(file.consent_date))
            }
            PersonField::GuardianConsentDate => {
                merged.guardian_consent_date = file.guardian_consent_date;
                (
                    date(stored.guardian_consent_date),
                    date(file.guardian_consent_date),
                )
            }
            PersonField::PayrollNumber => {
                merged.payroll_number.clone_from(&file.payroll_number);
                (stored.payroll_number.clone(), file.payroll_number.clone())
            }
            PersonField::Notes => {
                merged.notes.clone_from(&file.notes);
                (stored.notes.clone(), file.notes.clone())
            }
            // The name matched (identity); recruitment is not the file's to change.
            PersonField::Name | PersonField::Recruitment => continue,
        };
        if before != after {
            out.push(Difference {
                field,
                stored: before,
                file: after,
            });
        }
    }
    (out, merged)
}

/// `telefon 12345678 → 87654321, e-mail (tom) → a@b.dk`.
pub fn describe(diffs: &[Difference], lang: Lang) -> String {
    let shown = |v: &str| {
        if v.is_empty() {
            i18n::IMPORT_EMPTY_VALUE.get(lang).to_string()
        } else {
            crate::export::clean::clean(v).into_owned()
        }
    };
    diffs
        .iter()
        .map(|d| {
            format!(
                "{} {} → {}",
                super::person_field_label(d.field).get(lang).to_lowercase(),
                shown(&d.stored),
                shown(&d.file)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}
