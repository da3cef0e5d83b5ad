//! The forms of the Besøg screen on the shared form widget: the event form (every field of
//! DESIGN §3, with the weekday and week of the date shown while typing, and the status rules
//! checked against the stored status) and the school-holiday dialog (one line per period,
//! `Navn 10.10.2026–18.10.2026`, prefilled with the defaults to review when the year is empty).

// Two-armed matches that both do work read better than `if let … else`.
#![allow(clippy::single_match_else)]

use chrono::NaiveDate;

use crate::app::form::{Choice, Field, Form};
use crate::domain::date::{YearRule, format_date_short, parse_date_as};
use crate::domain::event::{
    Event, EventData, EventError, EventKind, EventStatus, check_transition, minutes_between,
};
use crate::domain::event_money::MoneyEvent;
use crate::domain::school_holidays::SchoolHoliday;
use crate::domain::visit_input::{format_holiday_line, parse_holiday_line, parse_time};
use crate::i18n::default_school_holidays;
use crate::i18n::{self, Lang};
use crate::i18n::{format_date, format_week};

/// What a Besøg form edits.
#[derive(Debug, Clone)]
pub enum VisitsForm {
    /// An event: `None` for a new one, else as loaded (id, version, status before the edit).
    Event(Option<Box<Event>>),
    /// The school holidays of the school year starting in this year.
    SchoolHolidays(i32),
}

// The event form's fields, in form order.
pub const KIND: usize = 0;
pub const PLACE_ID: usize = 1;
pub const DATE: usize = 2;
pub const START: usize = 3;
pub const END: usize = 4;
pub const ROOM: usize = 5;
pub const GRADES: usize = 6;
pub const PUPILS: usize = 7;
pub const CONTACT: usize = 8;
pub const STATUS: usize = 9;
pub const NEED_RM: usize = 10;
pub const NEED_AMB: usize = 11;
pub const CANCEL_REASON: usize = 12;
pub const NOTES: usize = 13;

/// How many period lines the school-holiday dialog has.
pub const HOLIDAY_LINES: usize = 8;

fn time_text(t: Option<chrono::NaiveTime>) -> String {
    t.map(|t| t.format("%H:%M").to_string()).unwrap_or_default()
}

/// The event form for `event` (or a new event on `date` at `institution`).
pub fn event_form(
    event: Option<&EventData>,
    institution: Option<(i64, String)>,
    date: NaiveDate,
    lang: Lang,
) -> Form {
    let kinds = EventKind::ALL
        .iter()
        .map(|k| Choice {
            code: k.code(),
            label: i18n::event_kind(*k).get(lang),
        })
        .collect();
    let statuses = EventStatus::ALL
        .iter()
        .map(|s| Choice {
            code: s.code(),
            label: i18n::event_status(*s).get(lang),
        })
        .collect();
    let e = event;
    let text = |f: fn(&EventData) -> String| e.map(f).unwrap_or_default();
    let fields = vec![
        Field::choice(
            i18n::VIS_F_KIND.get(lang),
            kinds,
            Some(e.map_or(EventKind::SchoolVisit, |e| e.kind).code()),
        )
        .required(),
        Field::lookup(i18n::VIS_F_INSTITUTION.get(lang), institution),
        Field::date(
            i18n::VIS_F_DATE.get(lang),
            &format_date_short(e.map_or(date, |e| e.date)),
            YearRule::Next,
        )
        .required(),
        Field::text(i18n::VIS_F_START.get(lang), &text(|e| time_text(e.start))),
        Field::text(i18n::VIS_F_END.get(lang), &text(|e| time_text(e.end))),
        Field::text(i18n::VIS_F_ROOM.get(lang), &text(|e| e.place.clone())),
        Field::text(i18n::VIS_F_GRADES.get(lang), &text(|e| e.grades.clone())),
        Field::text(
            i18n::VIS_F_PUPILS.get(lang),
            &text(|e| e.expected_pupils.map(|p| p.to_string()).unwrap_or_default()),
        ),
        Field::text(i18n::VIS_F_CONTACT.get(lang), &text(|e| e.contact.clone())),
        Field::choice(
            i18n::VIS_F_STATUS.get(lang),
            statuses,
            Some(e.map_or(EventStatus::Requested, |e| e.status).code()),
        ),
        Field::text(
            i18n::VIS_F_NEED_RM.get(lang),
            &e.map_or(1, |e| e.needs_role_models).to_string(),
        ),
        Field::text(
            i18n::VIS_F_NEED_AMB.get(lang),
            &e.map_or(1, |e| e.needs_ambassadors).to_string(),
        ),
        Field::text(
            i18n::VIS_F_CANCEL_REASON.get(lang),
            &text(|e| e.cancel_reason.clone()),
        ),
        Field::text(i18n::VIS_F_NOTES.get(lang), &text(|e| e.notes.clone())),
    ];
    Form::new(fields)
}

/// A count field: empty is `None`, else a whole number ≥ 0.
fn count(text: &str) -> Result<Option<i64>, bool> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<i64>() {
        Ok(n) if n < 0 => Err(true),
        Ok(n) => Ok(Some(n)),
        Err(_) => Err(false),
    }
}

/// What the event form's values would cost, read without validating (the open-needs line is
/// drawn from it on every frame): `None` while the kind, the date or a need cannot be read.
/// A time that cannot be read counts as no planned length, as it would be stored without one.
pub fn money_event(form: &Form, today: NaiveDate) -> Option<MoneyEvent> {
    let text = |i: usize| form.fields[i].text_value().trim();
    let kind = form.fields[KIND]
        .choice_code()
        .and_then(EventKind::from_code)?;
    let date = parse_date_as(text(DATE), today, YearRule::Next).ok()?;
    let need = |i: usize| match count(text(i)) {
        Ok(n) => u32::try_from(n.unwrap_or(0)).ok(),
        Err(_) => None,
    };
    Some(MoneyEvent {
        kind,
        date,
        minutes: minutes_between(parse_time(text(START)), parse_time(text(END))),
        status: form.fields[STATUS]
            .choice_code()
            .and_then(EventStatus::from_code)
            .unwrap_or(EventStatus::Requested),
        needs_role_models: need(NEED_RM)?,
        needs_ambassadors: need(NEED_AMB)?,
    })
}

/// Validates the event form (`before` is the stored event when editing), writes messages and
/// the date's weekday and week, and returns the data when it may be saved.
pub fn check_event(
    form: &mut Form,
    before: Option<&Event>,
    today: NaiveDate,
    lang: Lang,
) -> Option<EventData> {
    let mut errors: Vec<(usize, String)> = Vec::new();
    let text = |i: usize| form.fields[i].text_value().trim().to_string();
    let kind = form.fields[KIND]
        .choice_code()
        .and_then(EventKind::from_code)
        .unwrap_or(EventKind::Other);
    let place = form.fields[PLACE_ID].lookup_value().map(|(id, _)| id);
    if form.fields[PLACE_ID]
        .lookup_query()
        .is_some_and(|q| !q.trim().is_empty())
        && place.is_none()
    {
        errors.push((PLACE_ID, i18n::NO_MATCHING_PLACE.get(lang).to_string()));
    } else if place.is_none() && kind == EventKind::SchoolVisit {
        errors.push((PLACE_ID, i18n::VIS_ERR_SCHOOL_NEEDED.get(lang).to_string()));
    }
    // A visit typed without a year is the next such day (`5.1` in December is January).
    let date = match parse_date_as(&text(DATE), today, YearRule::Next) {
        Ok(d) => Some(d),
        Err(e) => {
            let msg = i18n::date_error_for_input(&e, &text(DATE), today, lang);
            errors.push((DATE, msg));
            None
        }
    };
    let time = |i: usize, errors: &mut Vec<(usize, String)>| {
        let t = text(i);
        if t.is_empty() {
            return None;
        }
        let parsed = parse_time(&t);
        if parsed.is_none() {
            errors.push((i, i18n::VIS_ERR_TIME.get(lang).to_string()));
        }
        parsed
    };
    let start = time(START, &mut errors);
    let end = time(END, &mut errors);
    let pupils = match count(&text(PUPILS)) {
        Ok(p) => p,
        Err(negative) => {
            let msg = if negative {
                i18n::event_error(EventError::NegativePupils).get(lang)
            } else {
                i18n::VIS_ERR_NUMBER.get(lang)
            };
            errors.push((PUPILS, msg.to_string()));
            None
        }
    };
    // A need too large to count is refused, never stored as 0.
    let need = |i: usize, errors: &mut Vec<(usize, String)>| match count(&text(i)) {
        Ok(n) => u32::try_from(n.unwrap_or(0)).unwrap_or_else(|_| {
            errors.push((i, i18n::VIS_ERR_NUMBER_TOO_LARGE.get(lang).to_string()));
            0
        }),
        Err(_) => {
            errors.push((i, i18n::VIS_ERR_NUMBER.get(lang).to_string()));
            0
        }
    };
    let needs_role_models = need(NEED_RM, &mut errors);
    let needs_ambassadors = need(NEED_AMB, &mut errors);
    let status = form.fields[STATUS]
        .choice_code()
        .and_then(EventStatus::from_code)
        .unwrap_or(EventStatus::Requested);
    let event = date.map(|date| EventData {
        kind,
        institution_id: place.unwrap_or(0),
        date,
        start,
        end,
        place: text(ROOM),
        grades: text(GRADES),
        expected_pupils: pupils,
        contact: text(CONTACT),
        status,
        cancel_reason: text(CANCEL_REASON),
        needs_role_models,
        needs_ambassadors,
        notes: text(NOTES),
    });
    if let Some(d) = &event {
        let from = before.map_or(EventStatus::Requested, |b| b.data.status);
        let mut rule_errors = d.validate(today).err().unwrap_or_default();
        if let Err(e) = check_transition(from, d.status, d.date, today, &d.cancel_reason) {
            rule_errors.push(e);
        }
        for e in rule_errors {
            let field = match e {
                EventError::TimeMissing => {
                    if start.is_none() {
                        START
                    } else {
                        END
                    }
                }
                EventError::EndNotAfterStart => END,
                EventError::NegativePupils => PUPILS,
                EventError::CancelReasonRequired => CANCEL_REASON,
                EventError::HeldInFuture | EventError::StatusFinal => STATUS,
            };
            errors.push((field, i18n::event_error(e).get(lang).to_string()));
        }
    }
    if !form.tried {
        errors.retain(|(i, _)| {
            let f = &form.fields[*i];
            !f.text_value().trim().is_empty()
                || f.lookup_query().is_some_and(|q| !q.is_empty())
                || *i == STATUS
        });
    }
    let ok = errors.is_empty();
    form.set_errors(errors);
    form.fields[DATE].hint =
        date.map(|d| format!("{} · {}", format_date(d, lang), format_week(d, lang)));
    if ok { event } else { None }
}

/// The school-holiday dialog for the school year starting in `year`: its stored periods, or
/// the defaults to review when it has none.
pub fn holidays_form(year: i32, stored: &[SchoolHoliday], lang: Lang) -> Form {
    let rows = if stored.is_empty() {
        default_school_holidays(year)
    } else {
        stored.to_vec()
    };
    let labels = i18n::VIS_HOLIDAY_LINES;
    let fields = (0..HOLIDAY_LINES)
        .map(|i| {
            let value = rows
                .get(i)
                .map(|h| format_holiday_line(&h.name, h.from, h.to))
                .unwrap_or_default();
            Field::text(labels[i].get(lang), &value)
        })
        .collect();
    let mut form = Form::new(fields);
    // Defaults not yet stored count as a change to save.
    form.dirty = stored.is_empty();
    form
}

/// Validates the dialog and returns the periods when every filled line is right.
pub fn check_holidays(
    form: &mut Form,
    year: i32,
    today: NaiveDate,
    lang: Lang,
) -> Option<Vec<SchoolHoliday>> {
    let mut errors = Vec::new();
    let mut rows = Vec::new();
    for (i, field) in form.fields.iter().enumerate() {
        let t = field.text_value().trim();
        if t.is_empty() {
            continue;
        }
        match parse_holiday_line(t, today) {
            Some((name, from, to)) => {
                let h = SchoolHoliday {
                    school_year_start: year,
                    name,
                    from,
                    to,
                };
                match h.validate() {
                    Ok(()) => rows.push(h),
                    Err(e) => errors.push((i, i18n::school_holiday_error(e).get(lang).to_string())),
                }
            }
            None => errors.push((i, i18n::VIS_ERR_HOLIDAY_LINE.get(lang).to_string())),
        }
    }
    let ok = errors.is_empty();
    form.set_errors(errors);
    for f in &mut form.fields {
        f.hint = parse_holiday_line(f.text_value(), today).map(|(_, from, to)| {
            let days = (to - from).num_days() + 1;
            i18n::VIS_HOLIDAY_HINT.fill(
                lang,
                &[
                    ("week", &format_week(from, lang)),
                    ("days", &days.to_string()),
                ],
            )
        });
    }
    ok.then_some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tui_input::InputRequest;

    #[test]
    fn a_visit_typed_without_a_year_is_the_next_such_day_and_the_hint_says_so() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).expect("date");
        let mut form = event_form(None, None, today, Lang::Da);
        form.fields[KIND] = Field::choice(
            "kind",
            vec![Choice {
                code: EventKind::Other.code(),
                label: "other",
            }],
            Some(EventKind::Other.code()),
        );
        form.focus = DATE;
        form.edit(InputRequest::DeleteLine);
        for c in "5.1".chars() {
            form.edit(InputRequest::InsertChar(c));
        }
        let event = check_event(&mut form, None, today, Lang::Da).expect("valid");
        assert_eq!(
            event.date,
            NaiveDate::from_ymd_opt(2027, 1, 5).expect("date")
        );
        assert_eq!(
            form.fields[DATE].hint.as_deref(),
            Some("tir 5.1.2027 · uge 1")
        );
    }
}
