//! Honoraria for the Honorarer tests, inserted directly (the attendance screen that normally
//! makes them is another issue's): on top of `common::seed`, five held events in 2026 with
//! attended bookings and one honorarium each — Aase Andersen 500 kr. (school visit, 2.3.),
//! Anders Bæk 500 kr. (job centre, 10.4.), Åse Lund 350 kr. with a reason (festival, 20.6.),
//! Zenia Holm 500 kr. (school visit, 1.9.) and Aase Andersen 300 kr. (other, 15.10.) — all
//! awaiting approval. Anders Bæk's payroll number looks like a formula (`=1+2`).

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use korps::storage::Database;
use rusqlite::{Connection, params};

use super::common;

/// (person, event kind, date, amount in øre, reason)
pub const ROWS: [(&str, &str, &str, i64, &str); 5] = [
    ("Aase Andersen", "school_visit", "2026-03-02", 50_000, ""),
    ("Anders Bæk", "job_centre", "2026-04-10", 50_000, ""),
    (
        "Åse Lund",
        "festival_stand",
        "2026-06-20",
        35_000,
        "gik tidligt",
    ),
    ("Zenia Holm", "school_visit", "2026-09-01", 50_000, ""),
    ("Aase Andersen", "other", "2026-10-15", 30_000, ""),
];

/// A seeded database file in `dir` with the honoraria above; returns its path.
pub fn file(dir: &Path) -> PathBuf {
    let path = dir.join("korps.db");
    {
        let mut db = Database::open(&path, "testbruger").expect("open");
        common::seed(&mut db);
    }
    let conn = Connection::open(&path).expect("raw open");
    conn.execute(
        "UPDATE persons SET payroll_number = '=1+2' WHERE name = 'Anders Bæk'",
        [],
    )
    .expect("payroll");
    conn.execute(
        "UPDATE persons SET payroll_number = 'L-1001' WHERE name = 'Aase Andersen'",
        [],
    )
    .expect("payroll");
    for (name, kind, date, amount, reason) in ROWS {
        let person: i64 = conn
            .query_row("SELECT id FROM persons WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .expect("person");
        conn.execute(
            "INSERT INTO events (kind, date, status) VALUES (?1, ?2, 'held')",
            params![kind, date],
        )
        .expect("event");
        let event = conn.last_insert_rowid();
        conn.execute(
            "INSERT INTO assignments (event_id, person_id, status, honorarium_ore) \
             VALUES (?1, ?2, 'attended', ?3)",
            params![event, person, amount],
        )
        .expect("assignment");
        let assignment = conn.last_insert_rowid();
        conn.execute(
            "INSERT INTO honoraria (assignment_id, person_id, amount_ore, earned_on, amount_reason) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![assignment, person, amount, date, reason],
        )
        .expect("honorarium");
    }
    path
}

/// The database handle the tests use.
pub fn open(path: &Path) -> Database {
    Database::open(path, "testbruger").expect("open")
}

/// The id of the honorarium of `name` earned on `date` (ISO).
pub fn id_of(path: &Path, name: &str, date: &str) -> i64 {
    Connection::open(path)
        .expect("raw open")
        .query_row(
            "SELECT h.id FROM honoraria h JOIN persons p ON p.id = h.person_id \
             WHERE p.name = ?1 AND h.earned_on = ?2",
            [name, date],
            |r| r.get(0),
        )
        .expect("honorarium id")
}
