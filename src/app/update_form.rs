//! `update` for the open form: editing fields, inline validation, lookups, saving, and the
//! question before unsaved changes are thrown away.

use super::action::Action;
use super::effect::Effect;
use super::form::FormChange;
use super::form_merge::Merged;
use super::state::{FormKind, OpenForm, Overlay, State};
use super::{person_form, place_form, visits};
use crate::i18n;

/// The form actions.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let today = state.ctx.today;
    let lang = state.ctx.lang;
    let Some(Overlay::Form(open)) = &mut state.overlay else {
        return Vec::new();
    };
    let open: &mut OpenForm = open;
    if open.confirm_discard {
        return Vec::new();
    }
    match action {
        Action::EditField(request) => {
            let change = open.form.edit(request);
            changed(open, change, today, lang)
        }
        Action::StepChoice(delta) => {
            let change = open.form.step(delta);
            changed(open, change, today, lang)
        }
        Action::NextField => {
            open.form.focus_next();
            Vec::new()
        }
        Action::PrevField => {
            open.form.focus_prev();
            Vec::new()
        }
        Action::ChoicesLoaded {
            field,
            query,
            matches,
        } => {
            if open.form.fields.get(field).and_then(|f| f.lookup_query()) == Some(query.as_str()) {
                open.form.set_matches(field, matches);
                check(open, today, lang);
            }
            Vec::new()
        }
        Action::ReloadForm => {
            if let Some(target) = open.kind.reload_target() {
                return vec![Effect::ReloadForm(target)];
            }
            let text = i18n::FORM_NOTHING_TO_RELOAD.get(lang).to_string();
            open.message = Some(text.clone());
            state.info(text);
            Vec::new()
        }
        Action::FormReloaded(record) => {
            if open.kind.reload_target() != Some(record.target()) {
                return Vec::new();
            }
            let (kind, theirs) = record.into_form(today, lang);
            let merged = open.form.merge_reloaded(theirs);
            open.kind = kind;
            reloaded(state, &merged)
        }
        Action::SaveForm => save(state),
        Action::CancelForm => {
            if open.form.dirty {
                open.confirm_discard = true;
            } else {
                state.overlay = None;
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// After a reload merged into the open form: validate it again and say which fields now show
/// the other user's value (and where that replaced what this user had typed).
fn reloaded(state: &mut State, merged: &Merged) -> Vec<Effect> {
    let (today, lang) = (state.ctx.today, state.ctx.lang);
    let Some(Overlay::Form(open)) = &mut state.overlay else {
        return Vec::new();
    };
    check(open, today, lang);
    let labels = |fields: &[usize]| {
        fields
            .iter()
            .filter_map(|i| open.form.fields.get(*i).map(|f| f.label))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let text = if merged.taken.is_empty() {
        i18n::FORM_RELOADED_NONE.get(lang).to_string()
    } else if merged.overwritten.is_empty() {
        i18n::FORM_RELOADED.fill(lang, &[("fields", &labels(&merged.taken))])
    } else {
        i18n::FORM_RELOADED_BOTH.fill(
            lang,
            &[
                ("fields", &labels(&merged.taken)),
                ("both", &labels(&merged.overwritten)),
            ],
        )
    };
    open.message = Some(text.clone());
    state.info(text);
    Vec::new()
}

/// The answer to "throw away your changes?".
pub fn answer_discard(state: &mut State, yes: bool) -> Vec<Effect> {
    if let Some(Overlay::Form(open)) = &mut state.overlay {
        if !open.confirm_discard {
            return Vec::new();
        }
        if yes {
            state.overlay = None;
            state.info(i18n::CHANGES_DISCARDED.get(state.ctx.lang).to_string());
        } else {
            open.confirm_discard = false;
        }
    }
    Vec::new()
}

/// After an edit: validate inline, or look up matches for a lookup field.
fn changed(
    open: &mut OpenForm,
    change: FormChange,
    today: chrono::NaiveDate,
    lang: i18n::Lang,
) -> Vec<Effect> {
    match change {
        FormChange::None => Vec::new(),
        FormChange::Value => {
            check(open, today, lang);
            Vec::new()
        }
        FormChange::Lookup => {
            let field = open.form.focus;
            let query = open
                .form
                .focused()
                .lookup_query()
                .unwrap_or_default()
                .to_string();
            check(open, today, lang);
            vec![Effect::LookupPlaces { field, query }]
        }
    }
}

/// Opens `form` over the screen — the one way every screen opens a form: its fields are checked
/// at once, so a date already filled in (today's date in a new expense, a rate's start) shows
/// its weekday before anything is typed, as a typed one does (errors show only after a save).
pub fn open(state: &mut State, kind: FormKind, form: super::form::Form, message: Option<String>) {
    let mut open = OpenForm {
        kind,
        form,
        message,
        confirm_discard: false,
    };
    check(&mut open, state.ctx.today, state.ctx.lang);
    state.overlay = Some(Overlay::Form(Box::new(open)));
}

/// Validates the open form and reports whether it may be saved.
fn check(open: &mut OpenForm, today: chrono::NaiveDate, lang: i18n::Lang) -> bool {
    // Every date field's weekday preview first; a form may add to it (a birth date's age).
    super::date_field::preview_dates(&mut open.form, today, lang);
    let valid = match open.kind {
        FormKind::Person(_) => person_form::check(&mut open.form, today, lang).is_some(),
        FormKind::Place(_) => place_form::check(&mut open.form, lang).is_some(),
        FormKind::Visits(_) => visits::form_check(open, today, lang),
        FormKind::Honoraria(_) => super::honoraria::form_check(open, today, lang),
        FormKind::Budget(_) => super::budget::form_check(open, today, lang),
    };
    // "Fix the marked fields" is said only while a field is marked.
    if !open.form.has_errors() && open.message.as_deref() == Some(i18n::FIX_FIELDS.get(lang)) {
        open.message = None;
    }
    valid
}

/// Saves the open form when it is valid; else shows every message and focuses the first.
fn save(state: &mut State) -> Vec<Effect> {
    let today = state.ctx.today;
    let lang = state.ctx.lang;
    let roster_filter = state.roster.filter.clone();
    let places_filter = state.places.filter.clone();
    let Some(Overlay::Form(open)) = &mut state.overlay else {
        return Vec::new();
    };
    open.form.tried = true;
    let effect = match &open.kind {
        FormKind::Person(existing) => {
            person_form::check(&mut open.form, today, lang).map(|mut data| {
                match existing {
                    Some(p) => {
                        data.archived = p.data.archived;
                        data.recruitment_changed = if p.data.recruitment == data.recruitment {
                            p.data.recruitment_changed
                        } else {
                            Some(today)
                        };
                    }
                    None => data.recruitment_changed = Some(today),
                }
                Effect::SavePerson {
                    existing: existing.as_ref().map(|p| (p.id, p.version)),
                    data: Box::new(data),
                    filter: roster_filter,
                }
            })
        }
        FormKind::Place(existing) => {
            place_form::check(&mut open.form, lang).map(|data| Effect::SavePlace {
                existing: existing.as_ref().map(|p| (p.id, p.version)),
                data: Box::new(data),
                filter: places_filter,
            })
        }
        // An event with bookings is checked against the budget before it is saved.
        FormKind::Visits(_) => visits::form_save(open, today, lang),
        FormKind::Honoraria(_) => super::honoraria::form_save(open, today, lang),
        FormKind::Budget(_) => super::budget::form_save(open, today, lang),
    };
    if let Some(effect) = effect {
        // The form is valid and goes to be saved: its earlier message ("fix the marked
        // fields", a conflict) no longer holds — nor when a question before the save is
        // answered no and the form comes back; a new failure says its own.
        open.message = None;
        return vec![effect];
    }
    open.form.focus_first_error();
    let text = i18n::FIX_FIELDS.get(lang).to_string();
    open.message = Some(text.clone());
    state.error(text);
    Vec::new()
}
