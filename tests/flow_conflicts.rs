//! Conflicts keep the user's work, in every form that edits a stored record (the person form's
//! case is in `flow_roster`): through the real key loop on a real file, another user's change
//! is written by a second `Database` connection; the save says "Ctrl-R"; Ctrl-R shows their
//! values, keeps what this user typed where they changed nothing, and names the fields taken
//! from them; the next save writes both. A money form saved after the reload still passes the
//! budget gate.

mod common;
mod visits_support;

use std::path::Path;

use chrono::NaiveDate;
use common::press;
use korps::app::state::{FormKind, Overlay};
use korps::app::visits::forms::VisitsForm;
use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::expenses::ExpenseData;
use korps::tui::run_loop::start;

fn open(path: &Path) -> Database {
    Database::open(path, "testbruger").expect("open")
}

/// The message at the top of the open form (panics when no form is open).
fn message(state: &State) -> String {
    match &state.overlay {
        Some(Overlay::Form(open)) => open.message.clone().unwrap_or_default(),
        _ => panic!("the form must stay open"),
    }
}

/// The text of the open form's field whose label starts with `label`.
fn field(state: &State, label: &str) -> String {
    let Some(Overlay::Form(open)) = &state.overlay else {
        panic!("the form must stay open")
    };
    open.form
        .fields
        .iter()
        .find(|f| f.label.starts_with(label))
        .map_or_else(
            || panic!("no field {label}"),
            |f| f.text_value().to_string(),
        )
}

/// The message after Ctrl-R: the part naming the fields shown with the other user's value,
/// and the part naming where both changed (empty when none).
fn reload_message(state: &State) -> (String, String) {
    let text = message(state);
    assert!(text.starts_with("Genindlæst"), "{text}");
    let taken = text
        .split_once("vises i ")
        .map(|(_, rest)| rest.split('.').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    let both = text
        .split_once("I har begge ændret ")
        .map(|(_, rest)| rest.split(" — ").next().unwrap_or_default().to_string())
        .unwrap_or_default();
    (taken, both)
}

/// The screen as drawn at 100×30.
fn screen(state: &State) -> String {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).expect("terminal");
    terminal
        .draw(|frame| korps::ui::render(state, frame))
        .expect("draw");
    korps::tui::buffer_text(terminal.backend().buffer())
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

#[test]
fn an_event_form_after_a_conflict_reloads_with_their_changes_and_keeps_what_was_typed() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("korps.db");
    let mut db = open(&path);
    let s = visits_support::seed(&mut db);
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Besoeg;
    start(&mut state, &mut db);
    // To next week, down to the visit on Thursday 3.12.
    press(&mut state, &mut db, "l");
    for _ in 0..10 {
        if state.visits.selected_detail().map(|d| d.event.id) == Some(s.visit) {
            break;
        }
        press(&mut state, &mut db, "j");
    }
    press(&mut state, &mut db, "e");
    assert!(
        matches!(&state.overlay, Some(Overlay::Form(f))
            if matches!(&f.kind, FormKind::Visits(VisitsForm::Event(Some(e))) if e.id == s.visit)),
        "the visit's form is open"
    );
    // This user: the room, and the notes.
    press(
        &mut state,
        &mut db,
        "<Tab><Tab><Tab><Tab><Tab><C-u>Aula<Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab><C-u>vores note",
    );
    assert_eq!(field(&state, "Lokale"), "Aula");
    assert_eq!(field(&state, "Noter"), "vores note");

    // Meanwhile a colleague changes the expected pupils, the contact and the notes.
    let mut other = open(&path);
    let before = other.event(s.visit).expect("event");
    let mut theirs = before.data.clone();
    theirs.expected_pupils = Some(61);
    theirs.contact = "Lærer Jensen".into();
    theirs.notes = "deres note".into();
    other
        .update_event(s.visit, before.version, &theirs, common::today())
        .expect("their save");

    press(&mut state, &mut db, "<C-s>");
    assert!(message(&state).contains("Ctrl-R"), "{}", message(&state));
    assert_eq!(field(&state, "Lokale"), "Aula", "a conflict loses nothing");

    press(&mut state, &mut db, "<C-r>");
    let (taken, both) = reload_message(&state);
    assert_eq!(taken, "Forventede elever, Kontakt, Noter");
    assert_eq!(both, "Noter");
    assert_eq!(
        field(&state, "Lokale"),
        "Aula",
        "typed here, not changed there"
    );
    assert_eq!(field(&state, "Forventede elever"), "61");
    assert_eq!(field(&state, "Kontakt"), "Lærer Jensen");
    assert_eq!(field(&state, "Noter"), "deres note", "both changed: theirs");

    press(&mut state, &mut db, "<C-s>");
    assert!(state.overlay.is_none(), "saved after the reload");
    let stored = other.event(s.visit).expect("event");
    assert_eq!(stored.data.place, "Aula");
    assert_eq!(stored.data.expected_pupils, Some(61));
    assert_eq!(stored.data.contact, "Lærer Jensen");
    assert_eq!(stored.data.notes, "deres note");
    assert_eq!(stored.data.date, before.data.date);
    assert!(
        stored.version > before.version + 1,
        "saved over their version"
    );
    assert!(db.check().expect("check").is_ok());
}

/// 2026 with a budget of 10.000 kr. (warning at 80 %) and one expense of 5.000 kr., in a file.
fn budget_file(path: &Path) -> (Database, i64) {
    let mut db = open(path);
    db.set_budget_year(2026, 0, 1_000_000, 80).expect("budget");
    let id = db
        .insert_expense(&ExpenseData {
            spent_on: date(2026, 3, 2),
            amount_ore: 500_000,
            category: "Festival".into(),
            text: "Stand".into(),
        })
        .expect("expense");
    (db, id)
}

fn budget_screen(db: &mut Database) -> State {
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Budget;
    start(&mut state, db);
    state
}

#[test]
fn an_expense_form_after_a_conflict_keeps_the_typed_text_and_shows_their_amount() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("korps.db");
    let (mut db, id) = budget_file(&path);
    let mut state = budget_screen(&mut db);
    press(&mut state, &mut db, "e<Tab><Tab><Tab><C-u>Stand og telt");

    let mut other = open(&path);
    let before = other.expense(id).expect("expense");
    let mut theirs = before.data.clone();
    theirs.amount_ore = 600_000;
    theirs.category = "Festivaler".into();
    other
        .update_expense(id, before.version, &theirs)
        .expect("their save");

    press(&mut state, &mut db, "<C-s>");
    assert!(message(&state).contains("Ctrl-R"), "{}", message(&state));
    assert!(
        screen(&state).contains("✗ Ændret af en anden"),
        "the conflict is an error"
    );
    press(&mut state, &mut db, "<C-r>");
    let shown = screen(&state);
    assert!(
        shown.contains("• Genindlæst") && !shown.contains("✗ Genindlæst"),
        "the reload is news, not an error:\n{shown}"
    );
    let (taken, both) = reload_message(&state);
    assert_eq!(taken, "Beløb, Kategori");
    assert_eq!(both, "", "nobody else changed the text");
    assert_eq!(field(&state, "Beløb"), "6.000,00");
    assert_eq!(field(&state, "Kategori"), "Festivaler");
    assert_eq!(field(&state, "Tekst"), "Stand og telt");

    press(&mut state, &mut db, "<C-s>");
    assert!(state.overlay.is_none(), "saved after the reload");
    let stored = other.expense(id).expect("expense");
    assert_eq!(stored.data.amount_ore, 600_000);
    assert_eq!(stored.data.category, "Festivaler");
    assert_eq!(stored.data.text, "Stand og telt");
    assert_eq!(stored.version, before.version + 2);
}

#[test]
fn an_expense_saved_after_a_reload_still_asks_the_budget_gate() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("korps.db");
    let (mut db, id) = budget_file(&path);
    let mut state = budget_screen(&mut db);
    // 11.000 kr. on a 10.000 kr. budget.
    press(&mut state, &mut db, "e<Tab><C-u>11.000");

    let mut other = open(&path);
    let before = other.expense(id).expect("expense");
    let mut theirs = before.data.clone();
    theirs.text = "Stand, 2 dage".into();
    other
        .update_expense(id, before.version, &theirs)
        .expect("their save");

    press(&mut state, &mut db, "<C-s>");
    // Whichever the save met first (the question or the conflict), nothing is written.
    if matches!(state.overlay, Some(Overlay::Confirm { .. })) {
        press(&mut state, &mut db, "j");
    }
    assert!(message(&state).contains("Ctrl-R"), "{}", message(&state));
    assert_eq!(other.expense(id).expect("e").data, theirs);

    press(&mut state, &mut db, "<C-r>");
    assert_eq!(reload_message(&state).0, "Tekst");
    assert_eq!(field(&state, "Beløb"), "11.000");
    press(&mut state, &mut db, "<C-s>");
    let Some(Overlay::Confirm { question, .. }) = &state.overlay else {
        panic!("the gate asks before an overrun, also after a reload");
    };
    assert!(question.contains("Gem alligevel?"), "{question}");
    press(&mut state, &mut db, "n");
    assert_eq!(
        other.expense(id).expect("e").data,
        theirs,
        "no saves nothing"
    );
    assert_eq!(
        field(&state, "Beløb"),
        "11.000",
        "the form is back as typed"
    );

    press(&mut state, &mut db, "<C-s>j");
    assert!(state.overlay.is_none(), "saved after yes");
    let stored = other.expense(id).expect("expense");
    assert_eq!(stored.data.amount_ore, 1_100_000);
    assert_eq!(stored.data.text, "Stand, 2 dage");
    let confirmed: i64 = rusqlite::Connection::open(&path)
        .expect("sql")
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'budget.overrun_confirmed'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(confirmed, 1, "the overrun is audited");
}

#[test]
fn the_budget_year_form_after_a_conflict_keeps_the_typed_threshold() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("korps.db");
    let (mut db, _) = budget_file(&path);
    let mut state = budget_screen(&mut db);
    press(&mut state, &mut db, "b<Tab><C-u>90");

    let mut other = open(&path);
    let before = other.budget_year(2026).expect("year");
    other
        .set_budget_year(2026, before.version, 2_000_000, before.threshold_percent)
        .expect("their save");

    press(&mut state, &mut db, "<C-s>");
    assert!(message(&state).contains("Ctrl-R"), "{}", message(&state));
    press(&mut state, &mut db, "<C-r>");
    let (taken, both) = reload_message(&state);
    assert_eq!(taken, "Budget (kr");
    assert_eq!(both, "");
    assert_eq!(field(&state, "Budget"), "20.000,00");
    assert_eq!(field(&state, "Varslingsgrænse"), "90");

    press(&mut state, &mut db, "<C-s>");
    assert!(state.overlay.is_none(), "saved after the reload");
    let stored = other.budget_year(2026).expect("year");
    assert_eq!(
        (stored.amount_ore, stored.threshold_percent),
        (2_000_000, 90)
    );
    assert_eq!(stored.version, before.version + 2);
}

#[test]
fn ctrl_r_without_a_change_elsewhere_or_in_a_new_form_loses_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("korps.db");
    let (mut db, id) = budget_file(&path);
    let mut state = budget_screen(&mut db);
    press(&mut state, &mut db, "e<Tab><Tab><Tab><C-u>Kun her<C-r>");
    let text = message(&state);
    assert!(text.contains("ikke ændret noget"), "{text}");
    assert_eq!(field(&state, "Tekst"), "Kun her");
    press(&mut state, &mut db, "<C-s>");
    assert_eq!(db.expense(id).expect("e").data.text, "Kun her");

    // A new expense has nothing stored to reload: the typed amount stays.
    press(&mut state, &mut db, "n<Tab>123<C-r>");
    assert!(
        message(&state).contains("intet gemt"),
        "{}",
        message(&state)
    );
    assert_eq!(field(&state, "Beløb"), "123");

    // Deleted by the other user: said so, the form and its text stay.
    press(&mut state, &mut db, "<Esc>j");
    press(&mut state, &mut db, "e<Tab><Tab><Tab><C-u>Igen");
    let mut other = open(&path);
    let version = other.expense(id).expect("e").version;
    other.delete_expense(id, version).expect("their delete");
    press(&mut state, &mut db, "<C-r>");
    assert!(
        message(&state).contains("Findes ikke længere"),
        "{}",
        message(&state)
    );
    assert_eq!(field(&state, "Tekst"), "Igen");
}

#[test]
fn the_end_early_dialog_after_a_conflict_reloads_the_term_and_keeps_the_typed_reason() {
    use korps::domain::appointment::default_end;
    use korps::storage::persons::PersonFilter;
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("korps.db");
    let mut db = open(&path);
    common::seed(&mut db);
    let anders = db
        .list_persons(&PersonFilter::default(), 0, 100)
        .expect("list")
        .into_iter()
        .find(|p| p.name == "Anders Bæk")
        .expect("Anders")
        .id;
    let start_day = date(2025, 8, 1);
    let term = db
        .appoint(&[anders], start_day, default_end(start_day), start_day)
        .expect("appoint")[0];
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Udpegninger;
    start(&mut state, &mut db);
    press(
        &mut state,
        &mut db,
        "<Left>x<C-u>31.3.2026<Tab>Flyttet til Odense",
    );

    let mut other = open(&path);
    let version = other.appointment(term).expect("term").version;
    other
        .end_appointment_early(term, version, date(2026, 1, 31), "Stoppet", &[])
        .expect("their end");

    let dialog_message = |state: &State| match &state.overlay {
        Some(Overlay::Appointments(d)) => match d.as_ref() {
            korps::app::appointments::dialogs::Dialog::EndEarly(d) => (
                d.message.clone().unwrap_or_default(),
                d.reason.value().to_string(),
            ),
            _ => panic!("the end-early dialog must stay open"),
        },
        _ => panic!("the end-early dialog must stay open"),
    };
    // Once this hung: the figures' refresh after another process's change was dropped while
    // the dialog was open, and the run loop asked for it again for ever.
    press(&mut state, &mut db, "<C-s>");
    assert_eq!(
        state.budget.stamp,
        Some(db.change_stamp().expect("stamp")),
        "the status bar's figures follow the other process's change"
    );
    let (text, reason) = dialog_message(&state);
    assert!(text.contains("Ctrl-R"), "{text}");
    assert_eq!(reason, "Flyttet til Odense");

    press(&mut state, &mut db, "<C-r>");
    let (text, reason) = dialog_message(&state);
    assert!(text.contains("allerede"), "their early end is said: {text}");
    assert_eq!(reason, "Flyttet til Odense", "what was typed stays");
    let stored = other.appointment(term).expect("term");
    assert_eq!(stored.version, version + 1, "nothing more written");
}
