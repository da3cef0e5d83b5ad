//! The application: state, actions, the pure `update`, effects and the keymap.

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
