//! Before the action: booking from the picker, saving an event whose bookings then cost more,
//! and approving honoraria beyond the budget ask first with the forecast after the action; "no"
//! changes nothing and brings back what asked (picker marks, form fields), "yes" acts and writes
//! the audit row `budget.overrun_confirmed`.

mod common;
mod honoraria_support;
mod visits_support;

use common::press;

use chrono::NaiveDate;
use korps::app::state::Overlay;
use korps::app::visits::state::VisitsOverlay;
use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::expenses::ExpenseData;
use korps::tui::run_loop::start;

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
    let Some(Overlay::Visits(picker)) = &state.overlay else {
        panic!(
            "the picker comes back after no: {:?}",
            state.overlay.is_some()
        );
    };
    assert!(
        matches!(&**picker, VisitsOverlay::Picker(p) if p.chosen.len() == 1),
        "with the mark kept"
    );

    press(&mut state, &mut db, "<Enter>");
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

fn audit_actions(db: &Database) -> Vec<serde_json::Value> {
    db.audit_entries("budgets", 2026, 10)
        .expect("audit")
        .into_iter()
        .filter(|a| a.action == "budget.overrun_confirmed")
        .map(|a| a.after.expect("after")["action"].clone())
        .collect()
}

/// Besøg with one ambassador booked (through the picker) on Saturday's all-day festival stand:
/// 300 kr. planned.
fn festival_booked() -> (Database, visits_support::Schedule, State) {
    let mut db = Database::open_in_memory("testbruger").expect("open");
    let s = visits_support::seed(&mut db);
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Besoeg;
    start(&mut state, &mut db);
    press(&mut state, &mut db, "ljjjjb<Space><Enter><Esc>");
    assert_eq!(db.event_bookings(s.festival).expect("b").len(), 1);
    (db, s, state)
}

#[test]
fn saving_an_event_whose_bookings_cost_more_asks_and_no_keeps_the_form() {
    let (mut db, s, mut state) = festival_booked();
    // A budget where this forecast is just under 80 % and 800 kr. more is over it.
    let forecast = db
        .budget_figures(2026, common::today())
        .expect("f")
        .0
        .forecast;
    let budget = (forecast + 40_000) * 5 / 4;
    db.set_budget_year(2026, 0, budget, 80).expect("budget");
    start(&mut state, &mut db);

    // 09:00–17:00 makes it 300 kr. + 8 × 100 kr.
    press(&mut state, &mut db, "e<Tab><Tab><Tab>09:00<Tab>17:00<C-s>");
    let q = question(&state);
    assert!(q.contains("Budgettet efter ændringen"), "{q}");
    assert!(q.contains("Gem alligevel?"), "{q}");
    let after = korps::domain::money::Money(forecast + 80_000).to_string();
    assert!(q.contains(&after), "{q} should name {after}");
    press(&mut state, &mut db, "n");
    assert_eq!(
        db.event(s.festival).expect("e").data.end,
        None,
        "no saves nothing"
    );
    let Some(Overlay::Form(form)) = &state.overlay else {
        panic!("the form comes back after no");
    };
    assert_eq!(form.form.fields[4].text_value(), "17:00", "as typed");

    press(&mut state, &mut db, "<C-s>j");
    assert_eq!(
        db.event(s.festival).expect("e").data.end,
        chrono::NaiveTime::from_hms_opt(17, 0, 0)
    );
    assert!(state.overlay.is_none(), "saved and closed");
    assert_eq!(audit_actions(&db), [serde_json::json!("event")]);
}

#[test]
fn an_event_change_without_a_new_flag_saves_and_says_the_forecast() {
    let (mut db, s, mut state) = festival_booked();
    let before = db
        .budget_figures(2026, common::today())
        .expect("f")
        .0
        .forecast;
    press(&mut state, &mut db, "e<Tab><Tab><Tab>09:00<Tab>17:00<C-s>");
    assert!(state.overlay.is_none(), "no question below the threshold");
    assert!(db.event(s.festival).expect("e").data.end.is_some());
    let message = common::message(&state);
    let after = korps::domain::money::Money(before + 80_000).to_string();
    assert!(message.contains(&after), "{message} should name {after}");
    assert!(audit_actions(&db).is_empty());
}

/// The Honorarer screen's approval dialog (`g`) over the five honoraria of `honoraria_support`
/// (2.150 kr. awaiting), with 2026's budget set to `budget` øre when given; and its text.
fn approval_dialog(budget: Option<i64>) -> (tempfile::TempDir, Database, State, String) {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    if let Some(amount) = budget {
        db.set_budget_year(2026, 0, amount, 80).expect("budget");
    }
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Honorarer;
    start(&mut state, &mut db);
    press(&mut state, &mut db, "A");
    let Some(Overlay::Honoraria(dialog)) = &state.overlay else {
        panic!("the approval dialog");
    };
    let text = dialog.lines.join("\n");
    (dir, db, state, text)
}

#[test]
fn approving_beyond_the_budget_says_so_and_a_yes_is_audited() {
    // 2.150 kr. awaiting approval against a budget of 2.000 kr.
    let (_dir, mut db, mut state, text) = approval_dialog(Some(200_000));
    assert!(
        text.contains(
            "Budget 2026 efter godkendelsen: prognose 2.150,00 kr. af 2.000,00 kr. (107 %)"
        ),
        "{text}"
    );
    assert!(text.contains("Over budget"), "{text}");
    assert!(text.contains("Godkend alligevel?"), "{text}");
    press(&mut state, &mut db, "n");
    assert!(audit_actions(&db).is_empty(), "no writes nothing");

    press(&mut state, &mut db, "Aj");
    assert_eq!(audit_actions(&db), [serde_json::json!("approval")]);
    let approved = db
        .honoraria_page(
            &korps::storage::honoraria::HonorariumFilter {
                status: korps::storage::honoraria::HonorariumStatus::Approved,
                ..Default::default()
            },
            0,
            10,
        )
        .expect("page")
        .total;
    assert_eq!(approved, 1);
}

#[test]
fn approving_within_the_budget_shows_the_forecast_without_asking() {
    let (_dir, mut db, mut state, text) = approval_dialog(None);
    assert!(
        text.contains("Budget 2026 efter godkendelsen: prognose"),
        "{text}"
    );
    assert!(!text.contains("alligevel"), "{text}");
    press(&mut state, &mut db, "j");
    assert!(audit_actions(&db).is_empty());
}

#[test]
fn the_budget_screens_first_frame_is_complete_and_the_status_bar_follows() {
    let dir = tempfile::tempdir().expect("dir");
    let path = honoraria_support::file(dir.path());
    let mut db = honoraria_support::open(&path);
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Budget;
    let later = korps::tui::run_loop::start_screen(&mut state, &mut db);
    let report = state
        .budget
        .report
        .as_ref()
        .expect("the first frame has the figures");
    // By kind too: the five honoraria of 2026 awaiting approval, 500 + 500 + 350 + 500 + 300 kr.
    let committed: i64 = report.by_kind.iter().map(|k| k.committed).sum();
    assert_eq!(committed, 215_000);
    assert!(
        state.budget.summary.is_none(),
        "the status bar's budget waits for the frame"
    );
    assert_eq!(later.len(), 1);
    korps::tui::run_loop::run_after_frame(&mut state, &mut db, later);
    assert!(state.budget.summary.is_some());

    let later = korps::tui::run_loop::dispatch_for_frame(
        &mut state,
        &mut db,
        korps::app::Action::Budget(korps::app::budget::BudgetAction::ShiftYear(-1)),
    );
    assert_eq!(state.budget.report.as_ref().map(|r| r.year), Some(2025));
    assert!(
        later.is_empty(),
        "another year is complete in its first frame"
    );
}
