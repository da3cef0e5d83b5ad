//! What `?` shows, as data: the keys of the current screen from the keymap tables themselves (so
//! the help never lies), each mode's keys under its heading, keys with the same meaning joined
//! (`←/→  Move cursor`). One list, scrolled with the shared movement keys; [`max_scroll`] is
//! where scrolling stops, so `End` then `↑` moves at once. `ui::dialog::help` draws it.

use super::keymap::{self, Mode};
use super::screen::Screen;
use super::state::State;
use crate::domain::appointment::AppointmentFlag;
use crate::domain::event::EventStatus;
use crate::i18n::{self, Lang};

/// One entry of the help: keys and what they do, or a heading (empty keys).
pub type Entry = (String, String);

/// Rows of the terminal the help box does not use for entries: the tab bar and the two bottom
/// bars, the box's border and its last line (how many lines are below, or the mouse).
const CHROME_ROWS: u16 = 6;

/// The help's entries: the tab keys, then each mode's keys under a heading.
pub fn entries(screen: Screen, lang: Lang) -> Vec<Entry> {
    let mut out = vec![("1-8".to_string(), i18n::HELP_TABS.get(lang).to_string())];
    // Only the modes the screen has: search on Korps and Steder, the picker and the one-line
    // prompts on Besøg and Fremmøde.
    let mut sections = vec![(Mode::List, i18n::HELP_LIST)];
    match screen {
        Screen::Korps | Screen::Steder => sections.push((Mode::Search, i18n::HELP_SEARCH)),
        Screen::Besoeg | Screen::Fremmoede => {
            sections.push((Mode::Picker, i18n::HELP_PICKER));
            sections.push((Mode::Prompt, i18n::HELP_PROMPT));
        }
        _ => {}
    }
    sections.push((Mode::Form, i18n::HELP_FORM));
    for (mode, heading) in sections {
        out.push((String::new(), heading.get(lang).to_string()));
        let mut section: Vec<Entry> = Vec::new();
        for b in keymap::bindings(mode, screen, lang) {
            let label = b.label.get(lang).to_string();
            let keys = keymap::keys_label(b);
            // A key said already (Ctrl-C in every section) is not repeated.
            if out.contains(&(keys.clone(), label.clone())) {
                continue;
            }
            match section.iter_mut().find(|(_, l)| *l == label) {
                Some((k, _)) => {
                    k.push('/');
                    k.push_str(&keys);
                }
                None => section.push((keys, label)),
            }
        }
        out.extend(section);
    }
    out
}

/// Lines of a help's legend, which the screen draws below the keys: Udpegninger's (a heading
/// and one line per flag), Besøg's and Oversigt's (a heading, one line per event status and the
/// under-staffed mark).
pub fn legend_lines(screen: Screen) -> usize {
    match screen {
        Screen::Udpegninger => 1 + AppointmentFlag::ALL.len(),
        Screen::Besoeg | Screen::Oversigt => 2 + EventStatus::ALL.len(),
        _ => 0,
    }
}

/// How many entry rows the help box shows in a terminal `height` rows high.
pub fn rows(height: u16) -> usize {
    usize::from(height.saturating_sub(CHROME_ROWS)).max(1)
}

/// The last scroll offset: the bottom of the list just fits.
pub fn max_scroll(state: &State) -> usize {
    let lines = entries(state.screen, state.ctx.lang).len() + legend_lines(state.screen);
    lines.saturating_sub(rows(state.height))
}
