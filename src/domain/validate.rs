//! Form validation shared by the TUI forms and imports: raw text in, domain data or
//! per-field errors out. (Skeleton: the domain helper implements the bodies.)

use chrono::NaiveDate;

use super::date::DateError;
use super::institution::{InstitutionData, InstitutionKind};
use super::person::{PersonData, PersonKind, Recruitment};

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

/// Checks a person form. On success the data has `archived = false` and
/// `recruitment_changed = None`; the caller carries those over from the stored person.
pub fn validate_person(
    _input: &PersonInput,
    _today: NaiveDate,
) -> Result<PersonData, Vec<(PersonField, FieldError)>> {
    unimplemented!("domain helper")
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

/// Checks an institution form.
pub fn validate_institution(
    _input: &InstitutionInput,
) -> Result<InstitutionData, Vec<(InstitutionField, FieldError)>> {
    unimplemented!("domain helper")
}
