//! `update` for the list screens (Korps and Steder): moving, searching, filtering, loading
//! windows and details, and starting edits, archiving and deleting.

use ratatui::layout::Rect;
use tui_input::Input;

use super::action::Action;
use super::effect::Effect;
use super::landing;
use super::layout;
use super::list::{Window, WindowedList};
use super::screen::Screen;
use super::state::{FormKind, HasId, ListScreen, Overlay, State};
use super::{person_form, place_form};
use crate::domain::institution::InstitutionKind;
use crate::domain::person::{PersonKind, Recruitment};
use crate::i18n;
use crate::storage::ArchivedFilter;

/// What a change to a list needs from storage.
#[derive(Debug, Default, Clone, Copy)]
struct Needs {
    /// Load this window.
    window: Option<Window>,
    /// Load the detail of this row.
    detail: Option<i64>,
}

impl<R: HasId, D: HasId, F> ListScreen<R, D, F> {
    /// What the list needs after its selection or view changed.
    fn needs(&self, height: usize) -> Needs {
        if !self.list.view_is_loaded(height) {
            return Needs {
                window: Some(self.list.window_for_view(height)),
                detail: None,
            };
        }
        let selected = self.list.selected_row().map(HasId::id);
        let shown = self.detail.as_ref().map(HasId::id);
        Needs {
            window: None,
            detail: selected.filter(|id| Some(*id) != shown),
        }
    }

    /// Starts over from the first row (after the search or a filter changed).
    fn restart(&mut self) {
        self.list.selected = 0;
        self.list.top = 0;
        self.list.loading = true;
    }
}

/// The effects that load `screen`'s list again from its first visible row.
pub fn reload(state: &mut State, screen: Screen) -> Vec<Effect> {
    let height = layout::list_rows(state.width, state.height);
    match screen {
        Screen::Korps => {
            let s = &mut state.roster;
            s.list.loading = true;
            s.detail = None;
            let window = s.list.window_for_view(height);
            vec![Effect::LoadPersons {
                filter: s.filter.clone(),
                window,
            }]
        }
        Screen::Steder => {
            let s = &mut state.places;
            s.list.loading = true;
            s.detail = None;
            let window = s.list.window_for_view(height);
            vec![Effect::LoadPlaces {
                filter: s.filter.clone(),
                window,
            }]
        }
        Screen::Besoeg => super::visits::reload(state),
        Screen::Fremmoede => super::attendance::reload(state),
        Screen::Honorarer => super::honoraria::reload(state),
        Screen::Udpegninger => super::appointments::reload(state),
        Screen::Oversigt => {
            let mut effects = super::visits::reload_overview(state);
            effects.push(super::budget::summary_effect(state.ctx.today));
            effects
        }
        Screen::Budget => super::budget::reload(state),
    }
}

/// Turns what a list needs into effects for `screen`.
fn effects(state: &State, screen: Screen, needs: Needs) -> Vec<Effect> {
    let mut out = Vec::new();
    match screen {
        Screen::Korps => {
            if let Some(window) = needs.window {
                out.push(Effect::LoadPersons {
                    filter: state.roster.filter.clone(),
                    window,
                });
            }
            out.extend(needs.detail.map(Effect::LoadPerson));
        }
        Screen::Steder => {
            if let Some(window) = needs.window {
                out.push(Effect::LoadPlaces {
                    filter: state.places.filter.clone(),
                    window,
                });
            }
            out.extend(needs.detail.map(Effect::LoadPlace));
        }
        _ => {}
    }
    out
}

/// Applies `f` to the current screen's list and returns what it then needs.
fn with_list(state: &mut State, f: impl Fn(&mut ListMove<'_>)) -> Vec<Effect> {
    let height = layout::list_rows(state.width, state.height);
    let screen = state.screen;
    let needs = match screen {
        Screen::Korps => {
            f(&mut ListMove {
                list: &mut state.roster.list,
                height,
            });
            state.roster.needs(height)
        }
        Screen::Steder => {
            f(&mut ListMove {
                list: &mut state.places.list,
                height,
            });
            state.places.needs(height)
        }
        _ => return Vec::new(),
    };
    effects(state, screen, needs)
}

/// A list and the number of rows it shows, for the movement helpers.
struct ListMove<'a> {
    list: &'a mut dyn Movable,
    height: usize,
}

/// The movements of a windowed list, whatever its rows.
trait Movable {
    fn move_by(&mut self, delta: isize, height: usize);
    fn select(&mut self, index: usize, height: usize);
    fn total(&self) -> usize;
    fn top(&self) -> usize;
}

impl<R> Movable for WindowedList<R> {
    fn move_by(&mut self, delta: isize, height: usize) {
        WindowedList::move_by(self, delta, height);
    }
    fn select(&mut self, index: usize, height: usize) {
        WindowedList::select(self, index, height);
    }
    fn total(&self) -> usize {
        self.total
    }
    fn top(&self) -> usize {
        self.top
    }
}

/// After a resize: keep the selection visible and load what the larger view needs.
pub fn after_resize(state: &mut State) -> Vec<Effect> {
    with_list(state, |m| m.list.move_by(0, m.height))
}

/// Esc on a list: leave the search field, then clear the search, then the message.
pub fn dismiss(state: &mut State) -> Vec<Effect> {
    let screen = state.screen;
    let (searching, has_search) = match screen {
        Screen::Korps => (
            state.roster.searching,
            !state.roster.filter.search.is_empty(),
        ),
        Screen::Steder => (
            state.places.searching,
            !state.places.filter.search.is_empty(),
        ),
        _ => (false, false),
    };
    if searching {
        set_searching(state, false);
        Vec::new()
    } else if has_search {
        edit_search(state, |input| *input = Input::default())
    } else {
        state.message = None;
        Vec::new()
    }
}

fn set_searching(state: &mut State, on: bool) {
    match state.screen {
        Screen::Korps => state.roster.searching = on,
        Screen::Steder => state.places.searching = on,
        _ => {}
    }
}

/// Changes the search text and reloads from the top.
fn edit_search(state: &mut State, f: impl FnOnce(&mut Input)) -> Vec<Effect> {
    let screen = state.screen;
    match screen {
        Screen::Korps => {
            let mut input = state.roster.search.clone();
            f(&mut input);
            state.roster.filter.search = input.value().to_string();
            state.roster.search = input;
            state.roster.restart();
        }
        Screen::Steder => {
            let mut input = state.places.search.clone();
            f(&mut input);
            state.places.filter.search = input.value().to_string();
            state.places.search = input;
            state.places.restart();
        }
        _ => return Vec::new(),
    }
    reload(state, screen)
}

/// A click in the body: select the row under the pointer.
pub fn click(state: &mut State, column: u16, row: u16) -> Vec<Effect> {
    let body = layout::frame(Rect::new(0, 0, state.width, state.height)).body;
    let table = layout::list_parts(body).table;
    let inside = column >= table.x && column < table.x + table.width;
    if !inside || row <= table.y || row >= table.y + table.height {
        return Vec::new();
    }
    let offset = usize::from(row - table.y - 1);
    with_list(state, |m| {
        let index = m.list.top() + offset;
        if index < m.list.total() {
            m.list.select(index, m.height);
        }
    })
}

/// The list actions of the current screen.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let lang = state.ctx.lang;
    match action {
        Action::MoveSelection(delta) | Action::Scroll(delta) => {
            with_list(state, |m| m.list.move_by(delta, m.height))
        }
        Action::PageUp => with_list(state, |m| {
            m.list.move_by(-(m.height.max(1) as isize), m.height);
        }),
        Action::PageDown => with_list(state, |m| {
            m.list.move_by(m.height.max(1) as isize, m.height);
        }),
        Action::SelectFirst => with_list(state, |m| m.list.select(0, m.height)),
        Action::SelectLast => with_list(state, |m| m.list.select(usize::MAX, m.height)),
        Action::StartSearch => {
            set_searching(state, true);
            Vec::new()
        }
        Action::FinishSearch => {
            set_searching(state, false);
            Vec::new()
        }
        Action::EditSearch(request) => edit_search(state, |input| {
            input.handle(request);
        }),
        Action::CycleKindFilter => cycle_kind(state),
        Action::CycleStatusFilter => {
            if state.screen == Screen::Korps {
                let f = &mut state.roster.filter;
                f.recruitment = cycle(&Recruitment::ALL, f.recruitment);
                state.roster.restart();
            }
            reload(state, state.screen)
        }
        Action::CycleArchivedFilter => {
            match state.screen {
                Screen::Korps => {
                    let f = &mut state.roster.filter;
                    f.archived = match f.archived {
                        ArchivedFilter::Current => ArchivedFilter::Archived,
                        ArchivedFilter::Archived => ArchivedFilter::All,
                        ArchivedFilter::All => ArchivedFilter::Current,
                    };
                    state.roster.restart();
                }
                Screen::Steder => {
                    state.places.filter.include_inactive = !state.places.filter.include_inactive;
                    state.places.restart();
                }
                _ => {}
            }
            reload(state, state.screen)
        }
        Action::Reload => {
            state.info(i18n::RELOADED.get(lang).to_string());
            reload(state, state.screen)
        }
        Action::CreateItem => open_form(state, true),
        Action::EditItem => open_form(state, false),
        Action::ToggleArchived => ask_archive(state),
        Action::DeleteItem => ask_delete(state),
        Action::PersonsLoaded {
            total,
            offset,
            rows,
        } => {
            let height = layout::list_rows(state.width, state.height);
            state.roster.list.set_window(total, offset, rows, height);
            let needs = state.roster.needs(height);
            effects(state, Screen::Korps, needs)
        }
        Action::PlacesLoaded {
            total,
            offset,
            rows,
        } => {
            let height = layout::list_rows(state.width, state.height);
            state.places.list.set_window(total, offset, rows, height);
            let needs = state.places.needs(height);
            effects(state, Screen::Steder, needs)
        }
        Action::PersonLoaded(person) => {
            let id = person.id;
            state.roster.detail = Some(*person);
            super::appointments::person_loaded(state, id)
        }
        Action::PlaceLoaded(place) => {
            state.places.detail = Some(*place);
            Vec::new()
        }
        Action::Saved {
            screen,
            id,
            selected,
            mut message,
        } => {
            if matches!(state.overlay, Some(Overlay::Form(_))) {
                state.overlay = None;
            }
            let height = layout::list_rows(state.width, state.height);
            // A delete names no record: nothing to land on.
            if id.is_some() {
                let lang = state.ctx.lang;
                match screen {
                    Screen::Korps => {
                        landing::land(&mut state.roster.list, selected, height, &mut message, lang);
                    }
                    Screen::Steder => {
                        landing::land(&mut state.places.list, selected, height, &mut message, lang);
                    }
                    _ => {}
                }
            }
            state.info(message);
            reload(state, screen)
        }
        _ => Vec::new(),
    }
}

/// The next value of an optional filter: none → first → … → last → none.
fn cycle<T: Copy + PartialEq>(all: &[T], current: Option<T>) -> Option<T> {
    match current {
        None => all.first().copied(),
        Some(c) => all
            .iter()
            .position(|x| *x == c)
            .and_then(|i| all.get(i + 1))
            .copied(),
    }
}

fn cycle_kind(state: &mut State) -> Vec<Effect> {
    match state.screen {
        Screen::Korps => {
            let f = &mut state.roster.filter;
            f.kind = cycle(&PersonKind::ALL, f.kind);
            state.roster.restart();
        }
        Screen::Steder => {
            let f = &mut state.places.filter;
            f.kind = cycle(&InstitutionKind::ALL, f.kind);
            state.places.restart();
        }
        _ => {}
    }
    reload(state, state.screen)
}

/// Opens the form for a new item, or for the selected item once its detail is loaded.
fn open_form(state: &mut State, new: bool) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let (kind, form) = match (state.screen, new) {
        (Screen::Korps, true) => (FormKind::Person(None), person_form::build(None, None, lang)),
        (Screen::Steder, true) => (FormKind::Place(None), place_form::build(None, lang)),
        (Screen::Korps, false) => {
            let Some(person) = selected_detail(&state.roster) else {
                return nothing_selected(state);
            };
            let institution = state
                .roster
                .list
                .selected_row()
                .and_then(|r| r.institution.clone());
            let form = person_form::build(Some(&person.data), institution, lang);
            (FormKind::Person(Some(Box::new(person))), form)
        }
        (Screen::Steder, false) => {
            let Some(place) = selected_detail(&state.places) else {
                return nothing_selected(state);
            };
            let form = place_form::build(Some(&place.data), lang);
            (FormKind::Place(Some(Box::new(place))), form)
        }
        _ => return Vec::new(),
    };
    super::update_form::open(state, kind, form, None);
    Vec::new()
}

/// The selected item's detail, when it is loaded and matches the selection.
fn selected_detail<R: HasId, D: HasId + Clone, F>(screen: &ListScreen<R, D, F>) -> Option<D> {
    let id = screen.list.selected_row()?.id();
    screen.detail.as_ref().filter(|d| d.id() == id).cloned()
}

fn nothing_selected(state: &mut State) -> Vec<Effect> {
    state.info(i18n::NOTHING_SELECTED.get(state.ctx.lang).to_string());
    Vec::new()
}

fn ask_archive(state: &mut State) -> Vec<Effect> {
    let lang = state.ctx.lang;
    match state.screen {
        Screen::Korps => {
            let Some(p) = selected_detail(&state.roster) else {
                return nothing_selected(state);
            };
            let archive = !p.data.archived;
            let text = if archive {
                i18n::ASK_ARCHIVE
            } else {
                i18n::ASK_UNARCHIVE
            };
            state.overlay = Some(Overlay::Confirm {
                back: None,
                question: text.fill(lang, &[("name", &p.data.name)]),
                effect: Effect::SetPersonArchived {
                    id: p.id,
                    version: p.version,
                    archived: archive,
                    today: state.ctx.today,
                    confirmed: Vec::new(),
                    filter: state.roster.filter.clone(),
                },
            });
        }
        Screen::Steder => {
            let Some(mut p) = selected_detail(&state.places) else {
                return nothing_selected(state);
            };
            let text = if p.data.active {
                i18n::ASK_DEACTIVATE
            } else {
                i18n::ASK_ACTIVATE
            };
            let question = text.fill(lang, &[("name", &p.data.name)]);
            p.data.active = !p.data.active;
            state.overlay = Some(Overlay::Confirm {
                back: None,
                question,
                effect: Effect::SavePlace {
                    existing: Some((p.id, p.version)),
                    data: Box::new(p.data),
                    filter: state.places.filter.clone(),
                },
            });
        }
        _ => {}
    }
    Vec::new()
}

fn ask_delete(state: &mut State) -> Vec<Effect> {
    let lang = state.ctx.lang;
    let (name, effect) = match state.screen {
        Screen::Korps => {
            let Some(p) = selected_detail(&state.roster) else {
                return nothing_selected(state);
            };
            (
                p.data.name,
                Effect::DeletePerson {
                    id: p.id,
                    version: p.version,
                },
            )
        }
        Screen::Steder => {
            let Some(p) = selected_detail(&state.places) else {
                return nothing_selected(state);
            };
            (
                p.data.name,
                Effect::DeletePlace {
                    id: p.id,
                    version: p.version,
                },
            )
        }
        _ => return Vec::new(),
    };
    state.overlay = Some(Overlay::Confirm {
        back: None,
        question: i18n::ASK_DELETE.fill(lang, &[("name", &name)]),
        effect,
    });
    Vec::new()
}
