//! The institution form: built from a stored institution (or empty) and read back as a domain
//! [`InstitutionInput`], with validation messages on its fields.

use super::form::{Choice, Field, Form};
use crate::domain::institution::{InstitutionData, InstitutionKind};
use crate::domain::validate::{InstitutionField, InstitutionInput, validate_institution};
use crate::i18n::{self, Lang};

/// The fields in form order.
pub const FIELDS: [InstitutionField; 8] = [
    InstitutionField::Name,
    InstitutionField::Kind,
    InstitutionField::Address,
    InstitutionField::ContactPerson,
    InstitutionField::Phone,
    InstitutionField::Email,
    InstitutionField::Notes,
    InstitutionField::Active,
];

pub fn index(field: InstitutionField) -> usize {
    FIELDS.iter().position(|f| *f == field).unwrap_or(0)
}

/// A form for `place` (or a new, active primary school when `None`).
pub fn build(place: Option<&InstitutionData>, lang: Lang) -> Form {
    let kinds = InstitutionKind::ALL
        .iter()
        .map(|k| Choice {
            code: k.code(),
            label: i18n::institution_kind(*k).get(lang),
        })
        .collect();
    let text = |f: fn(&InstitutionData) -> &str| place.map(f).unwrap_or_default().to_string();
    let kind = place.map_or(InstitutionKind::PrimarySchool, |p| p.kind);
    Form::new(vec![
        Field::text(i18n::F_NAME.get(lang), &text(|p| &p.name)).required(),
        Field::choice(i18n::F_KIND.get(lang), kinds, Some(kind.code())).required(),
        Field::text(i18n::F_ADDRESS.get(lang), &text(|p| &p.address)),
        Field::text(
            i18n::F_CONTACT_PERSON.get(lang),
            &text(|p| &p.contact_person),
        ),
        Field::text(i18n::F_PHONE.get(lang), &text(|p| &p.phone)),
        Field::text(i18n::F_EMAIL.get(lang), &text(|p| &p.email)),
        Field::text(i18n::F_NOTES.get(lang), &text(|p| &p.notes)),
        Field::toggle(i18n::F_ACTIVE.get(lang), place.is_none_or(|p| p.active)),
    ])
}

pub fn input(form: &Form) -> InstitutionInput {
    let f = |field: InstitutionField| &form.fields[index(field)];
    let text = |field: InstitutionField| f(field).text_value().to_string();
    InstitutionInput {
        name: text(InstitutionField::Name),
        kind: f(InstitutionField::Kind)
            .choice_code()
            .and_then(InstitutionKind::from_code)
            .unwrap_or(InstitutionKind::Other),
        address: text(InstitutionField::Address),
        contact_person: text(InstitutionField::ContactPerson),
        phone: text(InstitutionField::Phone),
        email: text(InstitutionField::Email),
        notes: text(InstitutionField::Notes),
        active: f(InstitutionField::Active).toggle_value(),
    }
}

/// Validates the form, writes its messages, and returns the data when it is valid.
pub fn check(form: &mut Form, lang: Lang) -> Option<InstitutionData> {
    let result = validate_institution(&input(form));
    let mut errors: Vec<(usize, String)> = match &result {
        Ok(_) => Vec::new(),
        Err(errs) => errs
            .iter()
            .map(|(field, e)| (index(*field), i18n::field_error(e, lang)))
            .collect(),
    };
    if !form.tried {
        errors.retain(|(i, _)| !form.fields[*i].text_value().trim().is_empty());
    }
    let ok = errors.is_empty();
    form.set_errors(errors);
    if ok { result.ok() } else { None }
}
