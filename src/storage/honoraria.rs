//! Honoraria: the lists of the Honorarer screen (awaiting approval, approved, paid), filtered by
//! person, period and event kind and windowed; per-person totals per year; approval of one or
//! many in one transaction; corrections of paid rows; and the few changes allowed to unpaid rows.
//!
//! Decisions:
//! - A paid honorarium is never changed or deleted: the triggers of `schema/v2_domain.sql`
//!   refuse it in the database, and the methods here refuse it before asking (the same error,
//!   so [`StorageError::is_paid_immutable`] and its message hold for both).
//! - A correction is a new row (positive or negative, never zero) that references a paid
//!   honorarium and carries a reason; it starts awaiting approval and is paid in a later batch.
//!   Its event kind is the corrected honorarium's.
//! - The person filter is the roster's folded search text (`persons.search_fold`), one word.

use chrono::NaiveDate;
use rusqlite::{Row, named_params};
use serde_json::json;

use crate::domain::collate;
use crate::domain::event::EventKind;
use crate::domain::limits::AmountKind;
use crate::domain::money::Money;

use super::list_position::ListOrder;
use super::search::Query;
use super::{Database, StorageError, code_from_sql, date_from_sql, date_to_sql};

/// The text the paid-is-immutable triggers raise (kept equal to the schema's).
const PAID_IMMUTABLE: &str = "korps: a paid honorarium cannot be changed";

/// Where an honorarium is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum HonorariumStatus {
    #[default]
    Awaiting,
    Approved,
    Paid,
}

impl HonorariumStatus {
    pub const ALL: [HonorariumStatus; 3] = [Self::Awaiting, Self::Approved, Self::Paid];

    pub fn code(self) -> &'static str {
        match self {
            Self::Awaiting => "awaiting",
            Self::Approved => "approved",
            Self::Paid => "paid",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What a list of honoraria shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HonorariumFilter {
    pub status: HonorariumStatus,
    /// Part of the person's name (or e-mail, phone, institution), folded.
    pub person: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub kind: Option<EventKind>,
}

/// One honorarium as the lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HonorariumRow {
    pub id: i64,
    pub version: i64,
    pub person_id: i64,
    pub person_name: String,
    pub payroll_number: String,
    /// The event's kind (a correction: the corrected honorarium's event).
    pub kind: Option<EventKind>,
    pub earned_on: NaiveDate,
    pub amount: Money,
    pub status: HonorariumStatus,
    pub approved_on: Option<NaiveDate>,
    pub batch_id: Option<i64>,
    /// Why the amount differs from the rate (`""` when it does not).
    pub amount_reason: String,
    pub corrects: Option<i64>,
    pub correction_reason: String,
}

/// One person's honoraria in one calendar year, by status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct YearTotal {
    pub year: i32,
    pub awaiting: Money,
    pub approved: Money,
    pub paid: Money,
}

impl YearTotal {
    pub fn total(&self) -> Money {
        self.awaiting + self.approved + self.paid
    }
}

/// A page of a list: how many match, the sum of their amounts, the first row's position, rows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HonorariumPage {
    pub total: usize,
    pub sum: Money,
    pub offset: usize,
    pub rows: Vec<HonorariumRow>,
}

/// The joins every list needs: the person, and the event through the assignment (or the
/// corrected honorarium's assignment).
const FROM: &str = "FROM honoraria h \
    JOIN persons p ON p.id = h.person_id \
    LEFT JOIN honoraria c ON c.id = h.corrects_honorarium_id \
    LEFT JOIN assignments a ON a.id = coalesce(h.assignment_id, c.assignment_id) \
    LEFT JOIN events e ON e.id = a.event_id";

/// The joins the count and sum need for `filter`: none without a person or kind filter, so a
/// status's count and sum within a period read `honoraria_by_status` alone (a whole status list
/// reads the totals of migration 8 instead, see [`Database::honoraria_page`]).
fn count_from(filter: &HonorariumFilter) -> String {
    let mut from = String::from("FROM honoraria h");
    if !filter.person.trim().is_empty() {
        from.push_str(" JOIN persons p ON p.id = h.person_id");
    }
    if filter.kind.is_some() {
        from.push_str(
            " LEFT JOIN honoraria c ON c.id = h.corrects_honorarium_id \
             LEFT JOIN assignments a ON a.id = coalesce(h.assignment_id, c.assignment_id) \
             LEFT JOIN events e ON e.id = a.event_id",
        );
    }
    from
}

const COLUMNS: &str = "h.id, h.version, h.person_id, p.name, p.payroll_number, e.kind, \
    h.earned_on, h.amount_ore, h.status, h.approved_on, h.batch_id, h.amount_reason, \
    h.corrects_honorarium_id, h.correction_reason";

pub(crate) fn row_from_row(r: &Row<'_>) -> Result<HonorariumRow, rusqlite::Error> {
    let kind: Option<String> = r.get(5)?;
    Ok(HonorariumRow {
        id: r.get(0)?,
        version: r.get(1)?,
        person_id: r.get(2)?,
        person_name: r.get(3)?,
        payroll_number: r.get(4)?,
        kind: kind
            .map(|k| code_from_sql(5, &k, EventKind::from_code))
            .transpose()?,
        earned_on: date_from_sql(6, r.get(6)?)?.unwrap_or_default(),
        amount: Money(r.get(7)?),
        status: code_from_sql(8, &r.get::<_, String>(8)?, HonorariumStatus::from_code)?,
        approved_on: date_from_sql(9, r.get(9)?)?,
        batch_id: r.get(10)?,
        amount_reason: r.get(11)?,
        corrects: r.get(12)?,
        correction_reason: r.get(13)?,
    })
}

fn filter_query(filter: &HonorariumFilter) -> Query {
    let mut q = Query::default();
    q.clause("h.status = :status");
    q.bind(":status", filter.status.code().to_string());
    let person = collate::fold(filter.person.trim());
    if !person.is_empty() {
        q.clause("instr(p.search_fold, :person) > 0");
        q.bind(":person", person);
    }
    if let Some(from) = filter.from {
        q.clause("h.earned_on >= :from");
        q.bind(":from", from.format("%Y-%m-%d").to_string());
    }
    if let Some(to) = filter.to {
        q.clause("h.earned_on <= :to");
        q.bind(":to", to.format("%Y-%m-%d").to_string());
    }
    if let Some(kind) = filter.kind {
        q.clause("e.kind = :kind");
        q.bind(":kind", kind.code().to_string());
    }
    q
}

/// The error a paid honorarium's change gets, from the code as from the triggers.
pub(crate) fn paid_immutable() -> StorageError {
    StorageError::Sqlite(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT),
        Some(PAID_IMMUTABLE.to_string()),
    ))
}

impl Database {
    /// The position of honorarium `id` in the list for `filter` (newest first), or `None` when
    /// the filter hides it: where the cursor lands after a correction is saved.
    pub fn honorarium_position(
        &self,
        filter: &HonorariumFilter,
        id: i64,
    ) -> Result<Option<usize>, StorageError> {
        let order = ListOrder {
            from: FROM,
            is_row: "h.id = :id",
            before_row: "(h.earned_on, h.id) > (SELECT earned_on, id FROM honoraria WHERE id = :id)",
        };
        self.list_position(&order, || filter_query(filter), id)
    }

    /// The honoraria matching `filter`, newest first, rows `offset..offset + limit` (moved back
    /// to the last full window when the list has become shorter), with their count and sum.
    pub fn honoraria_page(
        &self,
        filter: &HonorariumFilter,
        offset: usize,
        limit: usize,
    ) -> Result<HonorariumPage, StorageError> {
        let q = filter_query(filter);
        let (total, sum) = if filter.person.trim().is_empty()
            && filter.kind.is_none()
            && filter.from.is_none()
            && filter.to.is_none()
        {
            // A whole status list: its count and sum are kept by the triggers of migration 8.
            self.conn
                .prepare_cached(
                    "SELECT coalesce(sum(entries), 0), coalesce(sum(amount_ore >> 32), 0), \
                     coalesce(sum(amount_ore & 4294967295), 0) \
                     FROM honoraria_month_totals WHERE status = :status",
                )?
                .query_row(named_params! { ":status": filter.status.code() }, |r| {
                    Ok((r.get::<_, i64>(0)?, super::sums::halves(r, 1)?))
                })?
        } else {
            let sql = format!(
                "SELECT count(*), coalesce(sum(h.amount_ore >> 32), 0), \
                 coalesce(sum(h.amount_ore & 4294967295), 0) {}{}",
                count_from(filter),
                q.where_sql()
            );
            self.conn
                .prepare_cached(&sql)?
                .query_row(q.params(&[]).as_slice(), |r| {
                    Ok((r.get(0)?, super::sums::halves(r, 1)?))
                })?
        };
        let total = usize::try_from(total).unwrap_or(0);
        let offset = offset.min(total.saturating_sub(limit.max(1)));
        let sql = format!(
            "SELECT {COLUMNS} {FROM}{} ORDER BY h.earned_on DESC, h.id DESC \
             LIMIT :limit OFFSET :offset",
            q.where_sql()
        );
        let (limit_sql, offset_sql) = (limit as i64, offset as i64);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            q.params(&[(":limit", &limit_sql), (":offset", &offset_sql)])
                .as_slice(),
            row_from_row,
        )?;
        Ok(HonorariumPage {
            total,
            sum: Money(sum),
            offset,
            rows: rows.collect::<Result<_, _>>()?,
        })
    }

    /// One honorarium.
    pub fn honorarium(&self, id: i64) -> Result<HonorariumRow, StorageError> {
        let sql = format!("SELECT {COLUMNS} {FROM} WHERE h.id = :id LIMIT 1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(named_params! { ":id": id }, row_from_row)?)
    }

    /// A person's honoraria per calendar year and status, newest year first (at most `limit`).
    pub fn person_year_totals(
        &self,
        person_id: i64,
        limit: usize,
    ) -> Result<Vec<YearTotal>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT CAST(substr(earned_on, 1, 4) AS INTEGER) AS y, \
             coalesce(sum(CASE WHEN status = 'awaiting' THEN amount_ore >> 32 END), 0), \
             coalesce(sum(CASE WHEN status = 'awaiting' THEN amount_ore & 4294967295 END), 0), \
             coalesce(sum(CASE WHEN status = 'approved' THEN amount_ore >> 32 END), 0), \
             coalesce(sum(CASE WHEN status = 'approved' THEN amount_ore & 4294967295 END), 0), \
             coalesce(sum(CASE WHEN status = 'paid' THEN amount_ore >> 32 END), 0), \
             coalesce(sum(CASE WHEN status = 'paid' THEN amount_ore & 4294967295 END), 0) \
             FROM honoraria WHERE person_id = :person GROUP BY y ORDER BY y DESC LIMIT :limit",
        )?;
        let rows = stmt.query_map(
            named_params! { ":person": person_id, ":limit": limit as i64 },
            |r| {
                Ok(YearTotal {
                    year: r.get(0)?,
                    awaiting: Money(super::sums::halves(r, 1)?),
                    approved: Money(super::sums::halves(r, 3)?),
                    paid: Money(super::sums::halves(r, 5)?),
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Approves the honoraria `ids` on `on`, all or none: each must still be awaiting approval
    /// (else [`StorageError::Conflict`]). One audit row each. Returns how many were approved.
    ///
    /// Three statements whatever the count (the rows before, one update, the rows after) and
    /// the audit rows: one statement per honorarium would be prepared again for every id, as
    /// its bound id changes (SQLite's plans against the partial indexes).
    pub fn approve_honoraria(&mut self, ids: &[i64], on: NaiveDate) -> Result<usize, StorageError> {
        let list = serde_json::to_string(ids)?;
        self.batch(|db| {
            let before = db.honoraria_in(&list)?;
            if before.len() != ids.len()
                || before
                    .values()
                    .any(|h| h.status != HonorariumStatus::Awaiting)
            {
                return Err(StorageError::Conflict);
            }
            db.conn
                .prepare_cached(
                    "UPDATE honoraria SET status = 'approved', approved_on = :on, \
                     version = version + 1 \
                     WHERE id IN (SELECT value FROM json_each(:ids)) AND status = 'awaiting'",
                )?
                .execute(named_params! { ":ids": list, ":on": date_to_sql(Some(on)) })?;
            let after = db.honoraria_in(&list)?;
            for id in ids {
                let (Some(b), Some(a)) = (before.get(id), after.get(id)) else {
                    return Err(StorageError::Conflict);
                };
                db.audit(
                    "honorarium.approve",
                    "honoraria",
                    *id,
                    Some(audit_json(b)),
                    Some(audit_json(a)),
                )?;
            }
            Ok(ids.len())
        })
    }

    /// The honoraria whose ids are in the JSON array `ids`, by id.
    fn honoraria_in(
        &self,
        ids: &str,
    ) -> Result<std::collections::HashMap<i64, HonorariumRow>, StorageError> {
        let sql =
            format!("SELECT {COLUMNS} {FROM} WHERE h.id IN (SELECT value FROM json_each(:ids))");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(named_params! { ":ids": ids }, row_from_row)?;
        rows.map(|r| r.map(|h| (h.id, h)))
            .collect::<Result<_, _>>()
            .map_err(StorageError::from)
    }

    /// Changes the amount of an unpaid honorarium (`reason` says why it differs from the rate).
    /// A paid one is refused before the database is asked (the triggers would refuse it too).
    pub fn set_honorarium_amount(
        &mut self,
        id: i64,
        version: i64,
        amount: Money,
        reason: &str,
    ) -> Result<(), StorageError> {
        StorageError::check_amount(AmountKind::Honorarium, amount.ore())?;
        self.batch(|db| {
            let before = db.honorarium(id)?;
            if before.status == HonorariumStatus::Paid {
                return Err(paid_immutable());
            }
            let n = db
                .conn
                .prepare_cached(
                    "UPDATE honoraria SET amount_ore = :amount, amount_reason = :reason, \
                     version = version + 1 WHERE id = :id AND version = :version",
                )?
                .execute(named_params! {
                    ":id": id, ":version": version, ":amount": amount.ore(), ":reason": reason.trim(),
                })?;
            if n == 0 {
                return Err(StorageError::Conflict);
            }
            db.audit(
                "honorarium.update",
                "honoraria",
                id,
                Some(audit_json(&before)),
                Some(audit_json(&db.honorarium(id)?)),
            )
        })
    }

    /// Deletes an unpaid honorarium; a paid one is refused (in the code and by the triggers).
    pub fn delete_honorarium(&mut self, id: i64, version: i64) -> Result<(), StorageError> {
        self.batch(|db| {
            let before = db.honorarium(id)?;
            if before.status == HonorariumStatus::Paid {
                return Err(paid_immutable());
            }
            let n = db
                .conn
                .prepare_cached("DELETE FROM honoraria WHERE id = :id AND version = :version")?
                .execute(named_params! { ":id": id, ":version": version })?;
            if n == 0 {
                return Err(StorageError::Conflict);
            }
            db.audit(
                "honorarium.delete",
                "honoraria",
                id,
                Some(audit_json(&before)),
                None,
            )
        })
    }

    /// Adds a correction of the paid honorarium `corrects`: a new entry of `amount` (positive or
    /// negative, not zero) dated `on`, awaiting approval, with the required `reason`. Returns
    /// its id; an unpaid target is [`StorageError::Conflict`] (change it instead); a correction
    /// that would take the honorarium with its corrections below zero is
    /// [`StorageError::Amount`] (`TooSmall`, the least it may be).
    pub fn add_correction(
        &mut self,
        corrects: i64,
        amount: Money,
        reason: &str,
        on: NaiveDate,
    ) -> Result<i64, StorageError> {
        let reason = reason.trim();
        if reason.is_empty() || amount == Money::ZERO {
            return Err(StorageError::Sqlite(rusqlite::Error::InvalidQuery));
        }
        StorageError::check_amount(AmountKind::Correction, amount.ore())?;
        self.batch(|db| {
            let target = db.honorarium(corrects)?;
            if target.status != HonorariumStatus::Paid {
                return Err(StorageError::Conflict);
            }
            // No honorarium turns negative with its corrections (the rule `korps check` checks):
            // a correction takes away at most what the honorarium and its corrections still are.
            let now: i64 = db
                .conn
                .prepare_cached(
                    "SELECT amount_ore + coalesce((SELECT sum(amount_ore) FROM honoraria \
                     WHERE corrects_honorarium_id = :id), 0) FROM honoraria WHERE id = :id",
                )?
                .query_row(named_params! { ":id": corrects }, |r| r.get(0))?;
            if now + amount.ore() < 0 {
                return Err(StorageError::Amount {
                    kind: AmountKind::Correction,
                    error: crate::domain::limits::AmountError::TooSmall { min: -now },
                });
            }
            db.conn
                .prepare_cached(
                    "INSERT INTO honoraria (person_id, amount_ore, earned_on, status, \
                     corrects_honorarium_id, correction_reason) \
                     VALUES (:person, :amount, :on, 'awaiting', :corrects, :reason)",
                )?
                .execute(named_params! {
                    ":person": target.person_id, ":amount": amount.ore(),
                    ":on": date_to_sql(Some(on)), ":corrects": corrects, ":reason": reason,
                })?;
            let id = db.conn.last_insert_rowid();
            db.audit(
                "honorarium.correct",
                "honoraria",
                id,
                None,
                Some(audit_json(&db.honorarium(id)?)),
            )?;
            Ok(id)
        })
    }
}

/// The audit form of an honorarium.
pub(crate) fn audit_json(h: &HonorariumRow) -> serde_json::Value {
    json!({
        "id": h.id,
        "version": h.version,
        "person_id": h.person_id,
        "amount_ore": h.amount.ore(),
        "earned_on": date_to_sql(Some(h.earned_on)),
        "status": h.status.code(),
        "approved_on": date_to_sql(h.approved_on),
        "batch_id": h.batch_id,
        "amount_reason": h.amount_reason,
        "corrects_honorarium_id": h.corrects,
        "correction_reason": h.correction_reason,
    })
}
