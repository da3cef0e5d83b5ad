//! Privacy: anonymising (storage, the roster's `A` with its two questions), a person's export,
//! the review list, SQL-looking input through every form field and search, and private files.

mod common;
mod safety_support;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use korps::app::Screen;
use korps::app::state::Overlay;
use korps::domain::person::PersonKind;
use korps::i18n::Lang;
use korps::storage::persons::PersonFilter;
use korps::storage::{ArchivedFilter, Database, StorageError};
use korps::tui::{buffer_text, run_headless};
use rusqlite::Connection;
use safety_support::korps;

const SQL: &str = "Robert'); DROP TABLE persons; -- 100% _x_ \"q\" `b` \\ ;";

fn all() -> PersonFilter {
    PersonFilter {
        archived: ArchivedFilter::All,
        ..PersonFilter::default()
    }
}

fn tables(path: &Path) -> Vec<String> {
    let conn = Connection::open(path).expect("raw");
    let mut st = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .expect("prepare");
    st.query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

/// Mette with an appointment, an attended assignment and a paid honorarium, edited twice.
fn mette(path: &Path) -> i64 {
    let mut db = Database::open(path, "tester").expect("open");
    common::seed(&mut db);
    let mut p = common::person(
        "Mette Kjærsgaard",
        PersonKind::Ambassador,
        Some(common::date(2008, 1, 2)),
        Some(1),
    );
    p.email = "mette.k@example.org".into();
    p.phone = "20 11 22 33".into();
    p.payroll_number = "778899".into();
    p.notes = "Allergisk over for nødder".into();
    p.recruitment = korps::domain::person::Recruitment::Stopped;
    p.recruitment_changed = Some(common::date(2021, 3, 1));
    let id = db.insert_person(&p).expect("insert");
    p.notes = "Ringer efter kl. 16".into();
    db.update_person(id, 1, &p).expect("update");
    drop(db);
    Connection::open(path)
        .expect("raw")
        .execute_batch(&format!(
            "INSERT INTO appointments (id, person_id, term_start, term_end, status, ended_on, end_reason)
                 VALUES (70, {id}, '2020-08-01', '2021-07-31', 'ended_early', '2021-03-01', 'Flyttet til Mette-byen');
             INSERT INTO events (id, kind, date) VALUES (70, 'school_visit', '2020-10-10');
             INSERT INTO assignments (id, event_id, person_id, status, minutes) VALUES (70, 70, {id}, 'attended', 90);
             INSERT INTO payout_batches (id, paid_on, reference) VALUES (70, '2020-11-30', 'B-70');
             INSERT INTO honoraria (id, assignment_id, person_id, amount_ore, earned_on, status, batch_id)
                 VALUES (70, 70, {id}, 50000, '2020-10-10', 'paid', 70);
             INSERT INTO unavailability (person_id, from_date, to_date, reason)
                 VALUES ({id}, '2020-12-01', '2020-12-20', 'Eksamen på Mette-skolen');
             INSERT INTO audit_log (at, actor, action, table_name, row_id, before_json, after_json)
                 VALUES ('2020-10-10T10:00:00+02:00', 'anne', 'assignment.create', 'assignments', 70, NULL,
                         '{{\"person_id\": {id}, \"note\": \"Mette Kjærsgaard kommer kl. 9\"}}');"
        ))
        .expect("history");
    id
}

#[test]
fn anonymising_removes_personal_fields_everywhere_and_keeps_the_money_trail() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let id = mette(&path);
    let mut db = Database::open(&path, "tester").expect("open");
    assert!(matches!(
        db.anonymise_person(id, 1),
        Err(StorageError::Conflict)
    ));
    let preview = db.anonymise_preview(id).expect("preview");
    assert_eq!(
        (preview.appointments, preview.assignments, preview.honoraria),
        (1, 1, 1)
    );
    db.anonymise_person(id, 2).expect("anonymise");
    let p = db.person(id).expect("person");
    assert_eq!(p.data.name, "Anonymiseret ".to_string() + &id.to_string());
    assert_eq!(p.data.kind, PersonKind::Ambassador);
    assert!(p.data.archived && p.data.birth_date.is_none() && p.data.email.is_empty());
    assert!(p.data.phone.is_empty() && p.data.payroll_number.is_empty() && p.data.notes.is_empty());
    assert_eq!(p.data.home_institution_id, None);
    assert!(db.is_anonymised(id).expect("flag"));
    let conn = Connection::open(&path).expect("raw");
    let money: (i64, String, i64) = conn
        .query_row(
            "SELECT amount_ore, status, batch_id FROM honoraria WHERE id = 70",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("honorarium");
    assert_eq!(money, (50000, "paid".into(), 70));
    let everything: String = conn
        .query_row(
            "SELECT group_concat(coalesce(before_json, '') || coalesce(after_json, ''), ' ') || \
             (SELECT group_concat(end_reason) FROM appointments) || \
             (SELECT group_concat(reason) FROM unavailability) FROM audit_log",
            [],
            |r| r.get(0),
        )
        .expect("audit");
    for secret in [
        "Mette Kjærsgaard",
        "mette.k@example.org",
        "20 11 22 33",
        "778899",
        "nødder",
        "Ringer efter",
        "Mette-byen",
        "Mette-skolen",
        "2008-01-02",
    ] {
        assert!(!everything.contains(secret), "{secret} survived");
    }
    assert!(db.check().expect("check").is_ok(), "the rules still hold");
    let audit = db.audit_entries("persons", id, 10).expect("audit");
    assert_eq!(audit[0].action, "person.anonymise");
    assert!(audit[0].before.is_none());
    println!(
        "anonymise figures: {} audit rows of the person scrubbed, 0 personal texts left",
        audit.len()
    );
}

#[test]
fn the_roster_asks_twice_before_anonymising() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let id = mette(&path);
    let find = "/kjærsgaard<Enter>";
    // One yes is not enough; a no at the second question cancels.
    let db = Database::open(&path, "t").expect("open");
    let (state, buffer) = run_headless(
        db,
        common::ctx(Lang::Da),
        Screen::Korps,
        120,
        40,
        &format!("{find}Aj"),
    )
    .expect("runs");
    let text = buffer_text(&buffer);
    assert!(
        matches!(state.overlay, Some(Overlay::Confirm { .. })),
        "{text}"
    );
    assert!(text.contains("SIDSTE CHANCE"), "{text}");
    let db = Database::open(&path, "t").expect("open");
    run_headless(
        db,
        common::ctx(Lang::Da),
        Screen::Korps,
        120,
        40,
        &format!("{find}Ajn"),
    )
    .expect("runs");
    assert!(
        !Database::open(&path, "t")
            .expect("open")
            .is_anonymised(id)
            .expect("flag")
    );
    let db = Database::open(&path, "t").expect("open");
    let (_, buffer) = run_headless(
        db,
        common::ctx(Lang::En),
        Screen::Korps,
        100,
        30,
        &format!("{find}Ayy"),
    )
    .expect("runs");
    assert!(buffer_text(&buffer).contains("The person is anonymised"));
    assert!(
        Database::open(&path, "t")
            .expect("open")
            .is_anonymised(id)
            .expect("flag")
    );
}

#[test]
fn export_person_writes_everything_privately_and_review_lists_the_inactive() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let path = d.join("korps.db");
    let id = mette(&path);
    let out_file = d.join("ud/mette.json");
    let out = korps(d)
        .arg("--db")
        .arg(&path)
        .args(["export", "person", "mette kjærsgaard", "-o"])
        .arg(&out_file)
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let mode = |p: &Path| fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&out_file), 0o600);
    assert_eq!(mode(&d.join("ud")), 0o700);
    let doc: serde_json::Value =
        serde_json::from_slice(&fs::read(&out_file).expect("read")).expect("json");
    assert_eq!(doc["person"]["id"], id);
    for key in [
        "appointments",
        "unavailability",
        "assignments",
        "honoraria",
        "recruitment_history",
    ] {
        assert_eq!(doc[key].as_array().map(Vec::len), Some(1), "{key}: {doc}");
    }
    assert_eq!(doc["honoraria"][0]["batch_reference"], "B-70");
    assert_eq!(
        doc["audit_log"].as_array().map(Vec::len),
        Some(3),
        "create, update and the assignment row"
    );
    assert_eq!(
        doc["home_institution"]["data"]["name"],
        "Aabenraa Gymnasium"
    );

    let run = |args: &[&str]| {
        korps(d)
            .arg("--db")
            .arg(&path)
            .args(args)
            .output()
            .expect("run")
    };
    let out = run(&["export", "person", "a", "-o", "x.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Flere personer passer"));
    let out = run(&["export", "person", "Ingen Sådan", "-o", "x.json"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Ingen person passer"));

    // Review: Mette's last appointment ended 1.3.2021; everyone else was just appointed.
    let out = run(&["privacy", "review"]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{out:?}");
    assert!(
        text.contains("Mette Kjærsgaard") && text.contains("01.03.2021"),
        "{text}"
    );
    assert!(!text.contains("Zenia"), "{text}");
    assert!(text.contains("1 i alt"), "{text}");
    let out = run(&["privacy", "review", "--years", "6"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Ingen — der er ikke nogen"));
    fs::write(d.join("no-config.toml"), "review_after_years = 10\n").expect("config");
    let out = run(&["--lang", "en", "privacy", "review"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("more than 10 years"));
}

#[test]
fn sql_looking_input_through_every_field_and_search_is_stored_verbatim() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("korps.db");
    let mut db = Database::open(&path, "t").expect("open");
    common::seed(&mut db);
    drop(db);
    let before = tables(&path);
    let typed = SQL.replace('<', "<lt>");
    let count = || {
        Database::open(&path, "t")
            .expect("open")
            .count_persons(&all())
            .expect("count")
    };
    let mut saved = 0;
    let mut refused = 0;
    // Person form: every text field (lookups and choices take no typed text to store).
    for field in [0usize, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13] {
        let n = count();
        let tabs = "<Tab>".repeat(field.saturating_sub(1));
        let keys = if field == 0 {
            format!("n{typed}<Tab><Right><C-s>")
        } else {
            format!("nSQL {field}<Tab><Right>{tabs}{typed}<C-s>")
        };
        let db = Database::open(&path, "t").expect("open");
        let (state, _) =
            run_headless(db, common::ctx(Lang::Da), Screen::Korps, 120, 40, &keys).expect("runs");
        if count() == n + 1 {
            saved += 1;
            let db = Database::open(&path, "t").expect("open");
            let found = db
                .list_persons(
                    &PersonFilter {
                        search: if field == 0 {
                            "robert".into()
                        } else {
                            format!("sql {field}")
                        },
                        ..all()
                    },
                    0,
                    5,
                )
                .expect("find");
            let p = db.person(found[0].id).expect("person").data;
            let values = [
                &p.name,
                &p.email,
                &p.phone,
                &p.education,
                &p.languages,
                &p.themes,
                &p.payroll_number,
                &p.notes,
            ];
            assert!(
                values.iter().any(|v| **v == SQL),
                "field {field} not verbatim: {p:?}"
            );
        } else {
            refused += 1;
            assert!(
                matches!(state.overlay, Some(Overlay::Form(_))),
                "field {field}: refused inline"
            );
        }
        assert_eq!(tables(&path), before);
    }
    // Institution form.
    for field in [0usize, 2, 3, 4, 5, 6] {
        let tabs = "<Tab>".repeat(field.saturating_sub(1));
        let keys = if field == 0 {
            format!("n{typed}<C-s>")
        } else {
            format!("nSQL {field}<Tab>{tabs}{typed}<C-s>")
        };
        let db = Database::open(&path, "t").expect("open");
        let (state, _) =
            run_headless(db, common::ctx(Lang::Da), Screen::Steder, 120, 40, &keys).expect("runs");
        if state.overlay.is_none() {
            saved += 1;
        } else {
            refused += 1;
        }
        assert_eq!(tables(&path), before);
    }
    // Searches and the lookup field.
    for (screen, keys) in [
        (Screen::Korps, format!("/{typed}")),
        (Screen::Steder, format!("/{typed}")),
        (Screen::Korps, format!("n<Tab><Tab><Tab><Tab><Tab>{typed}")),
        (Screen::Korps, "/%".to_string()),
        (Screen::Korps, "/_".to_string()),
    ] {
        let db = Database::open(&path, "t").expect("open");
        let (state, buffer) =
            run_headless(db, common::ctx(Lang::Da), screen, 120, 40, &keys).expect("runs");
        assert!(
            state.message.as_ref().is_none_or(|m| !m.is_error),
            "{}",
            buffer_text(&buffer)
        );
    }
    let db = Database::open(&path, "t").expect("open");
    // `%` is not a wildcard: as a LIKE pattern "o%x" would match "Robert … _x_". (`_` never
    // reaches LIKE as a wildcard either: search folds it to a word break, and `escape_like`
    // escapes it besides.)
    for q in ["o%x", "1%0"] {
        let hits = db
            .list_persons(
                &PersonFilter {
                    search: q.into(),
                    ..all()
                },
                0,
                100,
            )
            .expect("search");
        assert!(hits.is_empty(), "{q} acted as a wildcard: {hits:?}");
    }
    let hits = db
        .list_persons(
            &PersonFilter {
                search: "100%".into(),
                ..all()
            },
            0,
            100,
        )
        .expect("search");
    assert!(
        !hits.is_empty()
            && hits
                .iter()
                .all(|r| r.name.contains("100%") || r.name.starts_with("SQL"))
    );
    assert_eq!(tables(&path), before);
    assert!(db.check().expect("check").is_ok());
    println!(
        "sql-input figures: {saved} fields stored verbatim, {refused} refused inline by validation, 5 searches, tables intact ({} tables)",
        before.len()
    );
    let conn = Connection::open(&path).expect("raw");
    let verbatim = |sql: &str| -> i64 { conn.query_row(sql, [SQL], |r| r.get(0)).expect("count") };
    let persons = verbatim(
        "SELECT count(*) FROM persons WHERE ?1 IN (name, education, languages, themes, notes)",
    );
    let places = verbatim(
        "SELECT count(*) FROM institutions WHERE ?1 IN (name, address, contact_person, notes)",
    );
    // Free text is stored as typed; phone, e-mail, dates, payroll number and the lookup refuse
    // it inline (their own validation) and save nothing.
    assert_eq!((persons, places, saved, refused), (5, 4, 9, 9));
}

#[test]
fn every_file_korps_writes_is_private() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    fs::set_permissions(d, fs::Permissions::from_mode(0o755)).expect("chmod");
    let path = d.join("data/korps.db");
    let run = |args: &[&str]| {
        let out = korps(d)
            .arg("--db")
            .arg(&path)
            .args(args)
            .output()
            .expect("run");
        assert!(out.status.success(), "{args:?}: {out:?}");
    };
    run(&["init"]);
    run(&["backup", d.join("kopi/a/b.db").to_str().expect("utf-8")]);
    run(&["restore", d.join("kopi/a/b.db").to_str().expect("utf-8")]);
    let mut db = Database::open(&path, "t").expect("open");
    db.insert_person(&common::person("Xena", PersonKind::Ambassador, None, None))
        .expect("insert");
    drop(db);
    run(&[
        "export",
        "person",
        "Xena",
        "-o",
        d.join("ud/x.json").to_str().expect("utf-8"),
    ]);
    let demo = korps(d)
        .args(["demo", "--out"])
        .arg(d.join("demo/demo.db"))
        .output()
        .expect("demo");
    assert!(demo.status.success());
    // While a connection is open, the WAL companions exist: they are private too.
    let open = Database::open(&path, "t").expect("open");
    open.count_persons(&all()).expect("read");
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    let mut stack = vec![d.to_path_buf()];
    while let Some(p) = stack.pop() {
        for e in fs::read_dir(&p).expect("dir") {
            let e = e.expect("entry").path();
            let m = fs::metadata(&e).expect("meta").permissions().mode() & 0o777;
            if e.is_dir() {
                dirs.push((e.clone(), m));
                stack.push(e);
            } else if !e.ends_with("no-config.toml") {
                files.push((e, m));
            }
        }
    }
    drop(open);
    assert!(
        files
            .iter()
            .any(|(p, _)| p.to_string_lossy().ends_with("-wal"))
    );
    let loose: Vec<_> = files
        .iter()
        .filter(|(_, m)| *m != 0o600)
        .chain(dirs.iter().filter(|(_, m)| *m != 0o700))
        .collect();
    println!(
        "permission figures: {} files 0600, {} folders 0700, exceptions {loose:?}",
        files.len(),
        dirs.len()
    );
    assert!(loose.is_empty(), "{loose:?}");
}
