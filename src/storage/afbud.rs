//! Bookings that a change to a person takes with it, cancelled as *afbud* in the change's own
//! transaction.
//!
//! Three changes leave a person's pending bookings (*booket*, *bekræftet*) where they can no
//! longer be kept: ending an appointment early (the bookings after the last day would lie outside
//! any appointment, which `korps check` forbids), laying an unavailability over booked events, and
//! archiving the person (their bookings from today on). Each of those writes goes through
//! [`Database::cancel_affected`]: it cancels the bookings only when the caller passes exactly the
//! ids the user was shown and agreed to (`confirmed`); otherwise nothing is written and the
//! change fails with [`StorageError::BookingsAffected`], listing them, so the app can ask and try
//! again with the ids. A caller that never asks can therefore never end an appointment and leave
//! its bookings behind — nor cancel bookings nobody was told about (a booking added meanwhile by
//! someone else makes the list differ, and the user is asked again).
//!
//! Each cancelled booking gets an `assignment.cancel` audit row naming the cause and the reason.
//! A cancelled booking is not *planned* money, so the budget forecast drops with it.

use chrono::NaiveDate;
use rusqlite::named_params;
use serde_json::json;

use super::{Database, StorageError, date_from_sql, date_to_sql};

/// The most bookings one change reads (a person's bookings in a year are far fewer).
const MAX_AFFECTED: i64 = 10_000;

/// A pending booking that a change would cancel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AffectedBooking {
    pub assignment_id: i64,
    pub event_id: i64,
    pub date: NaiveDate,
    /// The event's institution, or its place when it has none (may be empty).
    pub place: String,
}

/// Why bookings are cancelled; the audit row names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelCause {
    AppointmentEnded,
    Unavailable,
    Archived,
}

impl CancelCause {
    fn code(self) -> &'static str {
        match self {
            CancelCause::AppointmentEnded => "appointment.end_early",
            CancelCause::Unavailable => "unavailability",
            CancelCause::Archived => "person.archive",
        }
    }
}

impl Database {
    /// The pending bookings (*booket*, *bekræftet*) of `person_id` on events dated
    /// `from..=to` (`to` `None`: from `from` on), earliest first.
    pub fn pending_bookings(
        &self,
        person_id: i64,
        from: NaiveDate,
        to: Option<NaiveDate>,
    ) -> Result<Vec<AffectedBooking>, StorageError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.event_id, e.date, coalesce(i.name, e.place) FROM assignments a \
             JOIN events e ON e.id = a.event_id \
             LEFT JOIN institutions i ON i.id = e.institution_id \
             WHERE a.person_id = :person AND a.status IN ('booked', 'confirmed') \
             AND e.date >= :from AND (:to IS NULL OR e.date <= :to) \
             ORDER BY e.date, a.id LIMIT :limit",
        )?;
        let rows = stmt.query_map(
            named_params! {
                ":person": person_id,
                ":from": date_to_sql(Some(from)),
                ":to": date_to_sql(to),
                ":limit": MAX_AFFECTED,
            },
            |r| {
                Ok(AffectedBooking {
                    assignment_id: r.get(0)?,
                    event_id: r.get(1)?,
                    date: date_from_sql(2, r.get(2)?)?.unwrap_or_default(),
                    place: r.get(3)?,
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The first date in `from..=to` on which `person_id` has a booking logged as attended or
    /// absent without a forced reason (such a booking needs an appointment covering its date).
    pub(crate) fn logged_booking_between(
        &self,
        person_id: i64,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Option<NaiveDate>, StorageError> {
        let date: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT min(e.date) FROM assignments a JOIN events e ON e.id = a.event_id \
                 WHERE a.person_id = :person AND a.status IN ('attended', 'no_show') \
                 AND length(trim(a.forced_reason)) = 0 AND e.date BETWEEN :from AND :to",
            )?
            .query_row(
                named_params! {
                    ":person": person_id,
                    ":from": date_to_sql(Some(from)),
                    ":to": date_to_sql(Some(to)),
                },
                |r| r.get(0),
            )?;
        Ok(date_from_sql(0, date)?)
    }

    /// Cancels `affected` as *afbud* for `reason` when `confirmed` names exactly them (in any
    /// order); otherwise writes nothing and fails with [`StorageError::BookingsAffected`]. Call
    /// inside the change's [`Database::batch`]. Returns how many were cancelled.
    pub(crate) fn cancel_affected(
        &self,
        affected: Vec<AffectedBooking>,
        confirmed: &[i64],
        cause: CancelCause,
        reason: &str,
    ) -> Result<usize, StorageError> {
        let mut want: Vec<i64> = affected.iter().map(|b| b.assignment_id).collect();
        let mut given = confirmed.to_vec();
        want.sort_unstable();
        given.sort_unstable();
        given.dedup();
        if want != given {
            return Err(StorageError::BookingsAffected(affected));
        }
        for b in &affected {
            self.conn
                .prepare_cached(
                    "UPDATE assignments SET status = 'cancelled', version = version + 1 \
                     WHERE id = :id AND status IN ('booked', 'confirmed')",
                )?
                .execute(named_params! { ":id": b.assignment_id })?;
            self.touch_event(b.event_id)?;
            let after = json!({
                "id": b.assignment_id,
                "event_id": b.event_id,
                "status": "cancelled",
                "cause": cause.code(),
                "reason": reason,
            });
            self.audit(
                "assignment.cancel",
                "assignments",
                b.assignment_id,
                None,
                Some(after),
            )?;
        }
        Ok(affected.len())
    }
}
