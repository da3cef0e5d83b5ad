//! School holidays (*skoleferier*): the periods of a school year, read by date range for the
//! week view and the picker, and replaced as a whole table per school year (the small dialog
//! edits the year's rows and saves them together, one audit row with the table before and after).

use chrono::NaiveDate;
use rusqlite::named_params;

use crate::domain::school_holidays::SchoolHoliday;

use super::{Database, StorageError, date_from_sql, date_to_sql};

/// The most periods a query returns.
const LIMIT: i64 = 1_000;

fn holiday_from_row(r: &rusqlite::Row<'_>) -> Result<SchoolHoliday, rusqlite::Error> {
    Ok(SchoolHoliday {
        school_year_start: r.get(0)?,
        name: r.get(1)?,
        from: date_from_sql(2, r.get(2)?)?.unwrap_or_default(),
        to: date_from_sql(3, r.get(3)?)?.unwrap_or_default(),
    })
}

impl Database {
    /// The periods sharing a day with `from..=to`, in date order.
    pub fn school_holidays_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<SchoolHoliday>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT school_year, name, from_date, to_date FROM school_holidays \
             WHERE from_date <= :to AND to_date >= :from ORDER BY from_date, id LIMIT :limit",
        )?;
        let rows = stmt.query_map(
            named_params! {
                ":from": date_to_sql(Some(from)),
                ":to": date_to_sql(Some(to)),
                ":limit": LIMIT,
            },
            holiday_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The periods of the school year starting in `year`, in date order.
    pub fn school_holidays_of_year(&self, year: i32) -> Result<Vec<SchoolHoliday>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT school_year, name, from_date, to_date FROM school_holidays \
             WHERE school_year = :year ORDER BY from_date, id LIMIT :limit",
        )?;
        let rows = stmt.query_map(
            named_params! { ":year": year, ":limit": LIMIT },
            holiday_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Replaces the periods of school year `year` with `rows` (each checked; every row's
    /// `school_year_start` is set to `year`), as one change with one audit row.
    pub fn replace_school_holidays(
        &mut self,
        year: i32,
        rows: &[SchoolHoliday],
    ) -> Result<(), StorageError> {
        self.batch(|db| {
            let before = db.school_holidays_of_year(year)?;
            db.conn
                .prepare_cached("DELETE FROM school_holidays WHERE school_year = :year")?
                .execute(named_params! { ":year": year })?;
            for h in rows {
                db.conn
                    .prepare_cached(
                        "INSERT INTO school_holidays (school_year, name, from_date, to_date) \
                         VALUES (:year, :name, :from, :to)",
                    )?
                    .execute(named_params! {
                        ":year": year,
                        ":name": h.name.trim(),
                        ":from": date_to_sql(Some(h.from)),
                        ":to": date_to_sql(Some(h.to)),
                    })?;
            }
            let after = db.school_holidays_of_year(year)?;
            db.audit(
                "school_holidays.replace",
                "school_holidays",
                i64::from(year),
                Some(serde_json::to_value(before)?),
                Some(serde_json::to_value(after)?),
            )
        })
    }
}
