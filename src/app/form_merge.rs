//! Reloading a form after a conflict without losing the user's work: a three-way merge of what
//! the form was opened with (original), what is stored now (theirs, a form built from the
//! reloaded record) and what the user typed (mine). A field the other user changed shows their
//! value; a field only this user changed keeps what was typed; the reloaded values become the
//! new original, so the next save compares against them.

use super::form::{Field, FieldValue, Form};

/// A field's content as the user sees it, for comparing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKey {
    Text(String),
    Choice(Option<&'static str>),
    Toggle(bool),
    Lookup(Option<i64>, String),
}

impl Field {
    /// The field's content, for comparing.
    pub fn key(&self) -> FieldKey {
        match &self.value {
            FieldValue::Text(input) => FieldKey::Text(input.value().to_string()),
            FieldValue::Choice { .. } => FieldKey::Choice(self.choice_code()),
            FieldValue::Toggle(on) => FieldKey::Toggle(*on),
            FieldValue::Lookup { query, .. } => FieldKey::Lookup(
                self.lookup_value().map(|(id, _)| id),
                query.value().to_string(),
            ),
        }
    }
}

impl Form {
    /// Merges the form of the reloaded record (`theirs`, built by the same builder) into this
    /// one (see the module doc), and says which fields took the other user's value.
    pub fn merge_reloaded(&mut self, theirs: Form) -> Merged {
        let mut merged = Merged::default();
        let mut reloaded = Vec::with_capacity(theirs.fields.len());
        for (i, their_field) in theirs.fields.into_iter().enumerate() {
            let their_key = their_field.key();
            reloaded.push(their_key.clone());
            let (Some(mine), Some(original)) = (self.fields.get_mut(i), self.original.get(i))
            else {
                continue;
            };
            if their_key == *original {
                continue;
            }
            let my_key = mine.key();
            if my_key == their_key {
                continue;
            }
            merged.taken.push(i);
            if my_key != *original {
                merged.overwritten.push(i);
            }
            mine.value = their_field.value;
            mine.error = None;
        }
        self.original = reloaded;
        self.dirty = self
            .fields
            .iter()
            .zip(&self.original)
            .any(|(f, o)| f.key() != *o);
        merged
    }
}

/// What a reload changed in the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    /// The fields now showing the other user's value (they changed it, and it differs from
    /// what the form showed).
    pub taken: Vec<usize>,
    /// Of those, the fields where this user had typed something else: theirs replaced it.
    pub overwritten: Vec<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use tui_input::InputRequest;

    fn form(values: [&str; 3]) -> Form {
        Form::new(values.iter().map(|v| Field::text("x", v)).collect())
    }

    fn type_into(form: &mut Form, i: usize, text: &str) {
        form.focus = i;
        form.edit(InputRequest::DeleteLine);
        for c in text.chars() {
            form.edit(InputRequest::InsertChar(c));
        }
    }

    fn values(form: &Form) -> Vec<String> {
        form.fields
            .iter()
            .map(|f| f.text_value().to_string())
            .collect()
    }

    #[test]
    fn theirs_where_they_changed_mine_where_only_i_did() {
        let mut mine = form(["Mette", "12345678", "noter"]);
        type_into(&mut mine, 1, "87654321");
        type_into(&mut mine, 2, "mine noter");
        // The other user changed the name and the notes.
        let theirs = form(["Mette Kjær", "12345678", "deres noter"]);
        let merged = mine.merge_reloaded(theirs);
        assert_eq!(values(&mine), ["Mette Kjær", "87654321", "deres noter"]);
        assert_eq!(merged.taken, vec![0, 2], "their name and notes are shown");
        assert_eq!(
            merged.overwritten,
            vec![2],
            "the notes were changed by both"
        );
        assert!(mine.dirty, "the typed phone number is still to be saved");
        assert_eq!(
            mine.original,
            vec![
                FieldKey::Text("Mette Kjær".into()),
                FieldKey::Text("12345678".into()),
                FieldKey::Text("deres noter".into()),
            ]
        );
    }

    #[test]
    fn nothing_typed_takes_everything_of_theirs_and_is_clean() {
        let mut mine = form(["a", "b", "c"]);
        let merged = mine.merge_reloaded(form(["a", "B", "c"]));
        assert_eq!(merged.taken, vec![1]);
        assert!(merged.overwritten.is_empty());
        assert_eq!(values(&mine), ["a", "B", "c"]);
        assert!(!mine.dirty);
    }
}
