//! Appointments and unavailability in storage: overlap refused, ending early keeps history,
//! renewal in one transaction (a refusal rolls back all), Danish order, season edges, the
//! recruitment step and unavailability CRUD with optimistic concurrency.

mod common;

use common::date;
use korps::domain::appointment::{AppointmentError, AppointmentStatus, default_end};
use korps::domain::person::{PersonKind, Recruitment};
use korps::domain::season::Season;
use korps::storage::appointments::{AppointmentFilter, PERSON_TERMS_LIMIT};
use korps::storage::persons::PersonFilter;
use korps::storage::{Database, StorageError};

fn ids_by_name(db: &Database) -> Vec<(String, i64)> {
    db.list_persons(&PersonFilter::default(), 0, 100)
        .expect("list")
        .into_iter()
        .map(|p| (p.name, p.id))
        .collect()
}

fn id_of(db: &Database, name: &str) -> i64 {
    ids_by_name(db)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, id)| id)
        .expect("person exists")
}

fn season() -> Season {
    Season::new(2026, 8)
}

#[test]
fn appointing_sets_the_status_and_refuses_an_overlap_of_the_same_person() {
    let mut db = common::seeded();
    let aase = id_of(&db, "Aase Andersen");
    let mut p = db.person(aase).expect("person");
    p.data.recruitment = Recruitment::Contacted;
    db.update_person(aase, p.version, &p.data).expect("update");
    let start = date(2026, 8, 1);
    let ids = db
        .appoint(&[aase], start, default_end(start), common::today())
        .expect("appoints");
    assert_eq!(ids.len(), 1);
    let person = db.person(aase).expect("person");
    assert_eq!(person.data.recruitment, Recruitment::Appointed);
    assert_eq!(person.data.recruitment_changed, Some(common::today()));
    let history = db.recruitment_history(aase).expect("history");
    assert_eq!(
        history.last(),
        Some(&(Recruitment::Appointed, common::today()))
    );

    // The last day of the term overlaps a term starting on it.
    let err = db
        .appoint(
            &[aase],
            date(2027, 7, 31),
            date(2028, 7, 30),
            common::today(),
        )
        .expect_err("overlap refused");
    assert!(
        matches!(
            &err,
            StorageError::Appointment {
                name,
                error: AppointmentError::Overlaps { .. }
            } if name == "Aase Andersen"
        ),
        "{err:?}"
    );
    assert!(
        err.message(korps::i18n::Lang::Da)
            .contains("Aase Andersen: Personen har allerede")
    );
    // The day after is fine.
    db.appoint(
        &[aase],
        date(2027, 8, 1),
        date(2028, 7, 31),
        common::today(),
    )
    .expect("follows on");
    assert_eq!(
        db.person_appointments(aase, PERSON_TERMS_LIMIT)
            .expect("terms")
            .len(),
        2
    );
    let audit = db.audit_entries("appointments", ids[0], 5).expect("audit");
    assert_eq!(audit[0].action, "appointment.create");
}

#[test]
fn ending_early_needs_a_reason_keeps_the_row_and_is_audited() {
    let mut db = common::seeded();
    let zenia = id_of(&db, "Zenia Holm");
    let start = date(2026, 8, 1);
    let id = db
        .appoint(&[zenia], start, default_end(start), common::today())
        .expect("appoints")[0];
    let a = db.appointment(id).expect("loaded");
    let err = db
        .end_appointment_early(id, a.version, date(2026, 12, 1), "  ", &[])
        .expect_err("reason required");
    assert!(matches!(
        err,
        StorageError::Appointment {
            error: AppointmentError::ReasonRequired,
            ..
        }
    ));
    db.end_appointment_early(id, a.version, date(2026, 12, 1), "Flyttet til Aarhus", &[])
        .expect("ends");
    let ended = db.appointment(id).expect("loaded");
    assert_eq!(ended.end, date(2027, 7, 31), "the appointed end is kept");
    assert_eq!(
        ended.status,
        AppointmentStatus::EndedEarly {
            date: date(2026, 12, 1),
            reason: "Flyttet til Aarhus".into()
        }
    );
    // A stale version is a conflict.
    assert!(matches!(
        db.end_appointment_early(id, a.version, date(2026, 12, 2), "x", &[]),
        Err(StorageError::Conflict)
    ));
    let audit = db.audit_entries("appointments", id, 5).expect("audit");
    assert_eq!(audit[0].action, "appointment.end_early");
    assert!(audit[0].before.is_some() && audit[0].after.is_some());
    // Still listed in its season; no longer in the next.
    assert_eq!(
        db.count_appointments(&AppointmentFilter::season(season()))
            .expect("count"),
        1
    );
    assert_eq!(
        db.count_appointments(&AppointmentFilter::season(season().next()))
            .expect("count"),
        0
    );
}

#[test]
fn the_season_list_is_danish_sorted_and_respects_its_edges() {
    let mut db = common::seeded();
    let all: Vec<i64> = ids_by_name(&db).into_iter().map(|(_, id)| id).collect();
    let start = date(2026, 8, 1);
    db.appoint(&all, start, default_end(start), common::today())
        .expect("appoints");
    let filter = AppointmentFilter::season(season());
    let names: Vec<String> = db
        .list_appointments(&filter, 0, 100)
        .expect("list")
        .into_iter()
        .map(|r| r.name)
        .collect();
    assert_eq!(
        names,
        // Danish order: Æ, Ø, Å after Z, and "Aa" sorts as "Å".
        [
            "Anders Bæk",
            "Émile Dupont",
            "Zenia Holm",
            "Ærenpris Møller",
            "Ørn Østergaard",
            "Aase Andersen",
            "Åse Lund"
        ]
    );
    let window = db.list_appointments(&filter, 2, 2).expect("window");
    assert_eq!(window[0].name, "Zenia Holm");
    assert_eq!(window.len(), 2);
    // Edges: a term ending the day before the season starts is outside; one starting on its
    // last day is inside.
    let aase = id_of(&db, "Aase Andersen");
    let before = db
        .appoint(
            &[aase],
            date(2025, 8, 1),
            date(2026, 7, 31),
            common::today(),
        )
        .expect("earlier term")[0];
    let last = Season::new(2025, 8);
    assert_eq!(
        db.count_appointments(&AppointmentFilter::season(last))
            .expect("count"),
        1
    );
    assert_eq!(db.count_appointments(&filter).expect("count"), 7);
    let ane = id_of(&db, "Åse Lund");
    db.appoint(
        &[ane],
        date(2027, 7, 31),
        date(2028, 7, 30),
        common::today(),
    )
    .expect_err("overlaps her own term");
    let pos = db.appointment_position(&filter, before).expect("position");
    assert_eq!(pos, None, "an earlier season's term is not in this season");
    let kind = AppointmentFilter {
        kind: Some(PersonKind::RoleModel),
        ..filter
    };
    assert_eq!(db.count_appointments(&kind).expect("count"), 3);
}

#[test]
fn renewal_offers_last_seasons_active_people_and_writes_all_or_nothing() {
    let mut db = common::seeded();
    let aase = id_of(&db, "Aase Andersen");
    let anders = id_of(&db, "Anders Bæk");
    let emile = id_of(&db, "Émile Dupont");
    let last = season().prev();
    let start = last.first_day();
    db.appoint(
        &[aase, anders, emile],
        start,
        default_end(start),
        date(2025, 8, 1),
    )
    .expect("last season");
    let stop = db.person_appointments(emile, 5).expect("terms").remove(0);
    db.end_appointment_early(stop.id, stop.version, date(2026, 1, 31), "Stoppet", &[])
        .expect("ends");
    let candidates: Vec<String> = db
        .renewal_candidates(season())
        .expect("candidates")
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(candidates, ["Anders Bæk", "Aase Andersen"]);

    // Anders already got a term overlapping the new one: renewing him too refuses all.
    db.appoint(
        &[anders],
        date(2026, 9, 1),
        date(2027, 8, 31),
        common::today(),
    )
    .expect("appointed by hand");
    let before = db
        .count_appointments(&AppointmentFilter::season(season()))
        .expect("count");
    let err = db
        .renew(&[aase, anders], season(), common::today())
        .expect_err("refused");
    assert!(matches!(err, StorageError::Appointment { .. }));
    assert_eq!(
        db.count_appointments(&AppointmentFilter::season(season()))
            .expect("count"),
        before,
        "nothing of the batch was written"
    );
    db.renew(&[aase], season(), common::today())
        .expect("renews");
    let terms = db.person_appointments(aase, 5).expect("terms");
    assert_eq!(terms[0].start, date(2026, 8, 1));
    assert_eq!(terms[0].end, date(2027, 7, 31));
    assert!(
        db.renewal_candidates(season())
            .expect("candidates")
            .is_empty()
    );
}

#[test]
fn recruitment_steps_write_history_and_check_the_version() {
    let mut db = common::seeded();
    let id = id_of(&db, "Zenia Holm");
    let p = db.person(id).expect("person");
    db.set_recruitment(id, p.version, Recruitment::Stopped, date(2026, 11, 20))
        .expect("stops");
    assert!(matches!(
        db.set_recruitment(id, p.version, Recruitment::Interested, common::today()),
        Err(StorageError::Conflict)
    ));
    let after = db.person(id).expect("person");
    assert_eq!(after.data.recruitment, Recruitment::Stopped);
    assert_eq!(after.data.recruitment_changed, Some(date(2026, 11, 20)));
    assert_eq!(
        db.recruitment_history(id).expect("history").last(),
        Some(&(Recruitment::Stopped, date(2026, 11, 20)))
    );
    assert_eq!(
        db.audit_entries("persons", id, 1).expect("audit")[0].action,
        "person.recruitment"
    );
}

#[test]
fn unavailability_is_added_changed_and_deleted_with_audit() {
    let mut db = common::seeded();
    let id = id_of(&db, "Åse Lund");
    let a = db
        .add_unavailability(id, date(2026, 12, 14), date(2026, 12, 18), " eksamen ", &[])
        .expect("adds")
        .0;
    db.add_unavailability(id, date(2026, 12, 1), date(2026, 12, 1), "", &[])
        .expect("adds");
    let periods = db.unavailability(id, 10).expect("list");
    assert_eq!(periods.len(), 2);
    assert_eq!(periods[0].from, date(2026, 12, 1), "earliest first");
    assert_eq!(periods[1].reason, "eksamen");
    assert!(
        db.add_unavailability(id, date(2026, 12, 2), date(2026, 12, 1), "", &[])
            .is_err(),
        "to before from is refused"
    );
    let p = db.unavailability_period(a).expect("period");
    db.update_unavailability(a, p.version, p.from, date(2026, 12, 19), "eksamen", &[])
        .expect("updates");
    assert!(matches!(
        db.delete_unavailability(a, p.version),
        Err(StorageError::Conflict)
    ));
    db.delete_unavailability(a, p.version + 1).expect("deletes");
    assert_eq!(db.unavailability(id, 10).expect("list").len(), 1);
    let audit = db.audit_entries("unavailability", a, 5).expect("audit");
    let actions: Vec<&str> = audit.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "unavailability.delete",
            "unavailability.update",
            "unavailability.create"
        ]
    );
    assert!(db.person_has_history(id).expect("history"));
}

#[test]
fn a_dense_season_lists_the_same_order_as_a_sparse_one() {
    // Above 1,500 terms the window walks persons in name order instead of sorting.
    let mut db = Database::open_in_memory("testbruger").expect("open");
    let ids = db
        .batch(|db| {
            (0..1_600)
                .map(|i| {
                    let name = format!("{} {i:04}", ["Åse", "Anna", "Ærø", "Bo"][i % 4]);
                    db.insert_person(&common::person(&name, PersonKind::Ambassador, None, None))
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .expect("persons");
    let start = date(2026, 8, 1);
    db.appoint(&ids, start, default_end(start), common::today())
        .expect("appoints");
    let filter = AppointmentFilter::season(season());
    assert_eq!(db.count_appointments(&filter).expect("count"), 1_600);
    let names: Vec<String> = db
        .list_appointments(&filter, 795, 10)
        .expect("window")
        .into_iter()
        .map(|r| r.name)
        .collect();
    let mut all: Vec<String> = db
        .list_persons(&PersonFilter::default(), 0, 2_000)
        .expect("persons")
        .into_iter()
        .map(|p| p.name)
        .collect();
    all.drain(..795);
    all.truncate(10);
    assert_eq!(names, all);
}
