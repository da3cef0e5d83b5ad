//! Importing people from the spreadsheets coordinators already keep (`korps import people`).
//!
//! The file is read into rows ([`read`]), the header row is matched to columns ([`columns`]),
//! and every row is checked with the person form's own rules
//! ([`crate::domain::validate::validate_person`]) plus the import's: the school must be an
//! existing institution (matched by folded name), the kind must be *ambassadør* or *rollemodel*,
//! and an optional term (`udpeget fra`/`udpeget til`; the end defaults to one year minus a day)
//! must not overlap the person's appointments. The result is a [`Plan`]: accepted rows and
//! rejected rows with line numbers and reasons, which [`report`] writes in the UI language.
//!
//! Nothing is written unless every row is accepted; then the plan is written in one transaction
//! ([`crate::storage::Database::import_people`]). A row that is a person already there (same
//! folded name and birth date, or same e-mail) creates no second person — only its term, if that
//! is new — so importing the same file twice changes nothing the second time.

pub mod columns;
pub mod read;

use std::collections::HashMap;
use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::domain::appointment::{default_end, validate_term};
use crate::domain::collate;
use crate::domain::date::{format_date_short, parse_date};
use crate::domain::person::{PersonKind, Recruitment};
use crate::domain::validate::{PersonField, PersonInput, validate_person};
use crate::i18n::{self, Lang};
use crate::storage::import::{ImportCounts, ImportRow, Known};
use columns::ImportColumn;
use read::SheetRow;

/// What becomes of an accepted row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowOutcome {
    /// A new person (with its term, if any).
    New,
    /// The person is already there, and so is the term (if any): nothing to write.
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
    pub row: ImportRow,
}

/// A rejected row and why, in the UI language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub line: usize,
    pub name: String,
    pub reasons: Vec<String>,
}

/// The checked file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub accepted: Vec<Accepted>,
    pub rejected: Vec<Rejected>,
    /// Headers no column matched (their cells are ignored).
    pub ignored_headers: Vec<String>,
}

impl Plan {
    /// The rows that write something.
    pub fn rows_to_write(&self) -> Vec<ImportRow> {
        self.accepted
            .iter()
            .filter(|a| a.outcome != RowOutcome::AlreadyThere)
            .map(|a| a.row.clone())
            .collect()
    }

    pub fn count(&self, outcome: RowOutcome) -> usize {
        self.accepted
            .iter()
            .filter(|a| a.outcome == outcome)
            .count()
    }
}

/// Why a file cannot be checked at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// The header row has no name column.
    #[error("no name column")]
    NoNameColumn,
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

/// Checks `rows` (the header first) against what is `known`, with `today` for dates.
pub fn plan(
    rows: &[SheetRow],
    known: &Known,
    today: NaiveDate,
    lang: Lang,
) -> Result<Plan, PlanError> {
    let Some((header, body)) = rows.split_first() else {
        return Err(PlanError::NoNameColumn);
    };
    let cols = columns::map_headers(&header.cells);
    if !cols.contains(&Some(ImportColumn::Name)) {
        return Err(PlanError::NoNameColumn);
    }
    let mut plan = Plan {
        ignored_headers: header
            .cells
            .iter()
            .zip(&cols)
            .filter(|(h, c)| c.is_none() && !h.is_empty())
            .map(|(h, _)| h.clone())
            .collect(),
        ..Plan::default()
    };
    // Who each earlier row of the file was, so a person twice in the file is caught.
    let mut seen: HashMap<(String, Option<NaiveDate>), usize> = HashMap::new();
    let mut seen_email: HashMap<String, usize> = HashMap::new();
    for row in body {
        let cells = Cells {
            map: cols
                .iter()
                .zip(&row.cells)
                .filter_map(|(c, v)| c.map(|c| (c, v.as_str())))
                .collect(),
        };
        match check_row(&cells, known, today, lang) {
            Ok((name, mut accepted_row, outcome)) => {
                let key = (collate::fold(&name), accepted_row.data.birth_date);
                let email = accepted_row.data.email.to_lowercase();
                let twice = seen
                    .get(&key)
                    .or_else(|| seen_email.get(&email).filter(|_| !email.is_empty()));
                if let Some(first) = twice {
                    plan.rejected.push(Rejected {
                        line: row.line,
                        name,
                        reasons: vec![
                            i18n::IMPORT_TWICE.fill(lang, &[("line", &first.to_string())]),
                        ],
                    });
                    continue;
                }
                seen.insert(key, row.line);
                if !email.is_empty() {
                    seen_email.insert(email, row.line);
                }
                if outcome == RowOutcome::AlreadyThere {
                    accepted_row.term = None;
                }
                plan.accepted.push(Accepted {
                    line: row.line,
                    name,
                    outcome,
                    row: accepted_row,
                });
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

type Checked = (String, ImportRow, RowOutcome);

fn check_row(
    cells: &Cells<'_>,
    known: &Known,
    today: NaiveDate,
    lang: Lang,
) -> Result<Checked, (String, Vec<String>)> {
    let name = cells.get(ImportColumn::Name).trim().to_string();
    let mut reasons = Vec::new();
    let field = |label: i18n::Text, message: String| format!("{}: {message}", label.get(lang));

    let kind_text = cells.get(ImportColumn::Kind);
    let kind = parse_kind(kind_text);
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
    let existing = known
        .by_name_and_birth
        .get(&(collate::fold(&data.name), data.birth_date))
        .or_else(|| known.by_email.get(&data.email.to_lowercase()))
        .copied();
    let Some(id) = existing else {
        return Ok((
            name,
            ImportRow {
                data,
                existing: None,
                term,
            },
            RowOutcome::New,
        ));
    };
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
    Ok((
        name,
        ImportRow {
            data,
            existing: Some(id),
            term,
        },
        outcome,
    ))
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

fn person_field_label(f: PersonField) -> i18n::Text {
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

/// The report of a checked file, one line per row and a summary; `written` is what was
/// written (`None` when nothing was: a dry run, or rows were rejected).
pub fn report(plan: &Plan, lang: Lang, dry_run: bool, written: Option<ImportCounts>) -> String {
    let mut out = String::new();
    let name = |n: &str| {
        if n.is_empty() {
            i18n::IMPORT_NO_NAME.get(lang).to_string()
        } else {
            crate::export::clean::clean(n).into_owned()
        }
    };
    let mut lines: Vec<(usize, String)> = Vec::new();
    for a in &plan.accepted {
        let what = match (a.outcome, a.row.term) {
            (RowOutcome::AlreadyThere, _) => i18n::IMPORT_ROW_THERE.get(lang).to_string(),
            (RowOutcome::New, None) => i18n::IMPORT_ROW_NEW.get(lang).to_string(),
            (RowOutcome::New | RowOutcome::NewTerm, Some((s, e))) => {
                let term = format!("{}–{}", format_date_short(s), format_date_short(e));
                let text = if a.outcome == RowOutcome::New {
                    i18n::IMPORT_ROW_NEW_TERM
                } else {
                    i18n::IMPORT_ROW_THERE_TERM
                };
                text.fill(lang, &[("term", &term)])
            }
            (RowOutcome::NewTerm, None) => String::new(),
        };
        lines.push((a.line, format!("{} — {what}", name(&a.name))));
    }
    for r in &plan.rejected {
        let reasons = crate::export::clean::clean(&r.reasons.join("; ")).into_owned();
        let text = i18n::IMPORT_ROW_REJECTED.fill(lang, &[("reasons", &reasons)]);
        lines.push((r.line, format!("{} — {text}", name(&r.name))));
    }
    lines.sort_by_key(|(line, _)| *line);
    for (line, text) in lines {
        let label = i18n::IMPORT_LINE.fill(lang, &[("line", &line.to_string())]);
        let _ = writeln!(out, "{label}: {text}");
    }
    if !plan.ignored_headers.is_empty() {
        let headers = crate::export::clean::clean(&plan.ignored_headers.join(", ")).into_owned();
        out.push_str(&i18n::IMPORT_IGNORED.fill(lang, &[("headers", &headers)]));
        out.push('\n');
    }
    let count = |n: usize| n.to_string();
    out.push_str(&i18n::IMPORT_SUMMARY.fill(
        lang,
        &[
            ("new", &count(plan.count(RowOutcome::New))),
            ("there", &count(plan.count(RowOutcome::AlreadyThere))),
            ("terms", &count(plan.count(RowOutcome::NewTerm))),
            ("rejected", &count(plan.rejected.len())),
        ],
    ));
    out.push('\n');
    let last = if !plan.rejected.is_empty() {
        i18n::IMPORT_NOTHING_REJECTED.fill(lang, &[("rejected", &count(plan.rejected.len()))])
    } else if dry_run {
        i18n::IMPORT_DRY_RUN.get(lang).to_string()
    } else if let Some(w) = written {
        i18n::IMPORT_WRITTEN.fill(
            lang,
            &[
                ("persons", &count(w.persons)),
                ("appointments", &count(w.appointments)),
            ],
        )
    } else {
        i18n::IMPORT_NOTHING_TO_DO.get(lang).to_string()
    };
    out.push_str(&last);
    out.push('\n');
    out
}
