//! Texts of the roster area of the catalog (see the `i18n` module).

super::catalog! {}
