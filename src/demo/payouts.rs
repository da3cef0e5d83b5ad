//! Demo approvals and a paid payout batch: of the honoraria awaiting approval (oldest first),
//! the oldest third is approved and paid in one batch a week after the last of them (never
//! later than yesterday), the next third is approved, the rest stay awaiting — so every state
//! shows. Deterministic (no random stream needed); does nothing when there are no honoraria.

use chrono::{Days, NaiveDate};

use crate::storage::honoraria::{HonorariumFilter, HonorariumStatus};
use crate::storage::{Database, StorageError};

/// At most this many awaiting honoraria are looked at.
const LIMIT: usize = 100_000;

/// Approves and pays part of the demo's honoraria (see the module comment).
pub fn generate(db: &mut Database, today: NaiveDate) -> Result<(), StorageError> {
    let filter = HonorariumFilter {
        status: HonorariumStatus::Awaiting,
        ..HonorariumFilter::default()
    };
    let mut rows = db.honoraria_page(&filter, 0, LIMIT)?.rows;
    rows.retain(|r| r.earned_on < today);
    // The page is newest first; oldest first here.
    rows.sort_by_key(|r| (r.earned_on, r.id));
    let third = rows.len() / 3;
    if third == 0 {
        return Ok(());
    }
    let paid = &rows[..third];
    let approved = &rows[third..2 * third];
    let last_paid = paid.last().map_or(today, |r| r.earned_on);
    let yesterday = today - Days::new(1);
    let paid_on = (last_paid + Days::new(7)).min(yesterday).max(last_paid);
    let ids: Vec<i64> = paid.iter().map(|r| r.id).collect();
    db.approve_honoraria(&ids, paid_on)?;
    let reference = format!("Løn {}", paid_on.format("%m/%Y"));
    db.create_payout_batch(paid_on, &reference, None, Some(last_paid))?;
    let ids: Vec<i64> = approved.iter().map(|r| r.id).collect();
    let approved_on = approved.last().map_or(yesterday, |r| {
        (r.earned_on + Days::new(3)).min(yesterday).max(r.earned_on)
    });
    db.approve_honoraria(&ids, approved_on)?;
    Ok(())
}
