//! Runs the appointments effects against the database and turns each result into an action.

use super::{AppointmentsAction as A, AppointmentsEffect as E, PICKER_LIMIT, PersonFacts};
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::screen::Screen;
use crate::i18n::format_date;
use crate::i18n::{self, Lang};
use crate::storage::appointments::{AppointmentFilter, PERSON_TERMS_LIMIT};
use crate::storage::command::{Command, Done};
use crate::storage::persons::PersonFilter;
use crate::storage::unavailability::PERIODS_LIMIT;
use crate::storage::{Database, StorageError};

fn fx(effect: E) -> Effect {
    Effect::Appointments(effect)
}

/// How many recruitment-history rows the detail pane keeps (the newest).
const HISTORY_SHOWN: usize = 8;

fn done(
    db: &Database,
    filter: &AppointmentFilter,
    first: Option<i64>,
    message: String,
) -> Result<Action, StorageError> {
    let landing = match first {
        Some(id) => Some(db.appointment_position(filter, id)?),
        None => None,
    };
    Ok(Action::Appointments(A::Done { message, landing }))
}

/// The facts of person `id` for the roster's detail pane.
pub fn facts(db: &Database, id: i64) -> Result<PersonFacts, StorageError> {
    let mut history = db.recruitment_history(id)?;
    let skip = history.len().saturating_sub(HISTORY_SHOWN);
    history.drain(..skip);
    Ok(PersonFacts {
        person_id: id,
        history,
        appointments: db.person_appointments(id, PERSON_TERMS_LIMIT)?,
        unavailability: db.unavailability(id, PERIODS_LIMIT)?,
    })
}

/// Runs `effect`.
pub fn run(db: &mut Database, effect: E, lang: Lang) -> Result<Action, StorageError> {
    let ok = |a: A| Ok(Action::Appointments(a));
    match effect {
        E::Load { filter, window } => {
            let (total, offset, rows) = db.appointments_page(&filter, window.offset, window.len)?;
            ok(A::Loaded {
                total,
                offset,
                rows,
            })
        }
        E::SearchCandidates { query } => {
            let filter = PersonFilter {
                search: query.clone(),
                ..PersonFilter::default()
            };
            let total = db.count_persons(&filter)?;
            let rows = db.list_persons(&filter, 0, PICKER_LIMIT)?;
            ok(A::CandidatesLoaded { query, total, rows })
        }
        E::LoadRenewal(season) => {
            let rows = db.renewal_candidates(season)?;
            ok(A::RenewalLoaded { season, rows })
        }
        E::LoadFacts(id) => ok(A::FactsLoaded(Box::new(facts(db, id)?))),
        E::ReloadAppointment(id) => ok(A::AppointmentReloaded(Box::new(db.appointment(id)?))),
        E::Appoint {
            person_ids,
            start,
            end,
            on,
            filter,
        } => {
            let ids = match db.run(Command::Appoint {
                person_ids,
                start,
                end,
                on,
            })? {
                Done::Ids(ids) => ids,
                _ => Vec::new(),
            };
            let n = ids.len().to_string();
            let message = i18n::APPT_APPOINTED.fill(lang, &[("n", &n)]);
            done(db, &filter, ids.first().copied(), message)
        }
        E::EndEarly {
            id,
            version,
            date,
            reason,
            confirmed,
            filter,
        } => {
            let cancelled = match db
                .run(Command::EndAppointmentEarly {
                    id,
                    version,
                    date,
                    reason: reason.clone(),
                    confirmed: confirmed.clone(),
                })
                .map_err(StorageError::from)
                .map(|done| done.count().unwrap_or(0))
            {
                Err(StorageError::BookingsAffected(list)) => {
                    let person_id = db.appointment(id)?.person_id;
                    let name = db.person(person_id)?.data.name;
                    let day = format_date(date, lang);
                    return Ok(crate::app::afbud::ask(
                        &list,
                        i18n::AFBUD_ASK_END_EARLY,
                        &[("name", &name), ("date", &day), ("reason", &reason)],
                        lang,
                        |confirmed| {
                            fx(E::EndEarly {
                                id,
                                version,
                                date,
                                reason: reason.clone(),
                                confirmed,
                                filter,
                            })
                        },
                    ));
                }
                other => other?,
            };
            let message = i18n::with_afbud(i18n::APPT_ENDED.get(lang).to_string(), cancelled, lang);
            done(db, &filter, Some(id), message)
        }
        E::Renew {
            person_ids,
            season,
            on,
            filter,
        } => {
            let ids = match db.run(Command::Renew {
                person_ids,
                season,
                on,
            })? {
                Done::Ids(ids) => ids,
                _ => Vec::new(),
            };
            let n = ids.len().to_string();
            let message = i18n::APPT_RENEWED.fill(lang, &[("n", &n), ("season", &season.label())]);
            done(db, &filter, ids.first().copied(), message)
        }
        E::SetRecruitment {
            id,
            version,
            status,
            on,
            filter,
        } => {
            db.run(Command::SetRecruitment {
                id,
                version,
                status,
                on,
            })?;
            let name = db.person(id)?.data.name;
            Ok(Action::Saved {
                screen: Screen::Korps,
                id: Some(id),
                selected: db.person_position(&filter, id)?,
                message: i18n::REC_CHANGED.fill(
                    lang,
                    &[
                        ("name", &name),
                        ("status", i18n::recruitment(status).get(lang)),
                    ],
                ),
            })
        }
        E::AddPeriod {
            person_id,
            from,
            to,
            reason,
            confirmed,
        } => {
            let (added, cancelled) = match db
                .run(Command::AddUnavailability {
                    person_id,
                    from,
                    to,
                    reason: reason.clone(),
                    confirmed: confirmed.clone(),
                })
                .map_err(StorageError::from)
                .map(|done| (done.id(), done.count().unwrap_or(0)))
            {
                Err(StorageError::BookingsAffected(list)) => {
                    let name = db.person(person_id)?.data.name;
                    return Ok(crate::app::afbud::ask(
                        &list,
                        i18n::AFBUD_ASK_UNAVAILABLE,
                        &[("name", &name), ("reason", &reason)],
                        lang,
                        |confirmed| {
                            fx(E::AddPeriod {
                                person_id,
                                from,
                                to,
                                reason: reason.clone(),
                                confirmed,
                            })
                        },
                    ));
                }
                other => other?,
            };
            ok(A::PeriodsChanged {
                facts: Box::new(facts(db, person_id)?),
                message: i18n::with_afbud(
                    i18n::PERIOD_ADDED.get(lang).to_string(),
                    cancelled,
                    lang,
                ),
                added,
            })
        }
        E::DeletePeriod {
            person_id,
            id,
            version,
        } => {
            db.run(Command::DeleteUnavailability { id, version })?;
            ok(A::PeriodsChanged {
                facts: Box::new(facts(db, person_id)?),
                message: i18n::PERIOD_DELETED.get(lang).to_string(),
                added: None,
            })
        }
    }
}
