//! Scripted flows through the real loop on a real SQLite file: create a person, find them by
//! search, edit, archive; and an edit that loses a race with another process.

mod common;

use common::press;

use korps::app::state::Overlay;
use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::persons::PersonFilter;
use korps::tui::run_loop::start;
use korps::tui::{buffer_text, run_headless};

fn open(path: &std::path::Path) -> Database {
    Database::open(path, "testbruger").expect("open")
}

#[test]
fn create_find_edit_and_archive_a_person() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let mut db = open(&path);
    common::seed(&mut db);
    let keys = concat!(
        "nSøren Ærbø<Tab><Right><Tab>3.12.2000<Tab>20304050<C-s>", // create
        "/ærbø<Enter>",                                            // find by search
        "e<Tab><Tab><Tab><C-u>11223344<C-s>",                      // edit the phone
        "aj",                                                      // archive, confirm
    );
    let (state, buffer) =
        run_headless(db, common::ctx(Lang::Da), Screen::Korps, 100, 30, keys).expect("runs");
    let text = buffer_text(&buffer);
    assert!(state.overlay.is_none(), "{text}");
    assert!(text.contains("Personen er arkiveret"), "{text}");

    let db = open(&path);
    let filter = PersonFilter {
        search: "Ærbø".into(),
        archived: korps::storage::ArchivedFilter::All,
        ..Default::default()
    };
    let rows = db.list_persons(&filter, 0, 10).expect("list");
    assert_eq!(rows.len(), 1, "exactly one Søren Ærbø");
    let person = db.person(rows[0].id).expect("person");
    assert_eq!(person.data.phone, "11 22 33 44");
    assert!(person.data.archived);
    assert_eq!(person.data.birth_date, Some(common::date(2000, 12, 3)));
    let audit = db.audit_entries("persons", person.id, 10).expect("audit");
    assert!(
        audit.len() >= 3,
        "create, update and archive are audited: {audit:?}"
    );
}

#[test]
fn an_edit_of_a_person_changed_elsewhere_is_refused_and_nothing_is_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let mut db = open(&path);
    common::seed(&mut db);
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    start(&mut state, &mut db);
    press(&mut state, &mut db, "e<C-u>Navn fra os");
    let id = state.roster.list.selected_row().expect("row").id;

    let mut other = open(&path);
    let mut theirs = other.person(id).expect("person");
    theirs.data.notes = "ændret af en kollega".into();
    other
        .update_person(id, theirs.version, &theirs.data)
        .expect("their save");

    press(&mut state, &mut db, "<C-s>");
    let Some(Overlay::Form(open_form)) = &state.overlay else {
        panic!("the form must stay open")
    };
    assert!(
        open_form
            .message
            .as_deref()
            .is_some_and(|m| m.contains("en anden")),
        "{:?}",
        open_form.message
    );
    let stored = other.person(id).expect("person");
    assert_eq!(stored.data.notes, "ændret af en kollega");
    assert_ne!(stored.data.name, "Navn fra os");
}

#[test]
fn after_a_conflict_ctrl_r_shows_their_changes_and_keeps_what_was_typed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let mut db = open(&path);
    common::seed(&mut db);
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    start(&mut state, &mut db);
    // This user: a new name and a new phone number.
    press(
        &mut state,
        &mut db,
        "e<C-u>Navn fra os<Tab><Tab><Tab><C-u>11223344",
    );
    let id = state.roster.list.selected_row().expect("row").id;
    let original = db.person(id).expect("person");

    // Meanwhile a colleague changes the notes and the phone number.
    let mut other = open(&path);
    let mut theirs = other.person(id).expect("person");
    theirs.data.notes = "ændret af en kollega".into();
    theirs.data.phone = "99 88 77 66".into();
    other
        .update_person(id, theirs.version, &theirs.data)
        .expect("their save");

    press(&mut state, &mut db, "<C-s>");
    let message = |state: &State| match &state.overlay {
        Some(Overlay::Form(open)) => open.message.clone().unwrap_or_default(),
        _ => panic!("the form must stay open"),
    };
    assert!(message(&state).contains("Ctrl-R"), "{}", message(&state));

    press(&mut state, &mut db, "<C-r>");
    let reloaded = message(&state);
    assert!(
        reloaded.contains("Telefon"),
        "both changed the phone: {reloaded}"
    );
    let Some(Overlay::Form(open_form)) = &state.overlay else {
        panic!("the form must stay open")
    };
    let field = |label: &str| {
        open_form
            .form
            .fields
            .iter()
            .find(|f| f.label.starts_with(label))
            .map(|f| f.text_value().to_string())
            .expect(label)
    };
    assert_eq!(field("Navn"), "Navn fra os", "what this user typed stays");
    assert_eq!(
        field("Telefon"),
        "99 88 77 66",
        "their value where both changed"
    );
    assert_eq!(
        field("Noter"),
        "ændret af en kollega",
        "their change is shown"
    );

    press(&mut state, &mut db, "<C-s>");
    assert!(state.overlay.is_none(), "saved after the reload");
    let stored = other.person(id).expect("person");
    assert_eq!(stored.data.name, "Navn fra os");
    assert_eq!(stored.data.notes, "ændret af en kollega");
    assert_eq!(stored.data.phone, "99 88 77 66");
    assert_eq!(stored.data.birth_date, original.data.birth_date);
    assert_eq!(stored.version, original.version + 2);
}

#[test]
fn a_bad_birth_date_is_shown_next_to_the_field_and_nothing_is_saved() {
    let mut db = common::seeded();
    let before = db.count_persons(&PersonFilter::default()).expect("count");
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    start(&mut state, &mut db);
    press(&mut state, &mut db, "nIda<Tab><Right><Tab>31.2.2027<C-s>");
    let Some(Overlay::Form(open_form)) = &state.overlay else {
        panic!("form open")
    };
    assert!(open_form.form.fields[2].error.is_some());
    assert_eq!(
        db.count_persons(&PersonFilter::default()).expect("count"),
        before
    );
}
