//! The person form: built from a stored person (or empty), read back as a domain
//! [`PersonInput`], with validation messages and hints (weekday, age, under 18) on its fields.

use chrono::NaiveDate;

use super::form::{Choice, Field, Form};
use crate::domain::date::{YearRule, format_date_short, parse_date_as};
use crate::domain::person::{Person, PersonData, PersonKind, Recruitment, age_on, is_minor};
use crate::domain::validate::{PersonField, PersonInput, validate_person};
use crate::i18n::format_date;
use crate::i18n::{self, Lang};

/// The fields in form order (the index of a field is its position here).
pub const FIELDS: [PersonField; 14] = [
    PersonField::Name,
    PersonField::Kind,
    PersonField::BirthDate,
    PersonField::Phone,
    PersonField::Email,
    PersonField::HomeInstitution,
    PersonField::Education,
    PersonField::Languages,
    PersonField::Themes,
    PersonField::Recruitment,
    PersonField::ConsentDate,
    PersonField::GuardianConsentDate,
    PersonField::PayrollNumber,
    PersonField::Notes,
];

/// The index of `field` in the form.
pub fn index(field: PersonField) -> usize {
    FIELDS.iter().position(|f| *f == field).unwrap_or(0)
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(format_date_short).unwrap_or_default()
}

/// A form for `person` (or a new person when `None`); `institution` is its home institution's name.
pub fn build(person: Option<&PersonData>, institution: Option<String>, lang: Lang) -> Form {
    let kinds = PersonKind::ALL
        .iter()
        .map(|k| Choice {
            code: k.code(),
            label: i18n::person_kind(*k).get(lang),
        })
        .collect();
    let statuses = Recruitment::ALL
        .iter()
        .map(|r| Choice {
            code: r.code(),
            label: i18n::recruitment(*r).get(lang),
        })
        .collect();
    let p = person;
    let text = |f: fn(&PersonData) -> &str| p.map(f).unwrap_or_default().to_string();
    let home = p.and_then(|p| p.home_institution_id).zip(institution);
    let fields = vec![
        Field::text(i18n::F_NAME.get(lang), &text(|p| &p.name)).required(),
        Field::choice(i18n::F_KIND.get(lang), kinds, p.map(|p| p.kind.code())).required(),
        Field::date(
            i18n::F_BIRTH_DATE.get(lang),
            &date_text(p.and_then(|p| p.birth_date)),
            YearRule::Past,
        ),
        Field::text(i18n::F_PHONE.get(lang), &text(|p| &p.phone)),
        Field::text(i18n::F_EMAIL.get(lang), &text(|p| &p.email)),
        Field::lookup(i18n::F_HOME_INSTITUTION.get(lang), home),
        Field::text(i18n::F_EDUCATION.get(lang), &text(|p| &p.education)),
        Field::text(i18n::F_LANGUAGES.get(lang), &text(|p| &p.languages)),
        Field::text(i18n::F_THEMES.get(lang), &text(|p| &p.themes)),
        Field::choice(
            i18n::F_RECRUITMENT.get(lang),
            statuses,
            Some(p.map_or(Recruitment::Interested, |p| p.recruitment).code()),
        ),
        Field::date(
            i18n::F_CONSENT_DATE.get(lang),
            &date_text(p.and_then(|p| p.consent_date)),
            YearRule::Past,
        ),
        Field::date(
            i18n::F_GUARDIAN_CONSENT.get(lang),
            &date_text(p.and_then(|p| p.guardian_consent_date)),
            YearRule::Past,
        ),
        Field::text(
            i18n::F_PAYROLL_NUMBER.get(lang),
            &text(|p| &p.payroll_number),
        ),
        Field::text(i18n::F_NOTES.get(lang), &text(|p| &p.notes)),
    ];
    Form::new(fields)
}

/// What the form holds, as the domain's input.
pub fn input(form: &Form) -> PersonInput {
    let f = |field: PersonField| &form.fields[index(field)];
    let text = |field: PersonField| f(field).text_value().to_string();
    PersonInput {
        name: text(PersonField::Name),
        kind: f(PersonField::Kind)
            .choice_code()
            .and_then(PersonKind::from_code),
        birth_date: text(PersonField::BirthDate),
        phone: text(PersonField::Phone),
        email: text(PersonField::Email),
        home_institution_id: f(PersonField::HomeInstitution)
            .lookup_value()
            .map(|(id, _)| id),
        education: text(PersonField::Education),
        languages: text(PersonField::Languages),
        themes: text(PersonField::Themes),
        recruitment: f(PersonField::Recruitment)
            .choice_code()
            .and_then(Recruitment::from_code),
        consent_date: text(PersonField::ConsentDate),
        guardian_consent_date: text(PersonField::GuardianConsentDate),
        payroll_number: text(PersonField::PayrollNumber),
        notes: text(PersonField::Notes),
    }
}

/// Validates the form, writes its messages and hints, and returns the data when it is valid.
/// Messages show only after the first save attempt or for fields the user has filled in.
pub fn check(form: &mut Form, today: NaiveDate, lang: Lang) -> Option<PersonData> {
    let input = input(form);
    let result = validate_person(&input, today);
    let mut errors: Vec<(usize, String)> = match &result {
        Ok(_) => Vec::new(),
        Err(errs) => errs
            .iter()
            .map(|(field, e)| {
                let i = index(*field);
                (
                    i,
                    i18n::field_error_for_input(e, form.fields[i].text_value(), today, lang),
                )
            })
            .collect(),
    };
    let lookup = &form.fields[index(PersonField::HomeInstitution)];
    if lookup.lookup_query().is_some_and(|q| !q.trim().is_empty())
        && lookup.lookup_value().is_none()
    {
        errors.push((
            index(PersonField::HomeInstitution),
            i18n::NO_MATCHING_PLACE.get(lang).to_string(),
        ));
    }
    if !form.tried {
        errors.retain(|(i, _)| {
            let field = &form.fields[*i];
            !field.text_value().trim().is_empty()
                || field.lookup_query().is_some_and(|q| !q.is_empty())
        });
    }
    let ok = errors.is_empty();
    form.set_errors(errors);
    set_hints(form, today, lang);
    if ok { result.ok() } else { None }
}

/// Weekday and age next to the date fields, and the under-18 note.
fn set_hints(form: &mut Form, today: NaiveDate, lang: Lang) {
    for field in [
        PersonField::BirthDate,
        PersonField::ConsentDate,
        PersonField::GuardianConsentDate,
    ] {
        let i = index(field);
        let hint = parse_date_as(form.fields[i].text_value(), today, YearRule::Past)
            .ok()
            .map(|date| {
                let mut hint = super::date_field::preview(
                    form.fields[i].text_value(),
                    today,
                    YearRule::Past,
                    lang,
                )
                .unwrap_or_else(|| format_date(date, lang));
                if field == PersonField::BirthDate && date <= today {
                    let age = age_on(date, today).to_string();
                    hint.push_str(" · ");
                    hint.push_str(&i18n::AGE_YEARS.fill(lang, &[("age", &age)]));
                    if is_minor(date, today) {
                        hint.push_str(" · ");
                        hint.push_str(i18n::UNDER_18.get(lang));
                    }
                }
                hint
            });
        form.fields[i].hint = hint;
    }
}

/// The home institution's name of a loaded person, for building the form.
pub fn institution_of(person: &Person, row_institution: Option<&str>) -> Option<String> {
    person
        .data
        .home_institution_id
        .and(row_institution.map(ToString::to_string))
}
