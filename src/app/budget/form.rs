//! The Budget screen's forms: an expense (date, amount, category, text) and the year's budget
//! and threshold, with Danish date and money parsing and inline messages.

use chrono::NaiveDate;

use crate::app::amount_input::parse_amount;
use crate::app::form::{Field, Form};
use crate::domain::date::{YearRule, parse_date};
use crate::domain::limits::AmountKind;
use crate::domain::money::Money;
use crate::i18n::{self, Lang};
use crate::storage::budget::BudgetYear;
use crate::storage::expenses::{Expense, ExpenseData, ExpenseError};

/// Which Budget form is open.
#[derive(Debug, Clone, PartialEq)]
pub enum BudgetForm {
    /// An expense: `None` for a new one.
    Expense(Option<Box<Expense>>),
    /// The year's budget and threshold, as loaded.
    Year(BudgetYear),
}

/// The expense form.
pub fn expense(existing: Option<&Expense>, today: NaiveDate, lang: Lang) -> Form {
    let date = existing.map_or(today, |e| e.data.spent_on);
    let amount = existing.map(|e| Money(e.data.amount_ore).format_plain());
    Form::new(vec![
        Field::date(
            i18n::BUD_DATE.get(lang),
            &date.format("%-d.%-m.%Y").to_string(),
            YearRule::Nearest,
        )
        .required(),
        Field::text(i18n::BUD_AMOUNT.get(lang), amount.as_deref().unwrap_or("")).required(),
        Field::text(
            i18n::BUD_CATEGORY.get(lang),
            existing.map_or("", |e| e.data.category.as_str()),
        ),
        Field::text(
            i18n::BUD_TEXT.get(lang),
            existing.map_or("", |e| e.data.text.as_str()),
        ),
    ])
}

/// The year form.
pub fn year(settings: &BudgetYear, lang: Lang) -> Form {
    Form::new(vec![
        Field::text(
            i18n::BUD_F_AMOUNT.get(lang),
            &Money(settings.amount_ore).format_plain(),
        )
        .required(),
        Field::text(
            i18n::BUD_F_THRESHOLD.get(lang),
            &settings.threshold_percent.to_string(),
        )
        .required(),
    ])
}

/// Validates the expense form; the data when valid.
pub fn check_expense(form: &mut Form, today: NaiveDate, lang: Lang) -> Option<ExpenseData> {
    let mut errors = Vec::new();
    let date_text = form.fields[0].text_value().to_string();
    let date = match parse_date(&date_text, today) {
        Ok(d) => Some(d),
        Err(e) => {
            errors.push((0, i18n::date_error_for_input(&e, &date_text, today, lang)));
            None
        }
    };
    let amount = match parse_amount(form.fields[1].text_value(), AmountKind::Expense, lang) {
        Ok(ore) => Some(ore),
        Err(message) => {
            errors.push((1, message));
            None
        }
    };
    let expense = ExpenseData {
        spent_on: date.unwrap_or(today),
        amount_ore: amount.unwrap_or(1),
        category: form.fields[2].text_value().trim().to_string(),
        text: form.fields[3].text_value().trim().to_string(),
    };
    if let Err(e) = expense.validate() {
        let (field, text) = match e {
            ExpenseError::NotPositive => (1, i18n::BUD_NOT_POSITIVE),
            ExpenseError::TooLong => (3, i18n::BUD_TOO_LONG),
            ExpenseError::NoDescription => (2, i18n::BUD_NO_DESCRIPTION),
        };
        if !errors.iter().any(|(f, _)| *f == field) {
            errors.push((field, text.get(lang).to_string()));
        }
    }
    finish(form, errors, expense)
}

/// Validates the year form; `(amount øre, threshold %)` when valid.
pub fn check_year(form: &mut Form, lang: Lang) -> Option<(i64, u32)> {
    let mut errors = Vec::new();
    let amount = match parse_amount(form.fields[0].text_value(), AmountKind::Budget, lang) {
        Ok(ore) => ore,
        Err(message) => {
            errors.push((0, message));
            0
        }
    };
    let threshold = match form.fields[1]
        .text_value()
        .trim()
        .trim_end_matches('%')
        .trim()
        .parse::<u32>()
    {
        Ok(t) if (1..=100).contains(&t) => t,
        _ => {
            errors.push((1, i18n::BUD_BAD_THRESHOLD.get(lang).to_string()));
            0
        }
    };
    finish(form, errors, (amount, threshold))
}

/// Shows `errors` (before the first save only on fields already typed in) and returns `value`
/// when there are none.
fn finish<T>(form: &mut Form, mut errors: Vec<(usize, String)>, value: T) -> Option<T> {
    let ok = errors.is_empty();
    if !form.tried {
        errors.retain(|(i, _)| !form.fields[*i].text_value().trim().is_empty());
    }
    form.set_errors(errors);
    ok.then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tui_input::InputRequest;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
    }

    fn type_into(form: &mut Form, field: usize, text: &str) {
        form.focus = field;
        form.edit(InputRequest::DeleteLine);
        for c in text.chars() {
            form.edit(InputRequest::InsertChar(c));
        }
    }

    #[test]
    fn expense_parses_danish_money_and_dates() {
        let mut form = expense(None, today(), Lang::Da);
        type_into(&mut form, 0, "3.12");
        type_into(&mut form, 1, "1.234,50 kr.");
        type_into(&mut form, 2, "Transport");
        let data = check_expense(&mut form, today(), Lang::Da).unwrap();
        assert_eq!(data.amount_ore, 123_450);
        assert_eq!(data.spent_on, NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
    }

    #[test]
    fn the_expense_date_takes_month_names_and_shows_its_weekday() {
        for (typed, hint) in [
            ("3. december 2026", "tor 3.12.2026"),
            ("3 dec", "tor 3.12.2026"),
            ("1. jan 2027", "fre 1.1.2027"),
        ] {
            let mut form = expense(None, today(), Lang::Da);
            type_into(&mut form, 0, typed);
            type_into(&mut form, 1, "100");
            type_into(&mut form, 2, "Stand");
            assert!(
                check_expense(&mut form, today(), Lang::Da).is_some(),
                "{typed}"
            );
            // The preview every date field shows (run on each change by `update_form`).
            crate::app::date_field::preview_dates(&mut form, today(), Lang::Da);
            assert_eq!(form.fields[0].hint.as_deref(), Some(hint), "{typed}");
        }
        let mut form = expense(None, today(), Lang::Da);
        type_into(&mut form, 0, "3. decem 2026 x");
        assert!(check_expense(&mut form, today(), Lang::Da).is_none());
        crate::app::date_field::preview_dates(&mut form, today(), Lang::Da);
        assert_eq!(form.fields[0].hint, None);
        assert!(form.fields[0].error.is_some());
    }

    #[test]
    fn bad_values_get_messages_and_nothing() {
        let mut form = expense(None, today(), Lang::Da);
        form.tried = true;
        type_into(&mut form, 1, "1.23");
        assert!(check_expense(&mut form, today(), Lang::Da).is_none());
        assert!(form.fields[1].error.is_some());
        assert!(form.fields[2].error.is_some());
        let mut y = year(
            &BudgetYear {
                year: 2026,
                amount_ore: 1,
                threshold_percent: 80,
                version: 0,
            },
            Lang::Da,
        );
        type_into(&mut y, 1, "120");
        assert!(check_year(&mut y, Lang::Da).is_none());
        type_into(&mut y, 1, "75 %");
        assert_eq!(check_year(&mut y, Lang::Da), Some((1, 75)));
    }

    #[test]
    fn amounts_beyond_the_limits_get_a_message_beside_the_field() {
        let mut form = expense(None, today(), Lang::Da);
        form.tried = true;
        type_into(&mut form, 1, "999999999999999");
        type_into(&mut form, 2, "Transport");
        assert!(check_expense(&mut form, today(), Lang::Da).is_none());
        assert_eq!(
            form.fields[1].error.as_deref(),
            Some("Beløbet må højst være 1.000.000,00 kr.")
        );
        type_into(&mut form, 1, "1.000.000");
        assert_eq!(
            check_expense(&mut form, today(), Lang::Da).map(|d| d.amount_ore),
            Some(crate::domain::limits::EXPENSE_MAX_ORE)
        );
        let mut y = year(
            &BudgetYear {
                year: 2026,
                amount_ore: 1,
                threshold_percent: 80,
                version: 0,
            },
            Lang::En,
        );
        type_into(&mut y, 0, "999999999999");
        assert!(check_year(&mut y, Lang::En).is_none());
        assert_eq!(
            y.fields[0].error.as_deref(),
            Some("The amount can be at most 100.000.000,00 kr.")
        );
        type_into(&mut y, 0, "-1");
        assert!(check_year(&mut y, Lang::En).is_none());
        assert_eq!(
            y.fields[0].error.as_deref(),
            Some("The amount cannot be negative")
        );
    }
}
