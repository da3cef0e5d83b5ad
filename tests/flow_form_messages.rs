//! What a form says when it opens and after a failed save, through the real key loop (found
//! trying korps as a new user, issue 14): a date already filled in shows its weekday before
//! anything is typed, like a typed one; and "Ret de markerede felter" goes away once no field
//! is marked — also when a valid save meets the budget question and the answer is no, which
//! brings the form back with nothing marked; and a number too large to count (an event's
//! role models needed, 99999999999) is refused beside its field instead of saved as 0; ending a
//! term early with a date outside it and no reason marks both at once; a person's place, chosen
//! before, shows whole in the edit form at 80×24 (not "Erhvervsskolen Syd → Erhvervs…"); an
//! empty required field says "Skal udfyldes" in every form (Honorarer said "skal udfyldes").

mod common;

use chrono::{Datelike, NaiveDate};
use korps::app::State;
use korps::app::state::{OpenForm, Overlay};
use korps::i18n::Lang;
use korps::storage::Database;

fn form(state: &State) -> &OpenForm {
    match &state.overlay {
        Some(Overlay::Form(open)) => open,
        other => panic!("no form open: {other:?}"),
    }
}

/// The hint of the form's field labelled `label`.
fn hint_of(state: &State, label: &str) -> Option<String> {
    let open = form(state);
    let field = open.form.fields.iter().find(|f| f.label.starts_with(label));
    field
        .unwrap_or_else(|| panic!("no field {label}"))
        .hint
        .clone()
}

/// The weekday and date as the forms show them, written out here (not the app's formatter).
fn shown(day: NaiveDate, lang: Lang) -> String {
    let i = day.weekday().num_days_from_monday() as usize;
    let name = match lang {
        Lang::Da => ["man", "tir", "ons", "tor", "fre", "lør", "søn"][i],
        Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i],
    };
    format!("{name} {}.{}.{}", day.day(), day.month(), day.year())
}

#[test]
fn a_date_filled_in_when_the_form_opens_shows_its_weekday() {
    for lang in [Lang::Da, Lang::En] {
        let (_dir, mut db) = common::budget_file(100_000);
        let mut state = State::new(common::ctx(lang), 100, 30);
        korps::tui::run_loop::start(&mut state, &mut db);
        // Budget: a new expense is dated today.
        common::press(&mut state, &mut db, "7a");
        let date_label = form(&state).form.fields[0].label;
        assert_eq!(
            hint_of(&state, date_label),
            Some(shown(common::today(), lang)),
            "{lang:?}: the expense date"
        );
        assert!(form(&state).form.fields.iter().all(|f| f.error.is_none()));
        // Honorarer: a new rate applies from today.
        common::press(&mut state, &mut db, "<Esc>6n");
        let dated: Vec<_> = form(&state)
            .form
            .fields
            .iter()
            .filter(|f| f.date.is_some())
            .map(|f| f.hint.clone())
            .collect();
        assert_eq!(dated, vec![Some(shown(common::today(), lang))], "{lang:?}");
    }
}

/// Budget's new expense with `amount` and neither category nor text, saved: refused, in Danish.
fn expense_refused(spent_ore: i64, amount: &str) -> (tempfile::TempDir, Database, State) {
    let (dir, mut db) = common::budget_file(spent_ore);
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    korps::tui::run_loop::start(&mut state, &mut db);
    common::press(&mut state, &mut db, &format!("7a<Tab>{amount}<C-s>"));
    assert_eq!(
        form(&state).message.as_deref(),
        Some("Ret de markerede felter — intet er gemt")
    );
    assert!(form(&state).form.has_errors());
    (dir, db, state)
}

#[test]
fn fix_the_marked_fields_goes_once_nothing_is_marked() {
    let (_dir, mut db, mut state) = expense_refused(100_000, "250");
    // The marked field filled in: nothing is marked, and the message does not say so.
    common::press(&mut state, &mut db, "Transport");
    assert!(!form(&state).form.has_errors());
    assert_eq!(form(&state).message, None);
}

#[test]
fn a_form_back_from_the_budget_question_has_no_stale_message() {
    // 7.000 kr. spent of 10.000 kr. (warning at 80 %): 1.500 kr. more asks first.
    let (dir, mut db, mut state) = expense_refused(700_000, "1500");
    // The refusal put the focus on the category; typed, Ctrl-S asks first.
    common::press(&mut state, &mut db, "Festival<C-s>");
    assert!(
        matches!(state.overlay, Some(Overlay::Confirm { .. })),
        "the budget question: {:?}",
        state.overlay
    );
    common::press(&mut state, &mut db, "n");
    let open = form(&state);
    assert!(!open.form.has_errors());
    assert_eq!(open.message, None, "nothing is marked, so nothing says so");
    let typed: Vec<&str> = open
        .form
        .fields
        .iter()
        .map(korps::app::form::Field::text_value)
        .collect();
    assert_eq!(typed[1..3], ["1500", "Festival"], "what was typed is kept");
    let count: i64 = rusqlite::Connection::open(dir.path().join("korps.db"))
        .expect("sql")
        .query_row("SELECT COUNT(*) FROM expenses", [], |r| r.get(0))
        .expect("count");
    assert_eq!(count, 1, "no is no: nothing saved");
}

#[test]
fn a_need_too_large_to_count_is_refused_not_saved_as_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let mut db = Database::open(&path, "testbruger").expect("open");
    common::seed(&mut db);
    let events = || -> i64 {
        rusqlite::Connection::open(&path)
            .expect("sql")
            .query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0))
            .expect("count")
    };
    let before = events();
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    korps::tui::run_loop::start(&mut state, &mut db);
    // A school visit at Østre Skole on 9.12; the role models needed (the 11th field) far past
    // what can be counted.
    common::press(
        &mut state,
        &mut db,
        "4n<Tab>Østre<Tab><C-u>9.12.2026<Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab><C-u>99999999999<C-s>",
    );
    let open = form(&state);
    let field = &open.form.fields[10];
    assert_eq!(field.label, "Behov rollemodeller");
    assert_eq!(field.text_value(), "99999999999", "what was typed is kept");
    assert_eq!(field.error.as_deref(), Some("Tallet er for stort"));
    assert_eq!(events(), before, "nothing saved");
}

#[test]
fn ending_a_term_early_marks_the_date_and_the_missing_reason_at_once() {
    use korps::app::appointments::dialogs::Dialog;
    let mut db = common::appointments::seeded_with_appointments();
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    korps::tui::run_loop::start(&mut state, &mut db);
    // 31.7.2030 is after every term of this season; no reason is typed.
    common::press(&mut state, &mut db, "3x<C-u>31.7.2030<C-s>");
    let Some(Overlay::Appointments(dialog)) = &state.overlay else {
        panic!("no dialog: {:?}", state.overlay);
    };
    let Dialog::EndEarly(d) = dialog.as_ref() else {
        panic!("not the end-early dialog: {dialog:?}");
    };
    assert_eq!(
        d.date_error.as_deref(),
        Some("Datoen skal ligge inden for udpegningen")
    );
    assert_eq!(d.reason_error.as_deref(), Some("Angiv en begrundelse"));
    assert_eq!(d.date.value(), "31.7.2030", "what was typed is kept");
}

#[test]
fn a_place_chosen_before_shows_whole_when_a_person_is_edited_at_80x24() {
    for lang in [Lang::Da, Lang::En] {
        let (_, buffer) = korps::tui::run_headless(
            common::seeded(),
            common::ctx(lang),
            korps::app::Screen::Korps,
            80,
            24,
            "/Anders Bæk<Enter>e",
        )
        .expect("runs");
        let text = korps::tui::buffer_text(&buffer);
        let label = match lang {
            Lang::Da => "Skole/sted",
            Lang::En => "School/place",
        };
        let line = text
            .lines()
            .find(|l| l.contains(label))
            .unwrap_or_else(|| panic!("no {label} field:\n{text}"));
        assert!(line.contains("Erhvervsskolen Syd"), "{lang:?}: {line}");
        assert!(!line.contains('…'), "{lang:?}: {line}");
    }
}

#[test]
fn an_empty_required_field_is_said_the_same_way_in_every_form() {
    for (lang, said) in [(Lang::Da, "Skal udfyldes"), (Lang::En, "Required")] {
        let mut db = common::seeded();
        let mut state = State::new(common::ctx(lang), 100, 30);
        korps::tui::run_loop::start(&mut state, &mut db);
        // Korps: a new person saved empty; Honorarer: a new rate saved empty.
        common::press(&mut state, &mut db, "2n<C-s>");
        let person = form(&state).form.fields[0].error.clone();
        common::press(&mut state, &mut db, "<Esc>j6n<C-s>");
        let rate: Vec<_> = form(&state)
            .form
            .fields
            .iter()
            .filter_map(|f| f.error.clone())
            .collect();
        assert_eq!(person.as_deref(), Some(said), "{lang:?}");
        assert!(!rate.is_empty(), "{lang:?}: the rate's amount is required");
        assert!(rate.iter().all(|e| e == said), "{lang:?}: {rate:?}");
    }
}
