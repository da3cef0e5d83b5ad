//! Several handles on one file: writers wait for each other (busy timeout behind
//! `BEGIN IMMEDIATE`) instead of failing, and every write is kept.

mod storage_support;

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use korps::storage::Database;
use korps::storage::persons::PersonFilter;
use storage_support::person;

#[test]
fn a_writer_waits_for_a_held_write_lock_instead_of_failing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("korps.db");
    let mut second = Database::open(&path, "bo").unwrap();
    let (locked_tx, locked_rx) = mpsc::channel();
    let holder = {
        let path = path.clone();
        thread::spawn(move || {
            let mut first = Database::open(&path, "anne").unwrap();
            first
                .batch(|db| {
                    db.insert_person(&person("Holder"))?;
                    locked_tx.send(()).unwrap();
                    // Hold the write lock well past the moment the other writer asks for it.
                    thread::sleep(Duration::from_millis(300));
                    Ok(())
                })
                .unwrap();
        })
    };
    locked_rx.recv().unwrap();
    second
        .insert_person(&person("Waiter"))
        .expect("waits for the lock rather than failing with Busy");
    holder.join().unwrap();
    assert_eq!(second.count_persons(&PersonFilter::default()).unwrap(), 2);
}

#[test]
fn four_writers_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("korps.db");
    drop(Database::open(&path, "setup").unwrap());
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let path = path.clone();
            thread::spawn(move || {
                let mut db = Database::open(&path, &format!("writer {w}")).unwrap();
                for i in 0..25 {
                    let id = db.insert_person(&person(&format!("W{w} P{i}"))).unwrap();
                    let mut data = db.person(id).unwrap().data;
                    data.notes = format!("edited by {w}");
                    db.update_person(id, 1, &data).unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let db = Database::open(&path, "reader").unwrap();
    assert_eq!(db.count_persons(&PersonFilter::default()).unwrap(), 100);
}
