//! Texts shared by several screens and commands: yes/no, generic labels, kinds and statuses.

super::catalog! {
    YES: "ja", "yes";
    NO: "nej", "no";
    NONE: "ingen", "none";
    KIND_AMBASSADOR: "ambassadør", "ambassador";
    KIND_ROLE_MODEL: "rollemodel", "role model";
    REC_INTERESTED: "interesseret", "interested";
    REC_CONTACTED: "kontaktet", "contacted";
    REC_APPOINTED: "udpeget", "appointed";
    REC_DECLINED: "afvist", "declined";
    REC_STOPPED: "stoppet", "stopped";
    INST_PRIMARY_SCHOOL: "folkeskole", "primary school";
    INST_TENTH_GRADE: "10.-klassecenter", "10th-grade centre";
    INST_GYMNASIUM: "gymnasium", "gymnasium";
    INST_VOCATIONAL_COLLEGE: "erhvervsskole", "vocational college";
    INST_BUSINESS_ACADEMY: "erhvervsakademi", "business academy";
    INST_JOB_CENTRE: "jobcenter", "job centre";
    INST_YOUTH_GUIDANCE: "ungdomsvejledning", "youth guidance";
    INST_FESTIVAL: "festival", "festival";
    INST_OTHER: "andet", "other";
}

use crate::domain::institution::InstitutionKind;
use crate::domain::person::{PersonKind, Recruitment};

/// The name of a person kind.
pub fn person_kind(kind: PersonKind) -> super::Text {
    match kind {
        PersonKind::Ambassador => KIND_AMBASSADOR,
        PersonKind::RoleModel => KIND_ROLE_MODEL,
    }
}

/// The name of a recruitment status.
pub fn recruitment(status: Recruitment) -> super::Text {
    match status {
        Recruitment::Interested => REC_INTERESTED,
        Recruitment::Contacted => REC_CONTACTED,
        Recruitment::Appointed => REC_APPOINTED,
        Recruitment::Declined => REC_DECLINED,
        Recruitment::Stopped => REC_STOPPED,
    }
}

/// The name of an institution kind.
pub fn institution_kind(kind: InstitutionKind) -> super::Text {
    match kind {
        InstitutionKind::PrimarySchool => INST_PRIMARY_SCHOOL,
        InstitutionKind::TenthGrade => INST_TENTH_GRADE,
        InstitutionKind::Gymnasium => INST_GYMNASIUM,
        InstitutionKind::VocationalCollege => INST_VOCATIONAL_COLLEGE,
        InstitutionKind::BusinessAcademy => INST_BUSINESS_ACADEMY,
        InstitutionKind::JobCentre => INST_JOB_CENTRE,
        InstitutionKind::YouthGuidance => INST_YOUTH_GUIDANCE,
        InstitutionKind::Festival => INST_FESTIVAL,
        InstitutionKind::Other => INST_OTHER,
    }
}
