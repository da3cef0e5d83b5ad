//! Past events to log on top of `visits_support::seed` (today is Friday 27.11.2026): a school
//! visit on Wednesday 25.11 with three bookings (one already logged attended), a festival stand
//! on Saturday 21.11 with one booking, and the seed's held event of 20.11 with Anders Bæk.

#![allow(dead_code)]

use korps::domain::event::{EventKind, EventStatus};
use korps::storage::Database;
use korps::storage::attendance::Outcome;
use korps::storage::booking::NewBooking;

use super::common;
use super::visits_support::{self, event, person_id, place_id};

pub struct Past {
    /// Wednesday 25.11.2026 09:00–10:30 at Østre Skole: Zenia Holm (attended), Aase Andersen
    /// and Åse Lund still to log.
    pub visit: i64,
    /// Saturday 21.11.2026 at Erhvervsskolen Syd: Ørn Østergaard.
    pub festival: i64,
    pub held: i64,
}

fn book(db: &mut Database, event_id: i64, names: &[&str]) {
    let people: Vec<NewBooking> = names
        .iter()
        .map(|n| NewBooking {
            person_id: person_id(db, n),
            forced_reason: None,
        })
        .collect();
    db.book_persons(
        event_id,
        &people,
        common::date(2026, 8, 1),
        common::date(2027, 7, 31),
    )
    .expect("book");
}

pub fn seed(db: &mut Database) -> Past {
    let schedule = visits_support::seed(db);
    let today = common::today();
    let oestre = place_id(db, "Østre Skole");
    let eud = place_id(db, "Erhvervsskolen Syd");
    let visit = db
        .insert_event(
            &event(
                EventKind::SchoolVisit,
                oestre,
                common::date(2026, 11, 25),
                Some((9, 0, 10, 30)),
            ),
            today,
        )
        .expect("visit");
    book(db, visit, &["Zenia Holm", "Aase Andersen", "Åse Lund"]);
    let zenia = db
        .log_bookings(visit)
        .expect("bookings")
        .into_iter()
        .find(|b| b.name == "Zenia Holm")
        .expect("zenia")
        .assignment_id;
    db.log_attendance(
        zenia,
        &Outcome::Attended {
            minutes: Some(90),
            amount: None,
        },
        today,
    )
    .expect("log");
    let mut fest = event(
        EventKind::FestivalStand,
        eud,
        common::date(2026, 11, 21),
        None,
    );
    fest.status = EventStatus::Confirmed;
    let festival = db.insert_event(&fest, today).expect("festival");
    book(db, festival, &["Ørn Østergaard"]);
    Past {
        visit,
        festival,
        held: schedule.held,
    }
}
