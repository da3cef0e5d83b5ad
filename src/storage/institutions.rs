//! Institutions: the windowed list, search and filters, and changes with their audit rows.
//!
//! Search folds the text and requires every word (at most six) in the folded name, address or
//! contact person (stored together in `search_fold`). The list's person count is a correlated
//! subquery on the `persons_by_institution` index, counting non-archived persons. History (which
//! forbids deleting): any person (archived ones too) with it as home institution, or any event
//! at it.

use rusqlite::{Row, ToSql, named_params};

use crate::domain::collate;
use crate::domain::institution::{Institution, InstitutionData, InstitutionKind, InstitutionRow};

use super::list_position::ListOrder;
use super::search::{self, MAX_WORDS, Query};
use super::{Database, StorageError, code_from_sql};

/// What the institutions list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InstitutionFilter {
    /// Matched case- and accent-insensitively against name, address and contact person.
    pub search: String,
    pub kind: Option<InstitutionKind>,
    /// `false`: active only; `true`: inactive ones too.
    pub include_inactive: bool,
}

const SEARCH_CLAUSES: [&str; MAX_WORDS] = search::word_clauses!("i.search_fold");
const NAME_CLAUSES: [&str; MAX_WORDS] = search::word_clauses!("i.name_fold");

const COLUMNS: &str =
    "id, version, name, kind, address, contact_person, phone, email, notes, active";

fn filter_query(filter: &InstitutionFilter) -> Query {
    let mut q = Query::default();
    if !filter.include_inactive {
        q.clause("i.active = 1");
    }
    if let Some(kind) = filter.kind {
        q.clause("i.kind = :kind");
        q.bind(":kind", kind.code().to_string());
    }
    search::add_words(&mut q, &filter.search, &SEARCH_CLAUSES);
    q
}

fn institution_from_row(r: &Row<'_>) -> Result<Institution, rusqlite::Error> {
    Ok(Institution {
        id: r.get(0)?,
        version: r.get(1)?,
        data: InstitutionData {
            name: r.get(2)?,
            kind: code_from_sql(3, &r.get::<_, String>(3)?, InstitutionKind::from_code)?,
            address: r.get(4)?,
            contact_person: r.get(5)?,
            phone: r.get(6)?,
            email: r.get(7)?,
            notes: r.get(8)?,
            active: r.get(9)?,
        },
    })
}

impl Database {
    pub fn count_institutions(&self, filter: &InstitutionFilter) -> Result<usize, StorageError> {
        let q = filter_query(filter);
        let sql = format!("SELECT count(*) FROM institutions i{}", q.where_sql());
        let n: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(q.params(&[]).as_slice(), |r| r.get(0))?;
        Ok(n as usize)
    }

    /// Institutions matching `filter` in Danish name order, rows `offset..offset + limit`.
    pub fn list_institutions(
        &self,
        filter: &InstitutionFilter,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<InstitutionRow>, StorageError> {
        let q = filter_query(filter);
        let sql = format!(
            "SELECT i.id, i.name, i.kind, i.address, i.contact_person, i.phone, i.active, \
             (SELECT count(*) FROM persons p \
              WHERE p.home_institution_id = i.id AND p.archived = 0) \
             FROM institutions i{} ORDER BY i.name_sort, i.id LIMIT :limit OFFSET :offset",
            q.where_sql()
        );
        let (limit, offset) = (limit as i64, offset as i64);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            q.params(&[(":limit", &limit), (":offset", &offset)])
                .as_slice(),
            |r| {
                Ok(InstitutionRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: code_from_sql(2, &r.get::<_, String>(2)?, InstitutionKind::from_code)?,
                    address: r.get(3)?,
                    contact_person: r.get(4)?,
                    phone: r.get(5)?,
                    active: r.get(6)?,
                    persons: r.get(7)?,
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn institution_position(
        &self,
        filter: &InstitutionFilter,
        id: i64,
    ) -> Result<Option<usize>, StorageError> {
        let order = ListOrder {
            from: "FROM institutions i",
            is_row: "i.id = :id",
            before_row: "(i.name_sort, i.id) < \
                         (SELECT name_sort, id FROM institutions WHERE id = :id)",
        };
        self.list_position(&order, || filter_query(filter), id)
    }

    /// Active institutions whose name matches `search`, Danish-sorted, at most `limit`
    /// (the home-institution picker of the person form): `(id, name)`.
    pub fn institution_choices(
        &self,
        search: &str,
        limit: usize,
    ) -> Result<Vec<(i64, String)>, StorageError> {
        let mut q = Query::default();
        q.clause("i.active = 1");
        search::add_words(&mut q, search, &NAME_CLAUSES);
        let sql = format!(
            "SELECT i.id, i.name FROM institutions i{} ORDER BY i.name_sort, i.id LIMIT :limit",
            q.where_sql()
        );
        let limit = limit as i64;
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(q.params(&[(":limit", &limit)]).as_slice(), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn institution(&self, id: i64) -> Result<Institution, StorageError> {
        let sql = format!("SELECT {COLUMNS} FROM institutions WHERE id = :id");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(named_params! { ":id": id }, institution_from_row)?)
    }

    pub fn insert_institution(&mut self, data: &InstitutionData) -> Result<i64, StorageError> {
        self.batch(|db| {
            db.write_institution(
                "INSERT INTO institutions (name, name_sort, name_fold, search_fold, kind, \
                 address, contact_person, phone, email, notes, active) VALUES (:name, \
                 :name_sort, :name_fold, :search_fold, :kind, :address, :contact_person, \
                 :phone, :email, :notes, :active)",
                data,
                &[],
            )?;
            let id = db.conn.last_insert_rowid();
            let after = serde_json::to_value(db.institution(id)?)?;
            db.audit("institution.create", "institutions", id, None, Some(after))?;
            Ok(id)
        })
    }

    pub fn update_institution(
        &mut self,
        id: i64,
        version: i64,
        data: &InstitutionData,
    ) -> Result<(), StorageError> {
        self.batch(|db| {
            let before = db.institution(id)?;
            let extra: [(&str, &dyn ToSql); 2] = [(":id", &id), (":version", &version)];
            let changed = db.write_institution(
                "UPDATE institutions SET name = :name, name_sort = :name_sort, \
                 name_fold = :name_fold, search_fold = :search_fold, kind = :kind, \
                 address = :address, contact_person = :contact_person, phone = :phone, \
                 email = :email, notes = :notes, active = :active, version = version + 1 \
                 WHERE id = :id AND version = :version",
                data,
                &extra,
            )?;
            if changed == 0 {
                return Err(StorageError::Conflict);
            }
            if before.data.name != data.name {
                db.refresh_person_search(id, &data.name)?;
            }
            let after = serde_json::to_value(db.institution(id)?)?;
            let before = serde_json::to_value(before)?;
            db.audit(
                "institution.update",
                "institutions",
                id,
                Some(before),
                Some(after),
            )
        })
    }

    /// Whether anything refers to the institution (persons, events).
    pub fn institution_has_history(&self, id: i64) -> Result<bool, StorageError> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM persons WHERE home_institution_id = :id) \
                 OR EXISTS (SELECT 1 FROM events WHERE institution_id = :id)",
            )?
            .query_row(named_params! { ":id": id }, |r| r.get(0))?)
    }

    /// Deletes an institution nothing refers to; `HasHistory` otherwise.
    pub fn delete_institution(&mut self, id: i64, version: i64) -> Result<(), StorageError> {
        self.batch(|db| {
            let before = db.institution(id)?;
            if before.version != version {
                return Err(StorageError::Conflict);
            }
            if db.institution_has_history(id)? {
                return Err(StorageError::HasHistory);
            }
            db.conn
                .prepare_cached("DELETE FROM institutions WHERE id = :id AND version = :version")?
                .execute(named_params! { ":id": id, ":version": version })?;
            let before = serde_json::to_value(before)?;
            db.audit("institution.delete", "institutions", id, Some(before), None)
        })
    }

    /// Rewrites the search text of the persons at institution `id` after it was renamed to
    /// `name` (derived data: no version bump, no audit rows of their own).
    fn refresh_person_search(&self, id: i64, name: &str) -> Result<(), StorageError> {
        let mut select = self.conn.prepare_cached(
            "SELECT id, name, email, phone FROM persons WHERE home_institution_id = :id",
        )?;
        let persons = select
            .query_map(named_params! { ":id": id }, |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut update = self
            .conn
            .prepare_cached("UPDATE persons SET search_fold = :text WHERE id = :id")?;
        for (person, person_name, email, phone) in persons {
            let text = search::person_text(&person_name, &email, &phone, Some(name));
            update.execute(named_params! { ":text": text, ":id": person })?;
        }
        Ok(())
    }

    fn write_institution(
        &self,
        sql: &str,
        d: &InstitutionData,
        extra: &[(&str, &dyn ToSql)],
    ) -> Result<usize, StorageError> {
        let name_sort = collate::sort_key(&d.name);
        let name_fold = collate::fold(&d.name);
        let search_fold = search::institution_text(&d.name, &d.address, &d.contact_person);
        let kind = d.kind.code();
        let mut params: Vec<(&str, &dyn ToSql)> = vec![
            (":name", &d.name),
            (":name_sort", &name_sort),
            (":name_fold", &name_fold),
            (":search_fold", &search_fold),
            (":kind", &kind),
            (":address", &d.address),
            (":contact_person", &d.contact_person),
            (":phone", &d.phone),
            (":email", &d.email),
            (":notes", &d.notes),
            (":active", &d.active),
        ];
        params.extend_from_slice(extra);
        Ok(self.conn.prepare_cached(sql)?.execute(params.as_slice())?)
    }
}
