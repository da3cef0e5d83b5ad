//! Texts of the domain area (TEMPORARY stub in main; the domain branch replaces this file).

use crate::domain::validate::FieldError;

super::catalog! {
    STUB_FIELD_ERROR: "Ugyldig værdi", "Invalid value";
}

pub fn field_error(_err: &FieldError, lang: super::Lang) -> String {
    STUB_FIELD_ERROR.get(lang).to_string()
}
