//! Texts of the places area of the catalog (see the `i18n` module).

super::catalog! {}
