//! Shared test support: a fixed context (date, language, user) and a small seeded roster.

#![allow(dead_code)]

pub mod appointments;
pub mod budget_oracle;

use chrono::NaiveDate;
use korps::app::Context;
use korps::domain::institution::{InstitutionData, InstitutionKind};
use korps::domain::person::{PersonData, PersonKind, Recruitment};
use korps::i18n::Lang;
use korps::storage::Database;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// The date every test runs on.
pub fn today() -> NaiveDate {
    date(2026, 11, 27)
}

pub fn ctx(lang: Lang) -> Context {
    Context {
        lang,
        today: today(),
        user: "testbruger".into(),
        corps_name: "Rollemodelkorpset".into(),
        season_start_month: 8,
        db_label: "test.db".into(),
    }
}

pub fn place(name: &str, kind: InstitutionKind, address: &str) -> InstitutionData {
    InstitutionData {
        name: name.into(),
        kind,
        address: address.into(),
        contact_person: String::new(),
        phone: String::new(),
        email: String::new(),
        notes: String::new(),
        active: true,
    }
}

pub fn person(
    name: &str,
    kind: PersonKind,
    birth: Option<NaiveDate>,
    home: Option<i64>,
) -> PersonData {
    PersonData {
        name: name.into(),
        kind,
        birth_date: birth,
        phone: "20 30 40 50".into(),
        email: String::new(),
        home_institution_id: home,
        education: String::new(),
        languages: String::new(),
        themes: String::new(),
        recruitment: Recruitment::Appointed,
        recruitment_changed: Some(date(2026, 8, 1)),
        consent_date: Some(date(2026, 8, 1)),
        guardian_consent_date: None,
        payroll_number: String::new(),
        notes: String::new(),
        archived: false,
    }
}

/// A small corps: a few institutions and persons with Danish names that test the sort order,
/// an under-18 without guardian consent and an archived person.
pub fn seed(db: &mut Database) {
    let gym = db
        .insert_institution(&place(
            "Aabenraa Gymnasium",
            InstitutionKind::Gymnasium,
            "Skolevej 1",
        ))
        .expect("insert");
    let eud = db
        .insert_institution(&place(
            "Erhvervsskolen Syd",
            InstitutionKind::VocationalCollege,
            "Havnegade 4",
        ))
        .expect("insert");
    db.insert_institution(&place(
        "Østre Skole",
        InstitutionKind::PrimarySchool,
        "Østergade 12",
    ))
    .expect("insert");
    db.insert_institution(&place(
        "Nørremarkskolen",
        InstitutionKind::PrimarySchool,
        "Nørremarksvej 3",
    ))
    .expect("insert");
    let people = [
        (
            "Zenia Holm",
            PersonKind::Ambassador,
            Some(date(2008, 3, 2)),
            Some(gym),
        ),
        (
            "Aase Andersen",
            PersonKind::RoleModel,
            Some(date(2001, 6, 14)),
            None,
        ),
        (
            "Ørn Østergaard",
            PersonKind::Ambassador,
            Some(date(2009, 12, 1)),
            Some(gym),
        ),
        (
            "Anders Bæk",
            PersonKind::Ambassador,
            Some(date(2007, 1, 20)),
            Some(eud),
        ),
        (
            "Åse Lund",
            PersonKind::RoleModel,
            Some(date(2000, 2, 29)),
            None,
        ),
        ("Ærenpris Møller", PersonKind::Ambassador, None, Some(eud)),
        (
            "Émile Dupont",
            PersonKind::RoleModel,
            Some(date(1999, 9, 9)),
            None,
        ),
    ];
    for (name, kind, birth, home) in people {
        let mut p = person(name, kind, birth, home);
        if name.starts_with("Zenia") {
            p.guardian_consent_date = Some(date(2026, 8, 2));
        }
        db.insert_person(&p).expect("insert");
    }
    let mut gone = person(
        "Bo Arkiv",
        PersonKind::Ambassador,
        Some(date(2004, 4, 4)),
        None,
    );
    gone.archived = true;
    gone.recruitment = Recruitment::Stopped;
    db.insert_person(&gone).expect("insert");
}

/// A fresh in-memory database with the seeded corps.
pub fn seeded() -> Database {
    let mut db = Database::open_in_memory("testbruger").expect("open");
    seed(&mut db);
    db
}

/// The status bar's message (empty when there is none).
pub fn message(state: &korps::app::State) -> String {
    state
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

/// Types `keys_text` (the `--keys` syntax) into the real key loop: each key through the keymap
/// and `dispatch`, effects run against `db` at once.
pub fn press(state: &mut korps::app::State, db: &mut Database, keys_text: &str) {
    use ratatui::crossterm::event::Event;
    for key in korps::tui::keys::parse(keys_text).expect("keys") {
        if let Some(action) = korps::tui::run_loop::action_for(state, &Event::Key(key)) {
            korps::tui::run_loop::dispatch(state, db, action);
        }
    }
}

/// A database file in a new folder with a 2026 budget of 10.000 kr. (warning at 80 %) and one
/// expense of `amount_ore` ("Festival · Stand" on 2.3.2026): the budget-gate flow tests' start.
pub fn budget_file(amount_ore: i64) -> (tempfile::TempDir, Database) {
    let dir = tempfile::TempDir::new().expect("dir");
    let mut db = Database::open(&dir.path().join("korps.db"), "testbruger").expect("open");
    db.set_budget_year(2026, 0, 1_000_000, 80).expect("budget");
    db.insert_expense(&korps::storage::expenses::ExpenseData {
        spent_on: date(2026, 3, 2),
        amount_ore,
        category: "Festival".into(),
        text: "Stand".into(),
    })
    .expect("expense");
    (dir, db)
}
