//! Appointments on top of the seeded corps: this season (2026/27) and the one before, with an
//! early end, a term ending within 30 days of the test date, a minor without guardian consent
//! and a person without a consent date.

use korps::domain::appointment::default_end;
use korps::storage::Database;
use korps::storage::persons::PersonFilter;

use super::date;

pub fn id_of(db: &Database, name: &str) -> i64 {
    db.list_persons(&PersonFilter::default(), 0, 100)
        .expect("list")
        .into_iter()
        .find(|p| p.name == name)
        .map(|p| p.id)
        .expect("person exists")
}

/// The seeded corps with appointments.
pub fn seeded_with_appointments() -> Database {
    let mut db = super::seeded();
    let on = date(2025, 8, 1);
    let last = date(2025, 8, 1);
    let this = date(2026, 8, 1);
    let ids = |db: &Database, names: &[&str]| -> Vec<i64> {
        names.iter().map(|n| id_of(db, n)).collect()
    };
    let last_season = ids(
        &db,
        &["Anders Bæk", "Åse Lund", "Émile Dupont", "Zenia Holm"],
    );
    db.appoint(&last_season, last, default_end(last), on)
        .expect("last season");
    let this_season = ids(&db, &["Anders Bæk", "Zenia Holm", "Ørn Østergaard"]);
    db.appoint(&this_season, this, default_end(this), date(2026, 8, 1))
        .expect("this season");
    // Ending within 30 days of 27.11.2026.
    let aase = id_of(&db, "Aase Andersen");
    db.appoint(&[aase], date(2025, 12, 10), date(2026, 12, 9), on)
        .expect("ending soon");
    // Ended early this season, with a reason.
    let emile = id_of(&db, "Ærenpris Møller");
    let id = db
        .appoint(&[emile], this, default_end(this), this)
        .expect("appointed")[0];
    db.end_appointment_early(id, 1, date(2026, 10, 31), "Flyttet til Aarhus", &[])
        .expect("ended");
    // No consent date.
    let p = db.person(emile).expect("person");
    let mut data = p.data.clone();
    data.consent_date = None;
    db.update_person(emile, p.version, &data).expect("update");
    db
}
