//! `update` for the Honorarer screen: moving and marking, views and filters, the approval and
//! payout dialogs, the forms (filter, payout, export, correction, rate) and loading.

use chrono::NaiveDate;

use super::action::{HonAction, PayoutAsk};
use super::effect::HonEffect;
use super::forms::{self, HonForm};
use super::state::{HonOverlay, View};
use crate::app::budget::BudgetEffect;
use crate::app::effect::Effect;
use crate::app::landing;
use crate::app::layout;
use crate::app::state::{FormKind, OpenForm, Overlay, State};
use crate::domain::event::EventKind;
use crate::domain::money::Money;
use crate::i18n::{self, Lang};
use crate::storage::honoraria::HonorariumStatus;

fn fx(effect: HonEffect) -> Effect {
    Effect::Honoraria(effect)
}

fn rows(state: &State) -> usize {
    layout::list_rows(state.width, state.height)
}

/// The effects that load the current view again.
pub fn reload(state: &mut State) -> Vec<Effect> {
    let height = rows(state);
    let s = &mut state.honoraria;
    match s.view.status() {
        None => vec![fx(HonEffect::LoadRates)],
        Some(status) => {
            s.filter.status = status;
            s.list.loading = true;
            vec![fx(HonEffect::Load {
                filter: s.filter.clone(),
                window: s.list.window_for_view(height),
            })]
        }
    }
}

/// Starts the list over from its first row.
fn restart(state: &mut State) -> Vec<Effect> {
    let s = &mut state.honoraria;
    s.list.selected = 0;
    s.list.top = 0;
    s.marked.clear();
    s.totals = None;
    reload(state)
}

/// After the selection moved: load the window it needs, or the selected person's totals (after
/// the frame).
fn after_move(state: &mut State) -> Vec<Effect> {
    let height = rows(state);
    let s = &state.honoraria;
    if !s.list.view_is_loaded(height) {
        return vec![fx(HonEffect::Load {
            filter: s.filter.clone(),
            window: s.list.window_for_view(height),
        })];
    }
    match s.list.selected_row() {
        Some(row) if s.totals.as_ref().map(|t| t.0) != Some(row.person_id) => {
            // The detail pane's yearly totals: after the frame with the list.
            vec![Effect::AfterFrame(Box::new(fx(HonEffect::LoadTotals(
                row.person_id,
            ))))]
        }
        _ => Vec::new(),
    }
}

fn move_by(state: &mut State, delta: isize) -> Vec<Effect> {
    if state.honoraria.view == View::Rates {
        let s = &mut state.honoraria;
        let last = s.rates.len().saturating_sub(1);
        s.rate_selected = s.rate_selected.saturating_add_signed(delta).min(last);
        return Vec::new();
    }
    let height = rows(state);
    state.honoraria.list.move_by(delta, height);
    after_move(state)
}

fn open_form(
    state: &mut State,
    kind: HonForm,
    form: crate::app::form::Form,
    message: Option<String>,
) {
    crate::app::update_form::open(state, FormKind::Honoraria(kind), form, message);
}

/// The approval dialog's body for `items` (id, amount): the count and total. The budget lines
/// follow when they are loaded (`app::budget::approval`).
pub fn approval_lines(state: &State, items: &[(i64, Money)]) -> Vec<String> {
    let lang = state.ctx.lang;
    let total: Money = items.iter().map(|(_, m)| *m).sum();
    vec![i18n::HON_APPROVE_COUNT.fill(
        lang,
        &[
            ("n", &items.len().to_string()),
            ("total", &total.to_string()),
        ],
    )]
}

fn ask_approve(state: &mut State) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let s = &state.honoraria;
    let items: Vec<(i64, Money)> = if s.view != View::Awaiting {
        Vec::new()
    } else if s.marked.is_empty() {
        s.list
            .selected_row()
            .map(|r| (r.id, r.amount))
            .into_iter()
            .collect()
    } else {
        s.marked.iter().map(|(id, m)| (*id, *m)).collect()
    };
    if items.is_empty() {
        state.info(i18n::HON_APPROVE_NONE.get(lang).to_string());
        return Vec::new();
    }
    let lines = approval_lines(state, &items);
    let ids: Vec<i64> = items.iter().map(|(id, _)| *id).collect();
    state.overlay = Some(Overlay::Honoraria(Box::new(HonOverlay {
        title: i18n::HON_APPROVE_TITLE.get(lang).to_string(),
        lines,
        effect: HonEffect::Approve {
            ids: ids.clone(),
            on: state.ctx.today,
            confirmed: false,
        },
    })));
    vec![Effect::Budget(BudgetEffect::CheckApproval {
        ids,
        today: state.ctx.today,
    })]
}

fn payout_counted(
    state: &mut State,
    count: usize,
    total: Money,
    missing: &[(i64, String)],
    ask: Option<PayoutAsk>,
) -> Vec<Effect> {
    let lang = state.ctx.lang;
    if count == 0 {
        if matches!(state.overlay, Some(Overlay::Form(_))) {
            state.overlay = None;
        }
        state.error(i18n::HON_PAYOUT_NONE.get(lang).to_string());
        return Vec::new();
    }
    let (n, sum) = (count.to_string(), total.to_string());
    match ask {
        None => {
            let mut summary = i18n::HON_PAYOUT_SUMMARY.fill(lang, &[("n", &n), ("total", &sum)]);
            if !missing.is_empty() {
                summary.push_str(" · ");
                summary.push_str(
                    &i18n::HON_PAYOUT_MISSING_SHORT
                        .fill(lang, &[("n", &missing.len().to_string())]),
                );
            }
            let mut form = forms::payout_form(&state.honoraria.filter, state.ctx.today, lang);
            // The count and total stay beside the date (a hint, not an error message).
            form.fields[0].hint = Some(summary);
            open_form(state, HonForm::Payout { count, total }, form, None);
        }
        Some(ask) => {
            let mut lines = vec![i18n::HON_PAYOUT_LINE.fill(
                lang,
                &[
                    ("n", &n),
                    ("total", &sum),
                    ("date", &crate::domain::date::format_date_short(ask.paid_on)),
                    ("reference", &ask.reference),
                ],
            )];
            if ask.from.is_some() || ask.to.is_some() {
                let d = |d: Option<NaiveDate>| {
                    d.map(crate::domain::date::format_date_short)
                        .unwrap_or_default()
                };
                lines.push(
                    i18n::HON_PAYOUT_PERIOD
                        .fill(lang, &[("from", &d(ask.from)), ("to", &d(ask.to))]),
                );
            }
            lines.extend(missing_payroll_lines(missing, lang));
            state.overlay = Some(Overlay::Honoraria(Box::new(HonOverlay {
                title: i18n::HON_PAYOUT_CONFIRM_TITLE.get(lang).to_string(),
                lines,
                effect: HonEffect::CreateBatch(ask),
            })));
        }
    }
    Vec::new()
}

/// The confirmation's warning about people without a payroll number: a line saying how many,
/// then their names with korps numbers (the first few, and how many more).
fn missing_payroll_lines(missing: &[(i64, String)], lang: Lang) -> Vec<String> {
    const SHOWN: usize = 6;
    if missing.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![i18n::HON_PAYOUT_MISSING.fill(lang, &[("n", &missing.len().to_string())])];
    for (id, name) in missing.iter().take(SHOWN) {
        lines
            .push(i18n::OUT_PERSON_NUMBERED.fill(lang, &[("name", name), ("id", &id.to_string())]));
    }
    if missing.len() > SHOWN {
        lines.push(
            i18n::HON_PAYOUT_MISSING_MORE
                .fill(lang, &[("n", &(missing.len() - SHOWN).to_string())]),
        );
    }
    lines
}

fn ask_export(state: &mut State) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let s = &state.honoraria;
    let selected = if s.view == View::Paid {
        s.list.selected_row().and_then(|r| r.batch_id)
    } else {
        None
    };
    match selected.or(s.latest_batch.as_ref().map(|b| b.id)) {
        Some(batch) => open_form(
            state,
            HonForm::Export { batch },
            forms::export_form(batch, lang),
            None,
        ),
        None => state.info(i18n::HON_EXPORT_NONE.get(lang).to_string()),
    }
    Vec::new()
}

fn ask_correction(state: &mut State) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let s = &state.honoraria;
    match s.list.selected_row().filter(|_| s.view == View::Paid) {
        Some(row) => {
            let target = row.id;
            open_form(
                state,
                HonForm::Correction { target },
                forms::correction_form(lang),
                None,
            );
        }
        None => state.info(i18n::HON_CORRECT_ONLY_PAID.get(lang).to_string()),
    }
    Vec::new()
}

fn cycle_kind(kind: Option<EventKind>) -> Option<EventKind> {
    match kind {
        None => EventKind::ALL.first().copied(),
        Some(k) => {
            let i = EventKind::ALL.iter().position(|x| *x == k).unwrap_or(0);
            EventKind::ALL.get(i + 1).copied()
        }
    }
}

/// Applies a Honorarer action.
pub fn update(state: &mut State, action: HonAction) -> Vec<Effect> {
    let lang = state.ctx.lang;
    match action {
        HonAction::Move(delta) => move_by(state, delta),
        HonAction::Page(n) => {
            let page = rows(state).max(1) as isize;
            move_by(state, n * page)
        }
        HonAction::First => move_by(state, isize::MIN / 2),
        HonAction::Last => move_by(state, isize::MAX / 2),
        HonAction::ToggleMark => {
            let s = &mut state.honoraria;
            if s.view != View::Awaiting {
                return Vec::new();
            }
            if let Some(row) = s.list.selected_row() {
                let (id, amount) = (row.id, row.amount);
                if s.marked.remove(&id).is_none() {
                    s.marked.insert(id, amount);
                }
            }
            move_by(state, 1)
        }
        HonAction::CycleView => {
            state.honoraria.view = state.honoraria.view.next();
            restart(state)
        }
        HonAction::CycleKind => {
            state.honoraria.filter.kind = cycle_kind(state.honoraria.filter.kind);
            restart(state)
        }
        HonAction::OpenFilter => {
            let filter = state.honoraria.filter.clone();
            let form = forms::filter_form(&filter, lang);
            open_form(state, HonForm::Filter(filter), form, None);
            Vec::new()
        }
        HonAction::ClearFilter => {
            let f = &mut state.honoraria.filter;
            if !f.person.is_empty() || f.from.is_some() || f.to.is_some() || f.kind.is_some() {
                f.person.clear();
                f.from = None;
                f.to = None;
                f.kind = None;
                restart(state)
            } else {
                state.honoraria.marked.clear();
                state.message = None;
                Vec::new()
            }
        }
        HonAction::AskApprove => ask_approve(state),
        HonAction::AskPayout => {
            let f = &state.honoraria.filter;
            vec![fx(HonEffect::CountPayout {
                from: f.from,
                to: f.to,
                ask: None,
            })]
        }
        HonAction::AskExport => ask_export(state),
        HonAction::AskCorrection => ask_correction(state),
        HonAction::NewRate => {
            open_form(
                state,
                HonForm::Rate,
                forms::rate_form(state.ctx.today, lang),
                None,
            );
            Vec::new()
        }
        HonAction::Reload => reload(state),
        HonAction::Loaded {
            filter,
            page,
            latest_batch,
        } => {
            if let Some(Overlay::Form(open)) = &state.overlay
                && matches!(open.kind, FormKind::Honoraria(HonForm::Filter(_)))
            {
                state.overlay = None;
            }
            let height = rows(state);
            let s = &mut state.honoraria;
            if s.filter != filter {
                s.list.selected = 0;
                s.list.top = 0;
                s.marked.clear();
            }
            s.filter = filter;
            s.sum = page.sum;
            s.latest_batch = latest_batch;
            s.list
                .set_window(page.total, page.offset, page.rows, height);
            after_move(state)
        }
        HonAction::TotalsLoaded { person_id, totals } => {
            state.honoraria.totals = Some((person_id, totals));
            Vec::new()
        }
        HonAction::RatesLoaded(rates) => {
            let s = &mut state.honoraria;
            if let Some(at) = landing::take(&mut s.rate_land_on, &rates, |r| r.id) {
                s.rate_selected = at;
            }
            s.rate_selected = s.rate_selected.min(rates.len().saturating_sub(1));
            s.rates = rates;
            Vec::new()
        }
        HonAction::PayoutCounted {
            count,
            total,
            missing,
            ask,
        } => payout_counted(state, count, total, &missing, ask),
        HonAction::Done(message) => {
            close_dialog(state);
            state.info(message);
            state.honoraria.marked.clear();
            state.honoraria.totals = None;
            reload(state)
        }
        HonAction::Corrected { message, id } => {
            close_dialog(state);
            state.info(message);
            let s = &mut state.honoraria;
            s.view = View::Awaiting;
            s.filter.status = HonorariumStatus::Awaiting;
            s.marked.clear();
            s.totals = None;
            s.land_on = Some(id);
            vec![fx(HonEffect::Locate {
                filter: s.filter.clone(),
                id,
            })]
        }
        HonAction::Located { id, position } => {
            if state.honoraria.land_on.take() == Some(id) {
                let mut message = state.message.take().map(|m| m.text).unwrap_or_default();
                let height = rows(state);
                landing::land(
                    &mut state.honoraria.list,
                    position,
                    height,
                    &mut message,
                    lang,
                );
                state.info(message);
            }
            reload(state)
        }
        HonAction::RateSaved { message, id } => {
            close_dialog(state);
            state.info(message);
            let s = &mut state.honoraria;
            s.rate_land_on = Some(id);
            if s.view != View::Rates {
                s.view = View::Rates;
                return restart(state);
            }
            reload(state)
        }
    }
}

/// Closes the form or dialog a change was written from.
fn close_dialog(state: &mut State) {
    if matches!(
        state.overlay,
        Some(Overlay::Form(_) | Overlay::Honoraria(_))
    ) {
        state.overlay = None;
    }
}

/// The answer to a Honorarer dialog.
pub fn answer(state: &mut State, overlay: HonOverlay, yes: bool) -> Vec<Effect> {
    if yes {
        vec![fx(overlay.effect)]
    } else {
        state.info(i18n::CANCELLED.get(state.ctx.lang).to_string());
        Vec::new()
    }
}

fn form_kind(open: &OpenForm) -> Option<HonForm> {
    match &open.kind {
        FormKind::Honoraria(kind) => Some(kind.clone()),
        _ => None,
    }
}

/// Inline validation of an open Honorarer form; whether it may be saved.
pub fn form_check(open: &mut OpenForm, today: NaiveDate, lang: Lang) -> bool {
    form_kind(open).is_some_and(|kind| forms::check(&kind, &mut open.form, today, lang).is_some())
}

/// The effect that saves an open Honorarer form, when it is valid.
pub fn form_save(open: &mut OpenForm, today: NaiveDate, lang: Lang) -> Option<Effect> {
    let kind = form_kind(open)?;
    forms::check(&kind, &mut open.form, today, lang).map(fx)
}
