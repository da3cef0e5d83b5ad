//! The facts the "before the action" budget checks need that are not the year's figures: the
//! planned money of one event's bookings (for the event form, whose changes of kind, date, times
//! or status move it) and the years a set of honoraria belongs to (for the approval dialog).

use std::collections::BTreeSet;

use chrono::Datelike;
use rusqlite::{OptionalExtension, named_params};

use super::{Database, StorageError, date_from_sql};
use crate::domain::event::EventData;
use crate::domain::rates::expected_honorarium;

impl Database {
    /// What the pending bookings of event `event_id` would be expected to cost if the event had
    /// `data` (its kind, date, times and status): 0 when the event would be held or cancelled.
    pub fn event_planned(&self, event_id: i64, data: &EventData) -> Result<i64, StorageError> {
        if !data.status.is_open() {
            return Ok(0);
        }
        let rates = self.rates_for_planning()?;
        let minutes = data.duration_minutes();
        let total = self
            .event_bookings(event_id)?
            .iter()
            .filter(|b| b.status.is_pending())
            .map(|b| {
                expected_honorarium(&rates, data.kind, b.kind, data.date, minutes).unwrap_or(0)
            })
            .fold(0i64, i64::saturating_add);
        Ok(total)
    }

    /// The calendar years the honoraria `ids` were earned in (each id looked up by key).
    pub fn honoraria_years(&self, ids: &[i64]) -> Result<Vec<i32>, StorageError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT earned_on FROM honoraria WHERE id = :id")?;
        let mut years = BTreeSet::new();
        for id in ids {
            let day: Option<String> = stmt
                .query_row(named_params! { ":id": id }, |r| r.get(0))
                .optional()?;
            if let Some(date) = date_from_sql(0, day)? {
                years.insert(date.year());
            }
        }
        Ok(years.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::event::EventStatus;
    use crate::storage::budget::tests::fixture;

    #[test]
    fn event_planned_follows_the_changed_data() {
        let db = fixture();
        // Event 2: a 3-hour festival stand with two pending bookings, 600 kr. each.
        let mut data = db.event(2).unwrap().data;
        assert_eq!(db.event_planned(2, &data).unwrap(), 120_000);
        // Six hours instead of three: 300 kr. + 6 × 100 kr. each.
        data.end = chrono::NaiveTime::from_hms_opt(15, 0, 0);
        assert_eq!(db.event_planned(2, &data).unwrap(), 180_000);
        data.status = EventStatus::Cancelled;
        assert_eq!(db.event_planned(2, &data).unwrap(), 0);
        // The cancelled event 3's booking is still pending, the held event 1 has none.
        let held = db.event(1).unwrap().data;
        assert_eq!(db.event_planned(1, &held).unwrap(), 0);
    }

    #[test]
    fn honoraria_years_are_distinct_and_skip_unknown_ids() {
        let db = fixture();
        let ids: Vec<i64> = db
            .conn
            .prepare("SELECT id FROM honoraria ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(ids.len(), 3);
        let mut with_unknown = ids.clone();
        with_unknown.push(999_999);
        assert_eq!(db.honoraria_years(&with_unknown).unwrap(), vec![2026]);
        assert!(db.honoraria_years(&[]).unwrap().is_empty());
    }
}
