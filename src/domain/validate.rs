//! Form validation shared by the TUI forms and imports: raw text in, domain data or
//! per-field errors out.
//!
//! Every field is checked and every error reported, so a form can mark all bad fields at once.
//! Messages for the errors are in the i18n catalog (`i18n::field_error`).

use chrono::NaiveDate;

use super::date::{DateError, YearRule, parse_date_as};
use super::institution::{InstitutionData, InstitutionKind};
use super::person::{PersonData, PersonKind, Recruitment, is_minor};

/// Why one field was rejected. The UI shows the message next to the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    /// The field must be filled in.
    Required,
    /// Not a date the Danish way.
    Date(DateError),
    /// A birth or consent date after today.
    InFuture,
    /// Not an e-mail address.
    Email,
    /// Not a Danish phone number (8 digits, optionally `+45`/`0045`, spaces allowed).
    Phone,
    /// Under 18 without a guardian consent date.
    GuardianConsentMissing,
    /// A payroll number that looks like a CPR number (never stored).
    LooksLikeCpr,
    /// Longer than the field allows (`max` characters).
    TooLong { max: usize },
}

/// The person form's fields, in form order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PersonField {
    Name,
    Kind,
    BirthDate,
    Phone,
    Email,
    HomeInstitution,
    Education,
    Languages,
    Themes,
    Recruitment,
    ConsentDate,
    GuardianConsentDate,
    PayrollNumber,
    Notes,
}

/// What the person form holds: text as typed, choices as chosen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PersonInput {
    pub name: String,
    pub kind: Option<PersonKind>,
    pub birth_date: String,
    pub phone: String,
    pub email: String,
    pub home_institution_id: Option<i64>,
    pub education: String,
    pub languages: String,
    pub themes: String,
    pub recruitment: Option<Recruitment>,
    pub consent_date: String,
    pub guardian_consent_date: String,
    pub payroll_number: String,
    pub notes: String,
}

/// Checks a person form, collecting every field's error (in form order), not only the first.
///
/// Text is trimmed. The phone number is stored normalised as `12 34 56 78`, without a `+45`
/// prefix (every number korps stores is Danish). A missing recruitment status means
/// *interesseret*. On success the data has `archived = false` and `recruitment_changed = None`;
/// the caller carries those over from the stored person.
pub fn validate_person(
    input: &PersonInput,
    today: NaiveDate,
) -> Result<PersonData, Vec<(PersonField, FieldError)>> {
    let mut errors = Vec::new();
    let e = &mut errors;
    let name = check(e, PersonField::Name, required_text(&input.name, NAME_MAX));
    let kind = input.kind;
    if kind.is_none() {
        e.push((PersonField::Kind, FieldError::Required));
    }
    let birth_date = check(
        e,
        PersonField::BirthDate,
        past_date(&input.birth_date, today),
    );
    let phone = check(e, PersonField::Phone, optional_phone(&input.phone));
    let email = check(e, PersonField::Email, optional_email(&input.email));
    let education = check(e, PersonField::Education, text(&input.education, TEXT_MAX));
    let languages = check(e, PersonField::Languages, text(&input.languages, TEXT_MAX));
    let themes = check(e, PersonField::Themes, text(&input.themes, TEXT_MAX));
    let consent_date = check(
        e,
        PersonField::ConsentDate,
        past_date(&input.consent_date, today),
    );
    let guardian = past_date(&input.guardian_consent_date, today).and_then(|date| {
        let minor = birth_date.is_some_and(|b| is_minor(b, today));
        if minor && date.is_none() {
            Err(FieldError::GuardianConsentMissing)
        } else {
            Ok(date)
        }
    });
    let guardian_consent_date = check(e, PersonField::GuardianConsentDate, guardian);
    let payroll_number = check(
        e,
        PersonField::PayrollNumber,
        payroll(&input.payroll_number),
    );
    let notes = check(e, PersonField::Notes, text(&input.notes, TEXT_MAX));
    let (Some(kind), true) = (kind, errors.is_empty()) else {
        return Err(errors);
    };
    Ok(PersonData {
        name,
        kind,
        birth_date,
        phone,
        email,
        home_institution_id: input.home_institution_id,
        education,
        languages,
        themes,
        recruitment: input.recruitment.unwrap_or(Recruitment::Interested),
        recruitment_changed: None,
        consent_date,
        guardian_consent_date,
        payroll_number,
        notes,
        archived: false,
    })
}

/// The value of a field's check, or its default after noting the error in `errors`.
fn check<F, T: Default>(
    errors: &mut Vec<(F, FieldError)>,
    field: F,
    result: Result<T, FieldError>,
) -> T {
    result.unwrap_or_else(|err| {
        errors.push((field, err));
        T::default()
    })
}

/// The institution form's fields, in form order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InstitutionField {
    Name,
    Kind,
    Address,
    ContactPerson,
    Phone,
    Email,
    Notes,
    Active,
}

/// What the institution form holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstitutionInput {
    pub name: String,
    pub kind: InstitutionKind,
    pub address: String,
    pub contact_person: String,
    pub phone: String,
    pub email: String,
    pub notes: String,
    pub active: bool,
}

/// Checks an institution form, collecting every field's error (in form order). Text is
/// trimmed; the phone number is normalised as for persons (`12 34 56 78`, no prefix).
pub fn validate_institution(
    input: &InstitutionInput,
) -> Result<InstitutionData, Vec<(InstitutionField, FieldError)>> {
    let mut errors = Vec::new();
    let e = &mut errors;
    let data = InstitutionData {
        name: check(
            e,
            InstitutionField::Name,
            required_text(&input.name, NAME_MAX),
        ),
        kind: input.kind,
        address: check(e, InstitutionField::Address, text(&input.address, TEXT_MAX)),
        contact_person: check(
            e,
            InstitutionField::ContactPerson,
            text(&input.contact_person, TEXT_MAX),
        ),
        phone: check(e, InstitutionField::Phone, optional_phone(&input.phone)),
        email: check(e, InstitutionField::Email, optional_email(&input.email)),
        notes: check(e, InstitutionField::Notes, text(&input.notes, TEXT_MAX)),
        active: input.active,
    };
    if errors.is_empty() {
        Ok(data)
    } else {
        Err(errors)
    }
}

/// Trimmed text of at most `max` characters.
fn text(input: &str, max: usize) -> Result<String, FieldError> {
    let t = input.trim();
    if t.chars().count() > max {
        return Err(FieldError::TooLong { max });
    }
    Ok(t.to_string())
}

/// Trimmed, non-empty text of at most `max` characters.
fn required_text(input: &str, max: usize) -> Result<String, FieldError> {
    let t = text(input, max)?;
    if t.is_empty() {
        return Err(FieldError::Required);
    }
    Ok(t)
}

/// An optional date, not after `today` (a two-digit year lies in the past).
fn past_date(input: &str, today: NaiveDate) -> Result<Option<NaiveDate>, FieldError> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    let date = parse_date_as(input, today, YearRule::Past).map_err(FieldError::Date)?;
    if date > today {
        return Err(FieldError::InFuture);
    }
    Ok(Some(date))
}

fn optional_phone(input: &str) -> Result<String, FieldError> {
    if input.trim().is_empty() {
        return Ok(String::new());
    }
    normalize_phone(input).ok_or(FieldError::Phone)
}

fn optional_email(input: &str) -> Result<String, FieldError> {
    let t = input.trim();
    if t.is_empty() {
        return Ok(String::new());
    }
    if t.chars().count() > EMAIL_MAX {
        return Err(FieldError::TooLong { max: EMAIL_MAX });
    }
    if is_email(t) {
        Ok(t.to_string())
    } else {
        Err(FieldError::Email)
    }
}

fn payroll(input: &str) -> Result<String, FieldError> {
    let t = text(input, PAYROLL_MAX)?;
    if looks_like_cpr(&t) {
        return Err(FieldError::LooksLikeCpr);
    }
    Ok(t)
}

/// The longest name (persons and institutions), in characters.
pub const NAME_MAX: usize = 200;
/// The longest free text (notes, themes, address …), in characters.
pub const TEXT_MAX: usize = 2000;
/// The longest payroll number, in characters.
pub const PAYROLL_MAX: usize = 20;
/// The longest e-mail address (RFC 5321), in characters.
pub const EMAIL_MAX: usize = 254;

/// A Danish phone number written as `12 34 56 78`, or `None` if `input` is not one.
///
/// Accepts 8 digits with spaces or dashes anywhere, optionally after `+45`, `0045` or `(+45)`.
/// The prefix is dropped: korps stores Danish numbers only.
pub fn normalize_phone(input: &str) -> Option<String> {
    let t = input.trim();
    let rest = ["(+45)", "+45", "0045"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t);
    let mut digits = String::with_capacity(8);
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '\u{a0}' => {}
            _ => return None,
        }
    }
    if digits.len() != 8 {
        return None;
    }
    let d = digits.as_bytes();
    Some(format!(
        "{}{} {}{} {}{} {}{}",
        d[0] as char,
        d[1] as char,
        d[2] as char,
        d[3] as char,
        d[4] as char,
        d[5] as char,
        d[6] as char,
        d[7] as char
    ))
}

/// Whether `input` looks like an e-mail address: one `@`, something before it, a domain with a
/// dot and no empty parts after it, and no spaces.
pub fn is_email(input: &str) -> bool {
    let Some((local, domain)) = input.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !input.chars().any(|c| c.is_whitespace() || c.is_control())
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty())
}

/// Whether `input` looks like a CPR number: ten digits, optionally `DDMMYY-XXXX` (or with a
/// space), whose first six digits are a real date in either century.
pub fn looks_like_cpr(input: &str) -> bool {
    let t = input.trim();
    let digits: String = match t.char_indices().nth(6) {
        Some((i, '-' | ' ')) if t.len() == 11 => format!("{}{}", &t[..i], &t[i + 1..]),
        _ => t.to_string(),
    };
    if digits.len() != 10 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let two = |i: usize| digits[i..i + 2].parse::<u32>().unwrap_or(0);
    let (day, month, year) = (two(0), two(2), two(4) as i32);
    [1900, 2000]
        .iter()
        .any(|century| NaiveDate::from_ymd_opt(century + year, month, day).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    fn today() -> NaiveDate {
        d(2026, 11, 27)
    }

    fn person() -> PersonInput {
        PersonInput {
            name: "  Åse Østergård ".into(),
            kind: Some(PersonKind::Ambassador),
            ..PersonInput::default()
        }
    }

    fn errors(input: &PersonInput) -> Vec<(PersonField, FieldError)> {
        validate_person(input, today()).expect_err("should be rejected")
    }

    fn institution() -> InstitutionInput {
        InstitutionInput {
            name: "Nordskolen".into(),
            kind: InstitutionKind::PrimarySchool,
            address: String::new(),
            contact_person: String::new(),
            phone: String::new(),
            email: String::new(),
            notes: String::new(),
            active: true,
        }
    }

    #[test]
    fn a_minimal_person_is_trimmed_and_defaulted() {
        let data = validate_person(&person(), today()).expect("valid");
        assert_eq!(data.name, "Åse Østergård");
        assert_eq!(data.recruitment, Recruitment::Interested);
        assert_eq!(data.birth_date, None);
        assert!(!data.archived);
        assert_eq!(data.recruitment_changed, None);
    }

    #[test]
    fn a_full_person_is_accepted() {
        let input = PersonInput {
            birth_date: "3.12.2000".into(),
            phone: "+45 12-34-56-78".into(),
            email: " aase@skole.dk ".into(),
            home_institution_id: Some(7),
            education: "STX 2.g".into(),
            recruitment: Some(Recruitment::Appointed),
            consent_date: "1.9.2026".into(),
            payroll_number: "L-4711".into(),
            notes: "Taler også arabisk".into(),
            ..person()
        };
        let data = validate_person(&input, today()).expect("valid");
        assert_eq!(data.birth_date, Some(d(2000, 12, 3)));
        assert_eq!(data.phone, "12 34 56 78");
        assert_eq!(data.email, "aase@skole.dk");
        assert_eq!(data.home_institution_id, Some(7));
        assert_eq!(data.recruitment, Recruitment::Appointed);
        assert_eq!(data.consent_date, Some(d(2026, 9, 1)));
        assert_eq!(data.payroll_number, "L-4711");
    }

    #[test]
    fn all_errors_are_collected_in_form_order() {
        let input = PersonInput {
            name: "   ".into(),
            kind: None,
            birth_date: "31.2.2001".into(),
            phone: "1234".into(),
            email: "aase@skole".into(),
            consent_date: "1.1.2030".into(),
            payroll_number: "010190-1234".into(),
            notes: "x".repeat(TEXT_MAX + 1),
            ..PersonInput::default()
        };
        assert_eq!(
            errors(&input),
            vec![
                (PersonField::Name, FieldError::Required),
                (PersonField::Kind, FieldError::Required),
                (
                    PersonField::BirthDate,
                    FieldError::Date(DateError::NoSuchDay)
                ),
                (PersonField::Phone, FieldError::Phone),
                (PersonField::Email, FieldError::Email),
                (PersonField::ConsentDate, FieldError::InFuture),
                (PersonField::PayrollNumber, FieldError::LooksLikeCpr),
                (PersonField::Notes, FieldError::TooLong { max: TEXT_MAX }),
            ]
        );
    }

    #[test]
    fn name_length_counts_characters() {
        let ok = PersonInput {
            name: "ø".repeat(NAME_MAX),
            ..person()
        };
        assert!(validate_person(&ok, today()).is_ok());
        let long = PersonInput {
            name: "ø".repeat(NAME_MAX + 1),
            ..person()
        };
        assert_eq!(
            errors(&long),
            vec![(PersonField::Name, FieldError::TooLong { max: NAME_MAX })]
        );
    }

    #[test]
    fn free_text_fields_are_limited() {
        let long = "a".repeat(TEXT_MAX + 1);
        let input = PersonInput {
            education: long.clone(),
            languages: long.clone(),
            themes: long,
            ..person()
        };
        let fields: Vec<PersonField> = errors(&input).into_iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            [
                PersonField::Education,
                PersonField::Languages,
                PersonField::Themes
            ]
        );
        let padded = PersonInput {
            notes: format!("  {}  ", "a".repeat(TEXT_MAX)),
            ..person()
        };
        assert!(validate_person(&padded, today()).is_ok());
    }

    #[test]
    fn birth_dates() {
        let with = |b: &str| PersonInput {
            birth_date: b.into(),
            guardian_consent_date: "1.1.2026".into(),
            ..person()
        };
        let born_today = validate_person(&with("27.11.2026"), today()).expect("today is fine");
        assert_eq!(born_today.birth_date, Some(today()));
        assert_eq!(
            errors(&with("28.11.2026")),
            vec![(PersonField::BirthDate, FieldError::InFuture)]
        );
        assert_eq!(
            errors(&with("i går")),
            vec![(PersonField::BirthDate, FieldError::Date(DateError::Invalid))]
        );
        assert_eq!(
            errors(&with("1.1.1850")),
            vec![(
                PersonField::BirthDate,
                FieldError::Date(DateError::YearOutOfRange)
            )]
        );
        assert!(validate_person(&with("2000-05-17"), today()).is_ok());
        let two_digits = validate_person(&with("01-02-99"), today()).expect("in the past");
        assert_eq!(two_digits.birth_date, NaiveDate::from_ymd_opt(1999, 2, 1));
        let named = validate_person(&with("3. dec. 07"), today()).expect("a month's name");
        assert_eq!(named.birth_date, NaiveDate::from_ymd_opt(2007, 12, 3));
    }

    #[test]
    fn under_eighteen_needs_guardian_consent() {
        let minor = |birth: &str, guardian: &str| PersonInput {
            birth_date: birth.into(),
            guardian_consent_date: guardian.into(),
            ..person()
        };
        // 18th birthday tomorrow: still a minor today.
        assert_eq!(
            errors(&minor("28.11.2008", "")),
            vec![(
                PersonField::GuardianConsentDate,
                FieldError::GuardianConsentMissing
            )]
        );
        // 18th birthday today: an adult.
        assert!(validate_person(&minor("27.11.2008", ""), today()).is_ok());
        let data = validate_person(&minor("28.11.2008", "20.11.2026"), today()).expect("ok");
        assert_eq!(data.guardian_consent_date, Some(d(2026, 11, 20)));
        assert_eq!(
            errors(&minor("28.11.2008", "1.12.2026")),
            vec![(PersonField::GuardianConsentDate, FieldError::InFuture)]
        );
        assert_eq!(
            errors(&minor("28.11.2008", "30.2.2026")),
            vec![(
                PersonField::GuardianConsentDate,
                FieldError::Date(DateError::NoSuchDay)
            )]
        );
        // Without a birth date nobody is known to be a minor.
        assert!(validate_person(&minor("", ""), today()).is_ok());
    }

    #[test]
    fn consent_date_must_parse_and_not_be_in_the_future() {
        let with = |c: &str| PersonInput {
            consent_date: c.into(),
            ..person()
        };
        assert!(validate_person(&with("27.11"), today()).is_ok());
        assert_eq!(
            errors(&with("28.11")),
            vec![(PersonField::ConsentDate, FieldError::InFuture)]
        );
        assert_eq!(
            errors(&with("xx")),
            vec![(
                PersonField::ConsentDate,
                FieldError::Date(DateError::Invalid)
            )]
        );
    }

    #[test]
    fn email_rules() {
        for ok in ["a@b.dk", "aase.ostergaard@skole.aarhus.dk", "x+y@e-mail.dk"] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "a", "@b.dk", "a@b", "a@@b.dk", "a@b@c.dk", "a b@c.dk", "a@b .dk", "a@.dk", "a@b.",
            "a@b..dk",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        let long = PersonInput {
            email: format!("{}@skole.dk", "a".repeat(EMAIL_MAX)),
            ..person()
        };
        assert_eq!(
            errors(&long),
            vec![(PersonField::Email, FieldError::TooLong { max: EMAIL_MAX })]
        );
    }

    #[test]
    fn danish_phone_numbers_are_normalised_without_prefix() {
        for ok in [
            "12345678",
            "12 34 56 78",
            "1234 5678",
            "12-34-56-78",
            "+4512345678",
            "+45 12 34 56 78",
            "0045 12345678",
            "(+45) 12 34 56 78",
            " 12\u{a0}34\u{a0}56\u{a0}78 ",
        ] {
            assert_eq!(normalize_phone(ok).as_deref(), Some("12 34 56 78"), "{ok}");
        }
        for bad in [
            "1234567",
            "123456789",
            "+46 12345678",
            "12.34.56.78",
            "tlf 12345678",
            "+45",
            "",
            "45 12 34 56 78",
        ] {
            assert_eq!(normalize_phone(bad), None, "{bad}");
        }
    }

    #[test]
    fn payroll_numbers_must_not_be_cpr_numbers() {
        for cpr in [
            "0101901234",
            "010190-1234",
            "010190 1234",
            "290200-1234",
            "311299-0001",
        ] {
            assert!(looks_like_cpr(cpr), "{cpr}");
        }
        // A leap day in 1900 or 2000 is enough (00 reads as 2000).
        assert!(looks_like_cpr("290200-1234"));
        for not_cpr in [
            "3201901234",
            "0113901234",
            "290201-1234",
            "4711",
            "01019012345",
            "010190/1234",
        ] {
            assert!(!looks_like_cpr(not_cpr), "{not_cpr}");
        }
        let long = PersonInput {
            payroll_number: "1".repeat(PAYROLL_MAX + 1),
            ..person()
        };
        assert_eq!(
            errors(&long),
            vec![(
                PersonField::PayrollNumber,
                FieldError::TooLong { max: PAYROLL_MAX }
            )]
        );
    }

    #[test]
    fn institutions() {
        let data = validate_institution(&InstitutionInput {
            name: " Nordskolen ".into(),
            phone: "0045 87 65 43 21".into(),
            ..institution()
        })
        .expect("valid");
        assert_eq!(data.name, "Nordskolen");
        assert_eq!(data.phone, "87 65 43 21");
        assert!(data.active);
        let bad = InstitutionInput {
            name: String::new(),
            phone: "112".into(),
            email: "kontor".into(),
            address: "v".repeat(TEXT_MAX + 1),
            ..institution()
        };
        assert_eq!(
            validate_institution(&bad),
            Err(vec![
                (InstitutionField::Name, FieldError::Required),
                (
                    InstitutionField::Address,
                    FieldError::TooLong { max: TEXT_MAX }
                ),
                (InstitutionField::Phone, FieldError::Phone),
                (InstitutionField::Email, FieldError::Email),
            ])
        );
    }
}
