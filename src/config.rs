//! The TOML configuration (language, user name, corps name, season start month) and where the
//! database and config live. No config file is fine; a broken one is an error naming the line.
//! (Skeleton: the CLI helper implements the bodies.)

use crate::i18n::Lang;

/// Settings from the config file, with defaults for what it leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub lang: Lang,
    /// Who the audit log names; the OS user when not set.
    pub user_name: Option<String>,
    /// Printed in headers, e.g. "Rollemodelkorpset".
    pub corps_name: String,
    /// The month an appointment season starts (1–12, default 8 = August).
    pub season_start_month: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: Lang::Da,
            user_name: None,
            corps_name: "Rollemodelkorpset".to_string(),
            season_start_month: 8,
        }
    }
}
