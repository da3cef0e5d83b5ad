//! The event form's open-needs line (DESIGN §4 *unstaffed* / *if fully staffed*): what the
//! form's open needs would cost (needs minus the event's bookings, at the rate that will apply
//! for its kind, date and planned length), and the year's "if fully staffed" figure with the
//! stored event's share replaced by the form's — updated on every edit, drawn from what was
//! loaded when the form opened (rates, the event's bookings) and the status bar's year figures,
//! never from the database.

use chrono::Datelike;
use ratatui::style::Style;

use crate::app::State;
use crate::app::budget::percent;
use crate::app::state::{FormKind, OpenForm};
use crate::app::visits::VisitsForm;
use crate::app::visits::forms::money_event;
use crate::domain::event_money::{MoneyEvent, event_money};
use crate::domain::money::Money;
use crate::i18n;
use crate::ui::theme::Theme;

/// The line under the event form, or `None` for other forms, before the rates are loaded, or
/// while the kind, date or needs cannot be read.
pub fn note(open: &OpenForm, state: &State, theme: Theme) -> Option<(String, Style)> {
    let FormKind::Visits(VisitsForm::Event(before)) = &open.kind else {
        return None;
    };
    let money = state
        .visits
        .form_money
        .as_ref()
        .filter(|m| m.event_id == before.as_ref().map(|e| e.id))?;
    let lang = state.ctx.lang;
    let event = money_event(&open.form, state.ctx.today)?;
    let now = event_money(&money.rates, &event, money.counts);
    let cost = Money(now.unstaffed).to_string();
    let year = event.date.year();
    let Some(summary) = state.budget.summary.filter(|s| s.year == year) else {
        return Some((
            i18n::VIS_FORM_OPEN_NEEDS.fill(lang, &[("cost", &cost)]),
            theme.muted(),
        ));
    };
    // The year's figure holds the stored event's share (when it is in that year): take it out,
    // put the form's in.
    let stored = before
        .as_ref()
        .filter(|e| e.data.date.year() == year)
        .map_or(0, |e| {
            event_money(&money.rates, &MoneyEvent::from(&e.data), money.counts).if_fully_staffed()
        });
    let f = &summary.figures;
    let full = f
        .if_fully_staffed
        .saturating_sub(stored)
        .saturating_add(now.if_fully_staffed());
    let text = i18n::VIS_FORM_FULLY_STAFFED.fill(
        lang,
        &[
            ("cost", &cost),
            ("year", &year.to_string()),
            ("full", &Money(full).to_string()),
            ("percent", &percent(full, f.budget).to_string()),
        ],
    );
    let style = if full > f.budget {
        theme.warning()
    } else {
        theme.muted()
    };
    Some((text, style))
}
