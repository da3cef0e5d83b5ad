//! A generic form: labelled fields (text, choice, toggle, lookup), the focused field, and the
//! message shown next to each field. Person and institution forms build one of these
//! (`person_form`, `place_form`) and read it back; validation itself lives in the domain.

use tui_input::{Input, InputRequest};

/// One choice of a choice field: the stored code and the label shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub code: &'static str,
    pub label: &'static str,
}

/// What a field holds.
#[derive(Debug, Clone)]
pub enum FieldValue {
    /// Free text, edited in place.
    Text(Input),
    /// One of a fixed set, cycled with ←/→ (`index` into `options`; `None` = not chosen yet).
    Choice {
        options: Vec<Choice>,
        index: Option<usize>,
    },
    /// Yes or no, flipped with space or ←/→.
    Toggle(bool),
    /// A row of another table found by typing part of its name; ←/→ go through the matches.
    Lookup {
        query: Input,
        matches: Vec<(i64, String)>,
        index: Option<usize>,
    },
}

/// One labelled field of a form.
#[derive(Debug, Clone)]
pub struct Field {
    pub label: &'static str,
    pub value: FieldValue,
    /// The validation message shown next to the field (and blocking the save).
    pub error: Option<String>,
    /// A helpful note shown next to the field when there is no error (e.g. the weekday of a date).
    pub hint: Option<String>,
    /// Marks a required field (shown with `*`).
    pub required: bool,
    /// A date field: how a date without its year is completed. Every date field shows the
    /// weekday and full date of what is typed (`date_field::preview`).
    pub date: Option<crate::domain::date::YearRule>,
}

impl Field {
    pub fn text(label: &'static str, value: &str) -> Field {
        Field {
            label,
            value: FieldValue::Text(Input::new(value.to_string())),
            error: None,
            hint: None,
            required: false,
            date: None,
        }
    }

    pub fn choice(label: &'static str, options: Vec<Choice>, selected: Option<&str>) -> Field {
        let index = selected.and_then(|code| options.iter().position(|o| o.code == code));
        Field {
            label,
            value: FieldValue::Choice { options, index },
            error: None,
            hint: None,
            required: false,
            date: None,
        }
    }

    pub fn toggle(label: &'static str, on: bool) -> Field {
        Field {
            label,
            value: FieldValue::Toggle(on),
            error: None,
            hint: None,
            required: false,
            date: None,
        }
    }

    pub fn lookup(label: &'static str, current: Option<(i64, String)>) -> Field {
        let query = Input::new(current.as_ref().map(|(_, n)| n.clone()).unwrap_or_default());
        let index = current.as_ref().map(|_| 0);
        let matches = current.into_iter().collect();
        Field {
            label,
            value: FieldValue::Lookup {
                query,
                matches,
                index,
            },
            error: None,
            hint: None,
            required: false,
            date: None,
        }
    }

    /// A date field (text, read by the shared date input, `rule` completing a missing year).
    pub fn date(label: &'static str, value: &str, rule: crate::domain::date::YearRule) -> Field {
        Field {
            date: Some(rule),
            ..Field::text(label, value)
        }
    }

    #[must_use]
    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }

    /// The text of a text field (empty for other kinds).
    pub fn text_value(&self) -> &str {
        match &self.value {
            FieldValue::Text(input) => input.value(),
            _ => "",
        }
    }

    /// The code of the chosen option of a choice field.
    pub fn choice_code(&self) -> Option<&'static str> {
        match &self.value {
            FieldValue::Choice { options, index } => {
                index.and_then(|i| options.get(i)).map(|c| c.code)
            }
            _ => None,
        }
    }

    pub fn toggle_value(&self) -> bool {
        matches!(self.value, FieldValue::Toggle(true))
    }

    /// The chosen row of a lookup field.
    pub fn lookup_value(&self) -> Option<(i64, &str)> {
        match &self.value {
            FieldValue::Lookup { matches, index, .. } => index
                .and_then(|i| matches.get(i))
                .map(|(id, name)| (*id, name.as_str())),
            _ => None,
        }
    }

    /// What a lookup field's user has typed.
    pub fn lookup_query(&self) -> Option<&str> {
        match &self.value {
            FieldValue::Lookup { query, .. } => Some(query.value()),
            _ => None,
        }
    }
}

/// A form: its fields, which one has the focus, and whether anything was changed.
#[derive(Debug, Clone)]
pub struct Form {
    pub fields: Vec<Field>,
    pub focus: usize,
    pub dirty: bool,
    /// Whether a save was attempted (errors show from then on, hints before).
    pub tried: bool,
    /// The fields' values as the form was opened (or last reloaded): what a reload compares
    /// with to tell the other user's changes from this user's (see `form_merge`).
    pub original: Vec<super::form_merge::FieldKey>,
}

/// What an edit of a form did, so the caller knows whether to validate or look up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormChange {
    None,
    Value,
    /// A lookup field's query changed: its matches must be fetched again.
    Lookup,
}

impl Form {
    pub fn new(fields: Vec<Field>) -> Form {
        Form {
            original: fields.iter().map(Field::key).collect(),
            fields,
            focus: 0,
            dirty: false,
            tried: false,
        }
    }

    pub fn focused(&self) -> &Field {
        &self.fields[self.focus]
    }

    pub fn focus_next(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len();
    }

    pub fn focus_prev(&mut self) {
        self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
    }

    /// Applies a text edit to the focused text or lookup field.
    pub fn edit(&mut self, request: InputRequest) -> FormChange {
        let field = &mut self.fields[self.focus];
        let change = match &mut field.value {
            FieldValue::Text(input) => match input.handle(request) {
                Some(c) if c.value => FormChange::Value,
                _ => FormChange::None,
            },
            FieldValue::Lookup { query, .. } => match query.handle(request) {
                Some(c) if c.value => FormChange::Lookup,
                _ => FormChange::None,
            },
            FieldValue::Toggle(on) => {
                if request == InputRequest::InsertChar(' ') {
                    *on = !*on;
                    FormChange::Value
                } else {
                    FormChange::None
                }
            }
            FieldValue::Choice { .. } => FormChange::None,
        };
        if change != FormChange::None {
            self.dirty = true;
        }
        change
    }

    /// Steps the focused choice, toggle or lookup field by `delta` (←/→).
    pub fn step(&mut self, delta: isize) -> FormChange {
        let field = &mut self.fields[self.focus];
        let changed = match &mut field.value {
            FieldValue::Choice { options, index } => {
                let n = options.len() as isize;
                let current = index.map_or(if delta > 0 { -1 } else { 0 }, |i| i as isize);
                *index = Some((current + delta).rem_euclid(n) as usize);
                true
            }
            FieldValue::Toggle(on) => {
                *on = !*on;
                true
            }
            FieldValue::Lookup { matches, index, .. } if !matches.is_empty() => {
                let n = matches.len() as isize;
                let current = index.map_or(0, |i| i as isize);
                *index = Some((current + delta).rem_euclid(n) as usize);
                true
            }
            _ => false,
        };
        if changed {
            self.dirty = true;
            FormChange::Value
        } else {
            FormChange::None
        }
    }

    /// Takes the matches found for lookup field `field` (the first becomes the choice).
    pub fn set_matches(&mut self, field: usize, found: Vec<(i64, String)>) {
        if let Some(Field {
            value:
                FieldValue::Lookup {
                    query,
                    matches,
                    index,
                },
            ..
        }) = self.fields.get_mut(field)
        {
            *index = if query.value().trim().is_empty() || found.is_empty() {
                None
            } else {
                Some(0)
            };
            *matches = if query.value().trim().is_empty() {
                Vec::new()
            } else {
                found
            };
        }
    }

    /// Clears every message, then sets those given (`(field index, message)`).
    pub fn set_errors(&mut self, errors: Vec<(usize, String)>) {
        for f in &mut self.fields {
            f.error = None;
        }
        for (i, message) in errors {
            if let Some(f) = self.fields.get_mut(i) {
                f.error.get_or_insert(message);
            }
        }
    }

    pub fn has_errors(&self) -> bool {
        self.fields.iter().any(|f| f.error.is_some())
    }

    /// Moves the focus to the first field with an error.
    pub fn focus_first_error(&mut self) {
        if let Some(i) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> Form {
        Form::new(vec![
            Field::text("Navn", "Ida"),
            Field::choice(
                "Type",
                vec![
                    Choice {
                        code: "a",
                        label: "A",
                    },
                    Choice {
                        code: "b",
                        label: "B",
                    },
                ],
                None,
            ),
            Field::toggle("Aktiv", true),
            Field::lookup("Sted", None),
        ])
    }

    #[test]
    fn typing_edits_the_focused_text_field_and_marks_the_form_dirty() {
        let mut f = form();
        assert_eq!(f.edit(InputRequest::InsertChar('a')), FormChange::Value);
        assert_eq!(f.fields[0].text_value(), "Idaa");
        assert!(f.dirty);
    }

    #[test]
    fn choices_cycle_both_ways_and_start_unchosen() {
        let mut f = form();
        f.focus_next();
        assert_eq!(f.focused().choice_code(), None);
        f.step(1);
        assert_eq!(f.focused().choice_code(), Some("a"));
        f.step(1);
        f.step(1);
        assert_eq!(f.focused().choice_code(), Some("a"));
        f.step(-1);
        assert_eq!(f.focused().choice_code(), Some("b"));
    }

    #[test]
    fn focus_wraps_around() {
        let mut f = form();
        f.focus_prev();
        assert_eq!(f.focus, 3);
        f.focus_next();
        assert_eq!(f.focus, 0);
    }

    #[test]
    fn a_lookup_takes_its_first_match_and_steps_through_them() {
        let mut f = form();
        f.focus = 3;
        assert_eq!(f.edit(InputRequest::InsertChar('s')), FormChange::Lookup);
        f.set_matches(3, vec![(1, "Skole A".into()), (2, "Skole B".into())]);
        assert_eq!(f.fields[3].lookup_value(), Some((1, "Skole A")));
        f.step(1);
        assert_eq!(f.fields[3].lookup_value(), Some((2, "Skole B")));
    }

    #[test]
    fn errors_replace_earlier_ones_and_the_focus_can_jump_to_them() {
        let mut f = form();
        f.set_errors(vec![(2, "bad".into())]);
        f.set_errors(vec![(1, "worse".into())]);
        assert_eq!(f.fields[2].error, None);
        f.focus_first_error();
        assert_eq!(f.focus, 1);
    }
}
