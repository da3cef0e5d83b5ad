//! Institutions: the windowed list, search and filters, and changes with their audit rows.
//! (Skeleton: the storage helper implements the bodies.)

use crate::domain::institution::{Institution, InstitutionData, InstitutionKind, InstitutionRow};

use super::{Database, StorageError};

/// What the institutions list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InstitutionFilter {
    /// Matched case- and accent-insensitively against name, address and contact person.
    pub search: String,
    pub kind: Option<InstitutionKind>,
    /// `false`: active only; `true`: inactive ones too.
    pub include_inactive: bool,
}

impl Database {
    pub fn count_institutions(&self, _filter: &InstitutionFilter) -> Result<usize, StorageError> {
        unimplemented!("storage helper")
    }

    /// Institutions matching `filter` in Danish name order, rows `offset..offset + limit`.
    pub fn list_institutions(
        &self,
        _filter: &InstitutionFilter,
        _offset: usize,
        _limit: usize,
    ) -> Result<Vec<InstitutionRow>, StorageError> {
        unimplemented!("storage helper")
    }

    pub fn institution_position(
        &self,
        _filter: &InstitutionFilter,
        _id: i64,
    ) -> Result<Option<usize>, StorageError> {
        unimplemented!("storage helper")
    }

    /// Active institutions whose name matches `search`, Danish-sorted, at most `limit`
    /// (the home-institution picker of the person form): `(id, name)`.
    pub fn institution_choices(
        &self,
        _search: &str,
        _limit: usize,
    ) -> Result<Vec<(i64, String)>, StorageError> {
        unimplemented!("storage helper")
    }

    pub fn institution(&self, _id: i64) -> Result<Institution, StorageError> {
        unimplemented!("storage helper")
    }

    pub fn insert_institution(&mut self, _data: &InstitutionData) -> Result<i64, StorageError> {
        unimplemented!("storage helper")
    }

    pub fn update_institution(
        &mut self,
        _id: i64,
        _version: i64,
        _data: &InstitutionData,
    ) -> Result<(), StorageError> {
        unimplemented!("storage helper")
    }

    /// Whether anything refers to the institution (persons, events).
    pub fn institution_has_history(&self, _id: i64) -> Result<bool, StorageError> {
        unimplemented!("storage helper")
    }

    /// Deletes an institution nothing refers to; `HasHistory` otherwise.
    pub fn delete_institution(&mut self, _id: i64, _version: i64) -> Result<(), StorageError> {
        unimplemented!("storage helper")
    }
}
