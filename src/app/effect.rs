//! Effects: the storage work `update` asks for. [`perform`] runs one against the database and
//! turns its result into an [`Action`] for the next `update`. This is the only place the app
//! touches storage.

use super::action::Action;
use super::form_reload::{ReloadTarget, Reloaded};
use super::list::Window;
use super::screen::Screen;
use super::visits::{self, VisitsEffect};
use crate::domain::institution::InstitutionData;
use crate::domain::person::PersonData;
use chrono::NaiveDate;

use super::budget::BudgetAction;
use crate::i18n::{self, Lang};
use crate::storage::command::Command;
use crate::storage::institutions::InstitutionFilter;
use crate::storage::persons::PersonFilter;
use crate::storage::{Database, StorageError};

/// How many matches a lookup field offers.
pub const LOOKUP_LIMIT: usize = 8;

/// Storage work to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Count the persons matching `filter` and load `window` of them.
    LoadPersons {
        filter: PersonFilter,
        window: Window,
    },
    LoadPerson(i64),
    /// The record an open form edits, as stored now (a reload after a conflict).
    ReloadForm(ReloadTarget),
    SavePerson {
        existing: Option<(i64, i64)>,
        data: Box<PersonData>,
        filter: PersonFilter,
    },
    /// Archive or unarchive; archiving cancels the bookings from `today` on that `confirmed`
    /// names (see `storage::afbud`), or asks first.
    SetPersonArchived {
        id: i64,
        version: i64,
        archived: bool,
        today: chrono::NaiveDate,
        confirmed: Vec<i64>,
        filter: PersonFilter,
    },
    DeletePerson {
        id: i64,
        version: i64,
    },
    LoadPlaces {
        filter: InstitutionFilter,
        window: Window,
    },
    LoadPlace(i64),
    SavePlace {
        existing: Option<(i64, i64)>,
        data: Box<InstitutionData>,
        filter: InstitutionFilter,
    },
    DeletePlace {
        id: i64,
        version: i64,
    },
    /// Find institutions for lookup field `field` of the open form.
    LookupPlaces {
        field: usize,
        query: String,
    },
    /// The print dialog's work.
    Print(super::print_dialog::PrintEffect),
    /// The Besøg and Oversigt screens' work.
    Visits(VisitsEffect),
    /// Anonymising a person (see `app::privacy`).
    Privacy(super::privacy::PrivacyEffect),
    /// The Fremmøde screen's work.
    Attendance(super::attendance::AttendanceEffect),
    /// The Honorarer screen's work.
    Honoraria(super::honoraria::HonEffect),
    /// Appointments, recruitment steps and unavailability.
    Appointments(super::appointments::AppointmentsEffect),
    /// The Budget screen's work.
    Budget(super::budget::BudgetEffect),
    /// `0` confirmed: the user said yes to the budget gate's question about it.
    Confirmed(Box<Effect>),
    /// Ask `question` before running `effect`, in one dialog with the budget gate's question
    /// when the gate would ask about it (found by running it as a preview that saves nothing);
    /// yes then runs it confirmed. The dialog opens over the overlay showing, which comes back
    /// on no.
    Ask {
        question: String,
        effect: Box<Effect>,
    },
    /// Work that can wait until the frame before it is drawn (a slow figure, the status bar's
    /// budget at the start): the run loop draws first, then runs it. Run directly, it is the
    /// work itself.
    AfterFrame(Box<Effect>),
}

/// Runs `effect` against `db` on `today`; any error becomes a message in `lang`. A write the
/// budget gate asks about (storage's `Database::execute`) becomes the question, whose yes runs
/// the same effect [`Effect::Confirmed`].
pub fn perform(db: &mut Database, effect: Effect, lang: Lang, today: NaiveDate) -> Action {
    db.set_gate_day(today);
    match effect {
        Effect::AfterFrame(effect) => perform(db, *effect, lang, today),
        Effect::Confirmed(effect) => {
            db.confirm_overruns(true);
            let action = perform_one(db, *effect, lang);
            db.confirm_overruns(false);
            action
        }
        Effect::Ask { question, effect } => {
            let _ = db.take_gate_report();
            db.preview_only(true);
            let _ = perform_one(db, (*effect).clone(), lang);
            db.preview_only(false);
            match db
                .take_gate_report()
                .filter(crate::storage::gate::GateReport::asks)
            {
                Some(report) => Action::Budget(BudgetAction::AskOverrun {
                    question: format!(
                        "{question}\n{}",
                        super::budget::question::text(&report, today, lang)
                    ),
                    effect: Box::new(Effect::Confirmed(effect)),
                }),
                None => Action::Budget(BudgetAction::AskOverrun { question, effect }),
            }
        }
        effect => {
            let asked = effect.clone();
            let _ = db.take_gate_report();
            let mut action = perform_one(db, effect, lang);
            if let Some(report) = db.take_question() {
                return Action::Budget(BudgetAction::AskOverrun {
                    question: super::budget::question::text(&report, today, lang),
                    effect: Box::new(Effect::Confirmed(Box::new(asked))),
                });
            }
            if let (Some(report), Action::Visits(visits::VisitsAction::Saved { message, .. })) =
                (db.take_gate_report(), &mut action)
            {
                super::budget::question::tell_forecast(message, &report, lang);
            }
            action
        }
    }
}

/// Runs one effect, by the screen it belongs to.
fn perform_one(db: &mut Database, effect: Effect, lang: Lang) -> Action {
    if let Effect::Visits(effect) = effect {
        return visits::effect::perform(db, effect, lang);
    }
    if let Effect::Attendance(effect) = effect {
        return super::attendance::effect::perform(db, effect, lang);
    }
    if let Effect::Honoraria(effect) = effect {
        return super::honoraria::effect::perform(db, effect, lang);
    }
    if let Effect::Budget(effect) = effect {
        return super::budget::perform(db, effect, lang);
    }
    match run(db, effect, lang) {
        Ok(action) => action,
        Err(StorageError::Conflict) => Action::Conflict(StorageError::Conflict.message(lang)),
        Err(e) => Action::Failed(e.message(lang)),
    }
}

fn run(db: &mut Database, effect: Effect, lang: Lang) -> Result<Action, StorageError> {
    Ok(match effect {
        Effect::LoadPersons { filter, window } => {
            let (total, offset, rows) = db.persons_page(&filter, window.offset, window.len)?;
            Action::PersonsLoaded {
                total,
                offset,
                rows,
            }
        }
        Effect::LoadPerson(id) => Action::PersonLoaded(Box::new(db.person(id)?)),
        Effect::ReloadForm(target) => Action::FormReloaded(Box::new(reload(db, target)?)),
        Effect::SavePerson {
            existing,
            data,
            filter,
        } => {
            let name = data.name.clone();
            let id = db
                .run(Command::SavePerson { existing, data })?
                .id()
                .ok_or(StorageError::NotFound)?;
            let message = i18n::SAVED_PERSON.fill(lang, &[("name", &name)]);
            saved(Screen::Korps, id, db.person_position(&filter, id)?, message)
        }
        Effect::SetPersonArchived {
            id,
            version,
            archived,
            today,
            confirmed,
            filter,
        } => {
            let cancelled = match db
                .run(Command::SetPersonArchived {
                    id,
                    version,
                    archived,
                    confirmed: confirmed.clone(),
                })
                .map_err(StorageError::from)
                .map(|done| done.count().unwrap_or(0))
            {
                Err(StorageError::BookingsAffected(list)) => {
                    let name = db.person(id)?.data.name;
                    return Ok(super::afbud::ask(
                        &list,
                        i18n::AFBUD_ASK_ARCHIVE,
                        &[("name", &name)],
                        lang,
                        |confirmed| Effect::SetPersonArchived {
                            id,
                            version,
                            archived,
                            today,
                            confirmed,
                            filter,
                        },
                    ));
                }
                other => other?,
            };
            let text = if archived {
                i18n::ARCHIVED_PERSON
            } else {
                i18n::UNARCHIVED_PERSON
            };
            saved(
                Screen::Korps,
                id,
                db.person_position(&filter, id)?,
                i18n::with_afbud(text.get(lang).to_string(), cancelled, lang),
            )
        }
        Effect::DeletePerson { id, version } => {
            db.run(Command::DeletePerson { id, version })?;
            Action::Saved {
                screen: Screen::Korps,
                id: None,
                selected: None,
                message: i18n::DELETED_PERSON.get(lang).to_string(),
            }
        }
        Effect::LoadPlaces { filter, window } => {
            let total = db.count_institutions(&filter)?;
            let offset = window.offset.min(total.saturating_sub(1));
            let rows = db.list_institutions(&filter, offset, window.len)?;
            Action::PlacesLoaded {
                total,
                offset,
                rows,
            }
        }
        Effect::LoadPlace(id) => Action::PlaceLoaded(Box::new(db.institution(id)?)),
        Effect::SavePlace {
            existing,
            data,
            filter,
        } => {
            let name = data.name.clone();
            let id = db
                .run(Command::SavePlace { existing, data })?
                .id()
                .ok_or(StorageError::NotFound)?;
            let message = i18n::SAVED_PLACE.fill(lang, &[("name", &name)]);
            saved(
                Screen::Steder,
                id,
                db.institution_position(&filter, id)?,
                message,
            )
        }
        Effect::DeletePlace { id, version } => {
            db.run(Command::DeletePlace { id, version })?;
            Action::Saved {
                screen: Screen::Steder,
                id: None,
                selected: None,
                message: i18n::DELETED_PLACE.get(lang).to_string(),
            }
        }
        Effect::Print(effect) => super::print_dialog::perform(db, effect, lang),
        Effect::Privacy(effect) => super::privacy::perform(db, effect, lang)?,
        Effect::Appointments(effect) => super::appointments::effect::run(db, effect, lang)?,
        Effect::LookupPlaces { field, query } => {
            let matches = db.institution_choices(&query, LOOKUP_LIMIT)?;
            Action::ChoicesLoaded {
                field,
                query,
                matches,
            }
        }
        Effect::Visits(_)
        | Effect::Attendance(_)
        | Effect::Honoraria(_)
        | Effect::Budget(_)
        | Effect::Confirmed(_)
        | Effect::Ask { .. }
        | Effect::AfterFrame(_) => {
            unreachable!("handled in perform")
        }
    })
}

fn saved(screen: Screen, id: i64, selected: Option<usize>, message: String) -> Action {
    Action::Saved {
        screen,
        id: Some(id),
        selected,
        message,
    }
}

/// The record of a form as stored now, with the names its form shows beside ids (a home
/// institution that no longer exists shows no name).
fn reload(db: &Database, target: ReloadTarget) -> Result<Reloaded, StorageError> {
    let name_of = |id: Option<i64>| match id.filter(|id| *id > 0).map(|id| db.institution(id)) {
        Some(Ok(place)) => Ok(Some(place.data.name)),
        None | Some(Err(StorageError::NotFound)) => Ok(None),
        Some(Err(e)) => Err(e),
    };
    Ok(match target {
        ReloadTarget::Person(id) => {
            let person = db.person(id)?;
            let home = name_of(person.data.home_institution_id)?;
            Reloaded::Person(Box::new(person), home)
        }
        ReloadTarget::Place(id) => Reloaded::Place(Box::new(db.institution(id)?)),
        ReloadTarget::Event(id) => {
            let event = db.event(id)?;
            let place = name_of(Some(event.data.institution_id))?;
            Reloaded::Event(Box::new(event), place)
        }
        ReloadTarget::Expense(id) => Reloaded::Expense(Box::new(db.expense(id)?)),
        ReloadTarget::BudgetYear(year) => Reloaded::BudgetYear(db.budget_year(year)?),
    })
}
