//! Importing people from the spreadsheets coordinators already keep (`korps import people`).
//!
//! The file is read into rows ([`read`]), the header row is matched to columns ([`columns`]),
//! and every row is checked with the person form's own rules
//! ([`crate::domain::validate::validate_person`]) plus the import's: the school must be an
//! existing institution (matched by folded name), the kind must be *ambassadør* or *rollemodel*
//! (`--kind` gives it to rows without one; a file without the column and without `--kind` is
//! refused once, naming the column and its values), and an optional term (`udpeget fra`/`udpeget
//! til`; the end defaults to one year minus a day) must not overlap the person's appointments.
//! The result is a [`Plan`]: accepted rows and rejected rows with line numbers and reasons,
//! which [`report::report`] writes in the UI language.
//!
//! A row is a person already there by `domain::identity` (name and birth date, or name and
//! e-mail when a birth date is missing): it creates no second person — only its term, if that is
//! new — so importing the same file twice changes nothing the second time. What the file says
//! differently about such a person is listed ([`diff`]) and written only with `--update`. Two
//! rows of one file that are one person by the same rule are refused as a repetition; rows that
//! merely share an e-mail (siblings) are two people.
//!
//! Nothing is written unless every row is accepted; then the check and the write run in one
//! write transaction ([`crate::storage::Database::import_checked`]).

pub mod columns;
pub mod diff;
pub mod read;
pub mod report;

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::appointment::{default_end, validate_term};
use crate::domain::collate;
use crate::domain::date::parse_date;
use crate::domain::identity::Identity;
use crate::domain::person::{PersonKind, Recruitment};
use crate::domain::validate::{PersonField, PersonInput, validate_person};
use crate::i18n::{self, Lang};
use crate::storage::import::{ImportRow, Known};
use columns::ImportColumn;
use read::SheetRow;

pub use report::report;

/// What becomes of an accepted row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowOutcome {
    /// A new person (with its term, if any).
    New,
    /// The person is already there, and so is the term (if any): nothing to write unless the
    /// file's differences are to be applied.
    AlreadyThere,
    /// The person is already there; the row's term is new and will be added.
    NewTerm,
}

/// An accepted row.
#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    pub line: usize,
    pub name: String,
    pub outcome: RowOutcome,
    /// What the file says differently about the person already there.
    pub differences: Vec<diff::Difference>,
    pub row: ImportRow,
}

/// A rejected row and why, in the UI language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub line: usize,
    pub name: String,
    pub reasons: Vec<String>,
}

/// How to check a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanOptions {
    pub today: NaiveDate,
    pub lang: Lang,
    /// The kind of rows that give none (`--kind`).
    pub kind: Option<PersonKind>,
    /// Apply the file's differences to persons already there (`--update`).
    pub update: bool,
}

/// The checked file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub accepted: Vec<Accepted>,
    pub rejected: Vec<Rejected>,
    /// Headers no column matched (their cells are ignored).
    pub ignored_headers: Vec<String>,
    /// Lines of rows without a kind (and no `--kind`): named once in the report.
    pub without_kind: Vec<usize>,
    /// Whether the differences are applied (`--update`).
    pub update: bool,
}

impl Plan {
    /// The rows that write something.
    pub fn rows_to_write(&self) -> Vec<ImportRow> {
        self.accepted
            .iter()
            .filter(|a| a.outcome != RowOutcome::AlreadyThere || a.row.update.is_some())
            .map(|a| a.row.clone())
            .collect()
    }

    pub fn count(&self, outcome: RowOutcome) -> usize {
        self.accepted
            .iter()
            .filter(|a| a.outcome == outcome)
            .count()
    }

    /// Persons already there about whom the file says something else.
    pub fn differing(&self) -> usize {
        self.accepted
            .iter()
            .filter(|a| !a.differences.is_empty())
            .count()
    }
}

/// Why a file cannot be checked at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// The header row has no name column.
    #[error("no name column")]
    NoNameColumn,
    /// The header row has no kind column and no `--kind` was given.
    #[error("no kind column")]
    NoKindColumn,
}

/// The cells of one row by column.
struct Cells<'a> {
    map: HashMap<ImportColumn, &'a str>,
}

impl Cells<'_> {
    fn get(&self, col: ImportColumn) -> &str {
        self.map.get(&col).copied().unwrap_or("")
    }
}

/// Checks `rows` (the header first) against what is `known`.
pub fn plan(rows: &[SheetRow], known: &Known, options: PlanOptions) -> Result<Plan, PlanError> {
    let Some((header, body)) = rows.split_first() else {
        return Err(PlanError::NoNameColumn);
    };
    let cols = columns::map_headers(&header.cells);
    if !cols.contains(&Some(ImportColumn::Name)) {
        return Err(PlanError::NoNameColumn);
    }
    if !cols.contains(&Some(ImportColumn::Kind)) && options.kind.is_none() {
        return Err(PlanError::NoKindColumn);
    }
    let mut plan = Plan {
        ignored_headers: header
            .cells
            .iter()
            .zip(&cols)
            .filter(|(h, c)| c.is_none() && !h.is_empty())
            .map(|(h, _)| h.clone())
            .collect(),
        update: options.update,
        ..Plan::default()
    };
    // Who each earlier row of the file was, by name key, so a person twice is caught.
    let mut seen: HashMap<String, Vec<(Identity, usize)>> = HashMap::new();
    for row in body {
        let cells = Cells {
            map: cols
                .iter()
                .zip(&row.cells)
                .filter_map(|(c, v)| c.map(|c| (c, v.as_str())))
                .collect(),
        };
        if cells.get(ImportColumn::Kind).trim().is_empty() && options.kind.is_none() {
            plan.without_kind.push(row.line);
        }
        match check_row(&cells, known, options) {
            Ok(mut accepted) => {
                let d = &accepted.row.data;
                let who = Identity::new(&d.name, d.birth_date, &d.email);
                let earlier = seen.entry(who.name_key().to_string()).or_default();
                if let Some((_, first)) = earlier.iter().find(|(i, _)| i.same_person(&who)) {
                    plan.rejected.push(Rejected {
                        line: row.line,
                        name: accepted.name,
                        reasons: vec![
                            i18n::IMPORT_TWICE.fill(options.lang, &[("line", &first.to_string())]),
                        ],
                    });
                    continue;
                }
                earlier.push((who, row.line));
                if accepted.outcome == RowOutcome::AlreadyThere {
                    accepted.row.term = None;
                }
                accepted.line = row.line;
                plan.accepted.push(accepted);
            }
            Err((name, reasons)) => plan.rejected.push(Rejected {
                line: row.line,
                name,
                reasons,
            }),
        }
    }
    Ok(plan)
}

/// The person fields a row fills (a kind only when the row gives one).
fn given_fields(cells: &Cells<'_>) -> Vec<PersonField> {
    [
        (ImportColumn::Kind, PersonField::Kind),
        (ImportColumn::BirthDate, PersonField::BirthDate),
        (ImportColumn::Phone, PersonField::Phone),
        (ImportColumn::Email, PersonField::Email),
        (ImportColumn::Institution, PersonField::HomeInstitution),
        (ImportColumn::Education, PersonField::Education),
        (ImportColumn::Languages, PersonField::Languages),
        (ImportColumn::Themes, PersonField::Themes),
        (ImportColumn::Consent, PersonField::ConsentDate),
        (
            ImportColumn::GuardianConsent,
            PersonField::GuardianConsentDate,
        ),
        (ImportColumn::PayrollNumber, PersonField::PayrollNumber),
        (ImportColumn::Notes, PersonField::Notes),
    ]
    .into_iter()
    .filter(|(col, _)| !cells.get(*col).trim().is_empty())
    .map(|(_, field)| field)
    .collect()
}

fn check_row(
    cells: &Cells<'_>,
    known: &Known,
    options: PlanOptions,
) -> Result<Accepted, (String, Vec<String>)> {
    let PlanOptions { today, lang, .. } = options;
    let name = cells.get(ImportColumn::Name).trim().to_string();
    let mut reasons = Vec::new();
    let field = |label: i18n::Text, message: String| format!("{}: {message}", label.get(lang));

    let kind_text = cells.get(ImportColumn::Kind);
    let kind = if kind_text.trim().is_empty() {
        options.kind
    } else {
        parse_kind(kind_text)
    };
    if kind.is_none() && !kind_text.trim().is_empty() {
        reasons.push(field(
            i18n::F_KIND,
            i18n::IMPORT_BAD_KIND.fill(lang, &[("value", kind_text.trim())]),
        ));
    }
    let school = cells.get(ImportColumn::Institution).trim();
    let home_institution_id = if school.is_empty() {
        None
    } else {
        let id = known.institutions.get(&collate::fold(school)).copied();
        if id.is_none() {
            reasons.push(field(
                i18n::F_HOME_INSTITUTION,
                i18n::IMPORT_UNKNOWN_PLACE.fill(lang, &[("value", school)]),
            ));
        }
        id
    };
    let term = check_term(cells, today, lang, &mut reasons);
    let input = PersonInput {
        name: name.clone(),
        kind,
        birth_date: cells.get(ImportColumn::BirthDate).to_string(),
        phone: cells.get(ImportColumn::Phone).to_string(),
        email: cells.get(ImportColumn::Email).to_string(),
        home_institution_id,
        education: cells.get(ImportColumn::Education).to_string(),
        languages: cells.get(ImportColumn::Languages).to_string(),
        themes: cells.get(ImportColumn::Themes).to_string(),
        recruitment: Some(if term.is_some() {
            Recruitment::Appointed
        } else {
            Recruitment::Interested
        }),
        consent_date: cells.get(ImportColumn::Consent).to_string(),
        guardian_consent_date: cells.get(ImportColumn::GuardianConsent).to_string(),
        payroll_number: cells.get(ImportColumn::PayrollNumber).to_string(),
        notes: cells.get(ImportColumn::Notes).to_string(),
    };
    let data = match validate_person(&input, today) {
        Ok(data) if reasons.is_empty() => data,
        Ok(_) => return Err((name, reasons)),
        Err(errors) => {
            for (f, err) in errors {
                if f == PersonField::Kind && !kind_text.trim().is_empty() {
                    continue; // already explained above
                }
                let typed = typed_value(&input, f);
                let message = i18n::field_error_for_input(&err, typed, today, lang);
                reasons.push(field(person_field_label(f), message));
            }
            return Err((name, reasons));
        }
    };
    let who = Identity::new(&data.name, data.birth_date, &data.email);
    let Some(stored) = known.find(&who) else {
        return Ok(Accepted {
            line: 0,
            name,
            outcome: RowOutcome::New,
            differences: Vec::new(),
            row: ImportRow {
                data,
                existing: None,
                update: None,
                term,
            },
        });
    };
    let id = stored.id;
    let appointments = known.appointments.get(&id).map_or(&[][..], Vec::as_slice);
    let outcome = match term {
        None => RowOutcome::AlreadyThere,
        Some((start, end))
            if appointments
                .iter()
                .any(|a| a.start == start && a.end == end) =>
        {
            RowOutcome::AlreadyThere
        }
        Some((start, end)) => match validate_term(0, id, start, end, appointments) {
            Ok(()) => RowOutcome::NewTerm,
            Err(err) => {
                let label = i18n::IMPORT_TERM;
                reasons.push(field(
                    label,
                    i18n::appointment_error(&err).get(lang).to_string(),
                ));
                return Err((name, reasons));
            }
        },
    };
    let (differences, merged) = diff::differences(
        &stored.data,
        &data,
        &given_fields(cells),
        &known.institution_names,
        lang,
    );
    let update = (options.update && !differences.is_empty()).then_some((stored.version, merged));
    Ok(Accepted {
        line: 0,
        name,
        outcome,
        differences,
        row: ImportRow {
            data,
            existing: Some(id),
            update,
            term,
        },
    })
}

/// The term of a row: start and end (the end defaults to one year minus a day).
fn check_term(
    cells: &Cells<'_>,
    today: NaiveDate,
    lang: Lang,
    reasons: &mut Vec<String>,
) -> Option<(NaiveDate, NaiveDate)> {
    let (from, to) = (
        cells.get(ImportColumn::TermStart).trim(),
        cells.get(ImportColumn::TermEnd).trim(),
    );
    let mut date = |text: &str, label: i18n::Text| match parse_date(text, today) {
        Ok(d) => Some(d),
        Err(e) => {
            let message = i18n::date_error_for_input(&e, text, today, lang);
            reasons.push(format!("{}: {message}", label.get(lang)));
            None
        }
    };
    match (from.is_empty(), to.is_empty()) {
        (true, true) => None,
        (true, false) => {
            reasons.push(i18n::IMPORT_END_WITHOUT_START.get(lang).to_string());
            None
        }
        (false, to_empty) => {
            let start = date(from, i18n::IMPORT_TERM_START)?;
            let end = if to_empty {
                default_end(start)
            } else {
                date(to, i18n::IMPORT_TERM_END)?
            };
            if let Err(err) = validate_term(0, 0, start, end, &[]) {
                reasons.push(format!(
                    "{}: {}",
                    i18n::IMPORT_TERM.get(lang),
                    i18n::appointment_error(&err).get(lang)
                ));
                return None;
            }
            Some((start, end))
        }
    }
}

/// *ambassadør*, *ambassador*, *rollemodel*, *role model* (and short forms).
pub fn parse_kind(text: &str) -> Option<PersonKind> {
    match columns::normalise(text).as_str() {
        "ambassador" | "ambassadoer" | "amb" | "uddannelsesambassador" | "a" => {
            Some(PersonKind::Ambassador)
        }
        "rollemodel" | "rolemodel" | "rm" | "r" => Some(PersonKind::RoleModel),
        _ => None,
    }
}

pub(crate) fn person_field_label(f: PersonField) -> i18n::Text {
    match f {
        PersonField::Name => i18n::F_NAME,
        PersonField::Kind => i18n::F_KIND,
        PersonField::BirthDate => i18n::F_BIRTH_DATE,
        PersonField::Phone => i18n::F_PHONE,
        PersonField::Email => i18n::F_EMAIL,
        PersonField::HomeInstitution => i18n::F_HOME_INSTITUTION,
        PersonField::Education => i18n::F_EDUCATION,
        PersonField::Languages => i18n::F_LANGUAGES,
        PersonField::Themes => i18n::F_THEMES,
        PersonField::Recruitment => i18n::F_RECRUITMENT,
        PersonField::ConsentDate => i18n::F_CONSENT_DATE,
        PersonField::GuardianConsentDate => i18n::F_GUARDIAN_CONSENT,
        PersonField::PayrollNumber => i18n::F_PAYROLL_NUMBER,
        PersonField::Notes => i18n::F_NOTES,
    }
}

fn typed_value(input: &PersonInput, f: PersonField) -> &str {
    match f {
        PersonField::BirthDate => &input.birth_date,
        PersonField::ConsentDate => &input.consent_date,
        PersonField::GuardianConsentDate => &input.guardian_consent_date,
        _ => "",
    }
}
