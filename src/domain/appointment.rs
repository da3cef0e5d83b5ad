//! Appointments (*udpegninger*): a person's term in the corps, and the rules around it.
//!
//! A term runs from `start` to `end`, both days included. Ending early keeps the original `end`
//! (the history) and records the last day served; [`Appointment::effective_end`] is the day the
//! term really ends. Everything here works on effective ends: a term ended early no longer covers
//! the days after its end date, and no longer overlaps a later appointment of the same person.
//!
//! The default term is "one year from the start, minus one day" ([`default_end`]): the day before
//! the start's anniversary. A start on 29 February has its anniversary on 28 February (the month
//! has no 29th), so 29.2.2028 ends 27.2.2029. That keeps the rule "a renewal starting on the
//! anniversary follows on without a gap or an overlap" for every start date; a term is 365 days,
//! or 366 when it spans a 29 February (1.3.2027 → 29.2.2028).

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::person::is_minor;

/// How many days before its end an active term is flagged as ending soon.
pub const ENDING_SOON_DAYS: i64 = 30;

/// Whether a term runs its course or was ended early.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum AppointmentStatus {
    Active,
    /// Ended early: `date` is the last day of the term; `reason` is required.
    EndedEarly {
        date: NaiveDate,
        reason: String,
    },
}

/// A stored appointment: id, row version (optimistic concurrency), the person and the term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    pub id: i64,
    pub version: i64,
    pub person_id: i64,
    /// First day of the term.
    pub start: NaiveDate,
    /// Last day of the term as appointed (kept when the term is ended early).
    pub end: NaiveDate,
    pub status: AppointmentStatus,
}

/// Why an appointment (or ending it early) was refused. The UI shows the text of
/// `i18n::appointment_error`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum AppointmentError {
    /// The term ends before it starts.
    EndBeforeStart,
    /// The same person already has an appointment overlapping this term.
    Overlaps { other_id: i64 },
    /// An early end date outside the term.
    EndEarlyOutsideTerm,
    /// Ending early needs a reason.
    ReasonRequired,
    /// The term was already ended early.
    AlreadyEnded,
    /// Attendance is logged after the chosen last day (it needs the term): choose a later day.
    LoggedAfterEnd,
}

/// The default last day of a term starting on `start`: one year on, minus one day
/// (1.8.2026 → 31.7.2027; 29.2.2028 → 27.2.2029, see the module doc).
pub fn default_end(start: NaiveDate) -> NaiveDate {
    start
        .checked_add_months(Months::new(12))
        .and_then(|anniversary| anniversary.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

impl Appointment {
    /// The last day the term really covers: the early end date, or `end`.
    pub fn effective_end(&self) -> NaiveDate {
        match &self.status {
            AppointmentStatus::Active => self.end,
            AppointmentStatus::EndedEarly { date, .. } => (*date).min(self.end),
        }
    }

    /// Whether the term covers `date` (both ends included).
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.effective_end()
    }

    /// Whether the term shares at least one day with `from..=to` (e.g. a season).
    pub fn overlaps(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.start <= to && from <= self.effective_end()
    }

    /// Whether the term was ended early.
    pub fn is_ended_early(&self) -> bool {
        matches!(self.status, AppointmentStatus::EndedEarly { .. })
    }

    /// Ends the term early on `date` (its last day) for `reason`. The date must lie within the
    /// term and the reason must not be blank; `end` is kept as history.
    pub fn end_early(&mut self, date: NaiveDate, reason: &str) -> Result<(), AppointmentError> {
        if self.is_ended_early() {
            return Err(AppointmentError::AlreadyEnded);
        }
        if date < self.start || date > self.end {
            return Err(AppointmentError::EndEarlyOutsideTerm);
        }
        let reason = end_early_reason(reason)?;
        self.status = AppointmentStatus::EndedEarly {
            date,
            reason: reason.to_string(),
        };
        Ok(())
    }
}

/// The reason for ending a term early, trimmed: required (the rule `end_early` applies, also
/// asked alone so a form can mark a missing reason whatever its date says).
pub fn end_early_reason(reason: &str) -> Result<&str, AppointmentError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(AppointmentError::ReasonRequired);
    }
    Ok(reason)
}

/// Whether two appointments are of the same person and their terms share a day (the rule:
/// overlapping appointments of the same person are refused). An appointment never overlaps
/// itself (same id).
pub fn overlapping(a: &Appointment, b: &Appointment) -> bool {
    a.id != b.id && a.person_id == b.person_id && a.overlaps(b.start, b.effective_end())
}

/// Checks a new or edited term of `person_id` against that person's `existing` appointments
/// (`id` is the edited appointment's id, or 0 for a new one, and is skipped).
pub fn validate_term(
    id: i64,
    person_id: i64,
    start: NaiveDate,
    end: NaiveDate,
    existing: &[Appointment],
) -> Result<(), AppointmentError> {
    if end < start {
        return Err(AppointmentError::EndBeforeStart);
    }
    match existing
        .iter()
        .find(|a| a.id != id && a.person_id == person_id && a.overlaps(start, end))
    {
        Some(other) => Err(AppointmentError::Overlaps { other_id: other.id }),
        None => Ok(()),
    }
}

/// A mark on a line of the Udpegninger screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentFlag {
    /// Under 18 (on today, or on the term start if later) and no guardian consent date.
    MinorWithoutGuardianConsent,
    /// The person has no consent date.
    NoConsentDate,
    /// An active term whose last day is today or within [`ENDING_SOON_DAYS`] days.
    EndingSoon,
}

impl AppointmentFlag {
    pub const ALL: [AppointmentFlag; 3] = [
        Self::MinorWithoutGuardianConsent,
        Self::NoConsentDate,
        Self::EndingSoon,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::MinorWithoutGuardianConsent => "minor_without_guardian_consent",
            Self::NoConsentDate => "no_consent_date",
            Self::EndingSoon => "ending_soon",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// The person facts the flags need (from `PersonData`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ConsentFacts {
    pub birth_date: Option<NaiveDate>,
    pub consent_date: Option<NaiveDate>,
    pub guardian_consent_date: Option<NaiveDate>,
}

/// The flags of one appointment on `today`, in [`AppointmentFlag::ALL`] order.
/// Age is judged on the later of today and the term start (a future term of a 17-year-old who
/// turns 18 before it starts needs no guardian); an unknown birth date raises no age flag.
pub fn appointment_flags(
    appointment: &Appointment,
    person: ConsentFacts,
    today: NaiveDate,
) -> Vec<AppointmentFlag> {
    let mut flags = Vec::new();
    let judged_on = today.max(appointment.start);
    if let Some(birth) = person.birth_date
        && is_minor(birth, judged_on)
        && person.guardian_consent_date.is_none()
    {
        flags.push(AppointmentFlag::MinorWithoutGuardianConsent);
    }
    if person.consent_date.is_none() {
        flags.push(AppointmentFlag::NoConsentDate);
    }
    if !appointment.is_ended_early() {
        let days_left = (appointment.effective_end() - today).num_days();
        if (0..=ENDING_SOON_DAYS).contains(&days_left) {
            flags.push(AppointmentFlag::EndingSoon);
        }
    }
    flags
}

/// The persons to offer when renewing: everyone with an active (not ended early) appointment
/// overlapping the previous season `last`, who has no appointment overlapping the default term
/// starting on `this_start` (that one would be refused). Sorted by person id, without repeats.
pub fn renewal_candidates(
    appointments: &[Appointment],
    last: (NaiveDate, NaiveDate),
    this_start: NaiveDate,
) -> Vec<i64> {
    let this_end = default_end(this_start);
    let mut ids: Vec<i64> = appointments
        .iter()
        .filter(|a| !a.is_ended_early() && a.overlaps(last.0, last.1))
        .map(|a| a.person_id)
        .filter(|&p| {
            !appointments
                .iter()
                .any(|a| a.person_id == p && a.overlaps(this_start, this_end))
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    fn appt(id: i64, person_id: i64, start: NaiveDate, end: NaiveDate) -> Appointment {
        Appointment {
            id,
            version: 1,
            person_id,
            start,
            end,
            status: AppointmentStatus::Active,
        }
    }

    #[test]
    fn default_term_is_one_year_minus_one_day() {
        assert_eq!(default_end(d(2026, 8, 1)), d(2027, 7, 31));
        assert_eq!(default_end(d(2026, 1, 1)), d(2026, 12, 31));
        assert_eq!(default_end(d(2028, 2, 29)), d(2029, 2, 27));
        assert_eq!(default_end(d(2027, 3, 1)), d(2028, 2, 29));
        assert_eq!(default_end(d(2027, 2, 28)), d(2028, 2, 27));
        for start in [d(2026, 8, 1), d(2028, 2, 29), d(2027, 2, 28)] {
            assert_eq!((default_end(start) - start).num_days() + 1, 365);
        }
        assert_eq!(
            (default_end(d(2027, 3, 1)) - d(2027, 3, 1)).num_days() + 1,
            366
        );
    }

    #[test]
    fn covers_both_ends_and_respects_ending_early() {
        let mut a = appt(1, 7, d(2026, 8, 1), d(2027, 7, 31));
        assert!(a.covers(d(2026, 8, 1)));
        assert!(a.covers(d(2027, 7, 31)));
        assert!(!a.covers(d(2026, 7, 31)));
        assert!(!a.covers(d(2027, 8, 1)));
        a.end_early(d(2027, 1, 15), " flyttet ").expect("ends");
        assert_eq!(a.effective_end(), d(2027, 1, 15));
        assert_eq!(a.end, d(2027, 7, 31), "the appointed end is kept");
        assert!(a.covers(d(2027, 1, 15)));
        assert!(!a.covers(d(2027, 1, 16)));
        assert_eq!(
            a.status,
            AppointmentStatus::EndedEarly {
                date: d(2027, 1, 15),
                reason: "flyttet".into()
            }
        );
    }

    #[test]
    fn ending_early_needs_a_date_in_the_term_and_a_reason() {
        let mut a = appt(1, 7, d(2026, 8, 1), d(2027, 7, 31));
        assert_eq!(
            a.end_early(d(2026, 7, 31), "x"),
            Err(AppointmentError::EndEarlyOutsideTerm)
        );
        assert_eq!(
            a.end_early(d(2027, 8, 1), "x"),
            Err(AppointmentError::EndEarlyOutsideTerm)
        );
        assert_eq!(
            a.end_early(d(2026, 9, 1), "  "),
            Err(AppointmentError::ReasonRequired)
        );
        assert_eq!(a.end_early(d(2026, 8, 1), "first day"), Ok(()));
        assert_eq!(
            a.end_early(d(2026, 8, 1), "again"),
            Err(AppointmentError::AlreadyEnded)
        );
    }

    #[test]
    fn overlap_of_the_same_person_only() {
        let a = appt(1, 7, d(2026, 8, 1), d(2027, 7, 31));
        let next = appt(2, 7, d(2027, 8, 1), d(2028, 7, 31));
        let touching = appt(3, 7, d(2027, 7, 31), d(2028, 7, 30));
        let other_person = appt(4, 8, d(2026, 8, 1), d(2027, 7, 31));
        assert!(!overlapping(&a, &next));
        assert!(overlapping(&a, &touching));
        assert!(overlapping(&touching, &a));
        assert!(!overlapping(&a, &other_person));
        assert!(!overlapping(&a, &a));
        let mut ended = a.clone();
        ended.end_early(d(2027, 7, 30), "stop").expect("ends");
        assert!(!overlapping(&ended, &touching));
    }

    #[test]
    fn term_validation() {
        let existing = [appt(1, 7, d(2026, 8, 1), d(2027, 7, 31))];
        assert_eq!(
            validate_term(0, 7, d(2026, 8, 2), d(2026, 8, 1), &[]),
            Err(AppointmentError::EndBeforeStart)
        );
        assert_eq!(
            validate_term(0, 7, d(2026, 8, 1), d(2026, 8, 1), &[]),
            Ok(())
        );
        assert_eq!(
            validate_term(0, 7, d(2027, 7, 31), d(2028, 7, 30), &existing),
            Err(AppointmentError::Overlaps { other_id: 1 })
        );
        assert_eq!(
            validate_term(0, 7, d(2027, 8, 1), d(2028, 7, 31), &existing),
            Ok(())
        );
        assert_eq!(
            validate_term(0, 8, d(2026, 8, 1), d(2027, 7, 31), &existing),
            Ok(())
        );
        // Editing appointment 1 itself is no overlap.
        assert_eq!(
            validate_term(1, 7, d(2026, 9, 1), d(2027, 7, 31), &existing),
            Ok(())
        );
    }

    #[test]
    fn flags_for_minors_consent_and_ending_soon() {
        let a = appt(1, 7, d(2026, 8, 1), d(2027, 7, 31));
        let minor = ConsentFacts {
            birth_date: Some(d(2010, 1, 1)),
            consent_date: None,
            guardian_consent_date: None,
        };
        assert_eq!(
            appointment_flags(&a, minor, d(2026, 9, 1)),
            vec![
                AppointmentFlag::MinorWithoutGuardianConsent,
                AppointmentFlag::NoConsentDate
            ]
        );
        let adult = ConsentFacts {
            birth_date: Some(d(2000, 1, 1)),
            consent_date: Some(d(2026, 7, 1)),
            guardian_consent_date: None,
        };
        assert!(appointment_flags(&a, adult, d(2026, 9, 1)).is_empty());
        // 30 days before the last day: flagged; 31: not; after the end: not.
        assert_eq!(
            appointment_flags(&a, adult, d(2027, 7, 1)),
            vec![AppointmentFlag::EndingSoon]
        );
        assert!(appointment_flags(&a, adult, d(2027, 6, 30)).is_empty());
        assert_eq!(
            appointment_flags(&a, adult, d(2027, 7, 31)),
            vec![AppointmentFlag::EndingSoon]
        );
        assert!(appointment_flags(&a, adult, d(2027, 8, 1)).is_empty());
        // Turns 18 before a future term starts: no guardian needed.
        let future = appt(2, 7, d(2028, 8, 1), d(2029, 7, 31));
        let turning = ConsentFacts {
            birth_date: Some(d(2010, 7, 1)),
            consent_date: Some(d(2026, 1, 1)),
            guardian_consent_date: None,
        };
        assert!(appointment_flags(&future, turning, d(2026, 9, 1)).is_empty());
        let mut ended = a.clone();
        ended.end_early(d(2026, 9, 10), "stop").expect("ends");
        assert!(appointment_flags(&ended, adult, d(2026, 9, 1)).is_empty());
    }

    #[test]
    fn renewal_offers_last_seasons_active_people_not_yet_appointed() {
        let mut stopped = appt(2, 8, d(2025, 8, 1), d(2026, 7, 31));
        stopped.end_early(d(2026, 1, 31), "stop").expect("ends");
        let all = [
            appt(1, 7, d(2025, 8, 1), d(2026, 7, 31)),
            stopped,
            appt(3, 9, d(2025, 8, 1), d(2026, 7, 31)),
            appt(4, 9, d(2026, 8, 1), d(2027, 7, 31)),
            appt(5, 10, d(2025, 3, 1), d(2026, 2, 28)),
            appt(6, 11, d(2024, 8, 1), d(2025, 7, 31)),
        ];
        let last = (d(2025, 8, 1), d(2026, 7, 31));
        assert_eq!(renewal_candidates(&all, last, d(2026, 8, 1)), vec![7, 10]);
    }

    #[test]
    fn serialises_for_the_audit_log() {
        let mut a = appt(1, 7, d(2026, 8, 1), d(2027, 7, 31));
        a.end_early(d(2027, 1, 15), "flyttet").expect("ends");
        let json = serde_json::to_string(&a.status).expect("json");
        assert_eq!(
            json,
            r#"{"status":"ended_early","date":"2027-01-15","reason":"flyttet"}"#
        );
        let back: Appointment =
            serde_json::from_str(&serde_json::to_string(&a).expect("json")).expect("parses");
        assert_eq!(back, a);
    }

    #[test]
    fn codes_round_trip() {
        for f in AppointmentFlag::ALL {
            assert_eq!(AppointmentFlag::from_code(f.code()), Some(f));
        }
    }
}
