//! `update` for the Oversigt dashboard: loading it, moving between its links, and Enter, which
//! goes where the alert can be fixed (the event's picker, the person in the roster, a new visit
//! to the school, the event in its week).

use tui_input::Input;

use super::action::VisitsAction;
use super::effect::VisitsEffect;
use super::state::{Link, View, monday_of};
use super::update::open_event_form;
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::screen::Screen;
use crate::app::state::State;
use crate::domain::season::Season;

/// The effects that load the dashboard again.
pub fn reload(state: &mut State) -> Vec<Effect> {
    let today = state.ctx.today;
    vec![Effect::Visits(VisitsEffect::LoadOverview {
        today,
        season: Season::containing(today, state.ctx.season_start_month),
    })]
}

/// The dashboard actions.
pub fn update(state: &mut State, action: VisitsAction) -> Vec<Effect> {
    match action {
        VisitsAction::OverviewLoaded(data) => {
            let n = data.links().len();
            state.overview.selected = state.overview.selected.min(n.saturating_sub(1));
            state.overview.data = Some(*data);
            Vec::new()
        }
        VisitsAction::OverviewMove(d) => {
            let n = state.overview.data.as_ref().map_or(0, |o| o.links().len());
            state.overview.selected = state
                .overview
                .selected
                .saturating_add_signed(d)
                .min(n.saturating_sub(1));
            Vec::new()
        }
        VisitsAction::OverviewOpen => {
            let link = state
                .overview
                .data
                .as_ref()
                .and_then(|o| o.links().into_iter().nth(state.overview.selected));
            match link {
                Some(Link::Event { id, date }) => show_event(state, id, date, false),
                Some(Link::Staff { id, date }) => show_event(state, id, date, true),
                Some(Link::Person { name }) => {
                    let r = &mut state.roster;
                    r.search = Input::new(name.clone());
                    r.filter.search = name;
                    r.list.selected = 0;
                    r.list.top = 0;
                    crate::app::update(state, Action::GoTo(Screen::Korps))
                }
                Some(Link::School { id, name }) => {
                    let mut effects = crate::app::update(state, Action::GoTo(Screen::Besoeg));
                    effects.extend(open_event_form(state, true, Some((id, name))));
                    effects
                }
                None => Vec::new(),
            }
        }
        _ => Vec::new(),
    }
}

fn show_event(state: &mut State, id: i64, date: chrono::NaiveDate, picker: bool) -> Vec<Effect> {
    let v = &mut state.visits;
    v.view = View::Week;
    v.monday = Some(monday_of(date));
    v.pending_select = Some(id);
    v.open_picker = picker;
    v.detail = None;
    crate::app::update(state, Action::GoTo(Screen::Besoeg))
}
