//! Texts of the domain_texts area of the catalog (see the `i18n` module).

super::catalog! {}
