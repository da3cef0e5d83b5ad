//! Budget figures on a small fixed dataset, exact in øre.

use chrono::NaiveDate;

use super::super::Database;
use super::super::expenses::ExpenseData;
use crate::domain::budget::{BudgetFlag, Change};
use crate::domain::person::{PersonData, PersonKind, Recruitment};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub(crate) fn person(db: &mut Database, name: &str, kind: PersonKind) -> i64 {
    db.insert_person(&PersonData {
        name: name.into(),
        kind,
        birth_date: None,
        phone: String::new(),
        email: String::new(),
        home_institution_id: None,
        education: String::new(),
        languages: String::new(),
        themes: String::new(),
        recruitment: Recruitment::Interested,
        recruitment_changed: None,
        consent_date: None,
        guardian_consent_date: None,
        payroll_number: String::new(),
        notes: String::new(),
        archived: false,
    })
    .unwrap()
}

/// The fixed dataset: see the comments for what each row contributes to 2026.
pub(crate) fn fixture() -> Database {
    let mut db = Database::open_in_memory("tester").unwrap();
    let a = person(&mut db, "Anna", PersonKind::Ambassador);
    let b = person(&mut db, "Bo", PersonKind::RoleModel);
    db.set_budget_year(2026, 0, 1_000_000, 80).unwrap();
    let sql = format!(
        "INSERT INTO events (id, kind, date, start_time, end_time, status, cancel_reason) VALUES
           (1, 'school_visit', '2026-03-10', NULL, NULL, 'held', ''),
           (2, 'festival_stand', '2026-12-05', '09:00', '12:00', 'planned', ''),
           (3, 'school_visit', '2026-12-10', NULL, NULL, 'cancelled', 'sygdom'),
           (4, 'job_centre', '2027-01-05', NULL, NULL, 'planned', ''),
           (5, 'other', '2026-05-01', NULL, NULL, 'held', '');
         INSERT INTO assignments (id, event_id, person_id, status) VALUES
           (1, 1, {a}, 'attended'), (2, 1, {b}, 'attended'), (3, 5, {a}, 'attended'),
           (4, 2, {a}, 'booked'), (5, 2, {b}, 'confirmed'), (6, 3, {a}, 'booked'),
           (7, 4, {a}, 'booked');
         INSERT INTO payout_batches (id, paid_on, reference) VALUES (1, '2026-03-31', 'L1');
         INSERT INTO honoraria (assignment_id, person_id, amount_ore, earned_on, status, batch_id)
         VALUES (1, {a}, 50000, '2026-03-10', 'paid', 1),
                (2, {b}, 50000, '2026-03-10', 'approved', NULL),
                (3, {a}, 30000, '2026-05-01', 'awaiting', NULL);"
    );
    db.conn.execute_batch(&sql).unwrap();
    for (on, ore) in [(d(2026, 2, 1), 120_000), (d(2025, 12, 31), 99_999)] {
        db.insert_expense(&ExpenseData {
            spent_on: on,
            amount_ore: ore,
            category: "Transport".into(),
            text: "Bus".into(),
        })
        .unwrap();
    }
    db
}

#[test]
fn figures_are_exact() {
    let db = fixture();
    let (f, flags) = db.budget_figures(2026, d(2026, 11, 27)).unwrap();
    // Paid 500 kr. + expenses 1.200 kr.
    assert_eq!(f.spent, 170_000);
    // + approved 500 kr. + awaiting 300 kr.
    assert_eq!(f.committed, 250_000);
    // Festival stand of 3 h: 300 kr. + 3 × 100 kr., two bookings; the cancelled event and the
    // 2027 event do not count.
    assert_eq!(f.planned, 120_000);
    assert_eq!(f.forecast, 370_000);
    assert_eq!(f.remaining, 630_000);
    assert_eq!(f.budget, 1_000_000);
    assert!(flags.is_empty());
}

#[test]
fn flags_and_preview() {
    let mut db = fixture();
    let today = d(2026, 11, 27);
    let (after, new) = db
        .budget_preview(2026, today, Change::plan(500_000))
        .unwrap();
    assert_eq!(after.forecast, 870_000);
    assert_eq!(new, vec![BudgetFlag::Warning]);
    db.set_budget_year(2026, 1, 300_000, 80).unwrap();
    let (_, flags) = db.budget_figures(2026, today).unwrap();
    assert_eq!(
        flags,
        vec![BudgetFlag::ForecastOverBudget, BudgetFlag::Warning]
    );
    db.set_budget_year(2026, 2, 200_000, 80).unwrap();
    let (_, flags) = db.budget_figures(2026, d(2026, 2, 15)).unwrap();
    assert_eq!(
        flags,
        vec![
            BudgetFlag::OverBudget,
            BudgetFlag::ForecastOverBudget,
            BudgetFlag::Warning,
            BudgetFlag::FastPace
        ]
    );
    assert!(db.set_budget_year(2026, 1, 1, 80).is_err());
}

#[test]
fn report_months_kinds_and_period() {
    let db = fixture();
    let r = db.budget_report(2026, d(2026, 11, 27)).unwrap();
    assert_eq!(r.months[1].spent, 120_000);
    assert_eq!(r.months[2].cumulative, 170_000);
    assert_eq!(r.months[11].cumulative, 170_000);
    assert_eq!(r.months[11].pro_rata, 1_000_000);
    let festival = r
        .by_kind
        .iter()
        .find(|k| k.kind == crate::domain::event::EventKind::FestivalStand)
        .unwrap();
    assert_eq!(festival.planned, 120_000);
    let school = r
        .by_kind
        .iter()
        .find(|k| k.kind == crate::domain::event::EventKind::SchoolVisit)
        .unwrap();
    assert_eq!(school.committed, 100_000);
    assert_eq!(r.period.start_year, 2026);
    assert_eq!(r.period.end_year, 2028);
    assert_eq!(r.period_total_ore, 1_000_000 + 2 * 5_000_000);
}

#[test]
fn expenses_crud_and_audit() {
    let mut db = fixture();
    let list = db.expenses_of_year(2026).unwrap();
    assert_eq!(list.len(), 1);
    let e = &list[0];
    let mut data = e.data.clone();
    data.amount_ore = 1;
    db.update_expense(e.id, e.version, &data).unwrap();
    assert!(db.update_expense(e.id, e.version, &data).is_err());
    db.delete_expense(e.id, e.version + 1).unwrap();
    assert!(db.expenses_of_year(2026).unwrap().is_empty());
    let audit = db.audit_entries("expenses", e.id, 10).unwrap();
    assert_eq!(audit[0].action, "expense.delete");
    let bad = ExpenseData {
        amount_ore: 0,
        ..data
    };
    assert!(bad.validate().is_err());
}

#[test]
fn figures_follow_every_kind_of_change_although_they_are_kept() {
    let mut db = fixture();
    let today = d(2026, 11, 27);
    let figures = |db: &Database| db.budget_figures(2026, today).unwrap().0;
    let start = figures(&db);
    assert_eq!(figures(&db), start, "unchanged: the kept sums");

    // An expense (spent), approval of the awaiting honorarium (committed stays), a booking
    // cancelled (planned), a rate (planned priced again).
    db.insert_expense(&ExpenseData {
        spent_on: d(2026, 11, 1),
        amount_ore: 10_000,
        category: "Transport".into(),
        text: "Tog".into(),
    })
    .unwrap();
    assert_eq!(figures(&db).spent, start.spent + 10_000);
    db.conn
        .execute(
            "UPDATE assignments SET status = 'cancelled' WHERE id = 5",
            [],
        )
        .unwrap();
    // One of the two festival bookings (600 kr. each) left.
    assert_eq!(figures(&db).planned, 60_000);
    db.conn
        .execute(
            "INSERT INTO honorarium_rates (event_kind, person_kind, amount_ore, per_hour_ore, \
             effective_from) VALUES ('festival_stand', 'ambassador', 10000, NULL, '2026-01-01')",
            [],
        )
        .unwrap();
    assert_eq!(figures(&db).planned, 10_000);
    db.conn
        .execute(
            "UPDATE honoraria SET status = 'approved' WHERE status = 'awaiting'",
            [],
        )
        .unwrap();
    let after = figures(&db);
    assert_eq!(after.committed, start.committed + 10_000);
    // The monthly chart agrees with the kept figures.
    let report = db.budget_report(2026, today).unwrap();
    assert_eq!(report.figures, after);
    assert_eq!(report.months[10].spent, 10_000);
}
