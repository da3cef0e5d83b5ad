//! Anonymising a person from the roster (`A`), with a strong confirmation: a first question
//! naming what is deleted, then — after storage has counted what is kept — a second, "last
//! chance" question with those counts. Only a second yes runs the anonymisation.

use super::action::Action;
use super::effect::Effect;
use super::screen::Screen;
use super::state::{Overlay, State};
use crate::i18n::{self, Lang};
use crate::storage::persons::PersonFilter;
use crate::storage::privacy::AnonymisePreview;
use crate::storage::{Database, StorageError};

/// What the user asked for, and what storage found, about anonymising.
#[derive(Debug, Clone, PartialEq)]
pub enum PrivacyAction {
    /// `A` on the roster: ask about the selected person.
    AskAnonymise,
    /// The counts for the second question (or the news that it is already done).
    Previewed {
        id: i64,
        version: i64,
        name: String,
        preview: AnonymisePreview,
        already: bool,
    },
}

/// Storage work for anonymising.
#[derive(Debug, Clone, PartialEq)]
pub enum PrivacyEffect {
    /// Count what anonymising person `id` keeps (after the first yes).
    Preview { id: i64, version: i64, name: String },
    /// Anonymise (after the second yes).
    Anonymise {
        id: i64,
        version: i64,
        filter: PersonFilter,
    },
}

/// `update` for privacy actions.
pub fn update(state: &mut State, action: PrivacyAction) -> Vec<Effect> {
    let lang = state.ctx.lang;
    match action {
        PrivacyAction::AskAnonymise => {
            if state.screen != Screen::Korps {
                return Vec::new();
            }
            let selected = state.roster.list.selected_row().map(|r| r.id);
            let Some(person) = state
                .roster
                .detail
                .as_ref()
                .filter(|p| Some(p.id) == selected)
            else {
                state.info(i18n::NOTHING_SELECTED.get(lang).to_string());
                return Vec::new();
            };
            state.overlay = Some(Overlay::Confirm {
                back: None,
                question: i18n::SAF_ASK_ANONYMISE.fill(lang, &[("name", &person.data.name)]),
                effect: Effect::Privacy(PrivacyEffect::Preview {
                    id: person.id,
                    version: person.version,
                    name: person.data.name.clone(),
                }),
            });
            Vec::new()
        }
        PrivacyAction::Previewed {
            id,
            version,
            name,
            preview,
            already,
        } => {
            if already {
                state.info(i18n::SAF_ALREADY_ANONYMISED.get(lang).to_string());
                return Vec::new();
            }
            let question = i18n::SAF_CONFIRM_ANONYMISE.fill(
                lang,
                &[
                    ("appointments", &preview.appointments.to_string()),
                    ("assignments", &preview.assignments.to_string()),
                    ("honoraria", &preview.honoraria.to_string()),
                    ("name", &name),
                ],
            );
            state.overlay = Some(Overlay::Confirm {
                back: None,
                question,
                effect: Effect::Privacy(PrivacyEffect::Anonymise {
                    id,
                    version,
                    filter: state.roster.filter.clone(),
                }),
            });
            Vec::new()
        }
    }
}

/// Runs a privacy effect against `db`.
pub fn perform(
    db: &mut Database,
    effect: PrivacyEffect,
    lang: Lang,
) -> Result<Action, StorageError> {
    Ok(match effect {
        PrivacyEffect::Preview { id, version, name } => Action::Privacy(PrivacyAction::Previewed {
            id,
            version,
            name,
            preview: db.anonymise_preview(id)?,
            already: db.is_anonymised(id)?,
        }),
        PrivacyEffect::Anonymise {
            id,
            version,
            filter,
        } => {
            db.run(crate::storage::command::Command::AnonymisePerson { id, version })?;
            Action::Saved {
                screen: Screen::Korps,
                id: Some(id),
                selected: db.person_position(&filter, id)?,
                message: i18n::SAF_ANONYMISED.get(lang).to_string(),
            }
        }
    })
}
