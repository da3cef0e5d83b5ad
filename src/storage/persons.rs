//! Persons: the roster's windowed list, search and filters, and changes with their audit rows.
//! (Skeleton: the storage helper implements the bodies.)

use crate::domain::person::{Person, PersonData, PersonKind, PersonRow, Recruitment};

use super::{ArchivedFilter, Database, StorageError};

/// What the roster shows: search text and filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonFilter {
    /// Matched case- and accent-insensitively against name, phone, e-mail and institution name.
    pub search: String,
    pub kind: Option<PersonKind>,
    pub recruitment: Option<Recruitment>,
    pub archived: ArchivedFilter,
    pub institution_id: Option<i64>,
}

impl Database {
    /// How many persons match `filter`.
    pub fn count_persons(&self, _filter: &PersonFilter) -> Result<usize, StorageError> {
        unimplemented!("storage helper")
    }

    /// Persons matching `filter` in Danish name order, rows `offset..offset + limit`.
    pub fn list_persons(
        &self,
        _filter: &PersonFilter,
        _offset: usize,
        _limit: usize,
    ) -> Result<Vec<PersonRow>, StorageError> {
        unimplemented!("storage helper")
    }

    /// The position of person `id` in the list for `filter` (to keep the selection after a save).
    pub fn person_position(
        &self,
        _filter: &PersonFilter,
        _id: i64,
    ) -> Result<Option<usize>, StorageError> {
        unimplemented!("storage helper")
    }

    /// One person with its row version.
    pub fn person(&self, _id: i64) -> Result<Person, StorageError> {
        unimplemented!("storage helper")
    }

    /// Adds a person; returns the new id.
    pub fn insert_person(&mut self, _data: &PersonData) -> Result<i64, StorageError> {
        unimplemented!("storage helper")
    }

    /// Saves a person loaded at `version`; `Conflict` when it changed since.
    pub fn update_person(
        &mut self,
        _id: i64,
        _version: i64,
        _data: &PersonData,
    ) -> Result<(), StorageError> {
        unimplemented!("storage helper")
    }

    /// Archives or unarchives a person loaded at `version`.
    pub fn set_person_archived(
        &mut self,
        _id: i64,
        _version: i64,
        _archived: bool,
    ) -> Result<(), StorageError> {
        unimplemented!("storage helper")
    }

    /// Whether the person has history (appointments, assignments, honoraria, unavailability).
    pub fn person_has_history(&self, _id: i64) -> Result<bool, StorageError> {
        unimplemented!("storage helper")
    }

    /// Deletes a person without history loaded at `version`; `HasHistory` otherwise.
    pub fn delete_person(&mut self, _id: i64, _version: i64) -> Result<(), StorageError> {
        unimplemented!("storage helper")
    }
}
