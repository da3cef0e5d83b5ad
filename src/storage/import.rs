//! Storage for `korps import people`: what the check needs to know (institutions by folded name,
//! the persons already there, their appointments), and the write of a checked import as one
//! transaction.
//!
//! [`Database::import_checked`] reads what is stored and writes the rows the check returns in
//! one `BEGIN IMMEDIATE` transaction: the existence check and the insert see the same database,
//! so processes importing the same file at once leave each person once (the second waits for the
//! first and then finds everyone there).
//!
//! Persons are written with [`Database::insert_person`] (its audit row and first recruitment
//! history row included), changed ones with [`Database::update_person`]; appointments with a
//! small insert of their own, each with an `appointment.create` audit row. When any row fails,
//! nothing is written.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::named_params;

use crate::domain::appointment::{Appointment, AppointmentStatus};
use crate::domain::identity::Identity;
use crate::domain::person::{Person, PersonData};

use super::{Database, StorageError, date_from_sql, date_to_sql};

/// A bound on the rows each lookup reads.
const MAX_ROWS: i64 = 1_000_000;

/// What the import check compares rows with.
#[derive(Debug, Clone, Default)]
pub struct Known {
    /// Institution id by `collate::fold` of its name.
    pub institutions: HashMap<String, i64>,
    /// Institution name by id (to show a changed school).
    pub institution_names: HashMap<i64, String>,
    /// Every stored person by the name key of its [`Identity`].
    pub persons: HashMap<String, Vec<Person>>,
    /// Appointments by person id.
    pub appointments: HashMap<i64, Vec<Appointment>>,
}

impl Known {
    /// The stored person that `who` is (see `domain::identity`), the oldest when several are.
    pub fn find(&self, who: &Identity) -> Option<&Person> {
        self.persons.get(who.name_key())?.iter().find(|p| {
            Identity::new(&p.data.name, p.data.birth_date, &p.data.email).same_person(who)
        })
    }
}

/// One checked row to write.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportRow {
    /// The person as it will be inserted; ignored when `existing` is set.
    pub data: PersonData,
    /// The person already in the database that this row is.
    pub existing: Option<i64>,
    /// With `--update`: the existing person's version and its data with the file's differences
    /// applied, written in place of the stored data.
    pub update: Option<(i64, PersonData)>,
    /// A term to appoint the person for (first and last day).
    pub term: Option<(NaiveDate, NaiveDate)>,
}

/// What an import wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportCounts {
    pub persons: usize,
    pub appointments: usize,
    /// Existing persons whose data was updated from the file.
    pub updated: usize,
}

impl Database {
    /// Everything the import check compares rows with.
    pub fn import_known(&self) -> Result<Known, StorageError> {
        let mut known = Known::default();
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name_fold, name FROM institutions ORDER BY id LIMIT :limit",
        )?;
        let rows = stmt.query_map(named_params! { ":limit": MAX_ROWS }, |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (id, fold, name) = row?;
            known.institutions.entry(fold).or_insert(id);
            known.institution_names.insert(id, name);
        }
        for person in self.all_persons(MAX_ROWS)? {
            let key = Identity::new(&person.data.name, None, "")
                .name_key()
                .to_string();
            known.persons.entry(key).or_default().push(person);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, version, person_id, term_start, term_end, status, ended_on, end_reason \
             FROM appointments ORDER BY person_id, term_start LIMIT :limit",
        )?;
        let rows = stmt.query_map(named_params! { ":limit": MAX_ROWS }, |r| {
            let status = match (
                r.get::<_, String>(5)?.as_str(),
                date_from_sql(6, r.get(6)?)?,
            ) {
                ("ended_early", Some(date)) => AppointmentStatus::EndedEarly {
                    date,
                    reason: r.get(7)?,
                },
                _ => AppointmentStatus::Active,
            };
            Ok(Appointment {
                id: r.get(0)?,
                version: r.get(1)?,
                person_id: r.get(2)?,
                start: date_from_sql(3, Some(r.get(3)?))?.unwrap_or_default(),
                end: date_from_sql(4, Some(r.get(4)?))?.unwrap_or_default(),
                status,
            })
        })?;
        for row in rows {
            let a = row?;
            known.appointments.entry(a.person_id).or_default().push(a);
        }
        Ok(known)
    }

    /// Checks and writes in one write transaction: `check` is given what is stored once the
    /// write lock is held and returns its verdict and the rows to write (none for a verdict that
    /// writes nothing); they are written before the lock is let go.
    pub fn import_checked<P>(
        &mut self,
        check: impl FnOnce(&Known) -> (P, Vec<ImportRow>),
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(P, ImportCounts), StorageError> {
        self.batch(|db| {
            let known = db.import_known()?;
            let (verdict, rows) = check(&known);
            let counts = db.import_people(&rows, progress)?;
            Ok((verdict, counts))
        })
    }

    /// Writes checked rows in one transaction: new persons, then each row's appointment.
    /// `progress(done, total)` is called as rows are written.
    pub fn import_people(
        &mut self,
        rows: &[ImportRow],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ImportCounts, StorageError> {
        self.batch(|db| {
            let mut counts = ImportCounts::default();
            for (i, row) in rows.iter().enumerate() {
                let id = if let Some(id) = row.existing {
                    if let Some((version, data)) = &row.update {
                        db.update_person(id, *version, data)?;
                        counts.updated += 1;
                    }
                    id
                } else {
                    counts.persons += 1;
                    db.insert_person(&row.data)?
                };
                if let Some((start, end)) = row.term {
                    db.insert_appointment_for_import(id, start, end)?;
                    counts.appointments += 1;
                }
                progress(i + 1, rows.len());
            }
            Ok(counts)
        })
    }

    fn insert_appointment_for_import(
        &self,
        person_id: i64,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<(), StorageError> {
        self.conn
            .prepare_cached(
                "INSERT INTO appointments (person_id, term_start, term_end) \
                 VALUES (:person_id, :start, :end)",
            )?
            .execute(named_params! {
                ":person_id": person_id,
                ":start": date_to_sql(Some(start)),
                ":end": date_to_sql(Some(end)),
            })?;
        let id = self.conn.last_insert_rowid();
        let after = Appointment {
            id,
            version: 1,
            person_id,
            start,
            end,
            status: AppointmentStatus::Active,
        };
        self.audit(
            "appointment.create",
            "appointments",
            id,
            None,
            Some(serde_json::to_value(after)?),
        )
    }
}
