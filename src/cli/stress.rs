//! `korps stress-writer` (hidden): a writer process for the crash and concurrency tests. It does
//! real user actions through the library — add a person, edit a person's notes, archive or
//! restore a person, add an institution — each its own transaction, and prints one line per
//! action *after* it committed (`ok person-insert ID NAME`, `ok person-update ID VERSION NOTES`,
//! `ok person-archive ID VERSION ARCHIVED`, `ok place-insert ID NAME`). A test that kills the
//! process at any moment may then demand that every printed action is in the database.
//!
//! It edits only persons it created itself, so several writers at once never conflict;
//! `--edit ID:VERSION:NOTES` instead makes one edit of any person as loaded at VERSION and
//! prints `ok edit ID` or `conflict MESSAGE` (exit 1), for the lost-update test. `--hold open`
//! keeps the database open and `--hold lock` holds its exclusive lock until stdin closes (a lock
//! must be held by another process: POSIX drops a process's locks when it closes any descriptor
//! of the file, so a test cannot hold one while it hashes the file).

use std::io::Write;

use super::safety_args::StressArgs;
use super::{Cli, CliError, Setup};
use crate::demo::rng::Rng;
use crate::domain::institution::{InstitutionData, InstitutionKind};
use crate::domain::person::{PersonData, PersonKind, Recruitment};
use crate::storage::{Database, StorageError};

pub(super) fn run(cli: &Cli, args: &StressArgs, setup: &Setup) -> Result<(), CliError> {
    let path = setup.env.db_path(cli.db.as_deref())?;
    let actor = format!("stress {}", args.tag);
    let mut db = Database::open_with(&path, &actor, &setup.env.storage)?;
    if let Some(edit) = &args.edit {
        return edit_one(&mut db, edit, setup);
    }
    if let Some(hold) = &args.hold {
        if hold == "lock" {
            // Exclusive locking mode keeps the lock after the (empty) transaction.
            db.conn
                .query_row("PRAGMA locking_mode=EXCLUSIVE", [], |_| Ok(()))
                .map_err(crate::storage::StorageError::from)?;
            db.conn
                .execute_batch("BEGIN EXCLUSIVE; COMMIT;")
                .map_err(crate::storage::StorageError::from)?;
        }
        println!("holding");
        let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut Vec::new());
        return Ok(());
    }
    let mut rng = Rng::new(args.seed);
    let mut mine: Vec<i64> = Vec::new();
    let mut out = std::io::stdout().lock();
    for n in 0..args.actions {
        let roll = rng.below(10);
        let line = if roll < 4 || mine.is_empty() {
            let name = format!("{}-P{n}", args.tag);
            let id = db.insert_person(&person(&name, setup))?;
            mine.push(id);
            format!("ok person-insert {id} {name}")
        } else if roll < 7 {
            let id = mine[rng.below(mine.len() as u64) as usize];
            let mut p = db.person(id)?;
            p.data.notes = format!("{}-note-{n}", args.tag);
            db.update_person(id, p.version, &p.data)?;
            format!("ok person-update {id} {} {}", p.version + 1, p.data.notes)
        } else if roll < 9 {
            let name = format!("{}-S{n}", args.tag);
            let id = db.insert_institution(&InstitutionData {
                name: name.clone(),
                kind: InstitutionKind::Other,
                address: format!("Vej {n}"),
                contact_person: String::new(),
                phone: String::new(),
                email: String::new(),
                notes: String::new(),
                active: true,
            })?;
            format!("ok place-insert {id} {name}")
        } else {
            let id = mine[rng.below(mine.len() as u64) as usize];
            let p = db.person(id)?;
            db.set_person_archived(id, p.version, !p.data.archived, setup.today, &[])?;
            format!(
                "ok person-archive {id} {} {}",
                p.version + 1,
                !p.data.archived
            )
        };
        // One line per committed action, flushed before the next one starts.
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    }
    Ok(())
}

fn edit_one(db: &mut Database, edit: &str, setup: &Setup) -> Result<(), CliError> {
    let mut parts = edit.splitn(3, ':');
    let id = parts
        .next()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or(0);
    let version = parts
        .next()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or(0);
    let notes = parts.next().unwrap_or("").to_string();
    let mut p = db.person(id)?;
    p.data.notes = notes;
    match db.update_person(id, version, &p.data) {
        Ok(()) => {
            println!("ok edit {id}");
            Ok(())
        }
        Err(StorageError::Conflict) => {
            println!("conflict {}", StorageError::Conflict.message(setup.lang));
            Err(StorageError::Conflict.into())
        }
        Err(e) => Err(e.into()),
    }
}

fn person(name: &str, setup: &Setup) -> PersonData {
    PersonData {
        name: name.to_string(),
        kind: PersonKind::RoleModel,
        birth_date: None,
        phone: String::new(),
        email: String::new(),
        home_institution_id: None,
        education: String::new(),
        languages: String::new(),
        themes: String::new(),
        recruitment: Recruitment::Interested,
        recruitment_changed: Some(setup.today),
        consent_date: None,
        guardian_consent_date: None,
        payroll_number: String::new(),
        notes: String::new(),
        archived: false,
    }
}
