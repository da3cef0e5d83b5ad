//! Property test of the honoraria totals that the triggers of migration 8 keep: after any
//! sequence of changes to honoraria and events — new honoraria, other amounts and dates,
//! approval, payment, corrections, deletion, an event given another kind, and the changes the
//! paid-is-immutable triggers refuse — the totals per month, status and event kind are exactly
//! the sums and counts of the honoraria, the year's budget figures agree with them, and so do
//! the Honorarer lists' counts and sums.

use proptest::prelude::*;
use rusqlite::Connection;

use super::Database;
use super::honoraria::{HonorariumFilter, HonorariumStatus};

const KINDS: [&str; 5] = [
    "school_visit",
    "job_centre",
    "youth_guidance",
    "festival_stand",
    "other",
];

/// One change, with the numbers that pick its rows and values.
#[derive(Debug, Clone)]
enum Change {
    /// An honorarium for assignment `a % 8` (refused when it has one).
    Log {
        a: usize,
        amount: i64,
        day: u32,
    },
    Amount {
        h: usize,
        amount: i64,
    },
    Date {
        h: usize,
        day: u32,
    },
    Approve {
        h: usize,
    },
    Unapprove {
        h: usize,
    },
    Pay {
        h: usize,
    },
    Correct {
        h: usize,
        amount: i64,
        day: u32,
    },
    Delete {
        h: usize,
    },
    EventKind {
        e: usize,
        kind: usize,
    },
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0usize..8, 0i64..100_000, 0u32..400).prop_map(|(a, amount, day)| Change::Log {
            a,
            amount,
            day
        }),
        (0usize..20, 0i64..100_000).prop_map(|(h, amount)| Change::Amount { h, amount }),
        (0usize..20, 0u32..400).prop_map(|(h, day)| Change::Date { h, day }),
        (0usize..20).prop_map(|h| Change::Approve { h }),
        (0usize..20).prop_map(|h| Change::Unapprove { h }),
        (0usize..20).prop_map(|h| Change::Pay { h }),
        (0usize..20, -50_000i64..50_000, 0u32..400).prop_map(|(h, amount, day)| Change::Correct {
            h,
            amount,
            day
        }),
        (0usize..20).prop_map(|h| Change::Delete { h }),
        (0usize..4, 0usize..5).prop_map(|(e, kind)| Change::EventKind { e, kind }),
    ]
}

/// `day` days after 2025-12-01, as stored.
fn date(day: u32) -> String {
    let start = chrono::NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
    (start + chrono::Days::new(u64::from(day)))
        .format("%Y-%m-%d")
        .to_string()
}

/// The id of the `n`th honorarium (modulo how many there are), if any.
fn honorarium(c: &Connection, n: usize) -> Option<i64> {
    let ids: Vec<i64> = c
        .prepare("SELECT id FROM honoraria ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    (!ids.is_empty()).then(|| ids[n % ids.len()])
}

/// Applies `change`; a change the schema refuses (a paid row, a second honorarium for a
/// booking, a negative original) is simply refused, as it would be in the app.
fn apply(c: &Connection, change: &Change) {
    let sql = match change {
        Change::Log { a, amount, day } => format!(
            "INSERT INTO honoraria (assignment_id, person_id, amount_ore, earned_on) \
             SELECT id, person_id, {amount}, '{}' FROM assignments WHERE id = {}",
            date(*day),
            a % 8 + 1
        ),
        Change::EventKind { e, kind } => format!(
            "UPDATE events SET kind = '{}' WHERE id = {}",
            KINDS[*kind],
            e + 1
        ),
        _ => {
            let h = match change {
                Change::Amount { h, .. }
                | Change::Date { h, .. }
                | Change::Approve { h }
                | Change::Unapprove { h }
                | Change::Pay { h }
                | Change::Correct { h, .. }
                | Change::Delete { h } => *h,
                Change::Log { .. } | Change::EventKind { .. } => unreachable!(),
            };
            let Some(id) = honorarium(c, h) else { return };
            match change {
                Change::Amount { amount, .. } => {
                    format!("UPDATE honoraria SET amount_ore = {amount} WHERE id = {id}")
                }
                Change::Date { day, .. } => format!(
                    "UPDATE honoraria SET earned_on = '{}' WHERE id = {id}",
                    date(*day)
                ),
                Change::Approve { .. } => {
                    format!("UPDATE honoraria SET status = 'approved' WHERE id = {id}")
                }
                Change::Unapprove { .. } => {
                    format!("UPDATE honoraria SET status = 'awaiting' WHERE id = {id}")
                }
                Change::Pay { .. } => {
                    format!("UPDATE honoraria SET status = 'paid', batch_id = 1 WHERE id = {id}")
                }
                Change::Correct { amount, day, .. } => format!(
                    "INSERT INTO honoraria (person_id, amount_ore, earned_on, \
                     corrects_honorarium_id, correction_reason) \
                     SELECT person_id, {amount}, '{}', id, 'rettelse' FROM honoraria \
                     WHERE id = {id} AND corrects_honorarium_id IS NULL",
                    date(*day)
                ),
                Change::Delete { .. } => format!("DELETE FROM honoraria WHERE id = {id}"),
                Change::Log { .. } | Change::EventKind { .. } => unreachable!(),
            }
        }
    };
    let _refused_or_done = c.execute_batch(&sql);
}

/// The totals that differ from the honoraria's sums and counts: (month, status, kind, kept −
/// summed øre, kept − counted).
fn differences(c: &Connection) -> Vec<(String, String, String, i64, i64)> {
    c.prepare(
        "SELECT month, status, event_kind, sum(amount_ore), sum(entries) FROM (\
           SELECT month, status, event_kind, amount_ore, entries FROM honoraria_month_totals \
           UNION ALL \
           SELECT substr(h.earned_on, 1, 7), h.status, coalesce(e.kind, ''), -h.amount_ore, -1 \
           FROM honoraria h \
           LEFT JOIN honoraria o ON o.id = h.corrects_honorarium_id \
           LEFT JOIN assignments a ON a.id = coalesce(h.assignment_id, o.assignment_id) \
           LEFT JOIN events e ON e.id = a.event_id) \
         GROUP BY 1, 2, 3 HAVING sum(amount_ore) <> 0 OR sum(entries) <> 0",
    )
    .unwrap()
    .query_map([], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// Two persons, four events of different kinds with both attended, a payout batch.
fn seeded() -> Database {
    let db = Database::open_in_memory("tester").unwrap();
    db.conn
        .execute_batch(
            "INSERT INTO persons (id, name, kind, name_sort, name_fold, search_fold)
                 VALUES (1, 'Anna', 'ambassador', 'anna', 'anna', 'anna'),
                        (2, 'Bo', 'role_model', 'bo', 'bo', 'bo');
             INSERT INTO events (id, kind, date, status) VALUES
                 (1, 'school_visit', '2026-01-10', 'held'), (2, 'job_centre', '2026-02-10', 'held'),
                 (3, 'festival_stand', '2026-06-10', 'held'), (4, 'other', '2026-12-10', 'held');
             INSERT INTO assignments (id, event_id, person_id, status) VALUES
                 (1, 1, 1, 'attended'), (2, 1, 2, 'attended'), (3, 2, 1, 'attended'),
                 (4, 2, 2, 'attended'), (5, 3, 1, 'attended'), (6, 3, 2, 'attended'),
                 (7, 4, 1, 'attended'), (8, 4, 2, 'attended');
             INSERT INTO payout_batches (id, paid_on, reference) VALUES (1, '2026-06-30', 'L1');",
        )
        .unwrap();
    db
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn the_totals_are_the_honoraria_s_sums_after_any_changes(
        changes in proptest::collection::vec(change(), 1..40)
    ) {
        let db = seeded();
        for change in &changes {
            apply(&db.conn, change);
            prop_assert_eq!(differences(&db.conn), Vec::new(), "after {:?}", change);
        }
        // The year's figures read from the totals agree with the honoraria themselves.
        let inputs = db.budget_inputs(2026).unwrap();
        let sum = |status: &str| -> i64 {
            db.conn
                .query_row(
                    "SELECT coalesce(sum(amount_ore), 0) FROM honoraria \
                     WHERE status = ?1 AND earned_on BETWEEN '2026-01-01' AND '2026-12-31'",
                    [status],
                    |r| r.get(0),
                )
                .unwrap()
        };
        prop_assert_eq!(
            (inputs.awaiting_ore, inputs.approved_ore, inputs.paid_ore),
            (sum("awaiting"), sum("approved"), sum("paid"))
        );
        // The Honorarer lists' count and sum of a whole status, read from the totals.
        for status in [HonorariumStatus::Awaiting, HonorariumStatus::Approved, HonorariumStatus::Paid] {
            let filter = HonorariumFilter { status, ..HonorariumFilter::default() };
            let page = db.honoraria_page(&filter, 0, 5).unwrap();
            let (count, total): (i64, i64) = db
                .conn
                .query_row(
                    "SELECT count(*), coalesce(sum(amount_ore), 0) FROM honoraria \
                     WHERE status = ?1",
                    [status.code()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap();
            prop_assert_eq!((page.total as i64, page.sum.0), (count, total));
        }
    }
}
