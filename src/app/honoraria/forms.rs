//! The Honorarer screen's forms — filter, payout batch, export path, correction and new rate —
//! built on the shared [`Form`], validated inline (Danish dates and amounts) and read back.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::action::PayoutAsk;
use super::effect::HonEffect;
use crate::app::amount_input::parse_amount;
use crate::app::form::{Choice, Field, Form};
use crate::app::list::{WINDOW, Window};
use crate::domain::date::{YearRule, format_date_short, parse_date};
use crate::domain::event::EventKind;
use crate::domain::limits::AmountKind;
use crate::domain::money::Money;
use crate::domain::person::PersonKind;
use crate::domain::rates::Rate;
use crate::i18n::{self, Lang};
use crate::storage::honoraria::HonorariumFilter;

/// Which form of the Honorarer screen is open.
#[derive(Debug, Clone, PartialEq)]
pub enum HonForm {
    /// Person and period; the rest of the filter (status, kind) is kept from here.
    Filter(HonorariumFilter),
    /// A payout batch of `count` approved honoraria worth `total`.
    Payout {
        count: usize,
        total: Money,
    },
    /// The payroll file of batch `batch`.
    Export {
        batch: i64,
    },
    /// A correction of the paid honorarium `target`.
    Correction {
        target: i64,
    },
    Rate,
}

/// The form's title.
pub fn title(kind: &HonForm, lang: Lang) -> String {
    match kind {
        HonForm::Filter(_) => i18n::HON_FILTER_TITLE.get(lang).to_string(),
        HonForm::Payout { .. } => i18n::HON_PAYOUT_TITLE.get(lang).to_string(),
        HonForm::Export { batch } => {
            i18n::HON_EXPORT_TITLE.fill(lang, &[("id", &batch.to_string())])
        }
        HonForm::Correction { target } => {
            i18n::HON_CORRECT_TITLE.fill(lang, &[("id", &target.to_string())])
        }
        HonForm::Rate => i18n::HON_RATE_TITLE.get(lang).to_string(),
    }
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(format_date_short).unwrap_or_default()
}

/// The period's from and to fields, filled from `filter`.
fn period_fields(filter: &HonorariumFilter, lang: Lang) -> [Field; 2] {
    [
        Field::date(
            i18n::HON_F_FROM.get(lang),
            &date_text(filter.from),
            YearRule::Nearest,
        ),
        Field::date(
            i18n::HON_F_TO.get(lang),
            &date_text(filter.to),
            YearRule::Nearest,
        ),
    ]
}

pub fn filter_form(filter: &HonorariumFilter, lang: Lang) -> Form {
    let mut fields = vec![Field::text(i18n::HON_F_PERSON.get(lang), &filter.person)];
    fields.extend(period_fields(filter, lang));
    Form::new(fields)
}

pub fn payout_form(filter: &HonorariumFilter, today: NaiveDate, lang: Lang) -> Form {
    let mut fields = vec![
        Field::date(
            i18n::HON_F_DATE.get(lang),
            &format_date_short(today),
            YearRule::Nearest,
        )
        .required(),
        Field::text(i18n::HON_F_REFERENCE.get(lang), "").required(),
    ];
    fields.extend(period_fields(filter, lang));
    Form::new(fields)
}

pub fn export_form(batch: i64, lang: Lang) -> Form {
    Form::new(vec![
        Field::text(
            i18n::HON_F_PATH.get(lang),
            &format!("udbetaling-{batch}.csv"),
        )
        .required(),
    ])
}

pub fn correction_form(lang: Lang) -> Form {
    Form::new(vec![
        Field::text(i18n::HON_F_AMOUNT.get(lang), "").required(),
        Field::text(i18n::HON_F_REASON.get(lang), "").required(),
    ])
}

pub fn rate_form(today: NaiveDate, lang: Lang) -> Form {
    let kinds = EventKind::ALL
        .iter()
        .map(|k| Choice {
            code: k.code(),
            label: i18n::event_kind(*k).get(lang),
        })
        .collect();
    let persons = PersonKind::ALL
        .iter()
        .map(|k| Choice {
            code: k.code(),
            label: i18n::person_kind(*k).get(lang),
        })
        .collect();
    Form::new(vec![
        Field::choice(
            i18n::HON_F_KIND.get(lang),
            kinds,
            Some(EventKind::SchoolVisit.code()),
        )
        .required(),
        Field::choice(
            i18n::HON_F_PERSON_KIND.get(lang),
            persons,
            Some(PersonKind::RoleModel.code()),
        )
        .required(),
        Field::text(i18n::HON_F_RATE_AMOUNT.get(lang), "").required(),
        Field::text(i18n::HON_F_PER_HOUR.get(lang), ""),
        Field::date(
            i18n::HON_F_EFFECTIVE.get(lang),
            &format_date_short(today),
            YearRule::Nearest,
        )
        .required(),
    ])
}

/// Reads field `i` as a date (`None` when empty); marks it when it is not one, and shows its
/// weekday and full date beside it when it is.
fn date_field(
    form: &mut Form,
    i: usize,
    today: NaiveDate,
    lang: Lang,
) -> Result<Option<NaiveDate>, ()> {
    let text = form.fields[i].text_value().trim().to_string();
    let parsed = parse_date(&text, today);
    if text.is_empty() {
        return Ok(None);
    }
    if let Ok(d) = parsed {
        Ok(Some(d))
    } else {
        form.fields[i].error = Some(i18n::HON_ERR_DATE.get(lang).to_string());
        Err(())
    }
}

/// Reads field `i` as an amount of `kind` (`None` when empty); marks it when it is not one or
/// is outside the limits of its kind.
fn money_field(
    form: &mut Form,
    i: usize,
    kind: AmountKind,
    lang: Lang,
) -> Result<Option<Money>, ()> {
    let text = form.fields[i].text_value().trim().to_string();
    if text.is_empty() {
        return Ok(None);
    }
    if Money::parse(&text).is_err() {
        form.fields[i].error = Some(i18n::HON_ERR_MONEY.get(lang).to_string());
        return Err(());
    }
    match parse_amount(&text, kind, lang) {
        Ok(ore) => Ok(Some(Money(ore))),
        Err(message) => {
            form.fields[i].error = Some(message);
            Err(())
        }
    }
}

/// Marks an empty required field (only once the user has tried to save).
fn required<T>(form: &mut Form, i: usize, value: Option<T>, lang: Lang) -> Option<T> {
    if value.is_none() && form.tried && form.fields[i].error.is_none() {
        form.fields[i].error = Some(i18n::FIELD_REQUIRED.get(lang).to_string());
    }
    value
}

fn text_field(form: &mut Form, i: usize, lang: Lang) -> Option<String> {
    let text = form.fields[i].text_value().trim().to_string();
    let value = (!text.is_empty()).then_some(text);
    required(form, i, value, lang)
}

/// Validates `form` and returns the effect its save would run (`None` while a field is wrong).
pub fn check(kind: &HonForm, form: &mut Form, today: NaiveDate, lang: Lang) -> Option<HonEffect> {
    for f in &mut form.fields {
        f.error = None;
    }
    match kind {
        HonForm::Filter(base) => {
            let from = date_field(form, 1, today, lang);
            let to = date_field(form, 2, today, lang);
            let (from, to) = (from.ok()?, to.ok()?);
            if let (Some(f), Some(t)) = (from, to)
                && t < f
            {
                form.fields[2].error = Some(i18n::HON_ERR_ORDER.get(lang).to_string());
                return None;
            }
            let filter = HonorariumFilter {
                person: form.fields[0].text_value().trim().to_string(),
                from,
                to,
                ..base.clone()
            };
            // A new filter starts from the first row; the form does not know the screen's
            // height, so its one load takes the largest window.
            let window = Window {
                offset: 0,
                len: WINDOW,
            };
            Some(HonEffect::Load { filter, window })
        }
        HonForm::Payout { count, total } => {
            let paid_on = date_field(form, 0, today, lang);
            // The count and total stay beside the date (a hint, not an error message).
            let summary = i18n::HON_PAYOUT_SUMMARY.fill(
                lang,
                &[("n", &count.to_string()), ("total", &total.to_string())],
            );
            let hint = &mut form.fields[0].hint;
            *hint = Some(
                hint.take()
                    .map_or(summary.clone(), |d| format!("{d} · {summary}")),
            );
            let reference = text_field(form, 1, lang);
            let from = date_field(form, 2, today, lang);
            let to = date_field(form, 3, today, lang);
            let paid_on = required(form, 0, paid_on.ok()?, lang);
            let (from, to) = (from.ok()?, to.ok()?);
            let ask = PayoutAsk {
                paid_on: paid_on?,
                reference: reference?,
                from,
                to,
            };
            Some(HonEffect::CountPayout {
                from,
                to,
                ask: Some(ask),
            })
        }
        HonForm::Export { batch } => {
            let path = text_field(form, 0, lang)?;
            if !path.to_lowercase().ends_with(".csv") {
                form.fields[0].error = Some(i18n::HON_ERR_CSV.get(lang).to_string());
                return None;
            }
            Some(HonEffect::Export {
                batch: *batch,
                path: PathBuf::from(path),
            })
        }
        HonForm::Correction { target } => {
            let amount = money_field(form, 0, AmountKind::Correction, lang);
            let reason = text_field(form, 1, lang);
            let amount = required(form, 0, amount.ok()?, lang)?;
            if amount == Money::ZERO {
                form.fields[0].error = Some(i18n::HON_ERR_ZERO.get(lang).to_string());
                return None;
            }
            Some(HonEffect::Correct {
                target: *target,
                amount,
                reason: reason?,
                on: today,
            })
        }
        HonForm::Rate => {
            let amount = money_field(form, 2, AmountKind::Rate, lang);
            let per_hour = money_field(form, 3, AmountKind::Rate, lang);
            let from = date_field(form, 4, today, lang);
            let event_kind = form.fields[0].choice_code().and_then(EventKind::from_code);
            let person_kind = form.fields[1].choice_code().and_then(PersonKind::from_code);
            let amount = required(form, 2, amount.ok()?, lang);
            let per_hour = per_hour.ok()?;
            if form.fields.iter().any(|f| f.error.is_some()) {
                return None;
            }
            let effective_from = required(form, 4, from.ok()?, lang)?;
            Some(HonEffect::AddRate(Rate {
                event_kind: event_kind?,
                person_kind: person_kind?,
                amount_ore: amount?.ore(),
                per_hour_ore: per_hour.map(Money::ore),
                effective_from,
            }))
        }
    }
}
