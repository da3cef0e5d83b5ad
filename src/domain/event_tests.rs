//! Codes, validation, transitions and staffing of `event.rs`.

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("valid time")
}

fn data() -> EventData {
    EventData {
        kind: EventKind::SchoolVisit,
        institution_id: 1,
        date: d(2026, 12, 3),
        start: Some(t(10, 0)),
        end: Some(t(11, 30)),
        place: "Aula".into(),
        grades: "8.a".into(),
        expected_pupils: Some(25),
        contact: String::new(),
        status: EventStatus::Planned,
        cancel_reason: String::new(),
        needs_role_models: 1,
        needs_ambassadors: 2,
        notes: String::new(),
    }
}

#[test]
fn codes_round_trip() {
    for k in EventKind::ALL {
        assert_eq!(EventKind::from_code(k.code()), Some(k));
    }
    for s in EventStatus::ALL {
        assert_eq!(EventStatus::from_code(s.code()), Some(s));
    }
    for s in AssignmentStatus::ALL {
        assert_eq!(AssignmentStatus::from_code(s.code()), Some(s));
    }
    assert_eq!(EventKind::from_code("school-visit"), None);
    assert_eq!(
        serde_json::to_string(&EventKind::FestivalStand).expect("json"),
        "\"festival_stand\""
    );
}

#[test]
fn validation_of_times_pupils_and_status() {
    let today = d(2026, 12, 1);
    assert_eq!(data().validate(today), Ok(()));
    let mut e = data();
    e.end = Some(t(10, 0));
    assert_eq!(e.validate(today), Err(vec![EventError::EndNotAfterStart]));
    e.end = None;
    assert_eq!(e.validate(today), Err(vec![EventError::TimeMissing]));
    e.start = None;
    assert_eq!(e.validate(today), Ok(()), "a whole-day event");
    e.end = Some(t(9, 0));
    e.expected_pupils = Some(-1);
    e.status = EventStatus::Held;
    assert_eq!(
        e.validate(today),
        Err(vec![
            EventError::TimeMissing,
            EventError::NegativePupils,
            EventError::HeldInFuture
        ])
    );
    let mut c = data();
    c.status = EventStatus::Cancelled;
    assert_eq!(
        c.validate(today),
        Err(vec![EventError::CancelReasonRequired])
    );
    assert_eq!(EventError::TimeMissing.field(), EventField::Start);
    assert_eq!(data().duration_minutes(), Some(90));
    assert_eq!(e.duration_minutes(), None);
}

#[test]
fn transitions() {
    use EventStatus::{Cancelled, Confirmed, Held, Planned, Requested};
    let date = d(2026, 12, 3);
    let ok = |from, to, today| check_transition(from, to, date, today, "");
    assert_eq!(ok(Requested, Confirmed, d(2026, 12, 1)), Ok(()));
    assert_eq!(ok(Confirmed, Planned, d(2026, 12, 1)), Ok(()));
    assert_eq!(
        ok(Confirmed, Held, d(2026, 12, 2)),
        Err(EventError::HeldInFuture)
    );
    assert_eq!(
        ok(Confirmed, Held, d(2026, 12, 3)),
        Ok(()),
        "held on the day"
    );
    assert_eq!(
        ok(Planned, Cancelled, d(2026, 12, 1)),
        Err(EventError::CancelReasonRequired)
    );
    assert_eq!(
        check_transition(Planned, Cancelled, date, d(2026, 12, 1), "sygdom"),
        Ok(())
    );
    assert_eq!(
        ok(Held, Confirmed, d(2026, 12, 9)),
        Err(EventError::StatusFinal)
    );
    assert_eq!(
        ok(Cancelled, Planned, d(2026, 12, 1)),
        Err(EventError::StatusFinal)
    );
    assert_eq!(ok(Held, Held, d(2026, 12, 9)), Ok(()));
    let mut e = data();
    e.set_status(Cancelled, d(2026, 12, 1), "  skolen lukket ")
        .expect("cancels");
    assert_eq!(e.cancel_reason, "skolen lukket");
    assert_eq!(e.status, Cancelled);
}

#[test]
fn assignment_transitions() {
    use AssignmentStatus::{Attended, Booked, Cancelled, Confirmed, NoShow};
    assert!(Booked.can_become(Confirmed));
    assert!(Booked.can_become(Attended));
    assert!(Confirmed.can_become(NoShow));
    assert!(!Confirmed.can_become(Booked));
    assert!(NoShow.can_become(Attended));
    assert!(Cancelled.can_become(NoShow));
    assert!(!NoShow.can_become(Confirmed));
    assert!(!Attended.can_become(NoShow));
    assert!(Attended.can_become(Attended));
}

#[test]
fn staffing_counts() {
    use AssignmentStatus::{Attended, Booked, Cancelled, NoShow};
    use PersonKind::{Ambassador, RoleModel};
    let s = Staffing::count(
        1,
        2,
        [
            (RoleModel, Booked),
            (Ambassador, Attended),
            (Ambassador, Cancelled),
            (Ambassador, NoShow),
        ],
    );
    assert_eq!(
        s,
        Staffing {
            role_models: (1, 1),
            ambassadors: (1, 2)
        }
    );
    assert!(s.is_understaffed());
    let full = Staffing::count(0, 1, [(Ambassador, Booked), (Ambassador, Booked)]);
    assert!(!full.is_understaffed(), "more than needed is fine");
    assert!(!Staffing::default().is_understaffed());
}
