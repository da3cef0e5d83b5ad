//! What the roster and the institutions list cost per screen: counting the matches and loading
//! a 60-row window, plain and with a search, on 6,000 persons and 3,000 institutions in a WAL
//! database file. Run with `cargo bench --bench storage`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use korps::domain::institution::{InstitutionData, InstitutionKind};
use korps::domain::person::{PersonData, PersonKind, Recruitment};
use korps::storage::institutions::InstitutionFilter;
use korps::storage::persons::PersonFilter;
use korps::storage::{ArchivedFilter, Database, StorageError};

const FIRST: [&str; 12] = [
    "Søren", "Åse", "Mette", "Ahmad", "Zenia", "Fatima", "Jens", "Ida", "Mikkel", "Aase", "Øjvind",
    "Emil",
];
const LAST: [&str; 10] = [
    "Jørgensen",
    "Hansen",
    "Ærø",
    "Karimi",
    "Holm",
    "Østergaard",
    "Nielsen",
    "Aagaard",
    "Ali",
    "Berg",
];

fn populate(db: &mut Database) -> Result<(), StorageError> {
    db.batch(|db| {
        let mut institutions = Vec::with_capacity(3000);
        for n in 0..3000 {
            let kind = InstitutionKind::ALL[n % InstitutionKind::ALL.len()];
            institutions.push(db.insert_institution(&InstitutionData {
                name: format!(
                    "{} {n}",
                    ["Østskolen", "Aabenraa Gymnasium", "Bøgeskolen"][n % 3]
                ),
                kind,
                address: format!("Skolevej {n}, Ærøskøbing"),
                contact_person: format!("{} {}", FIRST[n % 12], LAST[n % 10]),
                phone: String::new(),
                email: String::new(),
                notes: String::new(),
                active: n % 10 != 0,
            })?);
        }
        for n in 0..6000_usize {
            db.insert_person(&PersonData {
                name: format!("{} {} {n}", FIRST[n % 12], LAST[(n / 12) % 10]),
                kind: if n % 3 == 0 {
                    PersonKind::RoleModel
                } else {
                    PersonKind::Ambassador
                },
                birth_date: None,
                phone: format!("{:08}", 20_000_000 + n * 7919),
                email: format!("person{n}@example.dk"),
                home_institution_id: Some(institutions[n % institutions.len()]),
                education: String::new(),
                languages: String::new(),
                themes: String::new(),
                recruitment: Recruitment::ALL[n % 5],
                recruitment_changed: None,
                consent_date: None,
                guardian_consent_date: None,
                payroll_number: String::new(),
                notes: String::new(),
                archived: n % 20 == 0,
            })?;
        }
        Ok(())
    })
}

fn window(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut db = Database::open(&dir.path().join("bench.db"), "bench").expect("database");
    populate(&mut db).expect("data");

    let roster = PersonFilter::default();
    c.bench_function("roster: count + 60 rows at offset 3000", |b| {
        b.iter(|| {
            let n = db.count_persons(&roster).expect("count");
            black_box((n, db.list_persons(&roster, 3000, 60).expect("list")))
        });
    });
    let searched = PersonFilter {
        search: "søren aagaard".into(),
        archived: ArchivedFilter::All,
        ..PersonFilter::default()
    };
    c.bench_function("roster: search two words, count + 60 rows", |b| {
        b.iter(|| {
            let n = db.count_persons(&searched).expect("count");
            black_box((n, db.list_persons(&searched, 0, 60).expect("list")))
        });
    });
    let phone = PersonFilter {
        search: "2079".into(),
        ..PersonFilter::default()
    };
    c.bench_function("roster: search phone digits, count + 60 rows", |b| {
        b.iter(|| {
            let n = db.count_persons(&phone).expect("count");
            black_box((n, db.list_persons(&phone, 0, 60).expect("list")))
        });
    });
    let places = InstitutionFilter::default();
    c.bench_function("institutions: count + 60 rows with person counts", |b| {
        b.iter(|| {
            let n = db.count_institutions(&places).expect("count");
            black_box((n, db.list_institutions(&places, 1500, 60).expect("list")))
        });
    });
    let place_search = InstitutionFilter {
        search: "ærøskøbing 12".into(),
        ..InstitutionFilter::default()
    };
    c.bench_function("institutions: search, count + 60 rows", |b| {
        b.iter(|| {
            let n = db.count_institutions(&place_search).expect("count");
            black_box((n, db.list_institutions(&place_search, 0, 60).expect("list")))
        });
    });
}

criterion_group!(benches, window);
criterion_main!(benches);
