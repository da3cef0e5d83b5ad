//! Unit tests of `update`: actions in, state changes and effects out, no storage involved.

use chrono::NaiveDate;
use tui_input::InputRequest;

use crate::app::layout;
use crate::app::list::Window;
use crate::app::state::Overlay;
use crate::app::{Action, Context, Effect, Screen, State, init, update};
use crate::domain::person::{Person, PersonData, PersonKind, PersonRow, Recruitment};
use crate::i18n::Lang;

fn ctx() -> Context {
    Context {
        lang: Lang::Da,
        today: NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
        user: "test".into(),
        corps_name: "Rollemodelkorpset".into(),
        season_start_month: 8,
        db_label: "test.db".into(),
    }
}

fn row(id: i64) -> PersonRow {
    PersonRow {
        id,
        name: format!("Person {id}"),
        kind: PersonKind::Ambassador,
        birth_date: None,
        phone: String::new(),
        email: String::new(),
        institution: None,
        recruitment: Recruitment::Appointed,
        archived: false,
    }
}

fn person(id: i64) -> Person {
    Person {
        id,
        version: 3,
        data: PersonData {
            name: format!("Person {id}"),
            kind: PersonKind::Ambassador,
            birth_date: None,
            phone: String::new(),
            email: String::new(),
            home_institution_id: None,
            education: String::new(),
            languages: String::new(),
            themes: String::new(),
            recruitment: Recruitment::Appointed,
            recruitment_changed: None,
            consent_date: None,
            guardian_consent_date: None,
            payroll_number: String::new(),
            notes: String::new(),
            archived: false,
        },
    }
}

/// A state showing the first window of a roster of `total` persons.
fn loaded(total: usize) -> State {
    let mut s = State::new(ctx(), 80, 24);
    let effects = init(&mut s);
    assert!(matches!(
        effects[..],
        [
            Effect::LoadPersons {
                window: Window { offset: 0, .. },
                ..
            },
            Effect::AfterFrame(_)
        ]
    ));
    let rows = (0..total.min(200)).map(|i| row(i as i64 + 1)).collect();
    let effects = update(
        &mut s,
        Action::PersonsLoaded {
            total,
            offset: 0,
            rows,
        },
    );
    assert_eq!(effects, vec![Effect::LoadPerson(1)]);
    update(&mut s, Action::PersonLoaded(Box::new(person(1))));
    s
}

#[test]
fn typing_in_the_search_reloads_from_the_top_with_the_search_text() {
    let mut s = loaded(50);
    update(&mut s, Action::MoveSelection(5));
    update(&mut s, Action::StartSearch);
    let effects = update(&mut s, Action::EditSearch(InputRequest::InsertChar('å')));
    match &effects[..] {
        [
            Effect::LoadPersons {
                filter,
                window: Window { offset: 0, .. },
            },
        ] => {
            assert_eq!(filter.search, "å");
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(s.roster.list.selected, 0);
}

#[test]
fn moving_asks_for_the_selected_persons_detail() {
    let mut s = loaded(50);
    let effects = update(&mut s, Action::MoveSelection(1));
    assert_eq!(effects, vec![Effect::LoadPerson(2)]);
}

#[test]
fn jumping_outside_the_loaded_window_loads_another_window() {
    let mut s = loaded(10_000);
    let effects = update(&mut s, Action::SelectLast);
    let height = layout::list_rows(80, 24);
    match &effects[..] {
        [Effect::LoadPersons { window, .. }] => {
            // The window covers the view at the end and no more than half a view around it.
            assert!(window.offset <= 10_000 - height && 10_000 <= window.offset + window.len);
            assert_eq!(window.len, crate::app::list::window_len(height));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(s.roster.list.selected, 9_999);
}

#[test]
fn escape_leaves_the_search_then_clears_it() {
    let mut s = loaded(5);
    update(&mut s, Action::StartSearch);
    update(&mut s, Action::EditSearch(InputRequest::InsertChar('x')));
    assert!(update(&mut s, Action::Dismiss).is_empty());
    assert!(!s.roster.searching);
    let effects = update(&mut s, Action::Dismiss);
    assert!(
        matches!(&effects[..], [Effect::LoadPersons { filter, .. }] if filter.search.is_empty())
    );
}

#[test]
fn archiving_asks_first_and_carries_the_loaded_version() {
    let mut s = loaded(5);
    assert!(update(&mut s, Action::ToggleArchived).is_empty());
    let Some(Overlay::Confirm { question, .. }) = &s.overlay else {
        panic!("no question")
    };
    assert!(question.contains("Person 1"));
    let effects = update(&mut s, Action::Answer(true));
    assert!(matches!(
        &effects[..],
        [Effect::SetPersonArchived {
            id: 1,
            version: 3,
            archived: true,
            ..
        }]
    ));
}

#[test]
fn saying_no_runs_nothing() {
    let mut s = loaded(5);
    update(&mut s, Action::DeleteItem);
    assert!(update(&mut s, Action::Answer(false)).is_empty());
    assert!(s.overlay.is_none());
}

#[test]
fn clicking_a_tab_switches_screen_and_loads_it() {
    let mut s = loaded(5);
    let (_, _, x, _) = layout::tabs(Lang::Da, 80)
        .into_iter()
        .find(|t| t.0 == Screen::Steder)
        .expect("the Steder tab");
    let effects = update(
        &mut s,
        Action::Click {
            column: x + 1,
            row: 0,
        },
    );
    assert_eq!(s.screen, Screen::Steder);
    assert!(matches!(&effects[..], [Effect::LoadPlaces { .. }]));
}

#[test]
fn clicking_a_row_selects_it() {
    let mut s = loaded(20);
    let table_y = 2; // tab bar, filter line, then the table header
    let effects = update(
        &mut s,
        Action::Click {
            column: 5,
            row: table_y + 1 + 3,
        },
    );
    assert_eq!(s.roster.list.selected, 3);
    assert_eq!(effects, vec![Effect::LoadPerson(4)]);
}

#[test]
fn a_conflict_keeps_the_form_open_with_the_message() {
    let mut s = loaded(5);
    update(&mut s, Action::EditItem);
    assert!(matches!(s.overlay, Some(Overlay::Form(_))));
    update(&mut s, Action::Conflict("Ændret af en anden".into()));
    let Some(Overlay::Form(open)) = &s.overlay else {
        panic!("form closed")
    };
    assert_eq!(open.message.as_deref(), Some("Ændret af en anden"));
    assert!(s.message.as_ref().is_some_and(|m| m.is_error));
}

#[test]
fn closing_an_unchanged_form_asks_nothing_but_a_changed_one_asks() {
    let mut s = loaded(5);
    update(&mut s, Action::CreateItem);
    update(&mut s, Action::CancelForm);
    assert!(s.overlay.is_none());
    update(&mut s, Action::CreateItem);
    let Some(Overlay::Form(open)) = &mut s.overlay else {
        panic!("no form")
    };
    // A change to a choice field needs no validation of text.
    open.form.focus = 1;
    update(&mut s, Action::Dismiss);
    assert!(s.overlay.is_none(), "nothing typed yet");
}

#[test]
fn the_help_scrolls_with_the_arrow_keys_and_starts_at_the_top() {
    let mut s = loaded(5);
    update(&mut s, Action::ShowHelp);
    update(&mut s, Action::Scroll(1));
    update(&mut s, Action::Scroll(1));
    assert_eq!(s.help_scroll, 2);
    assert_eq!(s.roster.list.selected, 0, "the list behind does not move");
    update(&mut s, Action::Dismiss);
    update(&mut s, Action::ShowHelp);
    assert_eq!(s.help_scroll, 0);
}

#[test]
fn a_message_goes_on_the_users_next_action_not_on_a_result() {
    let mut s = loaded(30);
    s.info("Annulleret".into());
    update(
        &mut s,
        Action::Resize {
            width: 100,
            height: 30,
        },
    );
    update(&mut s, Action::PersonLoaded(Box::new(person(2))));
    assert!(
        s.message.is_some(),
        "a resize or a result keeps the message"
    );
    update(&mut s, Action::MoveSelection(1));
    assert_eq!(s.message, None, "the next key takes it away");
    update(&mut s, Action::Reload);
    assert!(
        s.message.as_ref().is_some_and(|m| m.text == "Genindlæst"),
        "the action's own message stays: {:?}",
        s.message
    );
}
