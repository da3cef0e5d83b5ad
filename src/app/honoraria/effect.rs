//! The Honorarer screen's storage work and the payroll file it writes.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::action::{HonAction, PayoutAsk};
use crate::app::action::Action;
use crate::app::list::Window;
use crate::domain::money::Money;
use crate::domain::rates::Rate;
use crate::i18n::{self, Lang};
use crate::storage::command::{Command, Done};
use crate::storage::honoraria::HonorariumFilter;
use crate::storage::{Database, StorageError};

/// How many years of per-person totals the detail pane shows.
const YEARS: usize = 6;
/// How many rate rows are loaded.
const RATE_LIMIT: usize = 500;

/// Storage work of the Honorarer screen.
#[derive(Debug, Clone, PartialEq)]
pub enum HonEffect {
    /// Count the honoraria matching `filter` and load `window` of them.
    Load {
        filter: HonorariumFilter,
        window: Window,
    },
    LoadTotals(i64),
    LoadRates,
    /// Approve `ids` on `on` through the budget gate; `confirmed` when the dialog already
    /// showed the gate's question and the user said yes (one dialog, not two).
    Approve {
        ids: Vec<i64>,
        on: NaiveDate,
        confirmed: bool,
    },
    /// Count what a batch of the period would take (and ask to confirm when `ask` is given).
    CountPayout {
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        ask: Option<PayoutAsk>,
    },
    CreateBatch(PayoutAsk),
    Export {
        batch: i64,
        path: PathBuf,
    },
    Correct {
        target: i64,
        amount: Money,
        reason: String,
        on: NaiveDate,
    },
    AddRate(Rate),
    /// Where honorarium `id` stands in the list for `filter`.
    Locate {
        filter: HonorariumFilter,
        id: i64,
    },
}

/// Runs `effect`; errors become a message in `lang`.
pub fn perform(db: &mut Database, effect: HonEffect, lang: Lang) -> Action {
    match run(db, effect, lang) {
        Ok(action) => Action::Honoraria(action),
        Err(StorageError::Conflict) => Action::Conflict(StorageError::Conflict.message(lang)),
        Err(e) => Action::Failed(e.message(lang)),
    }
}

fn run(db: &mut Database, effect: HonEffect, lang: Lang) -> Result<HonAction, StorageError> {
    Ok(match effect {
        HonEffect::Load { filter, window } => HonAction::Loaded {
            page: db.honoraria_page(&filter, window.offset, window.len)?,
            latest_batch: db.payout_batches(1)?.into_iter().next(),
            filter,
        },
        HonEffect::LoadTotals(person_id) => HonAction::TotalsLoaded {
            person_id,
            totals: db.person_year_totals(person_id, YEARS)?,
        },
        HonEffect::LoadRates => HonAction::RatesLoaded(db.list_rates(RATE_LIMIT)?),
        HonEffect::Approve { ids, on, confirmed } => {
            db.confirm_overruns(confirmed);
            let outcome = db.run(Command::Approve { ids, on });
            db.confirm_overruns(false);
            let n = match outcome? {
                Done::Count(n) => n,
                _ => 0,
            };
            HonAction::Done(i18n::HON_APPROVED.fill(lang, &[("n", &n.to_string())]))
        }
        HonEffect::CountPayout { from, to, ask } => {
            let (count, total) = db.payout_preview(from, to)?;
            let missing = db.payout_missing_payroll(from, to)?;
            HonAction::PayoutCounted {
                count,
                total,
                missing,
                ask,
            }
        }
        HonEffect::CreateBatch(ask) => {
            let Done::Batch(b) = db.run(Command::PayOut {
                paid_on: ask.paid_on,
                reference: ask.reference,
                from: ask.from,
                to: ask.to,
            })?
            else {
                return Err(StorageError::NotFound);
            };
            HonAction::Done(i18n::HON_PAID.fill(
                lang,
                &[
                    ("id", &b.id.to_string()),
                    ("n", &b.count.to_string()),
                    ("total", &b.total.to_string()),
                ],
            ))
        }
        HonEffect::Export { batch, path } => {
            let lines = db.payout_lines(batch)?;
            let bytes = crate::export::payouts::payroll_csv(&lines, lang);
            crate::export::write_private(&path, &bytes)
                .map_err(|e| crate::export::storage_error(e, &path))?;
            HonAction::Done(i18n::HON_EXPORTED.fill(
                lang,
                &[
                    ("id", &batch.to_string()),
                    ("path", &path.display().to_string()),
                    ("n", &lines.len().to_string()),
                ],
            ))
        }
        HonEffect::Correct {
            target,
            amount,
            reason,
            on,
        } => {
            let done = db.run(Command::Correct {
                target,
                amount,
                reason,
                on,
            })?;
            HonAction::Corrected {
                message: i18n::HON_CORRECTED.get(lang).to_string(),
                id: done.id().ok_or(StorageError::NotFound)?,
            }
        }
        HonEffect::Locate { filter, id } => HonAction::Located {
            id,
            position: db.honorarium_position(&filter, id)?,
        },
        HonEffect::AddRate(rate) => {
            let done = db.run(Command::AddRate(rate))?;
            HonAction::RateSaved {
                message: i18n::HON_RATE_SAVED.get(lang).to_string(),
                id: done.id().ok_or(StorageError::NotFound)?,
            }
        }
    })
}
