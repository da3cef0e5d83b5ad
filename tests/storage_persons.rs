//! The roster's queries and changes: Danish order, windows, search, filters, optimistic
//! concurrency, history, the audit log and batches.

mod storage_support;

use korps::domain::institution::InstitutionKind;
use korps::domain::person::{PersonKind, Recruitment};
use korps::i18n::Lang;
use korps::storage::persons::PersonFilter;
use korps::storage::{ArchivedFilter, Database, StorageError};
use storage_support::{d, institution, memory_db, person, pin_clock};

fn names(db: &Database, filter: &PersonFilter, offset: usize, limit: usize) -> Vec<String> {
    db.list_persons(filter, offset, limit)
        .expect("list")
        .into_iter()
        .map(|r| r.name)
        .collect()
}

fn search(db: &Database, text: &str) -> Vec<String> {
    let filter = PersonFilter {
        search: text.to_string(),
        archived: ArchivedFilter::All,
        ..PersonFilter::default()
    };
    names(db, &filter, 0, 100)
}

#[test]
fn the_roster_is_in_danish_order() {
    let mut db = memory_db();
    for name in [
        "Åse", "Aase", "Zenia", "Ørn", "Ærø", "anna", "Birgit", "Émile", "Emil",
    ] {
        db.insert_person(&person(name)).unwrap();
    }
    assert_eq!(
        names(&db, &PersonFilter::default(), 0, 100),
        [
            "anna", "Birgit", "Emil", "Émile", "Zenia", "Ærø", "Ørn", "Aase", "Åse"
        ]
    );
}

#[test]
fn windows_and_counts_and_positions_agree() {
    let mut db = memory_db();
    let mut ids = Vec::new();
    for i in 0..25 {
        ids.push(
            db.insert_person(&person(&format!("Person {i:02}")))
                .unwrap(),
        );
    }
    let all = PersonFilter::default();
    assert_eq!(db.count_persons(&all).unwrap(), 25);
    assert_eq!(
        names(&db, &all, 10, 3),
        ["Person 10", "Person 11", "Person 12"]
    );
    assert_eq!(names(&db, &all, 24, 10), ["Person 24"]);
    assert!(names(&db, &all, 30, 10).is_empty());
    assert_eq!(db.person_position(&all, ids[17]).unwrap(), Some(17));
    let archived = PersonFilter {
        archived: ArchivedFilter::Archived,
        ..PersonFilter::default()
    };
    assert_eq!(db.person_position(&archived, ids[17]).unwrap(), None);
    assert_eq!(db.person_position(&all, 999).unwrap(), None);
}

#[test]
fn a_page_counts_and_lists_in_one_go_and_steps_back_past_the_end() {
    let mut db = memory_db();
    for i in 0..25 {
        db.insert_person(&person(&format!("Person {i:02}")))
            .unwrap();
    }
    let some = PersonFilter {
        search: "person 1".into(),
        ..PersonFilter::default()
    };
    let (total, offset, rows) = db.persons_page(&some, 0, 5).unwrap();
    assert_eq!((total, offset), (db.count_persons(&some).unwrap(), 0));
    let listed: Vec<String> = rows.into_iter().map(|r| r.name).collect();
    assert_eq!(listed, names(&db, &some, 0, 5));
    // Asking beyond the end (the list shrank) gives the last window instead of nothing.
    let matching = db.count_persons(&some).unwrap();
    let (total, offset, rows) = db.persons_page(&some, 40, 4).unwrap();
    assert_eq!((total, offset, rows.len()), (matching, matching - 4, 4));
    let none = PersonFilter {
        search: "ingen sådan".into(),
        ..PersonFilter::default()
    };
    assert_eq!(db.persons_page(&none, 0, 5).unwrap(), (0, 0, Vec::new()));
}

#[test]
fn search_matches_every_word_in_name_phone_email_or_institution() {
    let mut db = memory_db();
    let school = db
        .insert_institution(&institution(
            "Aabenraa Statsskole",
            InstitutionKind::Gymnasium,
        ))
        .unwrap();
    let college = db
        .insert_institution(&institution(
            "Erhvervsskolen Øst",
            InstitutionKind::VocationalCollege,
        ))
        .unwrap();
    let mut soren = person("Søren Kierkegaard");
    soren.phone = "+45 22 33 44 55".into();
    soren.email = "Soren.K@Example.DK".into();
    soren.home_institution_id = Some(school);
    db.insert_person(&soren).unwrap();
    let mut zoe = person("Zoë Ærbech-Hansen");
    zoe.phone = "87 65 43 21".into();
    zoe.email = "zoe_h@mail.dk".into();
    zoe.home_institution_id = Some(college);
    db.insert_person(&zoe).unwrap();
    db.insert_person(&person("Anders 100% Andersen")).unwrap();

    assert_eq!(search(&db, "søren"), ["Søren Kierkegaard"]);
    assert_eq!(search(&db, "SØREN kierke"), ["Søren Kierkegaard"]);
    assert_eq!(
        search(&db, "zoe"),
        ["Zoë Ærbech-Hansen"],
        "accents are folded"
    );
    assert_eq!(search(&db, "ærbech hansen"), ["Zoë Ærbech-Hansen"]);
    assert_eq!(search(&db, "2233"), ["Søren Kierkegaard"], "phone digits");
    assert_eq!(search(&db, "22 33 44"), ["Søren Kierkegaard"]);
    assert_eq!(
        search(&db, "soren.k@example"),
        ["Søren Kierkegaard"],
        "e-mail"
    );
    assert_eq!(
        search(&db, "aabenraa"),
        ["Søren Kierkegaard"],
        "home institution"
    );
    assert_eq!(search(&db, "øst zoe"), ["Zoë Ærbech-Hansen"]);
    assert_eq!(
        search(&db, "100%"),
        ["Anders 100% Andersen"],
        "% is literal"
    );
    assert!(search(&db, "%").len() == 1);
    assert!(search(&db, "søren øst").is_empty(), "every word must match");
    assert!(search(&db, "'; DROP TABLE persons; --").is_empty());
    assert_eq!(search(&db, "").len(), 3);
    assert_eq!(search(&db, "   ").len(), 3);

    let mut renamed = db.institution(college).unwrap();
    renamed.data.name = "Tekniske Skole Vest".into();
    db.update_institution(college, renamed.version, &renamed.data)
        .unwrap();
    assert_eq!(
        search(&db, "tekniske"),
        ["Zoë Ærbech-Hansen"],
        "renames are searchable"
    );
    assert!(search(&db, "øst zoe").is_empty());
    assert_eq!(
        db.person(db_id_of(&db, "Zoë")).unwrap().version,
        1,
        "no version bump"
    );
    assert_eq!(
        db.count_persons(&PersonFilter {
            search: "hansen".into(),
            ..PersonFilter::default()
        })
        .unwrap(),
        1
    );
}

fn db_id_of(db: &Database, name: &str) -> i64 {
    let filter = PersonFilter {
        search: name.to_string(),
        ..PersonFilter::default()
    };
    db.list_persons(&filter, 0, 1).expect("list")[0].id
}

#[test]
fn filters_narrow_the_list() {
    let mut db = memory_db();
    let school = db
        .insert_institution(&institution("Vestskolen", InstitutionKind::PrimarySchool))
        .unwrap();
    let mut a = person("Anna");
    a.kind = PersonKind::RoleModel;
    a.recruitment = Recruitment::Appointed;
    a.home_institution_id = Some(school);
    db.insert_person(&a).unwrap();
    db.insert_person(&person("Bo")).unwrap();
    let c = db.insert_person(&person("Carl")).unwrap();
    db.set_person_archived(
        c,
        1,
        true,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
        &[],
    )
    .unwrap();

    let f = |kind, recruitment, archived, institution_id| PersonFilter {
        search: String::new(),
        kind,
        recruitment,
        archived,
        institution_id,
    };
    let cur = ArchivedFilter::Current;
    assert_eq!(names(&db, &f(None, None, cur, None), 0, 9), ["Anna", "Bo"]);
    assert_eq!(
        names(&db, &f(None, None, ArchivedFilter::Archived, None), 0, 9),
        ["Carl"]
    );
    assert_eq!(
        names(&db, &f(None, None, ArchivedFilter::All, None), 0, 9).len(),
        3
    );
    assert_eq!(
        names(&db, &f(Some(PersonKind::RoleModel), None, cur, None), 0, 9),
        ["Anna"]
    );
    assert_eq!(
        names(
            &db,
            &f(None, Some(Recruitment::Interested), cur, None),
            0,
            9
        ),
        ["Bo"]
    );
    assert_eq!(
        names(&db, &f(None, None, cur, Some(school)), 0, 9),
        ["Anna"]
    );
    let row = db
        .list_persons(&f(None, None, cur, Some(school)), 0, 1)
        .unwrap();
    assert_eq!(row[0].institution.as_deref(), Some("Vestskolen"));
    assert_eq!(row[0].kind, PersonKind::RoleModel);
}

#[test]
fn a_person_round_trips_every_field() {
    let mut db = memory_db();
    let school = db
        .insert_institution(&institution("Nordskolen", InstitutionKind::PrimarySchool))
        .unwrap();
    let mut data = person("Fatima Ali");
    data.kind = PersonKind::RoleModel;
    data.birth_date = Some(d(2009, 2, 28));
    data.phone = "22 33 44 55".into();
    data.email = "fatima@example.dk".into();
    data.home_institution_id = Some(school);
    data.education = "STX 2.g".into();
    data.languages = "dansk, arabisk".into();
    data.themes = "at skifte uddannelse".into();
    data.recruitment = Recruitment::Contacted;
    data.recruitment_changed = Some(d(2026, 9, 1));
    data.consent_date = Some(d(2026, 9, 2));
    data.guardian_consent_date = Some(d(2026, 9, 3));
    data.payroll_number = "LN-1234".into();
    data.notes = "\u{1b}[31mrød\u{1b}[0m ☃ 漢字".into();
    let id = db.insert_person(&data).unwrap();
    let stored = db.person(id).unwrap();
    assert_eq!((stored.id, stored.version), (id, 1));
    assert_eq!(stored.data, data);
    assert!(matches!(db.person(id + 1), Err(StorageError::NotFound)));
}

#[test]
fn a_stale_save_from_another_handle_is_refused_and_the_first_save_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("korps.db");
    let mut first = Database::open(&path, "anne").unwrap();
    let mut second = Database::open(&path, "bo").unwrap();
    let id = first.insert_person(&person("Mette")).unwrap();

    let mine = first.person(id).unwrap();
    let theirs = second.person(id).unwrap();
    let mut edit = mine.data.clone();
    edit.phone = "11 11 11 11".into();
    first.update_person(id, mine.version, &edit).unwrap();

    let mut stale = theirs.data.clone();
    stale.phone = "99 99 99 99".into();
    let err = second
        .update_person(id, theirs.version, &stale)
        .unwrap_err();
    assert!(matches!(err, StorageError::Conflict), "{err:?}");
    assert_eq!(
        err.message(Lang::Da),
        "Ændret af en anden i mellemtiden — genindlæs med Ctrl-R (det du har skrevet bevares)"
    );
    assert!(matches!(
        second.set_person_archived(
            id,
            theirs.version,
            true,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
            &[]
        ),
        Err(StorageError::Conflict)
    ));
    assert!(matches!(
        second.delete_person(id, theirs.version),
        Err(StorageError::Conflict)
    ));
    let now = second.person(id).unwrap();
    assert_eq!((now.version, now.data.phone.as_str()), (2, "11 11 11 11"));

    first.delete_person(id, 2).unwrap();
    assert!(matches!(
        second.update_person(id, 2, &stale),
        Err(StorageError::NotFound)
    ));
}

#[test]
fn changes_write_audit_rows_with_before_and_after() {
    let mut db = memory_db();
    let id = db.insert_person(&person("Mette")).unwrap();
    let mut edit = db.person(id).unwrap().data;
    edit.name = "Mette Frederiksen".into();
    db.update_person(id, 1, &edit).unwrap();
    db.set_person_archived(
        id,
        2,
        true,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
        &[],
    )
    .unwrap();

    let log = db.audit_entries("persons", id, 10).unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        ["person.archive", "person.update", "person.create"]
    );
    let update = &log[1];
    assert_eq!(update.actor, "tester");
    assert_eq!(update.at, "2026-11-27T14:03:05+01:00");
    assert_eq!(update.table, "persons");
    assert_eq!(update.row_id, Some(id));
    let before = update.before.as_ref().unwrap();
    let after = update.after.as_ref().unwrap();
    assert_eq!(before["data"]["name"], "Mette");
    assert_eq!(after["data"]["name"], "Mette Frederiksen");
    assert_eq!(
        (before["version"].as_i64(), after["version"].as_i64()),
        (Some(1), Some(2))
    );
    assert!(log[2].before.is_none());
    assert_eq!(log[0].after.as_ref().unwrap()["data"]["archived"], true);
    assert_eq!(db.audit_entries("persons", id, 1).unwrap().len(), 1);

    db.set_person_archived(
        id,
        3,
        false,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
        &[],
    )
    .unwrap();
    db.delete_person(id, 4).unwrap();
    let last = db.audit_entries("persons", id, 1).unwrap().remove(0);
    assert_eq!(last.action, "person.delete");
    assert!(last.after.is_none());
}

#[test]
fn update_keeps_the_archived_flag_and_records_recruitment_changes() {
    let mut db = memory_db();
    let mut data = person("Ida");
    data.recruitment_changed = Some(d(2026, 8, 1));
    let id = db.insert_person(&data).unwrap();
    db.set_person_archived(
        id,
        1,
        true,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
        &[],
    )
    .unwrap();

    let mut edit = db.person(id).unwrap().data;
    edit.archived = false;
    edit.recruitment = Recruitment::Contacted; // the old date carried over: today is used
    db.update_person(id, 2, &edit).unwrap();
    let stored = db.person(id).unwrap();
    assert!(stored.data.archived, "only set_person_archived changes it");
    assert_eq!(stored.data.recruitment_changed, Some(d(2026, 11, 27)));

    let mut edit = stored.data.clone();
    edit.recruitment = Recruitment::Appointed;
    edit.recruitment_changed = Some(d(2026, 11, 20)); // a date the caller chose
    db.update_person(id, 3, &edit).unwrap();
    let mut edit = db.person(id).unwrap().data;
    edit.notes = "no status change".into();
    edit.recruitment_changed = None;
    db.update_person(id, 4, &edit).unwrap();

    assert_eq!(
        db.recruitment_history(id).unwrap(),
        [
            (Recruitment::Interested, d(2026, 8, 1)),
            (Recruitment::Contacted, d(2026, 11, 27)),
            (Recruitment::Appointed, d(2026, 11, 20)),
        ]
    );
    assert_eq!(
        db.person(id).unwrap().data.recruitment_changed,
        Some(d(2026, 11, 20))
    );

    let fresh = db.insert_person(&person("Ny")).unwrap();
    assert_eq!(
        db.recruitment_history(fresh).unwrap(),
        [(Recruitment::Interested, d(2026, 11, 27))]
    );
}

#[test]
fn a_person_with_history_cannot_be_deleted() {
    let mut db = memory_db();
    let plain = db.insert_person(&person("Uden historik")).unwrap();
    assert!(!db.person_has_history(plain).unwrap());
    db.delete_person(plain, 1).unwrap();
    assert!(matches!(db.person(plain), Err(StorageError::NotFound)));

    let moved = db.insert_person(&person("Skiftet status")).unwrap();
    let mut edit = db.person(moved).unwrap().data;
    edit.recruitment = Recruitment::Contacted;
    db.update_person(moved, 1, &edit).unwrap();
    assert!(db.person_has_history(moved).unwrap());
    let err = db.delete_person(moved, 2).unwrap_err();
    assert!(matches!(err, StorageError::HasHistory));
    assert!(err.message(Lang::En).contains("Archive it instead"));
    assert!(db.person(moved).is_ok());
}

#[test]
fn a_batch_is_all_or_nothing() {
    let mut db = memory_db();
    let result = db.batch(|db| {
        db.insert_person(&person("Første"))?;
        db.insert_person(&person("Anden"))?;
        db.update_person(12_345, 1, &person("Findes ikke"))?;
        Ok(())
    });
    assert!(matches!(result, Err(StorageError::NotFound)));
    assert_eq!(db.count_persons(&PersonFilter::default()).unwrap(), 0);

    let ids = db
        .batch(|db| {
            let a = db.insert_person(&person("Første"))?;
            // An inner failure that the batch handles leaves only its own step undone.
            assert!(db.delete_person(a, 99).is_err());
            let b = db.insert_person(&person("Anden"))?;
            Ok((a, b))
        })
        .unwrap();
    assert_eq!(db.count_persons(&PersonFilter::default()).unwrap(), 2);
    assert_eq!(db.audit_entries("persons", ids.0, 10).unwrap().len(), 1);
}

#[test]
fn a_batch_on_a_file_commits_for_other_handles() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("korps.db");
    let mut writer = Database::open(&path, "demo").unwrap();
    pin_clock(&mut writer);
    writer
        .batch(|db| {
            for i in 0..50 {
                db.insert_person(&person(&format!("P{i}")))?;
            }
            Ok(())
        })
        .unwrap();
    let reader = Database::open(&path, "reader").unwrap();
    assert_eq!(reader.count_persons(&PersonFilter::default()).unwrap(), 50);
}
