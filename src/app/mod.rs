//! The application: state, actions, the pure `update`, effects and the keymap.
//!
//! `update` never does I/O: it returns [`Effect`]s, which [`effect::perform`] runs against
//! storage, feeding the result back as an [`Action`].

pub mod action;
mod afbud;
pub mod amount_input;
pub mod appointments;
pub mod attendance;
pub mod budget;
pub mod date_field;
pub mod effect;
pub mod form;
pub mod form_merge;
pub mod form_reload;
pub mod help;
pub mod honoraria;
pub mod keymap;
pub mod keymap_rules;
pub mod landing;
pub mod layout;
pub mod list;
pub mod movement;
pub mod person_form;
pub mod place_form;
pub mod print_dialog;
pub mod privacy;
pub mod screen;
pub mod state;
pub mod update;
mod update_form;
mod update_list;
pub mod visits;

pub use action::Action;
pub use effect::Effect;
pub use screen::Screen;
pub use state::State;
pub use update::{init, update};

use chrono::NaiveDate;

use crate::i18n::Lang;

/// What the app is told about its surroundings when it starts (never read deep in the code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub lang: Lang,
    /// Today's date (`KORPS_TODAY` pins it).
    pub today: NaiveDate,
    /// Who is working (config user name or OS user).
    pub user: String,
    pub corps_name: String,
    pub season_start_month: u32,
    /// How the database is named in the status bar (usually its path).
    pub db_label: String,
}
