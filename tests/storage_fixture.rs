//! The generator of `tests/fixtures/korps-v1.db`, a korps database at schema version 1 with a
//! few institutions and persons, used by the upgrade test. Run it only to rebuild the fixture:
//! `cargo test --test storage_fixture -- --ignored`.

use std::path::Path;

use korps::domain::collate::{fold, sort_key};
use korps::storage::{APPLICATION_ID, MIGRATIONS};
use rusqlite::{Connection, named_params};

#[test]
#[ignore = "rebuilds the committed fixture"]
fn write_the_version_1_fixture() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/korps-v1.db");
    let _ = std::fs::remove_file(&path);
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(MIGRATIONS[0].sql).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    conn.pragma_update(None, "application_id", APPLICATION_ID)
        .unwrap();
    let institutions = [
        ("Aabenraa Gymnasium", "gymnasium"),
        ("Østskolen", "primary_school"),
        ("Erhvervsskolen Syd", "vocational_college"),
    ];
    for (name, kind) in institutions {
        conn.execute(
            "INSERT INTO institutions (name, name_sort, name_fold, search_fold, kind) \
             VALUES (:name, :sort, :fold, :fold, :kind)",
            named_params! { ":name": name, ":sort": sort_key(name), ":fold": fold(name), ":kind": kind },
        )
        .unwrap();
    }
    let persons = [
        ("Åse Jørgensen", "ambassador", Some(1), "interested"),
        ("Ahmad Karimi", "role_model", Some(3), "appointed"),
        ("Zenia Holm", "ambassador", None, "contacted"),
        ("Søren Ærø", "ambassador", Some(2), "stopped"),
    ];
    for (name, kind, home, status) in persons {
        // As version 1 writes it: name, e-mail, phone, phone digits, institution, one a line.
        let institution = home.map_or("", |h: usize| institutions[h - 1].0);
        let search = format!("{}\n\n\n\n{}", fold(name), fold(institution));
        conn.execute(
            "INSERT INTO persons (name, name_sort, name_fold, search_fold, kind, \
             home_institution_id, recruitment, recruitment_changed) VALUES (:name, :sort, \
             :fold, :search, :kind, :home, :status, '2025-08-01')",
            named_params! {
                ":name": name, ":sort": sort_key(name), ":fold": fold(name), ":search": search,
                ":kind": kind, ":home": home.map(|h| h as i64), ":status": status,
            },
        )
        .unwrap();
        conn.execute(
            "INSERT INTO recruitment_history (person_id, status, changed_on) \
             VALUES (last_insert_rowid(), :status, '2025-08-01')",
            named_params! { ":status": status },
        )
        .unwrap();
    }
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, table_name, row_id, after_json) \
         VALUES ('2025-08-01T09:00:00+02:00', 'fixture', 'person.create', 'persons', 1, '{}')",
        [],
    )
    .unwrap();
    conn.execute_batch("VACUUM").unwrap();
}
