//! Before the action: booking from the picker when the budget is nearly spent asks first with
//! the forecast after the booking; "no" books nothing, "yes" books and writes the audit row
//! `budget.overrun_confirmed`.

mod common;
mod visits_support;

use chrono::NaiveDate;
use korps::app::state::Overlay;
use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::expenses::ExpenseData;
use korps::tui::keys;
use korps::tui::run_loop::{action_for, dispatch, start};
use ratatui::crossterm::event::Event;

fn press(state: &mut State, db: &mut Database, keys_text: &str) {
    for key in keys::parse(keys_text).expect("keys") {
        if let Some(action) = action_for(state, &Event::Key(key)) {
            dispatch(state, db, action);
        }
    }
}

fn question(state: &State) -> String {
    match &state.overlay {
        Some(Overlay::Confirm { question, .. }) => question.clone(),
        _ => String::new(),
    }
}

#[test]
fn booking_over_the_warning_asks_and_a_yes_is_audited() {
    let mut db = Database::open_in_memory("testbruger").expect("open");
    let s = visits_support::seed(&mut db);
    db.set_budget_year(2026, 0, 1_000_000, 80).expect("budget");
    db.insert_expense(&ExpenseData {
        spent_on: NaiveDate::from_ymd_opt(2026, 3, 1).expect("date"),
        amount_ore: 750_000,
        category: "Festival".into(),
        text: "Stand".into(),
    })
    .expect("expense");
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Besoeg;
    start(&mut state, &mut db);
    let before = db.budget_figures(2026, common::today()).expect("figures").0;

    press(&mut state, &mut db, "ljjb<Space><Enter>");
    let q = question(&state);
    assert!(q.contains("Tæt på budgettet"), "{q}");
    assert!(
        q.contains(&korps::domain::money::Money(before.forecast).to_string()),
        "{q}"
    );
    press(&mut state, &mut db, "n");
    assert!(
        db.event_bookings(s.visit).expect("b").is_empty(),
        "no books nothing"
    );

    press(&mut state, &mut db, "b<Space><Enter>");
    assert!(question(&state).contains("Book alligevel?"));
    press(&mut state, &mut db, "j");
    assert_eq!(db.event_bookings(s.visit).expect("b").len(), 1);
    let audit = db.audit_entries("budgets", 2026, 5).expect("audit");
    assert_eq!(audit[0].action, "budget.overrun_confirmed");
    assert_eq!(
        audit[0].after.as_ref().expect("after")["flags"],
        serde_json::json!(["warning"])
    );
    assert_eq!(
        state
            .budget
            .summary
            .and_then(|s| s.flag)
            .map(korps::domain::budget::BudgetFlag::code),
        Some("warning")
    );
}
