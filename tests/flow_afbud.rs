//! The TUI asks before an early end cancels bookings: the question lists them, "no" returns to
//! the dialog with nothing written, "yes" ends the term and cancels them as *afbud*; `korps
//! check` is clean afterwards. Scripted through the real loop on a real SQLite file.

mod common;
#[path = "visits_support/mod.rs"]
mod visits_support;

use common::press;

use korps::app::state::Overlay;
use korps::app::{Screen, State};
use korps::i18n::Lang;
use korps::storage::Database;
use korps::storage::booking::NewBooking;
use korps::tui::run_loop::start;

use common::date;
use visits_support::person_id;

fn pending(db: &Database, person: i64) -> usize {
    db.pending_bookings(person, date(2026, 1, 1), None)
        .expect("bookings")
        .len()
}

#[test]
fn ending_a_term_with_later_bookings_asks_and_cancels_them() {
    let dir = tempfile::tempdir().expect("dir");
    let mut db = Database::open(&dir.path().join("korps.db"), "test").expect("open");
    let s = visits_support::seed(&mut db);
    let anders = person_id(&db, "Anders Bæk");
    for event in [s.monday, s.visit, s.festival] {
        let booking = NewBooking {
            person_id: anders,
            forced_reason: None,
        };
        db.book_persons(event, &[booking], date(2026, 8, 1), date(2027, 7, 31))
            .expect("book");
    }
    let mut state = State::new(common::ctx(Lang::Da), 100, 30);
    state.screen = Screen::Udpegninger;
    start(&mut state, &mut db);
    for _ in 0..20 {
        if state
            .appointments
            .list
            .selected_row()
            .is_some_and(|r| r.name == "Anders Bæk")
        {
            break;
        }
        press(&mut state, &mut db, "<Down>");
    }
    press(&mut state, &mut db, "x<C-u>1.12.2026<Tab>Flyttet<C-s>");
    let Some(Overlay::Confirm { question, .. }) = &state.overlay else {
        panic!("asks first: {:?}", state.message);
    };
    assert!(question.contains("Anders Bæk"), "{question}");
    assert!(question.contains("2 booking"), "{question}");
    assert!(question.contains("tor 3.12.2026"), "{question}");
    assert!(question.contains("lør 5.12.2026"), "{question}");
    press(&mut state, &mut db, "n");
    assert!(
        matches!(state.overlay, Some(Overlay::Appointments(_))),
        "no: back in the dialog"
    );
    assert_eq!(
        pending(&db, anders),
        4,
        "nothing written (the held visit of 20.11 counts too)"
    );
    press(&mut state, &mut db, "<C-s>j");
    assert!(state.overlay.is_none(), "{:?}", state.message);
    assert!(
        state
            .message
            .as_ref()
            .is_some_and(|m| m.text.contains("2 booking(er) meldt afbud")),
        "{:?}",
        state.message
    );
    assert_eq!(pending(&db, anders), 2);
    assert!(db.check().expect("check").is_ok());
}
