//! The key rules of `keymap_rules`, checked over every table.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::app::Screen;
use crate::app::keymap::{self, Binding, MOVE, ch, key};
use crate::app::movement;
use crate::i18n::Lang;

fn ctx() -> crate::app::Context {
    crate::app::Context {
        lang: Lang::Da,
        today: chrono::NaiveDate::from_ymd_opt(2026, 12, 4).expect("date"),
        user: "test".into(),
        corps_name: "Rollemodelkorpset".into(),
        season_start_month: 8,
        db_label: "test.db".into(),
    }
}

/// Every mode there is.
fn modes() -> Vec<Mode> {
    let mut out = vec![
        Mode::List,
        Mode::Search,
        Mode::Form,
        Mode::Confirm,
        Mode::Help,
        Mode::Print,
        Mode::Picker,
        Mode::Prompt,
    ];
    out.extend(
        [
            DialogMode::Appoint,
            DialogMode::EndEarly,
            DialogMode::Renew,
            DialogMode::Unavailability,
        ]
        .map(Mode::Appointments),
    );
    out
}

/// Every table: (where, mode, its bindings).
fn tables() -> Vec<(String, Mode, Vec<&'static Binding>)> {
    let mut out = Vec::new();
    for lang in [Lang::Da, Lang::En] {
        for screen in Screen::ALL {
            for mode in modes() {
                out.push((
                    format!("{screen:?} {mode:?} {lang:?}"),
                    mode,
                    keymap::bindings(mode, screen, lang),
                ));
            }
        }
    }
    out
}

/// Whether `mode` shows a list that moves.
fn has_list(mode: Mode) -> bool {
    matches!(
        mode,
        Mode::List | Mode::Help | Mode::Picker | Mode::Appointments(DialogMode::Renew)
    )
}

#[test]
fn movement_keys_only_move_and_questions_only_answer() {
    for (place, mode, bindings) in tables() {
        for b in &bindings {
            let k = kind(&b.action);
            if mode == Mode::Confirm {
                assert_eq!(k, Kind::Answer, "{place}: {:?} on a question", b.action);
                continue;
            }
            for key in b.keys {
                if is_movement(*key, mode) {
                    assert_eq!(
                        k,
                        Kind::Move,
                        "{place}: movement key {} bound to {:?}",
                        keymap::key_name(*key),
                        b.action
                    );
                }
            }
        }
    }
}

#[test]
fn money_and_destructive_actions_need_a_deliberate_key() {
    for (place, mode, bindings) in tables() {
        for b in &bindings {
            if kind(&b.action) != Kind::Deliberate {
                continue;
            }
            for key in b.keys {
                assert!(
                    is_deliberate(*key, mode),
                    "{place}: {:?} on {}, a key typed by accident",
                    b.action,
                    keymap::key_name(*key)
                );
            }
        }
    }
}

#[test]
fn no_key_sends_an_effects_result() {
    for (place, _, bindings) in tables() {
        for b in &bindings {
            assert_ne!(kind(&b.action), Kind::Result, "{place}: {:?}", b.action);
        }
    }
}

#[test]
fn questions_are_answered_j_n_in_danish_and_y_n_in_english() {
    for screen in Screen::ALL {
        for (lang, yes, other) in [(Lang::Da, 'j', 'y'), (Lang::En, 'y', 'j')] {
            let table = keymap::bindings(Mode::Confirm, screen, lang);
            let answer = |c: char| {
                table
                    .iter()
                    .find(|b| b.keys.contains(&ch(c)))
                    .map(|b| b.action.clone())
            };
            assert_eq!(answer(yes), Some(Action::Answer(true)), "{lang:?}");
            assert_eq!(answer('n'), Some(Action::Answer(false)), "{lang:?}");
            assert_eq!(answer(other), None, "{lang:?}: {other} must not answer");
            // The hint shows the language's own keys first: "j Ja n Nej" / "y Yes n No".
            assert_eq!(table[0].keys[0], ch(yes));
            assert_eq!(table[1].keys[0], ch('n'));
            let esc = table.iter().find(|b| b.keys.contains(&key(KeyCode::Esc)));
            assert_eq!(esc.map(|b| b.action.clone()), Some(Action::Answer(false)));
        }
    }
}

#[test]
fn every_list_moves_with_the_shared_table() {
    for (place, mode, bindings) in tables() {
        if !has_list(mode) {
            continue;
        }
        for shared in MOVE {
            for key in shared.keys {
                let first = bindings.iter().find(|b| b.keys.contains(key));
                assert!(
                    first.is_some_and(|b| std::ptr::eq(*b, shared)),
                    "{place}: {} does not reach the shared movement",
                    keymap::key_name(*key)
                );
            }
        }
    }
}

#[test]
fn the_shared_movement_reaches_a_movement_of_every_screen() {
    let mut state = crate::app::State::new(ctx(), 80, 24);
    for screen in Screen::ALL {
        state.screen = screen;
        for shared in MOVE {
            let routed = movement::route(&state, shared.action.clone());
            assert_eq!(kind(&routed), Kind::Move, "{screen:?}: {routed:?}");
        }
    }
}

#[test]
fn the_rules_catch_the_approve_by_g_j_mistake() {
    // The tables before issue 14: `g` approved on Honorarer. The rule must call that out.
    let approve = Action::Honoraria(crate::app::honoraria::HonAction::AskApprove);
    assert!(is_movement(ch('g'), Mode::List));
    assert_eq!(kind(&approve), Kind::Deliberate);
    assert!(!is_deliberate(ch('g'), Mode::List));
    assert!(is_deliberate(ch('A'), Mode::List));
    assert!(!is_deliberate(ch('G'), Mode::List));
    assert!(!is_deliberate(key(KeyCode::Enter), Mode::List));
    assert!(is_deliberate(key(KeyCode::Enter), Mode::Picker));
}

#[test]
fn no_key_is_bound_twice_in_one_table() {
    for (place, _, bindings) in tables() {
        let mut seen = Vec::new();
        for b in bindings {
            for k in b.keys {
                assert!(!seen.contains(k), "{place}: {k:?} bound twice");
                seen.push(*k);
            }
        }
    }
}

#[test]
fn only_quit_works_while_the_window_is_too_small() {
    use crate::app::State;
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
    let press =
        |state: &State, c: char| keymap::action_for(state, KeyEvent::from(KeyCode::Char(c)));
    let small = State::new(ctx(), 60, 20);
    for c in ['4', 'n', 'j', '?', '/'] {
        assert_eq!(press(&small, c), None, "{c} at 60×20");
    }
    assert_eq!(press(&small, 'q'), Some(Action::Quit));
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(keymap::action_for(&small, ctrl_c), Some(Action::Quit));
    let big = State::new(ctx(), 80, 24);
    assert_eq!(press(&big, '4'), Some(Action::GoTo(Screen::ALL[3])));
}

#[test]
fn ctrl_r_named_by_the_conflict_message_reloads_in_every_list_form_and_dialog() {
    let ctrl_r = keymap::ctrl('r');
    let action = |bindings: &[&Binding], k| {
        bindings
            .iter()
            .find(|b| b.keys.contains(&k))
            .map(|b| b.action.clone())
    };
    for lang in [Lang::Da, Lang::En] {
        for screen in Screen::ALL {
            let list = keymap::bindings(Mode::List, screen, lang);
            if let Some(reload) = action(&list, ch('r')) {
                assert_eq!(action(&list, ctrl_r), Some(reload), "{screen:?} list");
            }
            let form = keymap::bindings(Mode::Form, screen, lang);
            assert_eq!(
                action(&form, ctrl_r),
                Some(Action::ReloadForm),
                "{screen:?}"
            );
            for dialog in [DialogMode::EndEarly, DialogMode::Unavailability] {
                let keys = keymap::bindings(Mode::Appointments(dialog), screen, lang);
                assert_eq!(
                    action(&keys, ctrl_r),
                    Some(Action::Appointments(
                        crate::app::appointments::AppointmentsAction::ReloadDialog
                    )),
                    "{screen:?} {dialog:?}"
                );
            }
        }
    }
}
