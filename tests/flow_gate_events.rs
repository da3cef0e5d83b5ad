//! A flow test per gated command outside the Budget tab, through the real key loop (issue 11,
//! Proof): attendance with another amount and a walk-in (Fremmøde), a rate (Honorarer) and an
//! event's needs (Besøg). Each: the question's "Prognose before → after af budget" equals the
//! plain-SQL oracle's, `n` leaves row counts, bookings and `korps budget --json` as they were,
//! `j` saves and writes one `budget.overrun_confirmed` with the command's code, and then the
//! status bar, the Budget screen, `korps budget --json` and the oracle agree.

mod attendance_support;
mod cli_support;
mod common;
mod gate_flow_support;
mod visits_support;

use common::press;
use gate_flow_support::{
    agree, ask_no_then_yes, attendance_file, before_after, cli, conn, events_file, kr, oracle,
    overruns,
};
use korps::app::Screen;
use korps::i18n::Lang;
use tempfile::TempDir;

/// Fremmøde, `b`: Aase Andersen logged as present with 5.000 kr. (her booking was priced at
/// the school visit's rate): the forecast passes the budget, the gate asks with the oracle's
/// before → after; `n` logs nothing, `j` logs her with the amount and audits `attendance`.
#[test]
fn attendance_with_another_amount_past_the_budget_asks_with_the_oracles_numbers() {
    let (dir, mut db, mut state) = attendance_file();
    assert_eq!(
        state.attendance.selected_booking().expect("booking").name,
        "Aase Andersen"
    );
    let keys = "b5.000,00<Enter>Ekstra forberedelse<Enter>";
    let (q, before) = ask_no_then_yes(&dir, &mut db, &mut state, [keys, keys]);
    let after = oracle(&dir);
    let logged: (String, i64) = conn(&dir)
        .query_row(
            "SELECT a.status, h.amount_ore FROM assignments a \
             JOIN persons p ON p.id = a.person_id JOIN honoraria h ON h.assignment_id = a.id \
             WHERE p.name = 'Aase Andersen' AND a.status = 'attended'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("logged");
    assert_eq!(logged, ("attended".to_string(), 500_000));
    assert!(after[4] > after[0], "past the budget: {after:?}");
    assert_eq!(after[2], before[2] + 500_000, "5.000 kr. committed");
    let line = before_after(&before, &after);
    assert!(q.contains(&line), "{line} in {q}");
    assert_eq!(overruns(&dir), vec!["attendance".to_string()]);
    press(&mut state, &mut db, "7");
    agree(&dir, &state, "attendance with another amount");
}

/// Fremmøde, `w`: a walk-in on the festival stand (300 kr. + 100 kr./h) for 20 hours, 2.300 kr.
/// against 1.000 kr. of room: the gate asks with the oracle's before → after; `n` adds nobody,
/// `j` adds the walk-in with its honorarium and audits `walk_in`.
#[test]
fn a_walk_in_past_the_budget_asks_with_the_oracles_numbers() {
    let (dir, mut db, mut state) = attendance_file();
    let keys = "jwt<C-u>20<Enter><Enter>";
    let (q, before) = ask_no_then_yes(&dir, &mut db, &mut state, [keys, "<Enter>"]);
    let after = oracle(&dir);
    let walk_in: i64 = conn(&dir)
        .query_row(
            "SELECT h.amount_ore FROM assignments a JOIN events e ON e.id = a.event_id \
             JOIN honoraria h ON h.assignment_id = a.id \
             WHERE a.walk_in = 1 AND e.date = '2026-11-21'",
            [],
            |r| r.get(0),
        )
        .expect("the walk-in's honorarium");
    assert_eq!(walk_in, 230_000);
    assert_eq!(after[2], before[2] + 230_000, "2.300 kr. committed");
    assert!(after[4] > after[0], "past the budget: {after:?}");
    let line = before_after(&before, &after);
    assert!(q.contains(&line), "{line} in {q}");
    assert_eq!(overruns(&dir), vec!["walk_in".to_string()]);
    press(&mut state, &mut db, "7");
    agree(&dir, &state, "walk-in");
}

/// Honorarer, rates view, `n`: a school-visit rate for role models of 5.000 kr. from 1.11.2026
/// prices the two pending bookings of 25.11 at it (planned = bookings at the rate that will
/// apply): the forecast passes the budget, the gate asks with the oracle's before → after; `n`
/// stores no rate and keeps the form, `j` stores it and audits `rate`.
#[test]
fn a_rate_that_prices_pending_bookings_past_the_budget_asks_with_the_oracles_numbers() {
    let (dir, mut db, mut state) = attendance_file();
    press(&mut state, &mut db, "6vvv");
    assert_eq!(state.screen, Screen::Honorarer);
    let keys = "n<Tab><Tab>5.000,00<Tab><Tab><C-u>1.11.2026<C-s>";
    let (q, before) = ask_no_then_yes(&dir, &mut db, &mut state, [keys, "<C-s>"]);
    let after = oracle(&dir);
    let rate: i64 = conn(&dir)
        .query_row(
            "SELECT amount_ore FROM honorarium_rates WHERE event_kind = 'school_visit' \
             AND person_kind = 'role_model' AND effective_from = '2026-11-01'",
            [],
            |r| r.get(0),
        )
        .expect("the rate is stored");
    assert_eq!(rate, 500_000);
    assert_eq!(after[2], before[2], "nothing committed");
    assert!(after[3] > before[3], "planned grew: {before:?} → {after:?}");
    assert!(after[4] > after[0], "past the budget: {after:?}");
    let line = before_after(&before, &after);
    assert!(q.contains(&line), "{line} in {q}");
    assert_eq!(overruns(&dir), vec!["rate".to_string()]);
    press(&mut state, &mut db, "7");
    agree(&dir, &state, "rate");
}

/// Besøg, `e`: the selected event's role-model needs raised to 9 on a budget that holds the
/// year fully staffed with 100 kr. to spare: the forecast does not move, "if fully staffed"
/// passes the budget, so the gate asks for *staffing would exceed* with the oracle's figures;
/// `n` keeps the needs and the form, `j` saves and audits `event`.
#[test]
fn an_events_needs_raised_past_the_budget_if_fully_staffed_asks_for_staffing() {
    let (dir, mut db, mut state) = events_file(|o| o.forecast + o.unstaffed + 10_000);
    press(&mut state, &mut db, "4");
    assert_eq!(state.screen, Screen::Besoeg);
    let id = state.visits.selected_row().expect("an event").id;
    let needs = |dir: &TempDir| -> i64 {
        conn(dir)
            .query_row(
                "SELECT needs_role_models FROM events WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .expect("needs")
    };
    let needs_before = needs(&dir);
    assert!(needs_before < 9, "{needs_before}");
    let staffed = |dir: &TempDir| {
        let o = common::budget_oracle::oracle(&conn(dir), 2026);
        o.forecast + o.unstaffed
    };
    assert!(
        staffed(&dir) < oracle(&dir)[0],
        "within the budget fully staffed"
    );
    let keys = format!("e{}<C-u>9<C-s>", "<Tab>".repeat(10));
    let (q, before) = ask_no_then_yes(&dir, &mut db, &mut state, [&keys, "<C-s>"]);
    let after = oracle(&dir);
    assert_eq!(needs(&dir), 9, "j saves the needs");
    assert_eq!(after, before, "needs move no figure of the forecast");
    let full = staffed(&dir);
    assert!(full > after[0], "past the budget fully staffed: {full}");
    let line = before_after(&before, &after);
    assert!(q.contains(&line), "{line} in {q}");
    let flag = korps::i18n::budget_flag(korps::domain::budget::BudgetFlag::StaffingWouldExceed)
        .get(Lang::Da);
    assert!(q.contains(&format!("⚠ {flag}: ")), "{flag} in {q}");
    assert!(q.contains(&kr(full)), "{} in {q}", kr(full));
    assert_eq!(overruns(&dir), vec!["event".to_string()]);
    press(&mut state, &mut db, "7");
    agree(&dir, &state, "needs raised");
    assert!(
        cli(&dir).1.contains(&"staffing_would_exceed".to_string()),
        "korps budget names the flag"
    );
}
