//! Edge cases of the booking checks in `schedule.rs`.

use super::*;
use crate::domain::appointment::AppointmentStatus;
use crate::domain::event::EventStatus;
use crate::domain::school_holidays::default_school_holidays_named;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("valid time")
}

fn timed(date: NaiveDate, from: (u32, u32), to: (u32, u32)) -> Slot {
    Slot {
        date,
        times: Some((t(from.0, from.1), t(to.0, to.1))),
    }
}

fn whole(date: NaiveDate) -> Slot {
    Slot { date, times: None }
}

fn event(kind: EventKind, slot: Slot) -> EventData {
    EventData {
        kind,
        institution_id: 1,
        date: slot.date,
        start: slot.times.map(|x| x.0),
        end: slot.times.map(|x| x.1),
        place: String::new(),
        grades: String::new(),
        expected_pupils: None,
        contact: String::new(),
        status: EventStatus::Planned,
        cancel_reason: String::new(),
        needs_role_models: 0,
        needs_ambassadors: 1,
        notes: String::new(),
    }
}

fn term(start: NaiveDate, end: NaiveDate) -> Appointment {
    Appointment {
        id: 1,
        version: 1,
        person_id: 7,
        start,
        end,
        status: AppointmentStatus::Active,
    }
}

fn booking(event_id: i64, slot: Slot) -> Booking {
    Booking {
        event_id,
        slot,
        label: format!("Event {event_id}"),
    }
}

fn away(from: NaiveDate, to: NaiveDate) -> Unavailability {
    Unavailability {
        id: 1,
        version: 1,
        person_id: 7,
        from,
        to,
        reason: "eksamen".into(),
    }
}

fn no_holidays(_: NaiveDate) -> bool {
    false
}

/// Thursday 3.12.2026, a school day.
const THU: (i32, u32, u32) = (2026, 12, 3);

fn thu() -> NaiveDate {
    d(THU.0, THU.1, THU.2)
}

fn picker_at(kind: EventKind, slot: Slot) -> Picker {
    Picker::new(Some(100), &event(kind, slot), &no_holidays, &[])
}

fn codes(v: &Verdict) -> Vec<&'static str> {
    v.reasons.iter().map(Reason::code).collect()
}

#[test]
fn touching_intervals_do_not_overlap() {
    let a = timed(thu(), (10, 0), (11, 0));
    let b = timed(thu(), (11, 0), (12, 0));
    assert!(!a.overlaps(&b));
    assert!(!b.overlaps(&a));
}

#[test]
fn one_minute_of_common_time_overlaps() {
    let a = timed(thu(), (10, 0), (11, 1));
    let b = timed(thu(), (11, 0), (12, 0));
    assert!(a.overlaps(&b) && b.overlaps(&a));
}

#[test]
fn same_start_and_same_end_overlap() {
    let a = timed(thu(), (10, 0), (11, 0));
    assert!(a.overlaps(&a));
    assert!(a.overlaps(&timed(thu(), (10, 0), (10, 30))));
    assert!(a.overlaps(&timed(thu(), (10, 30), (11, 0))));
    assert!(a.overlaps(&timed(thu(), (9, 0), (12, 0))), "containing");
}

#[test]
fn whole_day_overlaps_everything_on_its_date_only() {
    let day = whole(thu());
    assert!(day.overlaps(&timed(thu(), (0, 0), (0, 1))));
    assert!(timed(thu(), (23, 0), (23, 59)).overlaps(&day));
    assert!(day.overlaps(&whole(thu())));
    assert!(!day.overlaps(&whole(d(2026, 12, 4))));
    assert!(!timed(thu(), (10, 0), (11, 0)).overlaps(&timed(d(2026, 12, 4), (10, 0), (11, 0))));
}

#[test]
fn slot_of_an_event_with_one_time_is_whole_day() {
    let mut e = event(EventKind::Other, timed(thu(), (10, 0), (11, 0)));
    assert_eq!(Slot::of(&e).times, Some((t(10, 0), t(11, 0))));
    e.end = None;
    assert_eq!(Slot::of(&e).times, None);
}

#[test]
fn eligible_person_has_no_reasons() {
    let terms = [term(d(2026, 8, 1), d(2027, 7, 31))];
    let p = Candidate {
        birth_date: Some(d(2000, 5, 5)),
        appointments: &terms,
        unavailability: &[],
        bookings: &[],
    };
    let v = picker_at(EventKind::SchoolVisit, timed(thu(), (10, 0), (11, 0))).verdict(&p);
    assert_eq!(v.level, Level::Eligible);
    assert!(v.reasons.is_empty());
    assert!(!v.needs_override());
}

#[test]
fn appointment_ending_the_day_before_blocks() {
    let terms = [term(d(2025, 12, 3), d(2026, 12, 2))];
    let p = Candidate {
        birth_date: None,
        appointments: &terms,
        unavailability: &[],
        bookings: &[],
    };
    let v = picker_at(EventKind::SchoolVisit, whole(thu())).verdict(&p);
    assert_eq!(v.level, Level::Blocked);
    assert_eq!(codes(&v), ["no_appointment"]);
    // Ending on the day itself covers it; starting on it too.
    let on_last = [term(d(2025, 12, 4), thu())];
    let on_first = [term(thu(), d(2027, 12, 2))];
    for terms in [&on_last[..], &on_first[..]] {
        let p = Candidate {
            appointments: terms,
            ..p
        };
        assert_eq!(
            picker_at(EventKind::SchoolVisit, whole(thu()))
                .verdict(&p)
                .level,
            Level::Eligible
        );
    }
}

#[test]
fn appointment_ended_early_blocks_after_its_end() {
    let mut a = term(d(2026, 8, 1), d(2027, 7, 31));
    a.end_early(d(2026, 12, 2), "stoppet").expect("ends");
    let terms = [a];
    let p = Candidate {
        birth_date: None,
        appointments: &terms,
        unavailability: &[],
        bookings: &[],
    };
    let v = picker_at(EventKind::Other, whole(thu())).verdict(&p);
    assert_eq!(codes(&v), ["no_appointment"]);
}

#[test]
fn double_booking_blocks_and_says_where() {
    let terms = [term(d(2026, 8, 1), d(2027, 7, 31))];
    let bookings = [
        booking(5, timed(thu(), (9, 0), (10, 0))),
        booking(6, timed(thu(), (10, 30), (12, 0))),
        booking(100, timed(thu(), (10, 0), (11, 0))),
        booking(7, timed(d(2026, 12, 4), (10, 0), (11, 0))),
    ];
    let p = Candidate {
        birth_date: None,
        appointments: &terms,
        unavailability: &[],
        bookings: &bookings,
    };
    let v = picker_at(EventKind::SchoolVisit, timed(thu(), (10, 0), (11, 0))).verdict(&p);
    assert_eq!(v.level, Level::Blocked);
    assert_eq!(
        v.reasons,
        vec![Reason::DoubleBooked {
            event_id: 6,
            label: "Event 6".into()
        }],
        "9–10 touches, 100 is this event, 7 is another day"
    );
    // A whole-day event clashes with every booking that day (except itself).
    let v = picker_at(EventKind::SchoolVisit, whole(thu())).verdict(&p);
    assert_eq!(codes(&v), ["double_booked", "double_booked"]);
    // An unsaved event has no id: every overlapping booking counts.
    let unsaved = Picker::new(
        None,
        &event(EventKind::Other, timed(thu(), (10, 0), (11, 0))),
        &no_holidays,
        &[],
    );
    assert_eq!(
        codes(&unsaved.verdict(&p)),
        ["double_booked", "double_booked"]
    );
}

#[test]
fn unavailability_is_inclusive_on_both_ends() {
    let terms = [term(d(2026, 8, 1), d(2027, 7, 31))];
    for (from, to, hit) in [
        (thu(), thu(), true),
        (d(2026, 12, 1), thu(), true),
        (thu(), d(2026, 12, 10), true),
        (d(2026, 11, 1), d(2026, 12, 2), false),
        (d(2026, 12, 4), d(2026, 12, 10), false),
    ] {
        let periods = [away(from, to)];
        let p = Candidate {
            birth_date: None,
            appointments: &terms,
            unavailability: &periods,
            bookings: &[],
        };
        let v = picker_at(EventKind::Other, timed(thu(), (10, 0), (11, 0))).verdict(&p);
        if hit {
            assert_eq!(v.level, Level::Warning, "{from}..{to}");
            assert_eq!(v.reasons, vec![Reason::Unavailable { from, to }]);
        } else {
            assert_eq!(v.level, Level::Eligible, "{from}..{to}");
        }
    }
}

#[test]
fn calendar_warnings_only_for_school_visits() {
    let terms = [term(d(2026, 8, 1), d(2027, 7, 31))];
    let p = Candidate {
        birth_date: None,
        appointments: &terms,
        unavailability: &[],
        bookings: &[],
    };
    let holidays = default_school_holidays_named(2026, |kind| format!("{kind:?}"));
    let christmas_day = |date: NaiveDate| date == d(2026, 12, 25);
    let at = |kind, date| Picker::new(None, &event(kind, whole(date)), &christmas_day, &holidays);
    // Saturday 5.12.2026: weekend.
    assert_eq!(
        codes(&at(EventKind::SchoolVisit, d(2026, 12, 5)).verdict(&p)),
        ["weekend"]
    );
    // Friday 25.12.2026: public holiday in the Christmas holiday.
    assert_eq!(
        codes(&at(EventKind::SchoolVisit, d(2026, 12, 25)).verdict(&p)),
        ["public_holiday", "school_holiday"]
    );
    // Monday 12.10.2026: autumn holiday.
    assert_eq!(
        codes(&at(EventKind::SchoolVisit, d(2026, 10, 12)).verdict(&p)),
        ["school_holiday"]
    );
    // The same days are fine for a festival stand.
    for date in [d(2026, 12, 5), d(2026, 12, 25), d(2026, 10, 12)] {
        assert_eq!(
            at(EventKind::FestivalStand, date).verdict(&p).level,
            Level::Eligible
        );
    }
}

#[test]
fn under_18_on_the_event_date_warns() {
    let terms = [term(d(2026, 8, 1), d(2027, 7, 31))];
    let p = |birth| Candidate {
        birth_date: Some(birth),
        appointments: &terms,
        unavailability: &[],
        bookings: &[],
    };
    let picker = picker_at(EventKind::Other, whole(thu()));
    assert_eq!(
        picker.verdict(&p(d(2008, 12, 4))).reasons,
        vec![Reason::Minor { age: 17 }]
    );
    assert_eq!(picker.verdict(&p(d(2008, 12, 3))).level, Level::Eligible);
}

#[test]
fn blocked_wins_over_warnings_and_lists_both() {
    let periods = [away(d(2026, 12, 5), d(2026, 12, 5))];
    let p = Candidate {
        birth_date: Some(d(2010, 1, 1)),
        appointments: &[],
        unavailability: &periods,
        bookings: &[],
    };
    let v = picker_at(EventKind::SchoolVisit, whole(d(2026, 12, 5))).verdict(&p);
    assert_eq!(v.level, Level::Blocked);
    assert!(v.needs_override());
    assert_eq!(
        codes(&v),
        ["no_appointment", "unavailable", "weekend", "minor"]
    );
}

#[test]
fn fair_order_levels_then_load_then_danish_names() {
    fn key(r: &(Level, u32, &'static str)) -> FairKey<'static> {
        FairKey {
            level: r.0,
            events_this_season: r.1,
            name: r.2,
        }
    }
    let mut rows = vec![
        (Level::Blocked, 0, "Anna"),
        (Level::Eligible, 3, "Bo"),
        (Level::Warning, 0, "Carl"),
        (Level::Eligible, 1, "Åse"),
        (Level::Eligible, 1, "Ørn"),
        (Level::Eligible, 1, "Zara"),
        (Level::Eligible, 1, "Aage"),
    ];
    let mut by_cmp = rows.clone();
    by_cmp.sort_by(|a, b| fair_order(&key(a), &key(b)));
    sort_fair(&mut rows, |r| FairKey {
        level: r.0,
        events_this_season: r.1,
        name: r.2,
    });
    let names: Vec<&str> = rows.iter().map(|r| r.2).collect();
    assert_eq!(names, ["Zara", "Ørn", "Aage", "Åse", "Bo", "Carl", "Anna"]);
    assert_eq!(rows, by_cmp);
}

#[test]
fn unavailability_validity() {
    assert!(away(thu(), thu()).is_valid());
    assert!(!away(thu(), d(2026, 12, 2)).is_valid());
}

#[test]
#[ignore = "timing probe: cargo test --lib -- --ignored picker_speed --nocapture"]
fn picker_speed() {
    let terms = [term(d(2026, 8, 1), d(2027, 7, 31))];
    let periods = [away(d(2027, 1, 1), d(2027, 1, 10))];
    let bookings: Vec<Booking> = (0..20)
        .map(|i| {
            booking(
                i,
                timed(
                    d(2026, 9, 1) + chrono::Days::new(i as u64 * 7),
                    (10, 0),
                    (11, 0),
                ),
            )
        })
        .collect();
    let holidays = default_school_holidays_named(2026, |kind| format!("{kind:?}"));
    let picker = Picker::new(
        Some(100),
        &event(EventKind::SchoolVisit, timed(thu(), (10, 0), (11, 0))),
        &no_holidays,
        &holidays,
    );
    let people: Vec<Candidate> = (0..5_000)
        .map(|i| Candidate {
            birth_date: Some(d(2000 + (i % 12), 1, 1)),
            appointments: &terms,
            unavailability: &periods,
            bookings: &bookings,
        })
        .collect();
    let started = std::time::Instant::now();
    let verdicts: Vec<Verdict> = people.iter().map(|p| picker.verdict(p)).collect();
    eprintln!("{} verdicts in {:?}", verdicts.len(), started.elapsed());
}

#[test]
fn verdicts_serialise_for_the_audit_log() {
    let v = Verdict {
        level: Level::Blocked,
        reasons: vec![
            Reason::DoubleBooked {
                event_id: 6,
                label: "Event 6".into(),
            },
            Reason::Weekend,
        ],
    };
    let json = serde_json::to_string(&v).expect("json");
    assert_eq!(
        json,
        r#"{"level":"blocked","reasons":[{"reason":"double_booked","event_id":6,"label":"Event 6"},{"reason":"weekend"}]}"#
    );
    let back: Verdict = serde_json::from_str(&json).expect("parses");
    assert_eq!(back, v);
}
