//! Expenses charged to the yearly budget (DESIGN §3): date, amount in øre, category, text.
//!
//! Every change is one transaction with its audit row (`expense.create`, `expense.update`,
//! `expense.delete`) and optimistic concurrency on `version`. Values are checked by
//! [`ExpenseData::validate`] before they reach the database (the CHECK constraints repeat the
//! amount rule); the amount's limits (`domain::limits`) are checked by every write here.

use chrono::NaiveDate;
use rusqlite::{Row, named_params};
use serde::{Deserialize, Serialize};

use super::{Database, StorageError, date_from_sql, date_to_sql};
use crate::domain::limits::AmountKind;

/// The longest category or text accepted.
pub const MAX_TEXT: usize = 200;
/// How many expenses one year's list shows at most.
pub const MAX_LIST: usize = 2_000;

/// What an expense says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpenseData {
    pub spent_on: NaiveDate,
    pub amount_ore: i64,
    pub category: String,
    pub text: String,
}

/// A stored expense.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expense {
    pub id: i64,
    pub version: i64,
    #[serde(flatten)]
    pub data: ExpenseData,
}

/// Why an expense was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpenseError {
    /// The amount is zero or negative.
    NotPositive,
    /// Category or text longer than [`MAX_TEXT`].
    TooLong,
    /// Neither category nor text says what it was.
    NoDescription,
}

impl ExpenseData {
    pub fn validate(&self) -> Result<(), ExpenseError> {
        if self.amount_ore <= 0 {
            Err(ExpenseError::NotPositive)
        } else if self.category.chars().count() > MAX_TEXT || self.text.chars().count() > MAX_TEXT {
            Err(ExpenseError::TooLong)
        } else if self.category.trim().is_empty() && self.text.trim().is_empty() {
            Err(ExpenseError::NoDescription)
        } else {
            Ok(())
        }
    }
}

fn expense_from_row(r: &Row<'_>) -> Result<Expense, rusqlite::Error> {
    Ok(Expense {
        id: r.get(0)?,
        version: r.get(1)?,
        data: ExpenseData {
            spent_on: date_from_sql(2, r.get(2)?)?.unwrap_or_default(),
            amount_ore: r.get(3)?,
            category: r.get(4)?,
            text: r.get(5)?,
        },
    })
}

impl Database {
    /// One expense.
    pub fn expense(&self, id: i64) -> Result<Expense, StorageError> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id, version, spent_on, amount_ore, category, text FROM expenses \
                 WHERE id = :id LIMIT 1",
            )?
            .query_row(named_params! { ":id": id }, expense_from_row)?)
    }

    /// The expenses of calendar year `year`, newest first (at most [`MAX_LIST`]).
    pub fn expenses_of_year(&self, year: i32) -> Result<Vec<Expense>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, version, spent_on, amount_ore, category, text FROM expenses \
             WHERE spent_on >= :from AND spent_on < :to \
             ORDER BY spent_on DESC, id DESC LIMIT :limit",
        )?;
        let rows = stmt.query_map(
            named_params! {
                ":from": format!("{year:04}-01-01"),
                ":to": format!("{:04}-01-01", year + 1),
                ":limit": MAX_LIST as i64,
            },
            expense_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds an expense; returns its id.
    pub fn insert_expense(&mut self, data: &ExpenseData) -> Result<i64, StorageError> {
        StorageError::check_amount(AmountKind::Expense, data.amount_ore)?;
        self.batch(|db| {
            db.conn
                .prepare_cached(
                    "INSERT INTO expenses (spent_on, amount_ore, category, text) \
                     VALUES (:spent_on, :amount, :category, :text)",
                )?
                .execute(named_params! {
                    ":spent_on": date_to_sql(Some(data.spent_on)),
                    ":amount": data.amount_ore,
                    ":category": data.category.trim(),
                    ":text": data.text.trim(),
                })?;
            let id = db.conn.last_insert_rowid();
            let after = serde_json::to_value(db.expense(id)?)?;
            db.audit("expense.create", "expenses", id, None, Some(after))?;
            Ok(id)
        })
    }

    /// Changes an expense loaded at `version`.
    pub fn update_expense(
        &mut self,
        id: i64,
        version: i64,
        data: &ExpenseData,
    ) -> Result<(), StorageError> {
        StorageError::check_amount(AmountKind::Expense, data.amount_ore)?;
        self.batch(|db| {
            let before = serde_json::to_value(db.expense(id)?)?;
            let changed = db
                .conn
                .prepare_cached(
                    "UPDATE expenses SET spent_on = :spent_on, amount_ore = :amount, \
                     category = :category, text = :text, version = version + 1 \
                     WHERE id = :id AND version = :version",
                )?
                .execute(named_params! {
                    ":spent_on": date_to_sql(Some(data.spent_on)),
                    ":amount": data.amount_ore,
                    ":category": data.category.trim(),
                    ":text": data.text.trim(),
                    ":id": id,
                    ":version": version,
                })?;
            if changed == 0 {
                return Err(StorageError::Conflict);
            }
            let after = serde_json::to_value(db.expense(id)?)?;
            db.audit("expense.update", "expenses", id, Some(before), Some(after))
        })
    }

    /// Deletes an expense loaded at `version`.
    pub fn delete_expense(&mut self, id: i64, version: i64) -> Result<(), StorageError> {
        self.batch(|db| {
            let before = serde_json::to_value(db.expense(id)?)?;
            let changed = db
                .conn
                .prepare_cached("DELETE FROM expenses WHERE id = :id AND version = :version")?
                .execute(named_params! { ":id": id, ":version": version })?;
            if changed == 0 {
                return Err(StorageError::Conflict);
            }
            db.audit("expense.delete", "expenses", id, Some(before), None)
        })
    }
}
