//! Payout batches: gathering the approved honoraria (optionally of a period) under a date and a
//! reference and marking them paid, all in one transaction; the batches; and the lines of a
//! batch as the payroll system wants them (one per person: payroll number, amount, number of
//! events, period).

use chrono::NaiveDate;
use rusqlite::{Row, named_params};
use serde_json::json;

use crate::domain::money::Money;

use super::honoraria::audit_json;
use super::{Database, StorageError, date_from_sql, date_to_sql};

/// A payout batch with its count and total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutBatch {
    pub id: i64,
    pub version: i64,
    pub paid_on: NaiveDate,
    pub reference: String,
    pub count: usize,
    pub total: Money,
}

/// One person's part of a batch, for the payroll file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutLine {
    /// The person's korps number (their id), which tells two people of one name apart.
    pub person_id: i64,
    pub person_name: String,
    pub payroll_number: String,
    pub amount: Money,
    /// Honoraria for events (corrections not counted).
    pub events: usize,
    /// The first and last date earned.
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// Which approved honoraria a batch takes: all, or those earned in a period.
const APPROVED_IN_PERIOD: &str = "status = 'approved' \
    AND (:from IS NULL OR earned_on >= :from) AND (:to IS NULL OR earned_on <= :to)";

fn batch_from_row(r: &Row<'_>) -> Result<PayoutBatch, rusqlite::Error> {
    Ok(PayoutBatch {
        id: r.get(0)?,
        version: r.get(1)?,
        paid_on: date_from_sql(2, r.get(2)?)?.unwrap_or_default(),
        reference: r.get(3)?,
        count: usize::try_from(r.get::<_, i64>(4)?).unwrap_or(0),
        total: Money(super::sums::halves(r, 5)?),
    })
}

const BATCH_SELECT: &str = "SELECT b.id, b.version, b.paid_on, b.reference, count(h.id), \
    coalesce(sum(h.amount_ore >> 32), 0), coalesce(sum(h.amount_ore & 4294967295), 0) \
    FROM payout_batches b \
    LEFT JOIN honoraria h ON h.batch_id = b.id";

impl Database {
    /// How many approved honoraria a batch of the period would take, and their total.
    pub fn payout_preview(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<(usize, Money), StorageError> {
        let sql = format!(
            "SELECT count(*), coalesce(sum(amount_ore >> 32), 0), \
             coalesce(sum(amount_ore & 4294967295), 0) FROM honoraria WHERE {APPROVED_IN_PERIOD}"
        );
        let (n, sum): (i64, i64) = self.conn.prepare_cached(&sql)?.query_row(
            named_params! { ":from": date_to_sql(from), ":to": date_to_sql(to) },
            |r| Ok((r.get(0)?, super::sums::halves(r, 1)?)),
        )?;
        Ok((usize::try_from(n).unwrap_or(0), Money(sum)))
    }

    /// The people a batch of the period would pay who have no payroll number (korps number and
    /// name, in name order): payroll cannot pay them from the file, so the batch dialog names
    /// them before the batch is made.
    pub fn payout_missing_payroll(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<(i64, String)>, StorageError> {
        let sql = format!(
            "SELECT p.id, p.name FROM persons p WHERE trim(p.payroll_number) = '' \
             AND EXISTS (SELECT 1 FROM honoraria WHERE person_id = p.id AND {APPROVED_IN_PERIOD}) \
             ORDER BY p.name_sort, p.id LIMIT 10000"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            named_params! { ":from": date_to_sql(from), ":to": date_to_sql(to) },
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Makes a payout batch dated `paid_on` with `reference` of the approved honoraria (earned
    /// in `from..=to` when given) and marks them paid, in one transaction with audit rows.
    /// Nothing approved is [`StorageError::NotFound`] (no empty batch is made).
    pub fn create_payout_batch(
        &mut self,
        paid_on: NaiveDate,
        reference: &str,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<PayoutBatch, StorageError> {
        let reference = reference.trim().to_string();
        self.batch(|db| {
            let sql = format!(
                "SELECT id FROM honoraria WHERE {APPROVED_IN_PERIOD} ORDER BY id LIMIT 1000000"
            );
            let ids: Vec<i64> = db
                .conn
                .prepare_cached(&sql)?
                .query_map(
                    named_params! { ":from": date_to_sql(from), ":to": date_to_sql(to) },
                    |r| r.get(0),
                )?
                .collect::<Result<_, _>>()?;
            if ids.is_empty() {
                return Err(StorageError::NotFound);
            }
            db.conn
                .prepare_cached(
                    "INSERT INTO payout_batches (paid_on, reference) VALUES (:paid_on, :reference)",
                )?
                .execute(named_params! {
                    ":paid_on": date_to_sql(Some(paid_on)), ":reference": reference,
                })?;
            let batch = db.conn.last_insert_rowid();
            for &id in &ids {
                let before = db.honorarium(id)?;
                db.conn
                    .prepare_cached(
                        "UPDATE honoraria SET status = 'paid', batch_id = :batch, \
                         version = version + 1 WHERE id = :id AND status = 'approved'",
                    )?
                    .execute(named_params! { ":id": id, ":batch": batch })?;
                db.audit(
                    "honorarium.pay",
                    "honoraria",
                    id,
                    Some(audit_json(&before)),
                    Some(audit_json(&db.honorarium(id)?)),
                )?;
            }
            let made = db.payout_batch(batch)?;
            db.audit(
                "payout_batch.create",
                "payout_batches",
                batch,
                None,
                Some(json!({
                    "id": batch,
                    "paid_on": date_to_sql(Some(paid_on)),
                    "reference": made.reference,
                    "count": made.count,
                    "total_ore": made.total.ore(),
                })),
            )?;
            Ok(made)
        })
    }

    /// One batch with its count and total.
    pub fn payout_batch(&self, id: i64) -> Result<PayoutBatch, StorageError> {
        let sql = format!("{BATCH_SELECT} WHERE b.id = :id GROUP BY b.id LIMIT 1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(named_params! { ":id": id }, batch_from_row)?)
    }

    /// The newest `limit` batches, newest first.
    pub fn payout_batches(&self, limit: usize) -> Result<Vec<PayoutBatch>, StorageError> {
        let sql =
            format!("{BATCH_SELECT} GROUP BY b.id ORDER BY b.paid_on DESC, b.id DESC LIMIT :limit");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(named_params! { ":limit": limit as i64 }, batch_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The batch's lines for payroll, one per person in Danish name order.
    pub fn payout_lines(&self, batch: i64) -> Result<Vec<PayoutLine>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.name, p.payroll_number, sum(h.amount_ore >> 32), \
             sum(h.amount_ore & 4294967295), \
             count(h.assignment_id), min(h.earned_on), max(h.earned_on) \
             FROM honoraria h JOIN persons p ON p.id = h.person_id \
             WHERE h.batch_id = :batch GROUP BY p.id ORDER BY p.name_sort, p.id LIMIT 100000",
        )?;
        let rows = stmt.query_map(named_params! { ":batch": batch }, |r| {
            Ok(PayoutLine {
                person_id: r.get(0)?,
                person_name: r.get(1)?,
                payroll_number: r.get(2)?,
                amount: Money(super::sums::halves(r, 3)?),
                events: usize::try_from(r.get::<_, i64>(5)?).unwrap_or(0),
                first: date_from_sql(6, r.get(6)?)?.unwrap_or_default(),
                last: date_from_sql(7, r.get(7)?)?.unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
