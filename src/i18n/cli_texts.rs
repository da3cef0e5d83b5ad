//! Texts of the cli_texts area of the catalog (see the `i18n` module).

super::catalog! {}
