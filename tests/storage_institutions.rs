//! The institutions list, the home-institution picker, and institution changes.

mod storage_support;

use korps::domain::institution::InstitutionKind;
use korps::storage::StorageError;
use korps::storage::institutions::InstitutionFilter;
use storage_support::{institution, memory_db, person};

#[test]
fn the_list_is_danish_sorted_filtered_and_counts_current_persons() {
    let mut db = memory_db();
    let aabenraa = db
        .insert_institution(&institution(
            "Aabenraa Skole",
            InstitutionKind::PrimarySchool,
        ))
        .unwrap();
    let mut ost = institution("Østskolen", InstitutionKind::PrimarySchool);
    ost.address = "Skolevej 3, Ærøskøbing".into();
    ost.contact_person = "Jens Ørsted".into();
    db.insert_institution(&ost).unwrap();
    let mut closed = institution("Gamle Gymnasium", InstitutionKind::Gymnasium);
    closed.active = false;
    let closed = db.insert_institution(&closed).unwrap();
    db.insert_institution(&institution("Bøgeskolen", InstitutionKind::PrimarySchool))
        .unwrap();

    for name in ["A", "B", "C"] {
        let mut p = person(name);
        p.home_institution_id = Some(aabenraa);
        let id = db.insert_person(&p).unwrap();
        if name == "C" {
            db.set_person_archived(
                id,
                1,
                true,
                chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
                &[],
            )
            .unwrap();
        }
    }

    let active = InstitutionFilter::default();
    let rows = db.list_institutions(&active, 0, 10).unwrap();
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Bøgeskolen", "Østskolen", "Aabenraa Skole"]);
    assert_eq!(rows[2].persons, 2, "archived persons are not counted");
    assert_eq!(db.count_institutions(&active).unwrap(), 3);

    let all = InstitutionFilter {
        include_inactive: true,
        ..InstitutionFilter::default()
    };
    assert_eq!(db.count_institutions(&all).unwrap(), 4);
    assert_eq!(db.institution_position(&all, closed).unwrap(), Some(1));
    assert_eq!(db.institution_position(&active, closed).unwrap(), None);
    let gyms = InstitutionFilter {
        kind: Some(InstitutionKind::Gymnasium),
        include_inactive: true,
        ..InstitutionFilter::default()
    };
    assert_eq!(db.list_institutions(&gyms, 0, 10).unwrap()[0].id, closed);

    let by = |text: &str| {
        let f = InstitutionFilter {
            search: text.into(),
            ..InstitutionFilter::default()
        };
        db.list_institutions(&f, 0, 10)
            .unwrap()
            .into_iter()
            .map(|r| r.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(by("ærøskøbing"), ["Østskolen"], "address");
    assert_eq!(
        by("ORSTED"),
        Vec::<String>::new(),
        "ø is a letter, not an accent"
    );
    assert_eq!(
        by("ørsted skolevej"),
        ["Østskolen"],
        "contact person and address"
    );
    assert_eq!(by("skole"), ["Bøgeskolen", "Østskolen", "Aabenraa Skole"]);
}

#[test]
fn choices_offer_active_institutions_by_name() {
    let mut db = memory_db();
    db.insert_institution(&institution("Vestskolen", InstitutionKind::PrimarySchool))
        .unwrap();
    db.insert_institution(&institution("Ådalskolen", InstitutionKind::PrimarySchool))
        .unwrap();
    let mut old = institution("Vestgymnasiet", InstitutionKind::Gymnasium);
    old.active = false;
    db.insert_institution(&old).unwrap();
    let names = |s: &str, n| {
        db.institution_choices(s, n)
            .unwrap()
            .into_iter()
            .map(|(_, name)| name)
            .collect::<Vec<_>>()
    };
    assert_eq!(names("", 10), ["Vestskolen", "Ådalskolen"]);
    assert_eq!(names("vest", 10), ["Vestskolen"]);
    assert_eq!(names("", 1), ["Vestskolen"]);
}

#[test]
fn edits_conflict_and_deletes_respect_history() {
    let mut db = memory_db();
    let id = db
        .insert_institution(&institution("Midtskolen", InstitutionKind::PrimarySchool))
        .unwrap();
    let mut data = db.institution(id).unwrap().data;
    data.phone = "12 34 56 78".into();
    db.update_institution(id, 1, &data).unwrap();
    assert!(matches!(
        db.update_institution(id, 1, &data),
        Err(StorageError::Conflict)
    ));
    let stored = db.institution(id).unwrap();
    assert_eq!(
        (stored.version, stored.data.phone.as_str()),
        (2, "12 34 56 78")
    );

    let mut p = person("Elev");
    p.home_institution_id = Some(id);
    let pid = db.insert_person(&p).unwrap();
    assert!(db.institution_has_history(id).unwrap());
    assert!(matches!(
        db.delete_institution(id, 2),
        Err(StorageError::HasHistory)
    ));
    db.delete_person(pid, 1).unwrap();
    db.delete_institution(id, 2).unwrap();
    assert!(matches!(db.institution(id), Err(StorageError::NotFound)));
    let log = db.audit_entries("institutions", id, 10).unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "institution.delete",
            "institution.update",
            "institution.create"
        ]
    );
}
