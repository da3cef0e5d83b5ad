//! The honorarium side of logging attendance (`attendance`): find a booking's original
//! honorarium, and write what a logging means for it — a new awaiting honorarium, the awaiting
//! one changed (a booking logged again with another amount or hours), or removed (a booking
//! logged again as no-show or cancelled). An approved or paid honorarium is never touched here
//! (`log_attendance` refuses first, and every statement below also requires `awaiting`).

use rusqlite::{OptionalExtension, named_params};
use serde_json::json;

use super::attendance::BookingFacts;
use super::honoraria::HonorariumStatus;
use super::{Database, StorageError, code_from_sql, date_to_sql};

impl Database {
    /// The original (not a correction) honorarium of booking `assignment_id`: id, status and
    /// amount.
    pub(super) fn original_honorarium(
        &self,
        assignment_id: i64,
    ) -> Result<Option<(i64, HonorariumStatus, i64)>, StorageError> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id, status, amount_ore FROM honoraria \
                 WHERE assignment_id = :id AND corrects_honorarium_id IS NULL",
            )?
            .query_row(named_params! { ":id": assignment_id }, |r| {
                let status =
                    code_from_sql(1, &r.get::<_, String>(1)?, HonorariumStatus::from_code)?;
                Ok((r.get(0)?, status, r.get(2)?))
            })
            .optional()?)
    }

    /// Writes the honorarium of a logging (inside its transaction): a new one, the awaiting one
    /// `previous` (id, amount) with the new amount and reason, or `previous` removed when the
    /// booking is no longer attended; each with its audit row.
    pub(super) fn write_honorarium(
        &mut self,
        facts: &BookingFacts,
        assignment_id: i64,
        previous: Option<(i64, i64)>,
        honorarium: Option<&(i64, String)>,
    ) -> Result<(), StorageError> {
        let earned = date_to_sql(Some(facts.date));
        match (previous, honorarium) {
            (None, None) => {}
            (None, Some((ore, reason))) => {
                self.conn
                    .prepare_cached(
                        "INSERT INTO honoraria (assignment_id, person_id, amount_ore, earned_on, \
                         amount_reason) VALUES (:assignment, :person, :ore, :earned, :reason)",
                    )?
                    .execute(named_params! {
                        ":assignment": assignment_id,
                        ":person": facts.person_id,
                        ":ore": ore,
                        ":earned": earned,
                        ":reason": reason,
                    })?;
                let id = self.conn.last_insert_rowid();
                let after = json!({
                    "id": id,
                    "assignment_id": assignment_id,
                    "person_id": facts.person_id,
                    "amount_ore": ore,
                    "earned_on": earned,
                    "status": "awaiting",
                    "amount_reason": reason,
                });
                self.audit("honorarium.create", "honoraria", id, None, Some(after))?;
            }
            (Some((id, before_ore)), Some((ore, reason))) => {
                let changed = self
                    .conn
                    .prepare_cached(
                        "UPDATE honoraria SET amount_ore = :ore, amount_reason = :reason, \
                         version = version + 1 WHERE id = :id AND status = 'awaiting'",
                    )?
                    .execute(named_params! { ":ore": ore, ":reason": reason, ":id": id })?;
                if changed == 0 {
                    return Err(StorageError::Conflict);
                }
                let before = json!({ "id": id, "amount_ore": before_ore });
                let after = json!({ "id": id, "amount_ore": ore, "amount_reason": reason });
                self.audit(
                    "honorarium.relog",
                    "honoraria",
                    id,
                    Some(before),
                    Some(after),
                )?;
            }
            (Some((id, before_ore)), None) => {
                let removed = self
                    .conn
                    .prepare_cached("DELETE FROM honoraria WHERE id = :id AND status = 'awaiting'")?
                    .execute(named_params! { ":id": id })?;
                if removed == 0 {
                    return Err(StorageError::Conflict);
                }
                let before = json!({
                    "id": id,
                    "assignment_id": assignment_id,
                    "person_id": facts.person_id,
                    "amount_ore": before_ore,
                    "status": "awaiting",
                });
                self.audit("honorarium.remove", "honoraria", id, Some(before), None)?;
            }
        }
        Ok(())
    }
}
