//! The roster's side of appointments: the recruitment quick keys (`>` moves the selected person
//! on, `x` marks them declined or stopped after asking) and the unavailability dialog (`u`).

use chrono::NaiveDate;
use tui_input::InputRequest;

use super::dialogs::{Dialog, PERIOD_FIELDS, UnavailabilityDialog};
use super::update::next_recruitment;
use super::{AppointmentsAction as A, AppointmentsEffect as E};
use crate::app::effect::Effect;
use crate::app::screen::Screen;
use crate::app::state::{Overlay, State};
use crate::domain::person::{Person, Recruitment};
use crate::domain::schedule::Unavailability;
use crate::i18n::{self, Lang};

/// The roster's selected person, when its detail is loaded.
fn selected(state: &State) -> Option<Person> {
    let id = state.roster.list.selected_row()?.id;
    state.roster.detail.as_ref().filter(|p| p.id == id).cloned()
}

/// `>`, `x` and `u` on the roster.
pub fn roster_key(state: &mut State, action: &A) -> Vec<Effect> {
    let lang = state.ctx.lang;
    if state.screen != Screen::Korps {
        return Vec::new();
    }
    let Some(p) = selected(state) else {
        state.info(i18n::NOTHING_SELECTED.get(lang).to_string());
        return Vec::new();
    };
    let step = |status: Recruitment| {
        Effect::Appointments(E::SetRecruitment {
            id: p.id,
            version: p.version,
            status,
            on: state.ctx.today,
            filter: state.roster.filter.clone(),
        })
    };
    match action {
        A::NextRecruitment => {
            if let Some(status) = next_recruitment(p.data.recruitment) {
                vec![step(status)]
            } else {
                state.info(i18n::REC_ALREADY_APPOINTED.fill(lang, &[("name", &p.data.name)]));
                Vec::new()
            }
        }
        A::StopRecruitment => {
            let status = match p.data.recruitment {
                Recruitment::Interested | Recruitment::Contacted => Recruitment::Declined,
                Recruitment::Appointed => Recruitment::Stopped,
                Recruitment::Declined | Recruitment::Stopped => {
                    let now = i18n::recruitment(p.data.recruitment).get(lang);
                    state.info(
                        i18n::REC_ALREADY_OUT
                            .fill(lang, &[("name", &p.data.name), ("status", now)]),
                    );
                    return Vec::new();
                }
            };
            let question = i18n::ASK_REC_STOP.fill(
                lang,
                &[
                    ("name", &p.data.name),
                    ("status", i18n::recruitment(status).get(lang)),
                ],
            );
            let effect = step(status);
            state.overlay = Some(Overlay::Confirm {
                question,
                effect,
                back: None,
            });
            Vec::new()
        }
        A::OpenUnavailability => {
            let dialog = UnavailabilityDialog::new(p.id, p.data.name.clone());
            state.overlay = Some(Overlay::Appointments(Box::new(Dialog::Unavailability(
                dialog,
            ))));
            if state.appointments.facts_of(p.id).is_none() {
                return vec![Effect::Appointments(E::LoadFacts(p.id))];
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// The unavailability dialog's actions; `periods` are the person's periods as loaded.
pub fn dialog_update(
    d: &mut UnavailabilityDialog,
    action: &A,
    periods: &[Unavailability],
    today: NaiveDate,
    lang: Lang,
) -> Vec<Effect> {
    let fields = PERIOD_FIELDS + usize::from(!periods.is_empty());
    let on_list = d.focus >= PERIOD_FIELDS;
    let request = match action {
        A::NextField => {
            d.focus = (d.focus + 1) % fields;
            return Vec::new();
        }
        A::PrevField => {
            d.focus = (d.focus + fields - 1) % fields;
            return Vec::new();
        }
        A::Up if on_list => {
            d.cursor = d.cursor.saturating_sub(1);
            return Vec::new();
        }
        A::Down if on_list => {
            d.cursor = (d.cursor + 1).min(periods.len().saturating_sub(1));
            return Vec::new();
        }
        A::Down if !periods.is_empty() => {
            d.focus = PERIOD_FIELDS;
            return Vec::new();
        }
        A::Delete | A::Edit(InputRequest::InsertChar('d')) if on_list => {
            d.confirm_delete = periods.get(d.cursor).cloned();
            return Vec::new();
        }
        A::Confirm => {
            d.tried = true;
            let Some((from, to)) = d.check(today, lang) else {
                d.focus = usize::from(d.from_error.is_none());
                d.message = Some(i18n::FIX_FIELDS.get(lang).to_string());
                return Vec::new();
            };
            return vec![Effect::Appointments(E::AddPeriod {
                person_id: d.person_id,
                from,
                to,
                reason: d.reason.value().trim().to_string(),
                confirmed: Vec::new(),
            })];
        }
        A::Toggle => InputRequest::InsertChar(' '),
        A::Delete => InputRequest::DeleteNextChar,
        A::Edit(r) => *r,
        _ => return Vec::new(),
    };
    let input = match d.focus {
        0 => &mut d.from,
        1 => &mut d.to,
        2 => &mut d.reason,
        _ => return Vec::new(),
    };
    if input.handle(request).is_some_and(|c| c.value) {
        d.message = None;
        d.check(today, lang);
    }
    Vec::new()
}
