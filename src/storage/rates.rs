//! Honorarium rates: the table by event kind × person kind with effective-from dates, and adding
//! a new rate. Rates are never edited in place: a change is a new row effective from a date, so
//! honoraria already logged (whose amounts were frozen when attendance was logged) never change.

use crate::domain::limits::AmountKind;
use rusqlite::{Row, named_params};

use crate::domain::event::EventKind;
use crate::domain::person::PersonKind;
use crate::domain::rates::Rate;

use super::{Database, StorageError, code_from_sql, date_from_sql, date_to_sql};

/// A stored rate with its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateRow {
    pub id: i64,
    pub version: i64,
    pub rate: Rate,
}

fn rate_from_row(r: &Row<'_>) -> Result<RateRow, rusqlite::Error> {
    Ok(RateRow {
        id: r.get(0)?,
        version: r.get(1)?,
        rate: Rate {
            event_kind: code_from_sql(2, &r.get::<_, String>(2)?, EventKind::from_code)?,
            person_kind: code_from_sql(3, &r.get::<_, String>(3)?, PersonKind::from_code)?,
            amount_ore: r.get(4)?,
            per_hour_ore: r.get(5)?,
            effective_from: date_from_sql(6, r.get(6)?)?.unwrap_or_default(),
        },
    })
}

/// The order of the event kinds in the rates table (as forms offer them).
const KIND_ORDER: &str = "CASE event_kind WHEN 'school_visit' THEN 0 WHEN 'job_centre' THEN 1 \
    WHEN 'youth_guidance' THEN 2 WHEN 'festival_stand' THEN 3 ELSE 4 END";

impl Database {
    /// Every rate (at most `limit`): by event kind, person kind, newest effective date first.
    pub fn list_rates(&self, limit: usize) -> Result<Vec<RateRow>, StorageError> {
        let sql = format!(
            "SELECT id, version, event_kind, person_kind, amount_ore, per_hour_ore, \
             effective_from FROM honorarium_rates \
             ORDER BY {KIND_ORDER}, person_kind, effective_from DESC, id DESC LIMIT :limit"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(named_params! { ":limit": limit as i64 }, rate_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds a rate effective from its date (replacing a rate of the same kinds and date). Logged
    /// honoraria keep their amounts. Refuses negative amounts.
    pub fn add_rate(&mut self, rate: &Rate) -> Result<i64, StorageError> {
        if rate.validate().is_err() {
            return Err(StorageError::Sqlite(rusqlite::Error::InvalidQuery));
        }
        StorageError::check_amount(AmountKind::Rate, rate.amount_ore)?;
        if let Some(per_hour) = rate.per_hour_ore {
            StorageError::check_amount(AmountKind::Rate, per_hour)?;
        }
        self.batch(|db| {
            db.conn
                .prepare_cached(
                    "INSERT INTO honorarium_rates (event_kind, person_kind, amount_ore, \
                     per_hour_ore, effective_from) \
                     VALUES (:event_kind, :person_kind, :amount, :per_hour, :from) \
                     ON CONFLICT (event_kind, person_kind, effective_from) DO UPDATE SET \
                     amount_ore = excluded.amount_ore, per_hour_ore = excluded.per_hour_ore, \
                     version = version + 1",
                )?
                .execute(named_params! {
                    ":event_kind": rate.event_kind.code(),
                    ":person_kind": rate.person_kind.code(),
                    ":amount": rate.amount_ore,
                    ":per_hour": rate.per_hour_ore,
                    ":from": date_to_sql(Some(rate.effective_from)),
                })?;
            let id: i64 = db
                .conn
                .prepare_cached(
                    "SELECT id FROM honorarium_rates WHERE event_kind = :event_kind \
                     AND person_kind = :person_kind AND effective_from = :from LIMIT 1",
                )?
                .query_row(
                    named_params! {
                        ":event_kind": rate.event_kind.code(),
                        ":person_kind": rate.person_kind.code(),
                        ":from": date_to_sql(Some(rate.effective_from)),
                    },
                    |r| r.get(0),
                )?;
            db.audit(
                "rate.create",
                "honorarium_rates",
                id,
                None,
                Some(serde_json::to_value(rate)?),
            )?;
            Ok(id)
        })
    }

    /// The rates in force on `date` is [`crate::domain::rates::rate_on`] over [`Self::list_rates`];
    /// this is the number of rate rows, for tests and the screen's title.
    pub fn count_rates(&self) -> Result<usize, StorageError> {
        let n: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM honorarium_rates")?
            .query_row([], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }
}
