//! Texts of the shell area of the catalog (see the `i18n` module).

super::catalog! {}
