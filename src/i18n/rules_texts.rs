//! Texts of the domain rules: event kinds and statuses, bookings, staffing, the picker's
//! reasons, appointment flags and errors, budget flags and the default school holiday names.
//!
//! Amounts and dates inside messages are placeholders; the caller formats them (the Danish
//! formatting lives in `domain::money` and `domain::date`) and passes a formatter in.

super::catalog! {
    STAFF_RM: "RM", "RM";
    STAFF_AMB: "AMB", "AMB";
    EVK_SCHOOL_VISIT: "skolebesøg", "school visit";
    EVK_JOB_CENTRE: "jobcenteraktivering", "job-centre activation";
    EVK_YOUTH_GUIDANCE: "ungdomsvejledning", "youth-guidance event";
    EVK_FESTIVAL_STAND: "festivalstand", "festival stand";
    EVK_OTHER: "andet arrangement", "other event";
    EVS_REQUESTED: "forespurgt", "requested";
    EVS_PLANNED: "planlagt", "planned";
    EVS_CONFIRMED: "bekræftet", "confirmed";
    EVS_HELD: "afholdt", "held";
    EVS_CANCELLED: "aflyst", "cancelled";
    ASG_BOOKED: "booket", "booked";
    ASG_CONFIRMED: "bekræftet", "confirmed";
    ASG_ATTENDED: "mødt", "attended";
    ASG_NO_SHOW: "udeblevet", "no-show";
    ASG_CANCELLED: "afbud", "cancelled";
    EVERR_TIME_MISSING: "Angiv både start- og sluttid, eller ingen af dem", "Give both start and end time, or neither";
    EVERR_END_NOT_AFTER_START: "Sluttiden skal være efter starttiden", "The end time must be after the start time";
    EVERR_NEGATIVE_PUPILS: "Antal elever kan ikke være negativt", "The number of pupils cannot be negative";
    EVERR_CANCEL_REASON: "Angiv hvorfor arrangementet aflyses", "Give the reason for cancelling";
    EVERR_HELD_IN_FUTURE: "Et arrangement i fremtiden kan ikke være afholdt", "An event in the future cannot be held";
    EVERR_STATUS_FINAL: "Et afholdt eller aflyst arrangement kan ikke skifte status", "A held or cancelled event cannot change status";
    APPT_ACTIVE: "aktiv", "active";
    APPT_ENDED_EARLY: "stoppet før tid", "ended early";
    APPTERR_END_BEFORE_START: "Slutdatoen er før startdatoen", "The end date is before the start date";
    APPTERR_OVERLAPS: "Personen har allerede en udpegning i perioden", "The person already has an appointment in this period";
    APPTERR_OUTSIDE_TERM: "Datoen skal ligge inden for udpegningen", "The date must be within the term";
    APPTERR_REASON_REQUIRED: "Angiv en begrundelse", "Give a reason";
    APPTERR_ALREADY_ENDED: "Udpegningen er allerede stoppet", "The appointment has already ended";
    APPTFLAG_MINOR_NO_GUARDIAN: "under 18 uden forældresamtykke", "under 18 without guardian consent";
    APPTFLAG_NO_CONSENT: "mangler samtykkedato", "no consent date";
    APPTFLAG_ENDING_SOON: "udløber inden for 30 dage", "ends within 30 days";
    PICK_ELIGIBLE: "kan bookes", "eligible";
    PICK_WARNING: "advarsel", "warning";
    PICK_BLOCKED: "blokeret", "blocked";
    PICK_NO_APPOINTMENT: "ingen udpegning på datoen", "no appointment on the date";
    PICK_DOUBLE_BOOKED: "allerede booket: {event}", "already booked: {event}";
    PICK_UNAVAILABLE: "fraværende {from}–{to}", "unavailable {from}–{to}";
    PICK_WEEKEND: "weekend", "weekend";
    PICK_PUBLIC_HOLIDAY: "helligdag", "public holiday";
    PICK_SCHOOL_HOLIDAY: "skoleferie", "school holiday";
    PICK_MINOR: "under 18 ({age} år)", "under 18 ({age} years)";
    BFLAG_OVER_BUDGET: "Over budget", "Over budget";
    BFLAG_FORECAST_OVER: "Prognose over budget", "Forecast over budget";
    BFLAG_WARNING: "Tæt på budgettet", "Close to the budget";
    BFLAG_FAST_PACE: "Højt forbrugstempo", "Fast spending pace";
    BFLAG_STAFFING: "Fuld bemanding over budget", "Full staffing over budget";
    BFLAGMSG_STAFFING: "Fuldt bemandet {full} overstiger budgettet {budget} med {over} (åbne behov {unstaffed})", "Fully staffed {full} exceeds the budget {budget} by {over} (open needs {unstaffed})";
    BFLAGMSG_OVER_BUDGET: "Disponeret {committed} af et budget på {budget}", "Committed {committed} of a budget of {budget}";
    BFLAGMSG_FORECAST_OVER: "Prognosen {forecast} overstiger budgettet {budget} med {over}", "The forecast {forecast} exceeds the budget {budget} by {over}";
    BFLAGMSG_WARNING: "Prognosen {forecast} er {percent} % af budgettet {budget} (grænse {threshold} %)", "The forecast {forecast} is {percent} % of the budget {budget} (limit {threshold} %)";
    BFLAGMSG_FAST_PACE: "Forbrugt {spent}, men kun {share} % af året er gået", "Spent {spent}, but only {share} % of the year has passed";
    SCHOOL_HOLIDAY_AUTUMN: "Efterårsferie", "Autumn holiday";
    SCHOOL_HOLIDAY_CHRISTMAS: "Juleferie", "Christmas holiday";
    SCHOOL_HOLIDAY_WINTER: "Vinterferie", "Winter holiday";
    SCHOOL_HOLIDAY_EASTER: "Påskeferie", "Easter holiday";
    SCHOOL_HOLIDAY_SUMMER: "Sommerferie", "Summer holiday";
    SCHOOL_HOLIDAY_NAME_REQUIRED: "Angiv et navn", "Give a name";
    SCHOOL_HOLIDAY_END_BEFORE_START: "Slutdatoen er før startdatoen", "The end date is before the start date";
    RATE_NEGATIVE: "Beløbet kan ikke være negativt", "The amount cannot be negative";
    PERIOD_END_BEFORE_START: "Slutåret er før startåret", "The end year is before the start year";
    PERIOD_TOO_LONG: "Projektperioden må højst være 20 år", "The project period can be at most 20 years";
}

use super::{Lang, Text};
use crate::domain::appointment::{AppointmentError, AppointmentFlag, AppointmentStatus};
use crate::domain::budget::{BudgetFigures, BudgetFlag, PeriodError, elapsed_days};
use crate::domain::event::{AssignmentStatus, EventError, EventKind, EventStatus};
use crate::domain::rates::RateError;
use crate::domain::schedule::{Level, Reason, Verdict};
use crate::domain::school_holidays::SchoolHolidayError;
use chrono::NaiveDate;

/// The name of an event kind.
pub fn event_kind(kind: EventKind) -> Text {
    match kind {
        EventKind::SchoolVisit => EVK_SCHOOL_VISIT,
        EventKind::JobCentre => EVK_JOB_CENTRE,
        EventKind::YouthGuidance => EVK_YOUTH_GUIDANCE,
        EventKind::FestivalStand => EVK_FESTIVAL_STAND,
        EventKind::Other => EVK_OTHER,
    }
}

/// The name of an event status.
pub fn event_status(status: EventStatus) -> Text {
    match status {
        EventStatus::Requested => EVS_REQUESTED,
        EventStatus::Planned => EVS_PLANNED,
        EventStatus::Confirmed => EVS_CONFIRMED,
        EventStatus::Held => EVS_HELD,
        EventStatus::Cancelled => EVS_CANCELLED,
    }
}

/// The name of a booking status.
pub fn assignment_status(status: AssignmentStatus) -> Text {
    match status {
        AssignmentStatus::Booked => ASG_BOOKED,
        AssignmentStatus::Confirmed => ASG_CONFIRMED,
        AssignmentStatus::Attended => ASG_ATTENDED,
        AssignmentStatus::NoShow => ASG_NO_SHOW,
        AssignmentStatus::Cancelled => ASG_CANCELLED,
    }
}

/// The message of an event form error.
pub fn event_error(err: EventError) -> Text {
    match err {
        EventError::TimeMissing => EVERR_TIME_MISSING,
        EventError::EndNotAfterStart => EVERR_END_NOT_AFTER_START,
        EventError::NegativePupils => EVERR_NEGATIVE_PUPILS,
        EventError::CancelReasonRequired => EVERR_CANCEL_REASON,
        EventError::HeldInFuture => EVERR_HELD_IN_FUTURE,
        EventError::StatusFinal => EVERR_STATUS_FINAL,
    }
}

/// The name of an appointment status.
pub fn appointment_status(status: &AppointmentStatus) -> Text {
    match status {
        AppointmentStatus::Active => APPT_ACTIVE,
        AppointmentStatus::EndedEarly { .. } => APPT_ENDED_EARLY,
    }
}

/// The message of an appointment error.
pub fn appointment_error(err: &AppointmentError) -> Text {
    match err {
        AppointmentError::EndBeforeStart => APPTERR_END_BEFORE_START,
        AppointmentError::Overlaps { .. } => APPTERR_OVERLAPS,
        AppointmentError::EndEarlyOutsideTerm => APPTERR_OUTSIDE_TERM,
        AppointmentError::ReasonRequired => APPTERR_REASON_REQUIRED,
        AppointmentError::AlreadyEnded => APPTERR_ALREADY_ENDED,
        AppointmentError::LoggedAfterEnd => super::APPTERR_LOGGED_AFTER_END,
    }
}

/// The text of an appointment flag.
pub fn appointment_flag(flag: AppointmentFlag) -> Text {
    match flag {
        AppointmentFlag::MinorWithoutGuardianConsent => APPTFLAG_MINOR_NO_GUARDIAN,
        AppointmentFlag::NoConsentDate => APPTFLAG_NO_CONSENT,
        AppointmentFlag::EndingSoon => APPTFLAG_ENDING_SOON,
    }
}

/// The word for a picker level (shown beside its symbol ✓ ⚠ ✗).
pub fn picker_level(level: Level) -> Text {
    match level {
        Level::Eligible => PICK_ELIGIBLE,
        Level::Warning => PICK_WARNING,
        Level::Blocked => PICK_BLOCKED,
    }
}

/// A picker reason in words; `date` formats the dates of an unavailability period.
pub fn describe_reason(reason: &Reason, lang: Lang, date: impl Fn(NaiveDate) -> String) -> String {
    match reason {
        Reason::NoAppointment => PICK_NO_APPOINTMENT.get(lang).to_string(),
        Reason::DoubleBooked { label, .. } => PICK_DOUBLE_BOOKED.fill(lang, &[("event", label)]),
        Reason::Unavailable { from, to } => {
            PICK_UNAVAILABLE.fill(lang, &[("from", &date(*from)), ("to", &date(*to))])
        }
        Reason::Weekend => PICK_WEEKEND.get(lang).to_string(),
        Reason::PublicHoliday => PICK_PUBLIC_HOLIDAY.get(lang).to_string(),
        Reason::SchoolHoliday => PICK_SCHOOL_HOLIDAY.get(lang).to_string(),
        Reason::Minor { age } => PICK_MINOR.fill(lang, &[("age", &age.to_string())]),
    }
}

/// A verdict in words: its reasons joined by "; ", or the level's word when it has none (the
/// picker's and the walk-in list's reasons column, the walk-in refusal).
pub fn describe_verdict(
    verdict: &Verdict,
    lang: Lang,
    date: impl Fn(NaiveDate) -> String + Copy,
) -> String {
    if verdict.reasons.is_empty() {
        return picker_level(verdict.level).get(lang).to_string();
    }
    verdict
        .reasons
        .iter()
        .map(|r| describe_reason(r, lang, date))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The short name of a budget flag.
pub fn budget_flag(flag: BudgetFlag) -> Text {
    match flag {
        BudgetFlag::OverBudget => BFLAG_OVER_BUDGET,
        BudgetFlag::ForecastOverBudget => BFLAG_FORECAST_OVER,
        BudgetFlag::Warning => BFLAG_WARNING,
        BudgetFlag::StaffingWouldExceed => BFLAG_STAFFING,
        BudgetFlag::FastPace => BFLAG_FAST_PACE,
    }
}

/// A budget flag with the numbers that cause it; `money` formats øre (`50.000,00 kr.`).
/// `year` and `today` give the elapsed share of the year for *fast pace*.
pub fn describe_budget_flag(
    flag: BudgetFlag,
    figures: &BudgetFigures,
    year: i32,
    today: NaiveDate,
    lang: Lang,
    money: impl Fn(i64) -> String,
) -> String {
    let f = figures;
    match flag {
        BudgetFlag::OverBudget => BFLAGMSG_OVER_BUDGET.fill(
            lang,
            &[
                ("committed", &money(f.committed)),
                ("budget", &money(f.budget)),
            ],
        ),
        BudgetFlag::ForecastOverBudget => BFLAGMSG_FORECAST_OVER.fill(
            lang,
            &[
                ("forecast", &money(f.forecast)),
                ("budget", &money(f.budget)),
                ("over", &money(f.forecast.saturating_sub(f.budget))),
            ],
        ),
        BudgetFlag::Warning => {
            let percent = if f.budget > 0 {
                (i128::from(f.forecast) * 100 / i128::from(f.budget)).to_string()
            } else {
                "–".to_string()
            };
            BFLAGMSG_WARNING.fill(
                lang,
                &[
                    ("forecast", &money(f.forecast)),
                    ("percent", &percent),
                    ("budget", &money(f.budget)),
                    ("threshold", &f.threshold_percent.to_string()),
                ],
            )
        }
        BudgetFlag::StaffingWouldExceed => BFLAGMSG_STAFFING.fill(
            lang,
            &[
                ("full", &money(f.if_fully_staffed)),
                ("budget", &money(f.budget)),
                ("over", &money(f.if_fully_staffed.saturating_sub(f.budget))),
                ("unstaffed", &money(f.unstaffed)),
            ],
        ),
        BudgetFlag::FastPace => {
            let (elapsed, days) = elapsed_days(year, today);
            BFLAGMSG_FAST_PACE.fill(
                lang,
                &[
                    ("spent", &money(f.spent)),
                    ("share", &(elapsed * 100 / days).to_string()),
                ],
            )
        }
    }
}

/// The message of a school holiday row error.
pub fn school_holiday_error(err: SchoolHolidayError) -> Text {
    match err {
        SchoolHolidayError::NameRequired => SCHOOL_HOLIDAY_NAME_REQUIRED,
        SchoolHolidayError::EndBeforeStart => SCHOOL_HOLIDAY_END_BEFORE_START,
    }
}

/// The message of a rate error.
pub fn rate_error(err: RateError) -> Text {
    match err {
        RateError::Negative => RATE_NEGATIVE,
    }
}

/// The message of a project period error.
pub fn period_error(err: PeriodError) -> Text {
    match err {
        PeriodError::EndBeforeStart => PERIOD_END_BEFORE_START,
        PeriodError::TooLong => PERIOD_TOO_LONG,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::budget::{BudgetInputs, DEFAULT_BUDGET_ORE};

    #[test]
    fn reasons_read_well() {
        let date = |d: NaiveDate| d.format("%-d.%-m.%Y").to_string();
        let from = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        let to = NaiveDate::from_ymd_opt(2026, 12, 4).expect("date");
        assert_eq!(
            describe_reason(&Reason::Unavailable { from, to }, Lang::Da, date),
            "fraværende 1.12.2026–4.12.2026"
        );
        let booked = Reason::DoubleBooked {
            event_id: 3,
            label: "Skovvejens Skole 10:00–11:00".into(),
        };
        assert_eq!(
            describe_reason(&booked, Lang::En, date),
            "already booked: Skovvejens Skole 10:00–11:00"
        );
        assert_eq!(
            describe_reason(&Reason::Minor { age: 17 }, Lang::Da, date),
            "under 18 (17 år)"
        );
    }

    #[test]
    fn budget_flags_carry_their_numbers() {
        let f = BudgetFigures::compute(&BudgetInputs {
            budget_ore: DEFAULT_BUDGET_ORE,
            threshold_percent: 80,
            paid_ore: 4_100_000,
            planned_ore: 1_000_000,
            ..BudgetInputs::default()
        });
        let kr = |ore: i64| format!("{} kr.", ore / 100);
        let today = NaiveDate::from_ymd_opt(2026, 7, 2).expect("date");
        assert_eq!(
            describe_budget_flag(
                BudgetFlag::ForecastOverBudget,
                &f,
                2026,
                today,
                Lang::Da,
                kr
            ),
            "Prognosen 51000 kr. overstiger budgettet 50000 kr. med 1000 kr."
        );
        assert_eq!(
            describe_budget_flag(BudgetFlag::Warning, &f, 2026, today, Lang::En, kr),
            "The forecast 51000 kr. is 102 % of the budget 50000 kr. (limit 80 %)"
        );
        assert_eq!(
            describe_budget_flag(BudgetFlag::FastPace, &f, 2026, today, Lang::Da, kr),
            "Forbrugt 41000 kr., men kun 50 % af året er gået"
        );
    }
}
