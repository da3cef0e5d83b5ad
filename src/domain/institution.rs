//! Institutions (*steder*): the schools and organisations people come from and visits go to.

use serde::{Deserialize, Serialize};

/// The kind of an institution (DESIGN §3). Stored as the snake-case code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InstitutionKind {
    PrimarySchool,
    TenthGrade,
    Gymnasium,
    VocationalCollege,
    BusinessAcademy,
    JobCentre,
    YouthGuidance,
    Festival,
    Other,
}

impl InstitutionKind {
    /// Every kind, in the order forms and filters offer them.
    pub const ALL: [InstitutionKind; 9] = [
        Self::PrimarySchool,
        Self::TenthGrade,
        Self::Gymnasium,
        Self::VocationalCollege,
        Self::BusinessAcademy,
        Self::JobCentre,
        Self::YouthGuidance,
        Self::Festival,
        Self::Other,
    ];

    /// The code stored in the database (and accepted by CHECK constraints).
    pub fn code(self) -> &'static str {
        match self {
            Self::PrimarySchool => "primary_school",
            Self::TenthGrade => "tenth_grade",
            Self::Gymnasium => "gymnasium",
            Self::VocationalCollege => "vocational_college",
            Self::BusinessAcademy => "business_academy",
            Self::JobCentre => "job_centre",
            Self::YouthGuidance => "youth_guidance",
            Self::Festival => "festival",
            Self::Other => "other",
        }
    }

    /// The kind stored under `code`, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// The editable fields of an institution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstitutionData {
    pub name: String,
    pub kind: InstitutionKind,
    pub address: String,
    pub contact_person: String,
    pub phone: String,
    pub email: String,
    pub notes: String,
    pub active: bool,
}

/// A stored institution: its id, its row version (for optimistic concurrency) and its data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Institution {
    pub id: i64,
    pub version: i64,
    pub data: InstitutionData,
}

/// One line of the institutions list (what the windowed table shows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstitutionRow {
    pub id: i64,
    pub name: String,
    pub kind: InstitutionKind,
    pub address: String,
    pub contact_person: String,
    pub phone: String,
    pub active: bool,
    /// How many (non-archived) persons have this as their home institution.
    pub persons: i64,
}
