//! Texts of the storage_texts area of the catalog (see the `i18n` module).

super::catalog! {}
