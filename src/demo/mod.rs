//! The deterministic demo database: a realistic corps in a fictional municipality (Fjordby
//! Kommune), generated relative to today, with a scale factor for stress data.
//!
//! Each aggregate has its own file with a pure `plan` (data from a seeded [`rng::Rng`] stream,
//! unit-tested without a database) and an `insert_all` through the public storage API. Later
//! issues add appointments, events, attendance and money the same way, each drawing from its
//! own stream so the persons and places of a seed never change.

pub mod appointments;
pub mod attendance;
pub mod budget;
pub mod events;
pub mod institutions;
pub mod names;
pub mod payouts;
pub mod persons;
pub mod rng;
pub mod vocabulary;

use chrono::{Datelike, NaiveDate};

use crate::storage::{Database, StorageError};

use rng::Rng;

/// What a demo run wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSummary {
    pub institutions: usize,
    pub persons: usize,
}

/// Fills `db` (normally a new, empty database) with the demo corps for `today`: `scale` (≥ 1)
/// multiplies persons and places; the same `seed` and `today` always give the same data.
/// `progress(done, total)` is called after each row.
pub fn generate(
    db: &mut Database,
    today: NaiveDate,
    scale: u32,
    seed: u64,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<DemoSummary, StorageError> {
    let scale = scale.max(1);
    let places = institutions::plan(&mut Rng::stream(seed, "institutions"), scale);
    let total = places.len() + persons::count(scale);
    let mut done = 0;
    let mut tick = || {
        done += 1;
        progress(done, total);
    };
    in_one_transaction(db, |db| {
        let homes = institutions::insert_all(db, &places, &mut tick)?;
        let people = persons::plan(&mut Rng::stream(seed, "persons"), today, scale, &homes);
        let persons = persons::insert_all(db, &people, &mut tick)?;
        appointments::insert_all(db, &mut Rng::stream(seed, "appointments"), today)?;
        let calendar =
            db.batch(|db| events::generate(db, &mut Rng::stream(seed, "events"), today, scale))?;
        db.batch(|db| attendance::generate(db, &mut Rng::stream(seed, "attendance"), today))?;
        db.batch(|db| payouts::generate(db, today))?;
        // Last: it sizes this year's final expense from the year's figures.
        db.batch(|db| {
            let rng = &mut Rng::stream(seed, "budget");
            budget::generate(db, rng, today, scale, calendar.open_visit)
        })?;
        // The years the demo covers, read once inside the transaction so their sums are kept in
        // the file with it (`storage::kept_sums`): a fresh process shows the figures at once.
        for year in today.year() - 2..=today.year() + 1 {
            db.budget_inputs(year)?;
        }
        Ok(DemoSummary {
            institutions: places.len(),
            persons,
        })
    })
}

/// Runs all the inserts as one transaction.
///
/// TODO(storage): `Database::batch` (one transaction for many actions) is being added on the
/// storage branch; once it is merged this becomes `db.batch(f)`. Until then the inserts run one
/// transaction each, which is correct but slower at a large scale.
fn in_one_transaction<T>(
    db: &mut Database,
    f: impl FnOnce(&mut Database) -> Result<T, StorageError>,
) -> Result<T, StorageError> {
    f(db)
}
