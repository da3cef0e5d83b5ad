//! Privacy: a data subject's export, the review list of people to consider anonymising, and
//! anonymisation itself.
//!
//! Decisions:
//! - Anonymising keeps what bookkeeping needs for five years and what statistics count: the
//!   row, its id, kind, recruitment status and dates, appointments (terms), assignments,
//!   honoraria with their amounts, batches and reasons (paid rows are immutable anyway). It
//!   removes everything that identifies the person: name (becomes `Anonymiseret <id>`), birth
//!   date, phone, e-mail, home institution, education, languages, themes, consent dates,
//!   payroll number and notes; the free-text reasons of their unavailability (emptied), early
//!   appointment ends and forced bookings (replaced by `(anonymiseret)`, as the schema needs a
//!   reason there). The person is archived.
//! - The audit log's copies are scrubbed in the same transaction: every `persons` row of that
//!   person gets the anonymised fields in its before/after JSON, and any other audit row whose
//!   JSON contains one of the removed texts (three characters or more) has that text replaced.
//!   The anonymisation's own audit row has no "before" (it would hold what was removed).
//! - Whether a person is anonymised is read from that audit row (`person.anonymise`), so no
//!   schema change is needed.
//! - The review list: people whose last activity — the end of their last appointment (the
//!   early end when it ended early), or for people never appointed their last recruitment
//!   change, whichever is later — lies more than N years before today; anonymised ones excluded.

use chrono::{Months, NaiveDate};
use rusqlite::{ToSql, named_params};
use serde_json::{Map, Value, json};

use super::{Database, StorageError, code_from_sql, date_from_sql, date_to_sql, search};
use crate::domain::collate;
use crate::domain::person::{Person, PersonKind};

/// What replaces a free-text reason that the schema requires to be non-empty.
pub const SCRUBBED: &str = "(anonymiseret)";

/// The audit verb of an anonymisation.
pub const ANONYMISE_ACTION: &str = "person.anonymise";

/// The most rows of one kind the export or the review reads.
const MAX_ROWS: i64 = 100_000;

/// The person fields anonymisation removes (names in the serde form of `PersonData`).
const PERSONAL_FIELDS: [&str; 12] = [
    "name",
    "birth_date",
    "phone",
    "email",
    "home_institution_id",
    "education",
    "languages",
    "themes",
    "consent_date",
    "guardian_consent_date",
    "payroll_number",
    "notes",
];

/// One line of the review list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRow {
    pub id: i64,
    pub name: String,
    pub kind: PersonKind,
    pub archived: bool,
    /// The end of the last appointment (`None`: never appointed).
    pub last_appointment: Option<NaiveDate>,
    /// The last activity the rule looks at.
    pub last_activity: Option<NaiveDate>,
}

/// What anonymising a person keeps and changes (for the confirmation).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AnonymisePreview {
    pub appointments: usize,
    pub assignments: usize,
    pub honoraria: usize,
    pub audit_rows: usize,
}

/// The name an anonymised person gets.
pub fn anonymous_name(id: i64) -> String {
    format!("Anonymiseret {id}")
}

/// Queries that list one person's rows of a table, as (key, SQL) for the export.
const PERSON_ROWS: [(&str, &str); 5] = [
    (
        "recruitment_history",
        "SELECT * FROM recruitment_history WHERE person_id = :id ORDER BY id LIMIT :limit",
    ),
    (
        "appointments",
        "SELECT * FROM appointments WHERE person_id = :id ORDER BY term_start, id LIMIT :limit",
    ),
    (
        "unavailability",
        "SELECT * FROM unavailability WHERE person_id = :id ORDER BY from_date, id LIMIT :limit",
    ),
    (
        "assignments",
        "SELECT a.*, e.date AS event_date, e.kind AS event_kind, e.status AS event_status, \
         i.name AS event_institution FROM assignments a JOIN events e ON e.id = a.event_id \
         LEFT JOIN institutions i ON i.id = e.institution_id \
         WHERE a.person_id = :id ORDER BY e.date, a.id LIMIT :limit",
    ),
    (
        "honoraria",
        "SELECT h.*, b.paid_on AS batch_paid_on, b.reference AS batch_reference \
         FROM honoraria h LEFT JOIN payout_batches b ON b.id = h.batch_id \
         WHERE h.person_id = :id ORDER BY h.earned_on, h.id LIMIT :limit",
    ),
];

/// The audit rows about one person: its own rows and rows of other tables naming it.
const AUDIT_ABOUT: &str = "SELECT id, at, actor, action, table_name, row_id, before_json, \
    after_json FROM audit_log WHERE (table_name = 'persons' AND row_id = :id) \
    OR json_extract(before_json, '$.person_id') = :id \
    OR json_extract(after_json, '$.person_id') = :id \
    OR json_extract(before_json, '$.data.person_id') = :id \
    OR json_extract(after_json, '$.data.person_id') = :id \
    ORDER BY id LIMIT :limit";

impl Database {
    /// Persons matching `name_or_id`: a number is an id; otherwise an exact name (case- and
    /// accent-insensitive), else every person whose search text has all the words. At most
    /// `limit`, as `(id, name)`.
    pub fn find_persons(
        &self,
        name_or_id: &str,
        limit: usize,
    ) -> Result<Vec<(i64, String)>, StorageError> {
        let text = name_or_id.trim();
        if let Ok(id) = text.parse::<i64>() {
            return match self.person(id) {
                Ok(p) => Ok(vec![(p.id, p.data.name)]),
                Err(StorageError::NotFound) => Ok(Vec::new()),
                Err(e) => Err(e),
            };
        }
        let limit = limit as i64;
        let exact: Vec<(i64, String)> = self
            .conn
            .prepare_cached(
                "SELECT id, name FROM persons WHERE name_fold = :fold ORDER BY name_sort, id \
                 LIMIT :limit",
            )?
            .query_map(
                named_params! { ":fold": collate::fold(text), ":limit": limit },
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?
            .collect::<Result<_, _>>()?;
        if !exact.is_empty() {
            return Ok(exact);
        }
        let filter = super::persons::PersonFilter {
            search: text.to_string(),
            archived: super::ArchivedFilter::All,
            ..Default::default()
        };
        Ok(self
            .list_persons(&filter, 0, limit as usize)?
            .into_iter()
            .map(|r| (r.id, r.name))
            .collect())
    }

    /// Everything stored about person `id`, as one JSON document (a data subject's access
    /// request): the person, home institution, recruitment history, appointments,
    /// unavailability, assignments (with their events), honoraria (with their batches) and the
    /// audit rows about them. `today` is the export date written into it.
    pub fn person_export(&self, id: i64, today: NaiveDate) -> Result<Value, StorageError> {
        let person = self.person(id)?;
        let mut doc = Map::new();
        doc.insert("korps_export".into(), json!("person"));
        doc.insert("format_version".into(), json!(1));
        doc.insert("exported_on".into(), json!(date_to_sql(Some(today))));
        doc.insert("anonymised".into(), json!(self.is_anonymised(id)?));
        let institution = match person.data.home_institution_id {
            Some(iid) => serde_json::to_value(self.institution(iid)?)?,
            None => Value::Null,
        };
        doc.insert("person".into(), serde_json::to_value(&person)?);
        doc.insert("home_institution".into(), institution);
        for (key, sql) in PERSON_ROWS {
            doc.insert(key.into(), Value::Array(self.rows_as_json(sql, id)?));
        }
        let mut audit = self.rows_as_json(AUDIT_ABOUT, id)?;
        for row in &mut audit {
            // The JSON copies are shown as JSON, not as strings holding JSON.
            if let Value::Object(map) = row {
                for key in ["before_json", "after_json"] {
                    if let Some(Value::String(text)) = map.get(key) {
                        let parsed = serde_json::from_str(text).unwrap_or(Value::Null);
                        map.insert(key.into(), parsed);
                    }
                }
            }
        }
        doc.insert("audit_log".into(), Value::Array(audit));
        Ok(Value::Object(doc))
    }

    /// Runs `sql` (with `:id` and `:limit`) and returns each row as a JSON object by column name.
    fn rows_as_json(&self, sql: &str, id: i64) -> Result<Vec<Value>, StorageError> {
        let mut stmt = self.conn.prepare(sql)?;
        let names: Vec<String> = stmt.column_names().map(ToString::to_string).collect();
        let mut rows = stmt.query(named_params! { ":id": id, ":limit": MAX_ROWS })?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let mut map = Map::new();
            for (i, name) in names.iter().enumerate() {
                let value = match r.get_ref(i)? {
                    rusqlite::types::ValueRef::Null => Value::Null,
                    rusqlite::types::ValueRef::Integer(n) => json!(n),
                    rusqlite::types::ValueRef::Real(x) => json!(x),
                    rusqlite::types::ValueRef::Text(t) => {
                        json!(String::from_utf8_lossy(t).into_owned())
                    }
                    rusqlite::types::ValueRef::Blob(b) => json!(format!("{} bytes", b.len())),
                };
                map.insert(name.clone(), value);
            }
            out.push(Value::Object(map));
        }
        Ok(out)
    }

    /// Whether person `id` has been anonymised.
    pub fn is_anonymised(&self, id: i64) -> Result<bool, StorageError> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM audit_log WHERE table_name = 'persons' \
                 AND row_id = :id AND action = :action LIMIT 1)",
            )?
            .query_row(
                named_params! { ":id": id, ":action": ANONYMISE_ACTION },
                |r| r.get(0),
            )?)
    }

    /// People with no activity for more than `years` years before `today` (see the module
    /// doc), not yet anonymised, in Danish name order; at most `limit`.
    pub fn privacy_review(
        &self,
        today: NaiveDate,
        years: u32,
        limit: usize,
    ) -> Result<Vec<ReviewRow>, StorageError> {
        let cutoff = today
            .checked_sub_months(Months::new(years.saturating_mul(12)))
            .unwrap_or(NaiveDate::MIN);
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, kind, archived, last_app, \
                    max(coalesce(last_app, ''), coalesce(last_change, '')) AS last_activity \
             FROM (SELECT p.id, p.name, p.name_sort, p.kind, p.archived, \
                     (SELECT max(CASE WHEN a.status = 'ended_early' THEN a.ended_on \
                                 ELSE a.term_end END) \
                      FROM appointments a WHERE a.person_id = p.id) AS last_app, \
                     (SELECT max(r.changed_on) FROM recruitment_history r \
                      WHERE r.person_id = p.id) AS last_change \
                   FROM persons p \
                   WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.table_name = 'persons' \
                       AND l.row_id = p.id AND l.action = :action)) \
             WHERE last_activity < :cutoff \
             ORDER BY name_sort, id LIMIT :limit",
        )?;
        let rows = stmt.query_map(
            named_params! {
                ":action": ANONYMISE_ACTION,
                ":cutoff": date_to_sql(Some(cutoff)),
                ":limit": limit as i64,
            },
            |r| {
                let last_activity: String = r.get(5)?;
                Ok(ReviewRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: code_from_sql(2, &r.get::<_, String>(2)?, PersonKind::from_code)?,
                    archived: r.get(3)?,
                    last_appointment: date_from_sql(4, r.get(4)?)?,
                    last_activity: date_from_sql(5, Some(last_activity).filter(|s| !s.is_empty()))?,
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// What anonymising person `id` would keep (shown before the user confirms).
    pub fn anonymise_preview(&self, id: i64) -> Result<AnonymisePreview, StorageError> {
        let count = |sql: &str| -> Result<usize, StorageError> {
            let n: i64 = self
                .conn
                .prepare_cached(sql)?
                .query_row(named_params! { ":id": id }, |r| r.get(0))?;
            Ok(n as usize)
        };
        Ok(AnonymisePreview {
            appointments: count("SELECT count(*) FROM appointments WHERE person_id = :id")?,
            assignments: count("SELECT count(*) FROM assignments WHERE person_id = :id")?,
            honoraria: count("SELECT count(*) FROM honoraria WHERE person_id = :id")?,
            audit_rows: count(
                "SELECT count(*) FROM audit_log WHERE table_name = 'persons' AND row_id = :id",
            )?,
        })
    }

    /// Anonymises person `id` loaded at `version` (see the module doc); `Conflict` when it
    /// changed since.
    pub fn anonymise_person(&mut self, id: i64, version: i64) -> Result<(), StorageError> {
        self.batch(|db| {
            let before = db.person(id)?;
            if before.version != version {
                return Err(StorageError::Conflict);
            }
            let name = anonymous_name(id);
            let changed = db
                .conn
                .prepare_cached(
                    "UPDATE persons SET name = :name, name_sort = :sort, name_fold = :fold, \
                     search_fold = :search, birth_date = NULL, phone = '', email = '', \
                     home_institution_id = NULL, education = '', languages = '', themes = '', \
                     consent_date = NULL, guardian_consent_date = NULL, payroll_number = '', \
                     notes = '', archived = 1, version = version + 1 \
                     WHERE id = :id AND version = :version",
                )?
                .execute(named_params! {
                    ":name": name,
                    ":sort": collate::sort_key(&name),
                    ":fold": collate::fold(&name),
                    ":search": search::person_text(&name, "", "", None),
                    ":id": id,
                    ":version": version,
                })?;
            if changed == 0 {
                return Err(StorageError::Conflict);
            }
            let scrubs: [(&str, &dyn ToSql); 3] = [
                (
                    "UPDATE unavailability SET reason = '', version = version + 1 \
                     WHERE person_id = :id AND reason <> ''",
                    &"",
                ),
                (
                    "UPDATE appointments SET end_reason = :text, version = version + 1 \
                     WHERE person_id = :id AND end_reason <> ''",
                    &SCRUBBED,
                ),
                (
                    "UPDATE assignments SET forced_reason = :text, version = version + 1 \
                     WHERE person_id = :id AND forced_reason <> ''",
                    &SCRUBBED,
                ),
            ];
            for (sql, text) in scrubs {
                let mut params: Vec<(&str, &dyn ToSql)> = vec![(":id", &id)];
                if sql.contains(":text") {
                    params.push((":text", text));
                }
                db.conn.prepare_cached(sql)?.execute(params.as_slice())?;
            }
            let after = db.person(id)?;
            db.scrub_audit(&before, &after)?;
            db.audit(
                ANONYMISE_ACTION,
                "persons",
                id,
                None,
                Some(serde_json::to_value(&after)?),
            )
        })
    }

    /// Rewrites the audit log's copies of `before` (see the module doc).
    fn scrub_audit(&self, before: &Person, after: &Person) -> Result<(), StorageError> {
        let anonymised = serde_json::to_value(&after.data)?;
        let mut rows: Vec<(i64, Option<String>, Option<String>)> = self
            .conn
            .prepare_cached(
                "SELECT id, before_json, after_json FROM audit_log \
                 WHERE table_name = 'persons' AND row_id = :id ORDER BY id LIMIT :limit",
            )?
            .query_map(
                named_params! { ":id": before.id, ":limit": MAX_ROWS },
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?
            .collect::<Result<_, _>>()?;
        let d = &before.data;
        let needles: Vec<&str> = [d.name.as_str(), &d.phone, &d.email, &d.payroll_number]
            .into_iter()
            .map(str::trim)
            .filter(|s| s.chars().count() >= 3)
            .collect();
        for needle in &needles {
            // The needle as it appears inside a JSON string.
            let quoted = serde_json::to_string(needle)?;
            let inner = &quoted[1..quoted.len() - 1];
            let found: Vec<(i64, Option<String>, Option<String>)> = self
                .conn
                .prepare_cached(
                    "SELECT id, before_json, after_json FROM audit_log \
                     WHERE NOT (table_name = 'persons' AND row_id = :id) \
                     AND (instr(before_json, :needle) > 0 OR instr(after_json, :needle) > 0) \
                     ORDER BY id LIMIT :limit",
                )?
                .query_map(
                    named_params! { ":id": before.id, ":needle": inner, ":limit": MAX_ROWS },
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )?
                .collect::<Result<_, _>>()?;
            rows.extend(found);
        }
        rows.sort_by_key(|r| r.0);
        rows.dedup_by_key(|r| r.0);
        for (row_id, before_json, after_json) in rows {
            let fix = |text: Option<String>| -> Result<Option<String>, StorageError> {
                text.map(|t| {
                    let mut value: Value = serde_json::from_str(&t)?;
                    let is_person = value_is_person(&value, before.id);
                    match value.get_mut("data") {
                        Some(Value::Object(data)) if is_person => {
                            for field in PERSONAL_FIELDS {
                                if let Some(v) = anonymised.get(field) {
                                    data.insert(field.to_string(), v.clone());
                                }
                            }
                        }
                        _ => replace_texts(&mut value, &needles),
                    }
                    Ok(value.to_string())
                })
                .transpose()
            };
            let (b, a) = (fix(before_json)?, fix(after_json)?);
            self.conn
                .prepare_cached(
                    "UPDATE audit_log SET before_json = :before, after_json = :after \
                     WHERE id = :id",
                )?
                .execute(named_params! { ":before": b, ":after": a, ":id": row_id })?;
        }
        Ok(())
    }
}

/// Whether the JSON value is a serialised person with id `id`.
fn value_is_person(value: &Value, id: i64) -> bool {
    value.get("id").and_then(Value::as_i64) == Some(id)
        && value.get("data").and_then(|d| d.get("name")).is_some()
}

/// Replaces every occurrence of any of `needles` inside the strings of `value`; codes
/// (lower-case ASCII words such as `role_model`) are left alone.
fn replace_texts(value: &mut Value, needles: &[&str]) {
    match value {
        Value::String(s) if s.chars().all(|c| c.is_ascii_lowercase() || c == '_') => {}
        Value::String(s) => {
            for needle in needles {
                if s.contains(needle) {
                    *s = s.replace(needle, SCRUBBED);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| replace_texts(v, needles)),
        Value::Object(map) => map.values_mut().for_each(|v| replace_texts(v, needles)),
        _ => {}
    }
}
