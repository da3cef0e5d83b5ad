//! Helpers shared by the storage integration tests: sample data and a pinned clock.

#![allow(dead_code)] // each test file uses a different part

use chrono::{DateTime, NaiveDate};
use korps::domain::institution::{InstitutionData, InstitutionKind};
use korps::domain::person::{PersonData, PersonKind, Recruitment};
use korps::storage::Database;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

/// A person with only a name and otherwise plain defaults.
pub fn person(name: &str) -> PersonData {
    PersonData {
        name: name.to_string(),
        kind: PersonKind::Ambassador,
        birth_date: Some(d(2004, 5, 17)),
        phone: String::new(),
        email: String::new(),
        home_institution_id: None,
        education: String::new(),
        languages: String::new(),
        themes: String::new(),
        recruitment: Recruitment::Interested,
        recruitment_changed: None,
        consent_date: None,
        guardian_consent_date: None,
        payroll_number: String::new(),
        notes: String::new(),
        archived: false,
    }
}

pub fn institution(name: &str, kind: InstitutionKind) -> InstitutionData {
    InstitutionData {
        name: name.to_string(),
        kind,
        address: String::new(),
        contact_person: String::new(),
        phone: String::new(),
        email: String::new(),
        notes: String::new(),
        active: true,
    }
}

/// Pins the handle's clock to 27 November 2026, 14:03:05 +01:00.
pub fn pin_clock(db: &mut Database) {
    db.set_clock(Box::new(|| {
        DateTime::parse_from_rfc3339("2026-11-27T14:03:05+01:00").expect("valid time")
    }));
}

/// An in-memory database with the pinned clock.
pub fn memory_db() -> Database {
    let mut db = Database::open_in_memory("tester").expect("in-memory database");
    pin_clock(&mut db);
    db
}
