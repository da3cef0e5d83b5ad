//! The demo's attendance: most past, non-cancelled events get their bookings logged — mostly
//! *mødt* (with the event's length as the hours; a festival shift of 3–5 hours), some
//! *udeblevet* or *afbud* — which creates the honoraria (awaiting approval) at the rates in force.
//! About half of the last two weeks' events are left for the Fremmøde screen to show.
//! Deterministic: its own seeded stream, relative to `today`.

use chrono::{Days, NaiveDate};

use crate::domain::event::EventKind;
use crate::storage::attendance::{AttendanceError, Outcome};
use crate::storage::{Database, StorageError};

use super::rng::Rng;

/// What the attendance part wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttendanceSummary {
    pub events: usize,
    pub attended: usize,
    pub no_show: usize,
    pub cancelled: usize,
}

/// Logs attendance for the past events of `db` (see the module doc).
pub fn generate(
    db: &mut Database,
    rng: &mut Rng,
    today: NaiveDate,
) -> Result<AttendanceSummary, StorageError> {
    let (total, _) = db.events_to_log(today, 0, 0)?;
    let (_, events) = db.events_to_log(today, 0, total)?;
    let recent = today - Days::new(14);
    let mut summary = AttendanceSummary::default();
    for event in events {
        if event.date >= recent && rng.chance(50) {
            continue;
        }
        summary.events += 1;
        let minutes = match event.kind {
            EventKind::FestivalStand => Some([180, 240, 300][rng.below(3) as usize]),
            _ => event.minutes(),
        };
        for booking in db.log_bookings(event.id)? {
            if !booking.is_pending() {
                continue;
            }
            let outcome = match rng.weighted(&[85, 8, 7]) {
                0 => {
                    summary.attended += 1;
                    Outcome::Attended {
                        minutes,
                        amount: None,
                    }
                }
                1 => {
                    summary.no_show += 1;
                    Outcome::NoShow
                }
                _ => {
                    summary.cancelled += 1;
                    Outcome::Cancelled
                }
            };
            // Any refusal other than a storage failure (no rate for the pair) leaves the
            // booking for the Fremmøde screen.
            if let Err(AttendanceError::Storage(e)) =
                db.log_attendance(booking.assignment_id, &outcome, today)
            {
                return Err(e);
            }
        }
    }
    Ok(summary)
}
