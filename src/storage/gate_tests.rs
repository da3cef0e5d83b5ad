//! The gate's tests: every command kind goes through it (the completeness test iterates
//! [`CommandKind`], and [`example`] must name every kind to compile), a question leaves the
//! database as it was, a confirmed one saves and audits, and the figures the gate read equal an
//! oracle of plain SQL sums (`gate_oracle`).

use strum::IntoEnumIterator;

use super::super::StorageError;
use super::super::attendance::Outcome;
use super::super::booking::NewBooking;
use super::super::command::{Command, CommandError, CommandKind};
use super::super::gate_oracle::{Ids, d, fixture, numbers, oracle, row_counts, today};
use super::Database;
use crate::domain::budget::ProjectPeriod;
use crate::domain::money::Money;
use crate::domain::person::{PersonKind, Recruitment};
use crate::domain::rates::Rate;
use crate::domain::season::Season;

/// The years the fixture's commands can touch.
const YEARS: std::ops::RangeInclusive<i32> = 2025..=2028;

fn season() -> Season {
    Season::containing(today(), 8)
}

/// One example of `kind` on the fixture. An exhaustive match: a new command kind does not
/// compile here until it has an example, and the completeness test then runs it.
fn example(kind: CommandKind, db: &Database, ids: Ids) -> Command {
    match kind {
        CommandKind::Book => Command::Book {
            event_id: 3,
            bookings: vec![NewBooking {
                person_id: ids.bo,
                forced_reason: None,
            }],
            season: Season::containing(d(2026, 10, 1), 8),
        },
        CommandKind::Unbook => Command::Unbook {
            event_id: 2,
            person_id: ids.anna,
        },
        CommandKind::SaveEvent => {
            let event = db.event(2).unwrap();
            let mut data = event.data;
            data.date = d(2027, 1, 20);
            Command::SaveEvent {
                existing: Some((2, event.version)),
                data: Box::new(data),
            }
        }
        CommandKind::CancelEvent => Command::CancelEvent {
            id: 5,
            version: db.event(5).unwrap().version,
            reason: "Sygdom".into(),
        },
        CommandKind::LogAttendance => Command::LogAttendance {
            assignment_id: 4,
            outcome: Outcome::Attended {
                minutes: None,
                amount: Some((70_000, "Længere besøg".into())),
            },
        },
        CommandKind::WalkIn => Command::WalkIn {
            event_id: 4,
            person_id: ids.bo,
            reason: None,
            minutes: None,
            season: (season().first_day(), season().last_day()),
        },
        CommandKind::Approve => Command::Approve {
            ids: vec![2],
            on: today(),
        },
        CommandKind::Correct => Command::Correct {
            target: 1,
            amount: Money(10_000),
            reason: "Glemt transport".into(),
            on: today(),
        },
        CommandKind::PayOut => Command::PayOut {
            paid_on: today(),
            reference: "L2".into(),
            from: None,
            to: None,
        },
        CommandKind::AddExpense => Command::AddExpense(Box::new(expense(10_000))),
        CommandKind::ChangeExpense => Command::ChangeExpense {
            id: ids.expense,
            version: db.expense(ids.expense).unwrap().version,
            data: Box::new(super::super::expenses::ExpenseData {
                spent_on: d(2026, 2, 1),
                ..expense(120_000)
            }),
        },
        CommandKind::DeleteExpense => Command::DeleteExpense {
            id: ids.expense,
            version: db.expense(ids.expense).unwrap().version,
        },
        CommandKind::AddRate => Command::AddRate(Rate {
            event_kind: crate::domain::event::EventKind::SchoolVisit,
            person_kind: PersonKind::Ambassador,
            amount_ore: 70_000,
            per_hour_ore: None,
            effective_from: d(2026, 1, 1),
        }),
        CommandKind::SetBudgetYear => Command::SetBudgetYear {
            year: 2026,
            version: db.budget_year(2026).unwrap().version,
            amount_ore: 300_000,
            threshold_percent: 80,
        },
        CommandKind::SetProjectPeriod => Command::SetProjectPeriod {
            period: ProjectPeriod {
                start_year: 2025,
                end_year: 2027,
            },
            version: 0,
        },
        CommandKind::SavePerson => {
            let bo = db.person(ids.bo).unwrap();
            let mut data = bo.data;
            data.kind = PersonKind::Ambassador;
            Command::SavePerson {
                existing: Some((ids.bo, bo.version)),
                data: Box::new(data),
            }
        }
        CommandKind::SetPersonArchived => Command::SetPersonArchived {
            id: ids.dina,
            version: db.person(ids.dina).unwrap().version,
            archived: true,
            confirmed: Vec::new(),
        },
        CommandKind::DeletePerson => Command::DeletePerson {
            id: ids.dina,
            version: db.person(ids.dina).unwrap().version,
        },
        CommandKind::AnonymisePerson => Command::AnonymisePerson {
            id: ids.dina,
            version: db.person(ids.dina).unwrap().version,
        },
        CommandKind::SavePlace => {
            let place = db.institution(ids.place).unwrap();
            let mut data = place.data;
            data.address = "Skovvej 1".into();
            Command::SavePlace {
                existing: Some((ids.place, place.version)),
                data: Box::new(data),
            }
        }
        CommandKind::DeletePlace => Command::DeletePlace {
            id: ids.place,
            version: db.institution(ids.place).unwrap().version,
        },
        CommandKind::Appoint => Command::Appoint {
            person_ids: vec![ids.dina],
            start: d(2026, 8, 1),
            end: d(2027, 7, 31),
            on: today(),
        },
        CommandKind::EndAppointmentEarly => Command::EndAppointmentEarly {
            id: ids.anna_term,
            version: db.appointment(ids.anna_term).unwrap().version,
            date: d(2026, 8, 1),
            reason: "Flyttet".into(),
            confirmed: vec![3],
        },
        CommandKind::Renew => Command::Renew {
            person_ids: vec![ids.dina],
            season: season().next(),
            on: today(),
        },
        CommandKind::SetRecruitment => Command::SetRecruitment {
            id: ids.cem,
            version: db.person(ids.cem).unwrap().version,
            status: Recruitment::Contacted,
            on: today(),
        },
        CommandKind::AddUnavailability => Command::AddUnavailability {
            person_id: ids.cem,
            from: d(2026, 8, 1),
            to: d(2026, 8, 5),
            reason: "Eksamen".into(),
            confirmed: Vec::new(),
        },
        CommandKind::DeleteUnavailability => Command::DeleteUnavailability {
            id: ids.unavailable,
            version: 1,
        },
        CommandKind::ReplaceSchoolHolidays => Command::ReplaceSchoolHolidays {
            year: 2026,
            rows: Vec::new(),
        },
    }
}

fn expense(amount_ore: i64) -> super::super::expenses::ExpenseData {
    super::super::expenses::ExpenseData {
        spent_on: d(2026, 6, 1),
        amount_ore,
        category: "Materialer".into(),
        text: "Plakater".into(),
    }
}

/// The kinds whose example on the fixture must ask (more money in a year at its budget, or
/// a budget lowered under its forecast).
const MUST_ASK: [CommandKind; 8] = [
    CommandKind::Book,
    CommandKind::LogAttendance,
    CommandKind::WalkIn,
    CommandKind::Correct,
    CommandKind::AddExpense,
    CommandKind::ChangeExpense,
    CommandKind::AddRate,
    CommandKind::SetBudgetYear,
];

fn oracle_years(db: &Database) -> Vec<[i64; 5]> {
    YEARS.map(|y| oracle(db, y)).collect()
}

/// Checks the gate's report of the command just saved against the oracle: every year whose
/// figures moved was compared, and the figures it read are the oracle's before and after.
fn check_report(db: &Database, kind: CommandKind, before: &[[i64; 5]]) {
    let report = db
        .last_gate_report()
        .unwrap_or_else(|| panic!("{kind:?}: no gate report"));
    let after = oracle_years(db);
    for ((year, b), a) in YEARS.zip(before).zip(&after) {
        let seen = report.years.iter().find(|y| y.year == year);
        if b != a {
            assert!(
                seen.is_some(),
                "{kind:?}: {year} moved {b:?} → {a:?} unseen by the gate"
            );
        }
        if let Some(y) = seen {
            assert_eq!(numbers(&y.before), *b, "{kind:?} {year}: before");
            assert_eq!(numbers(&y.after), *a, "{kind:?} {year}: after");
        }
    }
}

#[test]
fn every_command_goes_through_the_gate() {
    for kind in CommandKind::iter() {
        let (mut db, ids) = fixture();
        let command = example(kind, &db, ids);
        assert_eq!(CommandKind::from(&command), kind);
        let before = oracle_years(&db);
        let rows = row_counts(&db);
        match db.execute(&command, today()) {
            Ok(_) => {
                assert!(!MUST_ASK.contains(&kind), "{kind:?} saved without asking");
                assert_eq!(db.last_gate_report().unwrap().command, command.code());
                check_report(&db, kind, &before);
            }
            Err(CommandError::Storage(StorageError::NeedsConfirmation)) => {
                let question = db.take_question().expect("the question");
                assert!(question.asks() && question.command == command.code());
                assert_eq!(oracle_years(&db), before, "{kind:?}: asked but changed");
                assert_eq!(row_counts(&db), rows, "{kind:?}: asked but wrote");
                db.confirm_overruns(true);
                db.execute(&command, today())
                    .unwrap_or_else(|e| panic!("{kind:?} confirmed: {e:?}"));
                db.confirm_overruns(false);
                check_report(&db, kind, &before);
                let audit = db.audit_entries("budgets", 2026, 1).unwrap();
                assert_eq!(audit[0].action, "budget.overrun_confirmed", "{kind:?}");
                assert_eq!(audit[0].after.as_ref().unwrap()["action"], command.code());
            }
            Err(e) => panic!("{kind:?}: {e:?}"),
        }
    }
}

#[test]
fn the_money_examples_ask() {
    for kind in MUST_ASK {
        let (mut db, ids) = fixture();
        let command = example(kind, &db, ids);
        let outcome = db.execute(&command, today());
        assert!(
            matches!(
                outcome,
                Err(CommandError::Storage(StorageError::NeedsConfirmation))
            ),
            "{kind:?}: {outcome:?} {:?}",
            db.last_gate_report()
        );
    }
}

#[test]
fn approving_beyond_the_budget_asks_and_within_does_not() {
    let (mut db, _) = fixture();
    let approve = Command::Approve {
        ids: vec![2],
        on: today(),
    };
    db.execute(&approve, today()).unwrap();
    // Over the budget now (both confirmed): approving the correction asks.
    db.confirm_overruns(true);
    db.execute(&Command::AddExpense(Box::new(expense(10_000))), today())
        .unwrap();
    let correction = Command::Correct {
        target: 1,
        amount: Money(5_000),
        reason: "Glemt".into(),
        on: today(),
    };
    let id = db.execute(&correction, today()).unwrap().id().unwrap();
    db.confirm_overruns(false);
    let next = Command::Approve {
        ids: vec![id],
        on: today(),
    };
    assert!(matches!(
        db.execute(&next, today()),
        Err(CommandError::Storage(StorageError::NeedsConfirmation))
    ));
}

#[test]
fn the_figures_after_a_change_are_kept_and_agree_with_a_fresh_read() {
    let (mut db, ids) = fixture();
    let _ = db.budget_figures(2026, today()).unwrap();
    db.execute(&example(CommandKind::DeleteExpense, &db, ids), today())
        .unwrap();
    let kept = db.budget_figures(2026, today()).unwrap();
    db.year_cache.borrow_mut().years.clear();
    assert_eq!(db.budget_figures(2026, today()).unwrap(), kept);
    assert_eq!(numbers(&kept.0), oracle(&db, 2026));
}

#[test]
fn a_refused_command_keeps_nothing_and_asks_nothing() {
    let (mut db, ids) = fixture();
    let stale = Command::DeleteExpense {
        id: ids.expense,
        version: 99,
    };
    let before = oracle_years(&db);
    assert!(matches!(
        db.execute(&stale, today()),
        Err(CommandError::Storage(StorageError::Conflict))
    ));
    assert!(db.take_question().is_none());
    assert_eq!(oracle_years(&db), before);
    assert!(db.conn.is_autocommit(), "the transaction is closed");
}

/// A money command drawn for the property test (on the fixture's rows).
fn drawn(pick: u8, amount: i64, db: &Database, ids: Ids) -> Command {
    match pick % 8 {
        0 => Command::AddExpense(Box::new(expense(amount))),
        1 => match db.expense(ids.expense) {
            Ok(e) => Command::ChangeExpense {
                id: e.id,
                version: e.version,
                data: Box::new(expense(amount)),
            },
            Err(_) => Command::AddExpense(Box::new(expense(amount))),
        },
        2 => Command::Correct {
            target: 1,
            amount: Money(amount - 30_000),
            reason: "Rettelse".into(),
            on: today(),
        },
        3 => Command::SetBudgetYear {
            year: 2026,
            version: db.budget_year(2026).unwrap().version,
            amount_ore: 200_000 + amount * 4,
            threshold_percent: 80,
        },
        4 => Command::AddRate(Rate {
            event_kind: crate::domain::event::EventKind::SchoolVisit,
            person_kind: PersonKind::RoleModel,
            amount_ore: amount,
            per_hour_ore: None,
            effective_from: d(2026, 1, 1),
        }),
        5 => Command::Approve {
            ids: vec![2],
            on: today(),
        },
        6 => Command::Book {
            event_id: 3,
            bookings: vec![NewBooking {
                person_id: ids.bo,
                forced_reason: None,
            }],
            season: Season::containing(d(2026, 10, 1), 8),
        },
        _ => Command::Unbook {
            event_id: 3,
            person_id: ids.bo,
        },
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

    /// Random sequences of money commands, each answered yes or no at random: after each,
    /// the figures the gate showed (in its question, or read after saving) equal the figures
    /// read afterwards through the Budget screen's code, and both equal the plain-SQL oracle;
    /// a "no" changes nothing.
    #[test]
    fn the_gate_preview_equals_the_result_and_the_oracle(
        steps in proptest::collection::vec((0u8..8, 1i64..120_000, proptest::bool::ANY), 1..12)
    ) {
        let (mut db, ids) = fixture();
        for (pick, amount, yes) in steps {
            let command = drawn(pick, amount, &db, ids);
            let before = oracle_years(&db);
            let outcome = db.execute(&command, today());
            let previewed = db.last_gate_report().cloned();
            match outcome {
                Ok(_) => {}
                Err(CommandError::Storage(StorageError::NeedsConfirmation)) => {
                    let question = db.take_question().expect("question");
                    proptest::prop_assert_eq!(oracle_years(&db), before.clone());
                    if !yes {
                        continue;
                    }
                    db.confirm_overruns(true);
                    db.execute(&command, today()).expect("confirmed");
                    db.confirm_overruns(false);
                    // What the question showed is what was saved.
                    let saved = db.last_gate_report().expect("report");
                    for (q, s) in question.years.iter().zip(&saved.years) {
                        proptest::prop_assert_eq!(q.after, s.after);
                    }
                }
                // A refusal by the rules (nothing to book, a stale version) writes nothing.
                Err(_) => {
                    proptest::prop_assert_eq!(oracle_years(&db), before.clone());
                    continue;
                }
            }
            let report = db.last_gate_report().cloned().or(previewed).expect("report");
            for y in &report.years {
                let (read, _) = db.budget_figures(y.year, today()).unwrap();
                proptest::prop_assert_eq!(y.after, read);
                proptest::prop_assert_eq!(numbers(&read), oracle(&db, y.year));
            }
            check_report(&db, CommandKind::from(&command), &before);
        }
    }
}
