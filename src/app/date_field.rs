//! Every date field's preview, one rule for all forms and dialogs: what is typed is read by the
//! shared date input (`domain::date_input`: `3.12.2026`, `3/12-26`, `3. december 2026`, `3 dec`
//! …) and, when it is a date, shown beside the field as the weekday and the full date
//! (`tor 3.12.2026`), so a wrong day is seen before saving. Forms mark their date fields with
//! [`Field::date`](super::form::Field::date); [`preview_dates`] runs on every change of any form
//! (`update_form`), and the appointment dialogs call [`preview`] for their inputs. The Besøg
//! screen's date prompts ("go to", the list's date range) show [`preview_goto`] and
//! [`preview_range`]: the same reading and the same weekday text.

use chrono::NaiveDate;

use super::form::Form;
use crate::domain::date::{YearRule, parse_date_as};
use crate::domain::visit_input::{parse_goto, parse_range};
use crate::i18n::{Lang, format_date};

/// The preview of `text` read as a date by `rule` on `today`: `tor 3.12.2026`, or `None`
/// when it is not a date (the field's validation then says why).
pub fn preview(text: &str, today: NaiveDate, rule: YearRule, lang: Lang) -> Option<String> {
    parse_date_as(text.trim(), today, rule)
        .ok()
        .map(|d| format_date(d, lang))
}

/// The preview of a "go to" prompt (`3 dec`, `uge 50`): the day it goes to (a week's Monday),
/// read as the prompt reads it on Enter.
pub fn preview_goto(text: &str, today: NaiveDate, lang: Lang) -> Option<String> {
    parse_goto(text, today).map(|d| format_date(d, lang))
}

/// The preview of a date-range prompt (`3 dec - 4. december 2026`, `1.12–`): each side with its
/// weekday, an open side left empty; `None` for empty text (every date) or what is no range.
pub fn preview_range(text: &str, today: NaiveDate, lang: Lang) -> Option<String> {
    let day = |d: Option<NaiveDate>| d.map(|d| format_date(d, lang)).unwrap_or_default();
    match parse_range(text, today)? {
        (None, None) => None,
        (Some(from), Some(to)) if from == to => Some(format_date(from, lang)),
        (from, to) => Some(format!("{} – {}", day(from), day(to)).trim().to_string()),
    }
}

/// Sets the preview of every date field of `form` as its hint.
pub fn preview_dates(form: &mut Form, today: NaiveDate, lang: Lang) {
    for field in &mut form.fields {
        if let Some(rule) = field.date {
            field.hint = preview(field.text_value(), today, rule, lang);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::budget::BudgetYear;
    use crate::storage::honoraria::HonorariumFilter;
    use tui_input::InputRequest;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
    }

    /// Every form the app opens, as its builder makes it (a new form is added here).
    fn every_form(lang: Lang) -> Vec<(&'static str, Form)> {
        let filter = HonorariumFilter::default();
        let year = BudgetYear {
            year: 2026,
            amount_ore: 5_000_000,
            threshold_percent: 80,
            version: 0,
        };
        vec![
            ("person", crate::app::person_form::build(None, None, lang)),
            ("place", crate::app::place_form::build(None, lang)),
            (
                "event",
                crate::app::visits::forms::event_form(None, None, today(), lang),
            ),
            (
                "school holidays",
                crate::app::visits::forms::holidays_form(2026, &[], lang),
            ),
            (
                "expense",
                crate::app::budget::form::expense(None, today(), lang),
            ),
            ("budget year", crate::app::budget::form::year(&year, lang)),
            (
                "honoraria filter",
                crate::app::honoraria::forms::filter_form(&filter, lang),
            ),
            (
                "payout",
                crate::app::honoraria::forms::payout_form(&filter, today(), lang),
            ),
            ("export", crate::app::honoraria::forms::export_form(1, lang)),
            (
                "correction",
                crate::app::honoraria::forms::correction_form(lang),
            ),
            (
                "rate",
                crate::app::honoraria::forms::rate_form(today(), lang),
            ),
        ]
    }

    /// Types `text` into field `i` of `form` as the keys would (the field cleared first).
    fn type_into(form: &mut Form, i: usize, text: &str) {
        form.focus = i;
        form.edit(InputRequest::DeleteLine);
        for c in text.chars() {
            form.edit(InputRequest::InsertChar(c));
        }
    }

    /// Labels that name a date: such a field must be a date field (so a date field added as
    /// plain text is caught here).
    fn names_a_date(label: &str) -> bool {
        let l = label.to_lowercase();
        l.contains("dato") || l.contains("date") || l.ends_with(" fra") || l.contains("samtykke")
    }

    #[test]
    fn every_date_field_reads_danish_month_names_and_shows_the_weekday() {
        let mut date_fields = 0;
        for lang in [Lang::Da, Lang::En] {
            for (name, mut form) in every_form(lang) {
                for i in 0..form.fields.len() {
                    let field = &form.fields[i];
                    if names_a_date(field.label) {
                        assert!(
                            field.date.is_some(),
                            "{name}: \"{}\" names a date but is no date field",
                            field.label
                        );
                    }
                    if field.date.is_none() {
                        continue;
                    }
                    date_fields += 1;
                    // The rules written out: 3 December 2026 is a Thursday; "3 dec" typed on
                    // 27.11.2026 is this year's for every rule (the past rule keeps this year,
                    // the next rule's first such day is this year's).
                    let full = match lang {
                        Lang::Da => "tor 3.12.2026",
                        Lang::En => "Thu 3.12.2026",
                    };
                    for (typed, shown) in [
                        ("3. december 2026", full),
                        ("3 dec", full),
                        ("3. dec. 2026", full),
                    ] {
                        type_into(&mut form, i, typed);
                        preview_dates(&mut form, today(), lang);
                        assert_eq!(
                            form.fields[i].hint.as_deref(),
                            Some(shown),
                            "{name}: \"{}\" ← {typed:?}",
                            form.fields[i].label
                        );
                    }
                    type_into(&mut form, i, "31. februar");
                    preview_dates(&mut form, today(), lang);
                    assert_eq!(
                        form.fields[i].hint, None,
                        "{name}: no preview of a non-date"
                    );
                }
            }
        }
        // Person 3, event 1, expense 1, filter 2, payout 3, rate 1 — in both languages.
        assert_eq!(date_fields, 2 * 11);
    }

    #[test]
    fn the_date_prompts_read_month_names_and_show_the_weekday() {
        let lang = Lang::Da;
        // 3 and 4 December 2026 are a Thursday and a Friday; week 50 starts Monday 7 December.
        for typed in ["3 dec", "3. december 2026", " 3.12 "] {
            assert_eq!(
                preview_goto(typed, today(), lang).as_deref(),
                Some("tor 3.12.2026")
            );
        }
        assert_eq!(
            preview_goto("uge 50", today(), lang).as_deref(),
            Some("man 7.12.2026")
        );
        assert_eq!(preview_goto("31. februar", today(), lang), None);
        assert_eq!(
            preview_range("3 dec - 4. december 2026", today(), lang).as_deref(),
            Some("tor 3.12.2026 – fre 4.12.2026")
        );
        assert_eq!(
            preview_range("3 dec til 3.12", today(), lang).as_deref(),
            Some("tor 3.12.2026")
        );
        assert_eq!(
            preview_range("3.12–", today(), lang).as_deref(),
            Some("tor 3.12.2026 –")
        );
        assert_eq!(
            preview_range("–4.12", today(), Lang::En).as_deref(),
            Some("– Fri 4.12.2026")
        );
        assert_eq!(preview_range("", today(), lang), None);
        assert_eq!(preview_range("4.12 - 3.12", today(), lang), None);
    }
}
