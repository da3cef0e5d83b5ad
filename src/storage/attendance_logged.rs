//! The events logged in the last weeks (the Fremmøde screen's second list): past events whose
//! every booking is logged, so they left the to-log list, within a window of dates. A booking
//! of one of them can be logged again while its honorarium awaits approval (`attendance`).
//!
//! Decision: "logged in the last weeks" goes by the event's date (the window `from..=to`, the
//! screen passes the last four weeks), not by when it was logged: the date is indexed
//! (`events_by_date`), the time of logging is only in the audit log. The count and the page
//! both walk that date range of the index and probe each event's bookings by key, so their cost
//! grows with the events of four weeks, not with the history.

use chrono::NaiveDate;
use rusqlite::named_params;

use super::attendance::{LOG_EVENT_COLUMNS, LOG_ORDER, LogEventRow, PENDING, log_event_row};
use super::{Database, StorageError, date_to_sql};

impl Database {
    /// How many events dated `from..=to` are fully logged (not cancelled, at least one booking,
    /// none still booked or confirmed), and rows `offset..offset + limit` of them, most recent
    /// first.
    pub fn events_logged(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        offset: usize,
        limit: usize,
    ) -> Result<(usize, Vec<LogEventRow>), StorageError> {
        let where_sql = format!(
            "e.date BETWEEN :from AND :to AND e.status <> 'cancelled' \
             AND EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id) \
             AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id AND {PENDING})"
        );
        let (from, to) = (date_to_sql(Some(from)), date_to_sql(Some(to)));
        let total: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM events e WHERE {where_sql}"))?
            .query_row(named_params! { ":from": from, ":to": to }, |r| r.get(0))?;
        // The window's ids first; only its rows are read with their institution and counts.
        let sql = format!(
            "{LOG_EVENT_COLUMNS} JOIN (SELECT e.id FROM events e WHERE {where_sql} {LOG_ORDER} \
             LIMIT :limit OFFSET :offset) AS w ON w.id = e.id {LOG_ORDER}"
        );
        let rows = self
            .conn
            .prepare_cached(&sql)?
            .query_map(
                named_params! {
                    ":from": from,
                    ":to": to,
                    ":limit": i64::try_from(limit).unwrap_or(i64::MAX),
                    ":offset": i64::try_from(offset).unwrap_or(i64::MAX),
                },
                log_event_row,
            )?
            .collect::<Result<Vec<_>, _>>()?;
        Ok((usize::try_from(total).unwrap_or(0), rows))
    }
}
