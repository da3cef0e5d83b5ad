//! The run loop, generic over the backend and the event source, so the whole app runs the same
//! on a real terminal and on `TestBackend` with scripted keys. It draws only when something
//! changed and blocks while waiting for input, so an idle korps uses no CPU.

use std::collections::VecDeque;
use std::io;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use crate::app::effect::Effect;
use crate::app::{self, Action, State, keymap};
use crate::storage::Database;
use crate::ui;

/// Where events come from.
pub trait EventSource {
    /// The next event; `None` when there are no more (a scripted source ran out).
    fn next_event(&mut self) -> io::Result<Option<Event>>;
}

/// Scripted events (headless rendering, tests).
pub struct ScriptedEvents(pub VecDeque<Event>);

impl EventSource for ScriptedEvents {
    fn next_event(&mut self) -> io::Result<Option<Event>> {
        Ok(self.0.pop_front())
    }
}

fn arrow(state: &State, code: KeyCode) -> Option<Action> {
    keymap::action_for(state, KeyEvent::new(code, KeyModifiers::NONE))
}

/// The action an input event asks for in `state`, if any.
pub fn action_for(state: &State, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => keymap::action_for(state, *key),
        // Nothing to click while the window is too small to draw the app.
        Event::Mouse(_) if !crate::app::layout::fits(state.width, state.height) => None,
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            // The wheel is ↑/↓ of the screen showing, whatever its list.
            MouseEventKind::ScrollUp if state.overlay.is_none() => arrow(state, KeyCode::Up),
            MouseEventKind::ScrollDown if state.overlay.is_none() => arrow(state, KeyCode::Down),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

/// Runs `action` and every action its effects produce, in order, to the end.
pub fn dispatch(state: &mut State, db: &mut Database, action: Action) {
    let later = dispatch_for_frame(state, db, action);
    run_after_frame(state, db, later);
}

/// Runs `action` and the actions its effects produce, but not the effects that can wait for the
/// frame ([`Effect::AfterFrame`]): those are returned, for after the draw.
pub fn dispatch_for_frame(state: &mut State, db: &mut Database, action: Action) -> Vec<Effect> {
    let mut later = Vec::new();
    let mut queue = VecDeque::from([action]);
    // One refresh of the figures for every screen when the database changed, at most once per
    // action: a refresh that did not take (its result dropped on the way) waits for the next
    // action instead of repeating for ever.
    let mut refreshed = false;
    loop {
        while let Some(action) = queue.pop_front() {
            for effect in app::update(state, action) {
                match effect {
                    Effect::AfterFrame(effect) => later.push(*effect),
                    effect => queue.push_back(app::effect::perform(
                        db,
                        effect,
                        state.ctx.lang,
                        state.ctx.today,
                    )),
                }
            }
        }
        if refreshed {
            break;
        }
        refreshed = true;
        match app::budget::effect::refresh(db, state) {
            Some(action) => queue.push_back(action),
            None => break,
        }
    }
    later
}

/// Runs the work that waited for the frame (and whatever it leads to).
pub fn run_after_frame(state: &mut State, db: &mut Database, later: Vec<Effect>) {
    for effect in later {
        let action = app::effect::perform(db, effect, state.ctx.lang, state.ctx.today);
        dispatch(state, db, action);
    }
}

/// Loads the first screen and the status bar, to the end (the app's start).
pub fn start(state: &mut State, db: &mut Database) {
    let later = start_screen(state, db);
    run_after_frame(state, db, later);
}

/// The start up to the first frame: loads what the first screen shows and returns what waits
/// for the frame (the status bar's budget) — see [`run_after_frame`].
pub fn start_screen(state: &mut State, db: &mut Database) -> Vec<Effect> {
    let mut later = Vec::new();
    for effect in app::init(state) {
        match effect {
            Effect::AfterFrame(effect) => later.push(*effect),
            effect => {
                let action = app::effect::perform(db, effect, state.ctx.lang, state.ctx.today);
                later.extend(dispatch_for_frame(state, db, action));
            }
        }
    }
    later
}

/// Runs until the user quits or `events` runs out; draws after each change.
pub fn run<B: Backend, S: EventSource>(
    terminal: &mut Terminal<B>,
    events: &mut S,
    db: &mut Database,
    state: &mut State,
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let draw = |terminal: &mut Terminal<B>, state: &State| {
        terminal
            .draw(|frame| ui::render(state, frame))
            .map(|_| ())
            .map_err(io::Error::other)
    };
    draw(terminal, state)?;
    while !state.quit {
        let Some(event) = events.next_event()? else {
            break;
        };
        let Some(action) = action_for(state, &event) else {
            continue;
        };
        let later = dispatch_for_frame(state, db, action);
        if state.quit {
            break;
        }
        draw(terminal, state)?;
        if !later.is_empty() {
            run_after_frame(state, db, later);
            draw(terminal, state)?;
        }
    }
    Ok(())
}
