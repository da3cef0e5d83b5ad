//! Persons: the roster's windowed list, search and filters, and changes with their audit rows.
//!
//! Decisions:
//! - Search: the text is folded ([`collate::fold`]) and split into words (at most six); every
//!   word must occur in the folded name, e-mail, phone (as typed or as digits only) or
//!   home-institution name — all kept in the row's `search_fold`, which
//!   [`Database::update_institution`] refreshes when an institution is renamed.
//! - Recruitment history: inserting a person writes its first history row; an update that
//!   changes the status writes another. The date is the caller's `recruitment_changed` when it
//!   is given and (on update) differs from the stored one — a carried-over old date does not
//!   count as a new one —, otherwise today's date from the handle's clock.
//! - `update_person` never changes `archived`: that is [`Database::set_person_archived`], its
//!   own action with its own audit verb.
//! - History (which forbids deleting): appointments, assignments, honoraria, unavailability
//!   periods, or more than the one recruitment-history row every person gets when created.
//!   Deleting a person without history also deletes that first history row.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, ToSql, named_params};

use crate::domain::collate;
use crate::domain::person::{Person, PersonData, PersonKind, PersonRow, Recruitment};

use super::afbud::CancelCause;
use super::list_position::ListOrder;
use super::search::{self, MAX_WORDS, Query};
use super::{ArchivedFilter, Database, StorageError, code_from_sql, date_from_sql, date_to_sql};

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

const WORD_CLAUSES: [&str; MAX_WORDS] = search::word_clauses!("p.search_fold");

const FROM: &str = "FROM persons p";

const COLUMNS: &str = "id, version, name, kind, birth_date, phone, email, home_institution_id, \
    education, languages, themes, recruitment, recruitment_changed, consent_date, \
    guardian_consent_date, payroll_number, notes, archived";

const INSERT: &str = "INSERT INTO persons (name, name_sort, name_fold, search_fold, kind, \
    birth_date, phone, email, home_institution_id, education, languages, themes, recruitment, \
    recruitment_changed, consent_date, guardian_consent_date, payroll_number, notes, archived) \
    VALUES (:name, :name_sort, :name_fold, :search_fold, :kind, :birth_date, :phone, :email, \
    :home_institution_id, :education, :languages, :themes, :recruitment, :recruitment_changed, \
    :consent_date, :guardian_consent_date, :payroll_number, :notes, :archived)";

const UPDATE: &str = "UPDATE persons SET name = :name, name_sort = :name_sort, \
    name_fold = :name_fold, search_fold = :search_fold, kind = :kind, \
    birth_date = :birth_date, phone = :phone, email = :email, home_institution_id = :home_institution_id, education = :education, \
    languages = :languages, themes = :themes, recruitment = :recruitment, \
    recruitment_changed = :recruitment_changed, consent_date = :consent_date, \
    guardian_consent_date = :guardian_consent_date, payroll_number = :payroll_number, \
    notes = :notes, archived = :archived, version = version + 1 \
    WHERE id = :id AND version = :version";

fn filter_query(filter: &PersonFilter) -> Query {
    let mut q = Query::default();
    match filter.archived {
        ArchivedFilter::Current => q.clause("p.archived = 0"),
        ArchivedFilter::Archived => q.clause("p.archived = 1"),
        ArchivedFilter::All => {}
    }
    if let Some(kind) = filter.kind {
        q.clause("p.kind = :kind");
        q.bind(":kind", kind.code().to_string());
    }
    if let Some(status) = filter.recruitment {
        q.clause("p.recruitment = :recruitment");
        q.bind(":recruitment", status.code().to_string());
    }
    if let Some(id) = filter.institution_id {
        q.clause("p.home_institution_id = :institution_id");
        q.bind(":institution_id", id);
    }
    search::add_words(&mut q, &filter.search, &WORD_CLAUSES);
    q
}

fn person_from_row(r: &Row<'_>) -> Result<Person, rusqlite::Error> {
    Ok(Person {
        id: r.get(0)?,
        version: r.get(1)?,
        data: PersonData {
            name: r.get(2)?,
            kind: code_from_sql(3, &r.get::<_, String>(3)?, PersonKind::from_code)?,
            birth_date: date_from_sql(4, r.get(4)?)?,
            phone: r.get(5)?,
            email: r.get(6)?,
            home_institution_id: r.get(7)?,
            education: r.get(8)?,
            languages: r.get(9)?,
            themes: r.get(10)?,
            recruitment: code_from_sql(11, &r.get::<_, String>(11)?, Recruitment::from_code)?,
            recruitment_changed: date_from_sql(12, r.get(12)?)?,
            consent_date: date_from_sql(13, r.get(13)?)?,
            guardian_consent_date: date_from_sql(14, r.get(14)?)?,
            payroll_number: r.get(15)?,
            notes: r.get(16)?,
            archived: r.get(17)?,
        },
    })
}

fn row_from_row(r: &Row<'_>) -> Result<PersonRow, rusqlite::Error> {
    Ok(PersonRow {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: code_from_sql(2, &r.get::<_, String>(2)?, PersonKind::from_code)?,
        birth_date: date_from_sql(3, r.get(3)?)?,
        phone: r.get(4)?,
        email: r.get(5)?,
        institution: r.get(6)?,
        recruitment: code_from_sql(7, &r.get::<_, String>(7)?, Recruitment::from_code)?,
        archived: r.get(8)?,
    })
}

impl Database {
    /// How many persons match `filter`.
    pub fn count_persons(&self, filter: &PersonFilter) -> Result<usize, StorageError> {
        let q = filter_query(filter);
        let sql = format!("SELECT count(*) {FROM}{}", q.where_sql());
        let n: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(q.params(&[]).as_slice(), |r| r.get(0))?;
        Ok(n as usize)
    }

    /// Persons matching `filter` in Danish name order, rows `offset..offset + limit`.
    pub fn list_persons(
        &self,
        filter: &PersonFilter,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<PersonRow>, StorageError> {
        let q = filter_query(filter);
        // The window's ids come from the index alone; only its rows are read and joined.
        let sql = format!(
            "SELECT p.id, p.name, p.kind, p.birth_date, p.phone, p.email, i.name, \
             p.recruitment, p.archived \
             FROM (SELECT p.id {FROM}{} ORDER BY p.name_sort, p.id \
                   LIMIT :limit OFFSET :offset) AS w \
             JOIN persons p ON p.id = w.id \
             LEFT JOIN institutions i ON i.id = p.home_institution_id \
             ORDER BY p.name_sort, p.id",
            q.where_sql()
        );
        let (limit, offset) = (limit as i64, offset as i64);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            q.params(&[(":limit", &limit), (":offset", &offset)])
                .as_slice(),
            row_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many persons match `filter` and the rows from `offset` (moved back to the last full
    /// window when the list has become shorter). With search words in one scan: the count
    /// comes from a window function over the same filtered index walk that finds the rows,
    /// which halves the work of a search-as-you-type key press compared with
    /// [`count_persons`](Self::count_persons) plus [`list_persons`](Self::list_persons);
    /// without, those two, each an index range.
    pub fn persons_page(
        &self,
        filter: &PersonFilter,
        offset: usize,
        limit: usize,
    ) -> Result<(usize, usize, Vec<PersonRow>), StorageError> {
        if filter.search.trim().is_empty() {
            // Without search words the count is an index range (0.4 ms at scale 100), cheaper
            // than counting through the window (9 ms: every row of the range goes through it).
            let total = self.count_persons(filter)?;
            // Past the end (the list became shorter): back to the last full window.
            let offset = if offset >= total {
                total.saturating_sub(limit)
            } else {
                offset
            };
            return Ok((total, offset, self.list_persons(filter, offset, limit)?));
        }
        let q = filter_query(filter);
        let sql = format!(
            "SELECT p.id, p.name, p.kind, p.birth_date, p.phone, p.email, i.name, \
             p.recruitment, p.archived, w.total \
             FROM (SELECT p.id, count(*) OVER () AS total {FROM}{} \
                   ORDER BY p.name_sort, p.id LIMIT :limit OFFSET :offset) AS w \
             JOIN persons p ON p.id = w.id \
             LEFT JOIN institutions i ON i.id = p.home_institution_id \
             ORDER BY p.name_sort, p.id",
            q.where_sql()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let (limit_sql, offset_sql) = (limit as i64, offset as i64);
        let mut total = 0usize;
        let rows = stmt
            .query_map(
                q.params(&[(":limit", &limit_sql), (":offset", &offset_sql)])
                    .as_slice(),
                |r| {
                    let total: i64 = r.get(9)?;
                    Ok((row_from_row(r)?, total))
                },
            )?
            .map(|row| {
                row.map(|(row, n)| {
                    total = n as usize;
                    row
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if !rows.is_empty() || offset == 0 {
            return Ok((total, offset, rows));
        }
        // Past the end: the list became shorter (another search, a change elsewhere).
        let total = self.count_persons(filter)?;
        let offset = total.saturating_sub(limit);
        Ok((total, offset, self.list_persons(filter, offset, limit)?))
    }

    /// The position of person `id` in the list for `filter` (to keep the selection after a save).
    pub fn person_position(
        &self,
        filter: &PersonFilter,
        id: i64,
    ) -> Result<Option<usize>, StorageError> {
        let order = ListOrder {
            from: FROM,
            is_row: "p.id = :id",
            before_row: "(p.name_sort, p.id) < (SELECT name_sort, id FROM persons WHERE id = :id)",
        };
        self.list_position(&order, || filter_query(filter), id)
    }

    /// Every person (archived ones too), by id, at most `limit`: what the import's identity
    /// check compares rows with.
    pub fn all_persons(&self, limit: i64) -> Result<Vec<Person>, StorageError> {
        let sql = format!("SELECT {COLUMNS} FROM persons ORDER BY id LIMIT :limit");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(named_params! { ":limit": limit }, person_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One person with its row version.
    pub fn person(&self, id: i64) -> Result<Person, StorageError> {
        let sql = format!("SELECT {COLUMNS} FROM persons WHERE id = :id");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(named_params! { ":id": id }, person_from_row)?)
    }

    /// Adds a person; returns the new id.
    pub fn insert_person(&mut self, data: &PersonData) -> Result<i64, StorageError> {
        self.batch(|db| {
            let changed = data.recruitment_changed.unwrap_or_else(|| db.today());
            db.write_person(INSERT, data, Some(changed), data.archived, &[])?;
            let id = db.conn.last_insert_rowid();
            db.add_recruitment_history(id, data.recruitment, changed)?;
            let after = serde_json::to_value(db.person(id)?)?;
            db.audit("person.create", "persons", id, None, Some(after))?;
            Ok(id)
        })
    }

    /// Saves a person loaded at `version`; `Conflict` when it changed since. `data.archived` is
    /// ignored (see [`Database::set_person_archived`]).
    pub fn update_person(
        &mut self,
        id: i64,
        version: i64,
        data: &PersonData,
    ) -> Result<(), StorageError> {
        self.batch(|db| {
            let before = db.person(id)?;
            if before.version != version {
                return Err(StorageError::Conflict);
            }
            let status_changed = before.data.recruitment != data.recruitment;
            let changed = if status_changed {
                Some(
                    data.recruitment_changed
                        .filter(|d| Some(*d) != before.data.recruitment_changed)
                        .unwrap_or_else(|| db.today()),
                )
            } else {
                data.recruitment_changed.or(before.data.recruitment_changed)
            };
            let extra: [(&str, &dyn ToSql); 2] = [(":id", &id), (":version", &version)];
            if db.write_person(UPDATE, data, changed, before.data.archived, &extra)? == 0 {
                return Err(StorageError::Conflict);
            }
            if let (true, Some(date)) = (status_changed, changed) {
                db.add_recruitment_history(id, data.recruitment, date)?;
            }
            let after = serde_json::to_value(db.person(id)?)?;
            let before = serde_json::to_value(before)?;
            db.audit("person.update", "persons", id, Some(before), Some(after))
        })
    }

    /// Archives or unarchives a person loaded at `version`. Archiving cancels the person's
    /// pending bookings from `today` on as *afbud*, when `confirmed` names exactly them (see
    /// `storage::afbud`; otherwise [`StorageError::BookingsAffected`] and nothing is written).
    /// Returns how many bookings were cancelled.
    pub fn set_person_archived(
        &mut self,
        id: i64,
        version: i64,
        archived: bool,
        today: NaiveDate,
        confirmed: &[i64],
    ) -> Result<usize, StorageError> {
        self.batch(|db| {
            let before = db.person(id)?;
            let cancelled = if archived && !before.data.archived {
                let affected = db.pending_bookings(id, today, None)?;
                db.cancel_affected(affected, confirmed, CancelCause::Archived, "")?
            } else {
                0
            };
            let changed = db
                .conn
                .prepare_cached(
                    "UPDATE persons SET archived = :archived, version = version + 1 \
                 WHERE id = :id AND version = :version",
                )?
                .execute(named_params! { ":archived": archived, ":id": id, ":version": version })?;
            if changed == 0 {
                return Err(StorageError::Conflict);
            }
            let action = if archived {
                "person.archive"
            } else {
                "person.unarchive"
            };
            let after = serde_json::to_value(db.person(id)?)?;
            let before = serde_json::to_value(before)?;
            db.audit(action, "persons", id, Some(before), Some(after))?;
            Ok(cancelled)
        })
    }

    /// Whether the person has history: appointments, assignments, honoraria, unavailability,
    /// or a recruitment status changed after creation. `false` for an unknown id.
    pub fn person_has_history(&self, id: i64) -> Result<bool, StorageError> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM appointments WHERE person_id = :id) \
                 OR EXISTS (SELECT 1 FROM assignments WHERE person_id = :id) \
                 OR EXISTS (SELECT 1 FROM honoraria WHERE person_id = :id) \
                 OR EXISTS (SELECT 1 FROM unavailability WHERE person_id = :id) \
                 OR (SELECT count(*) FROM recruitment_history WHERE person_id = :id) > 1",
            )?
            .query_row(named_params! { ":id": id }, |r| r.get(0))?)
    }

    /// Deletes a person without history loaded at `version`; `HasHistory` otherwise.
    pub fn delete_person(&mut self, id: i64, version: i64) -> Result<(), StorageError> {
        self.batch(|db| {
            let before = db.person(id)?;
            if before.version != version {
                return Err(StorageError::Conflict);
            }
            if db.person_has_history(id)? {
                return Err(StorageError::HasHistory);
            }
            db.conn
                .prepare_cached("DELETE FROM recruitment_history WHERE person_id = :id")?
                .execute(named_params! { ":id": id })?;
            let deleted = db
                .conn
                .prepare_cached("DELETE FROM persons WHERE id = :id AND version = :version")?
                .execute(named_params! { ":id": id, ":version": version })?;
            if deleted == 0 {
                return Err(StorageError::Conflict);
            }
            let before = serde_json::to_value(before)?;
            db.audit("person.delete", "persons", id, Some(before), None)
        })
    }

    /// The recruitment history of a person, oldest first: `(status, date)`.
    pub fn recruitment_history(
        &self,
        person_id: i64,
    ) -> Result<Vec<(Recruitment, NaiveDate)>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT status, changed_on FROM recruitment_history WHERE person_id = :id \
             ORDER BY id",
        )?;
        let rows = stmt.query_map(named_params! { ":id": person_id }, |r| {
            let status = code_from_sql(0, &r.get::<_, String>(0)?, Recruitment::from_code)?;
            let date = date_from_sql(1, Some(r.get(1)?))?;
            Ok((status, date.unwrap_or_default()))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub(super) fn add_recruitment_history(
        &self,
        person_id: i64,
        status: Recruitment,
        date: NaiveDate,
    ) -> Result<(), StorageError> {
        self.conn
            .prepare_cached(
                "INSERT INTO recruitment_history (person_id, status, changed_on) \
                 VALUES (:person_id, :status, :changed_on)",
            )?
            .execute(named_params! {
                ":person_id": person_id,
                ":status": status.code(),
                ":changed_on": date_to_sql(Some(date)),
            })?;
        Ok(())
    }

    /// Runs `sql` (the insert or the update) with the person's columns, derived ones included.
    fn write_person(
        &self,
        sql: &str,
        d: &PersonData,
        recruitment_changed: Option<NaiveDate>,
        archived: bool,
        extra: &[(&str, &dyn ToSql)],
    ) -> Result<usize, StorageError> {
        let name_sort = collate::sort_key(&d.name);
        let name_fold = collate::fold(&d.name);
        let institution = match d.home_institution_id {
            Some(id) => self
                .conn
                .prepare_cached("SELECT name FROM institutions WHERE id = :id")?
                .query_row(named_params! { ":id": id }, |r| r.get::<_, String>(0))
                .optional()?,
            None => None,
        };
        let search_fold = search::person_text(&d.name, &d.email, &d.phone, institution.as_deref());
        let birth_date = date_to_sql(d.birth_date);
        let changed = date_to_sql(recruitment_changed);
        let consent = date_to_sql(d.consent_date);
        let guardian = date_to_sql(d.guardian_consent_date);
        let (kind, recruitment) = (d.kind.code(), d.recruitment.code());
        let mut params: Vec<(&str, &dyn ToSql)> = vec![
            (":name", &d.name),
            (":name_sort", &name_sort),
            (":name_fold", &name_fold),
            (":search_fold", &search_fold),
            (":kind", &kind),
            (":birth_date", &birth_date),
            (":phone", &d.phone),
            (":email", &d.email),
            (":home_institution_id", &d.home_institution_id),
            (":education", &d.education),
            (":languages", &d.languages),
            (":themes", &d.themes),
            (":recruitment", &recruitment),
            (":recruitment_changed", &changed),
            (":consent_date", &consent),
            (":guardian_consent_date", &guardian),
            (":payroll_number", &d.payroll_number),
            (":notes", &d.notes),
            (":archived", &archived),
        ];
        params.extend_from_slice(extra);
        Ok(self.conn.prepare_cached(sql)?.execute(params.as_slice())?)
    }
}
