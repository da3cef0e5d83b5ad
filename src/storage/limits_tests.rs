//! Every storage write of an amount keeps the limits of `domain::limits`: a value past them is
//! refused with [`StorageError::Amount`] and the database is left as it was; the limit itself
//! is accepted. The expected limits are written out here, not read from the code under test.

use chrono::NaiveDate;

use super::attendance::{AttendanceError, Outcome};
use super::budget::tests::fixture;
use super::expenses::ExpenseData;
use super::honoraria::HonorariumFilter;
use super::{Database, StorageError};
use crate::domain::event::EventKind;
use crate::domain::limits::AmountKind;
use crate::domain::money::Money;
use crate::domain::person::PersonKind;
use crate::domain::rates::Rate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn rows(db: &Database) -> (i64, i64, i64, i64, i64) {
    db.conn
        .query_row(
            "SELECT (SELECT count(*) FROM expenses), (SELECT total(amount_ore) FROM expenses),
                    (SELECT count(*) FROM honorarium_rates), (SELECT count(*) FROM honoraria),
                    (SELECT amount_ore FROM budgets WHERE year = 2026)",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get::<_, f64>(1)? as i64,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                ))
            },
        )
        .unwrap()
}

fn refused(result: Result<impl std::fmt::Debug, StorageError>, kind: AmountKind) {
    match result {
        Err(StorageError::Amount { kind: k, .. }) => assert_eq!(k, kind),
        other => panic!("expected an amount refusal, got {other:?}"),
    }
}

fn expense(ore: i64) -> ExpenseData {
    ExpenseData {
        spent_on: d(2026, 5, 1),
        amount_ore: ore,
        category: "Transport".into(),
        text: String::new(),
    }
}

fn rate(amount: i64, per_hour: Option<i64>) -> Rate {
    Rate {
        event_kind: EventKind::Other,
        person_kind: PersonKind::Ambassador,
        amount_ore: amount,
        per_hour_ore: per_hour,
        effective_from: d(2026, 1, 1),
    }
}

#[test]
fn writes_past_the_limits_are_refused_and_change_nothing() {
    let mut db = fixture();
    let before = rows(&db);
    // 1.000.000 kr. of expense is the limit; the 999.999.999.999.999 kr. is not.
    refused(
        db.insert_expense(&expense(100_000_001)),
        AmountKind::Expense,
    );
    refused(
        db.insert_expense(&expense(99_999_999_999_999_900)),
        AmountKind::Expense,
    );
    let id = db.insert_expense(&expense(100_000_000)).unwrap();
    let version = db.expense(id).unwrap().version;
    refused(
        db.update_expense(id, version, &expense(i64::MAX)),
        AmountKind::Expense,
    );
    db.delete_expense(id, version).unwrap();
    // A budget of 100.000.000 kr. is the limit.
    let v = db.budget_year(2026).unwrap().version;
    refused(
        db.set_budget_year(2026, v, 10_000_000_001, 80),
        AmountKind::Budget,
    );
    refused(
        db.set_budget_year(2026, v, 99_999_999_999_900, 80),
        AmountKind::Budget,
    );
    // Rates: 100.000 kr., per participation and per hour.
    refused(db.add_rate(&rate(10_000_001, None)), AmountKind::Rate);
    refused(db.add_rate(&rate(100, Some(10_000_001))), AmountKind::Rate);
    assert_eq!(rows(&db), before, "nothing written");
    db.add_rate(&rate(10_000_000, Some(10_000_000))).unwrap();
}

#[test]
fn honoraria_and_corrections_keep_their_limits() {
    let mut db = fixture();
    // The fixture's paid honorarium is the first one; a correction either way up to 100.000 kr.
    let paid: i64 = db
        .conn
        .query_row("SELECT id FROM honoraria WHERE status = 'paid'", [], |r| {
            r.get(0)
        })
        .unwrap();
    let before = rows(&db);
    refused(
        db.add_correction(paid, Money(-10_000_001), "for meget", d(2026, 6, 1)),
        AmountKind::Correction,
    );
    refused(
        db.add_correction(paid, Money(10_000_001), "for meget", d(2026, 6, 1)),
        AmountKind::Correction,
    );
    let awaiting: (i64, i64) = db
        .conn
        .query_row(
            "SELECT id, version FROM honoraria WHERE status = 'awaiting'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    refused(
        db.set_honorarium_amount(awaiting.0, awaiting.1, Money(10_000_001), "ekstra"),
        AmountKind::Honorarium,
    );
    assert_eq!(rows(&db), before, "nothing written");
    db.add_correction(paid, Money(-10_000), "rettelse", d(2026, 6, 1))
        .unwrap();
}

#[test]
fn attendance_with_an_amount_past_the_limit_is_refused() {
    let mut db = fixture();
    // The fixture's planned festival stand (event 2) in the past for logging: booking 4.
    db.conn
        .execute_batch("UPDATE events SET date = '2026-11-20' WHERE id = 2")
        .unwrap();
    let before = rows(&db);
    let outcome = Outcome::Attended {
        minutes: Some(180),
        amount: Some((10_000_001, "bonus".into())),
    };
    match db.log_attendance(4, &outcome, d(2026, 11, 27)) {
        Err(AttendanceError::Storage(StorageError::Amount { kind, .. })) => {
            assert_eq!(kind, AmountKind::Honorarium);
        }
        other => panic!("expected an amount refusal, got {other:?}"),
    }
    assert_eq!(rows(&db), before);
    let status: String = db
        .conn
        .query_row("SELECT status FROM assignments WHERE id = 4", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(status, "booked");
}

/// Honoraria written past the limits by other means (plain SQL) do not make the Honorarer
/// lists' totals, the payout preview, a person's yearly totals or the payout lines fail with
/// "integer overflow": their sums are read in halves (`sums`) and saturate.
#[test]
fn honoraria_past_the_limits_do_not_overflow_the_lists_totals() {
    let (db, ids) = super::gate_oracle::fixture();
    let big = 6_000_000_000_000_000_000_i64;
    // Honorarium 3 (Cem, approved) is given to Bo and both of Bo's are approved and huge.
    db.conn
        .execute_batch(&format!(
            "UPDATE honoraria SET person_id = {bo}, amount_ore = {big}, status = 'approved' \
             WHERE id IN (2, 3)",
            bo = ids.bo
        ))
        .unwrap();
    let plain: Result<i64, _> = db.conn.query_row(
        "SELECT sum(amount_ore) FROM honoraria WHERE status = 'approved'",
        [],
        |r| r.get(0),
    );
    assert!(plain.is_err(), "plain sum() overflows here");
    let approved = HonorariumFilter {
        status: super::honoraria::HonorariumStatus::Approved,
        person: String::new(),
        from: None,
        to: None,
        kind: None,
    };
    let whole = db.honoraria_page(&approved, 0, 10).unwrap();
    assert_eq!((whole.total, whole.sum), (2, Money(i64::MAX)));
    let from_2026 = HonorariumFilter {
        from: Some(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()),
        ..approved
    };
    let ranged = db.honoraria_page(&from_2026, 0, 10).unwrap();
    assert_eq!((ranged.total, ranged.sum), (2, Money(i64::MAX)));
    let totals = db.person_year_totals(ids.bo, 5).unwrap();
    assert_eq!(totals[0].approved, Money(i64::MAX));
    assert_eq!(db.payout_preview(None, None).unwrap(), (2, Money(i64::MAX)));
}
