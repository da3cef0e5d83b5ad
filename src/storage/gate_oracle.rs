//! Test support for the budget gate: a small fixed database whose 2026 forecast equals its
//! budget exactly (any more money raises *forecast over budget*), and an oracle — the figures
//! of DESIGN §4 written out as plain SQL sums, not the code's own `budget_figures`.

use chrono::NaiveDate;
use rusqlite::named_params;

use super::Database;
use super::budget::tests::person;
use crate::domain::person::PersonKind;
use crate::domain::rates::Rate;

pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The pinned today of the fixture.
pub(crate) fn today() -> NaiveDate {
    d(2026, 6, 15)
}

/// The ids the fixture made.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ids {
    pub anna: i64,
    pub bo: i64,
    pub cem: i64,
    /// A person without history.
    pub dina: i64,
    /// A place without history.
    pub place: i64,
    pub anna_term: i64,
    pub unavailable: i64,
    pub expense: i64,
}

/// 2026: paid 500 kr. + expense 1.000 kr. (spent 1.500), awaiting 500 + approved 400
/// (committed 2.400), pending bookings Anna 500 (event 2), Cem 500 (event 4, confirmed and
/// past, to log), Bo 600 (event 5) (planned 1.600): forecast 4.000 kr. = the budget.
/// Event 3 (1 Oct) has no bookings. Stored flat rates: ambassador 500, role model 600.
pub(crate) fn fixture() -> (Database, Ids) {
    let mut db = Database::open_in_memory("tester").unwrap();
    let clock_today = today();
    db.set_clock(Box::new(move || {
        clock_today
            .and_hms_opt(12, 0, 0)
            .unwrap()
            .and_local_timezone(chrono::FixedOffset::east_opt(3600).unwrap())
            .unwrap()
    }));
    let anna = person(&mut db, "Anna", PersonKind::Ambassador);
    let bo = person(&mut db, "Bo", PersonKind::RoleModel);
    let cem = person(&mut db, "Cem", PersonKind::Ambassador);
    let dina = person(&mut db, "Dina", PersonKind::Ambassador);
    let terms = db
        .appoint(&[anna, bo, cem], d(2026, 1, 1), d(2026, 12, 31), today())
        .unwrap();
    // Anna's next term, so that her booked event 2 may move into 2027 (a cross-year change).
    db.appoint(&[anna], d(2027, 1, 1), d(2027, 12, 31), today())
        .unwrap();
    for (kind, amount) in [
        (PersonKind::Ambassador, 50_000),
        (PersonKind::RoleModel, 60_000),
    ] {
        db.add_rate(&Rate {
            event_kind: crate::domain::event::EventKind::SchoolVisit,
            person_kind: kind,
            amount_ore: amount,
            per_hour_ore: None,
            effective_from: d(2021, 1, 1),
        })
        .unwrap();
    }
    let sql = format!(
        "INSERT INTO events (id, kind, date, start_time, end_time, status, cancel_reason) VALUES
           (1, 'school_visit', '2026-03-10', NULL, NULL, 'held', ''),
           (2, 'school_visit', '2026-09-10', '10:00', '12:00', 'planned', ''),
           (3, 'school_visit', '2026-10-01', NULL, NULL, 'planned', ''),
           (4, 'school_visit', '2026-06-01', NULL, NULL, 'confirmed', ''),
           (5, 'school_visit', '2026-11-05', NULL, NULL, 'planned', '');
         INSERT INTO assignments (id, event_id, person_id, status) VALUES
           (1, 1, {anna}, 'attended'), (2, 1, {bo}, 'attended'), (6, 1, {cem}, 'attended'),
           (3, 2, {anna}, 'booked'), (4, 4, {cem}, 'booked'), (5, 5, {bo}, 'confirmed');
         INSERT INTO payout_batches (id, paid_on, reference) VALUES (1, '2026-03-31', 'L1');
         INSERT INTO honoraria (id, assignment_id, person_id, amount_ore, earned_on, status,
                                batch_id)
         VALUES (1, 1, {anna}, 50000, '2026-03-10', 'paid', 1),
                (2, 2, {bo}, 50000, '2026-03-10', 'awaiting', NULL),
                (3, 6, {cem}, 40000, '2026-03-10', 'approved', NULL);"
    );
    db.conn.execute_batch(&sql).unwrap();
    let expense = db
        .insert_expense(&super::expenses::ExpenseData {
            spent_on: d(2026, 2, 1),
            amount_ore: 100_000,
            category: "Transport".into(),
            text: "Bus".into(),
        })
        .unwrap();
    db.set_budget_year(2026, 0, 400_000, 80).unwrap();
    let unavailable = db
        .add_unavailability(anna, d(2026, 7, 1), d(2026, 7, 10), "Ferie", &[])
        .unwrap()
        .0;
    let place = db
        .insert_institution(&crate::domain::institution::InstitutionData {
            name: "Skovvejens Skole".into(),
            kind: crate::domain::institution::InstitutionKind::PrimarySchool,
            address: String::new(),
            contact_person: String::new(),
            phone: String::new(),
            email: String::new(),
            notes: String::new(),
            active: true,
        })
        .unwrap();
    let ids = Ids {
        anna,
        bo,
        cem,
        dina,
        place,
        anna_term: terms[0],
        unavailable,
        expense,
    };
    (db, ids)
}

/// The §4 figures of `year` by plain SQL sums: (budget, spent, committed, planned, forecast).
/// Planned prices each pending booking on an open event of the year at the newest stored rate
/// in force on the event date; the fixture stores flat rates only, which this asserts.
pub(crate) fn oracle(db: &Database, year: i32) -> [i64; 5] {
    let flat: i64 = db
        .conn
        .query_row(
            "SELECT count(*) FROM honorarium_rates WHERE per_hour_ore IS NOT NULL \
             AND event_kind IN (SELECT kind FROM events)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        flat, 0,
        "the oracle prices flat rates only (of the kinds of events stored)"
    );
    let (from, to) = (format!("{year:04}-01-01"), format!("{:04}-01-01", year + 1));
    let p = named_params! { ":from": from, ":to": to };
    let sum = |sql: &str| -> i64 { db.conn.query_row(sql, p, |r| r.get(0)).unwrap() };
    let honoraria = |status: &str| {
        sum(&format!(
            "SELECT coalesce(sum(amount_ore), 0) FROM honoraria WHERE status = '{status}' \
             AND earned_on >= :from AND earned_on < :to"
        ))
    };
    let paid = honoraria("paid");
    let committed_extra = honoraria("approved") + honoraria("awaiting");
    let expenses = sum(
        "SELECT coalesce(sum(amount_ore), 0) FROM expenses WHERE spent_on >= :from \
         AND spent_on < :to",
    );
    let planned = sum(
        "SELECT coalesce(sum((SELECT r.amount_ore FROM honorarium_rates r \
            WHERE r.event_kind = e.kind AND r.person_kind = p.kind AND r.effective_from <= e.date \
            ORDER BY r.effective_from DESC LIMIT 1)), 0) \
         FROM assignments a JOIN events e ON e.id = a.event_id JOIN persons p ON p.id = a.person_id \
         WHERE a.status IN ('booked', 'confirmed') \
           AND e.status IN ('requested', 'planned', 'confirmed') \
           AND e.date >= :from AND e.date < :to",
    );
    let budget: i64 = db
        .conn
        .query_row(
            "SELECT coalesce((SELECT amount_ore FROM budgets WHERE year = :year), 5000000)",
            named_params! { ":year": year },
            |r| r.get(0),
        )
        .unwrap();
    let spent = paid + expenses;
    let committed = spent + committed_extra;
    [budget, spent, committed, planned, committed + planned]
}

/// The same five numbers of a figures value.
pub(crate) fn numbers(f: &crate::domain::budget::BudgetFigures) -> [i64; 5] {
    [f.budget, f.spent, f.committed, f.planned, f.forecast]
}

/// Rows in the tables a command can write (to show that a refused command wrote nothing).
pub(crate) fn row_counts(db: &Database) -> Vec<i64> {
    [
        "persons",
        "institutions",
        "appointments",
        "unavailability",
        "events",
        "assignments",
        "honoraria",
        "expenses",
        "honorarium_rates",
        "budgets",
        "project_period",
        "payout_batches",
        "school_holidays",
        "audit_log",
    ]
    .iter()
    .map(|t| {
        db.conn
            .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap()
    })
    .collect()
}
