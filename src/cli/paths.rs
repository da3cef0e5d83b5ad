//! Where korps keeps its files, who is working and what day it is — everything the program
//! learns from its surroundings, read once at start-up ([`Env::from_process`]) and passed down.
//!
//! The resolution rules are pure functions of an [`Env`], so they are unit-tested without
//! touching the real environment or the user's files:
//! - config: `KORPS_CONFIG`, else `config.toml` in the platform config directory;
//! - database: `--db PATH`, else `KORPS_DB`, else `korps.db` in the platform data directory;
//! - demo database (`--demo`): `KORPS_DEMO_DB`, else `demo.db` beside the real one's default;
//! - user: the configured name, else `USER` / `LOGNAME` / `USERNAME`, else the account running
//!   korps (see `account`), else "ukendt";
//! - today: `KORPS_TODAY=YYYY-MM-DD`, else the local clock.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::error::CliError;
use crate::config::Config;

/// The name the audit log records when nobody can be found.
pub const UNKNOWN_USER: &str = "ukendt";

/// The environment as the program saw it at start-up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Env {
    /// `KORPS_CONFIG`: the config file.
    pub config: Option<PathBuf>,
    /// `KORPS_DB`: the database.
    pub db: Option<PathBuf>,
    /// `KORPS_DEMO_DB`: the demo database of `--demo`.
    pub demo_db: Option<PathBuf>,
    /// `KORPS_TODAY`, as given.
    pub today: Option<String>,
    /// `USER`, else `LOGNAME`, else `USERNAME`, else the account running korps.
    pub os_user: Option<String>,
    /// The platform directories (`None` when there is no home folder).
    pub dirs: Option<Dirs>,
    /// `KORPS_BUSY_TIMEOUT_MS` and `KORPS_ALLOW_NETWORK_FS` (see `safety::open_options`).
    pub storage: crate::storage::OpenOptions,
}

/// The platform directories korps uses (`directories::ProjectDirs` for `dk.korps.korps`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    pub config: PathBuf,
    pub data: PathBuf,
    pub home: PathBuf,
}

impl Env {
    /// Reads the process environment. Empty variables count as not set.
    pub fn from_process() -> Env {
        let path = |name: &str| non_empty(std::env::var_os(name)).map(PathBuf::from);
        let text = |name: &str| {
            non_empty(std::env::var_os(name)).map(|v| v.to_string_lossy().into_owned())
        };
        let dirs = directories::ProjectDirs::from("dk", "korps", "korps").and_then(|project| {
            let base = directories::BaseDirs::new()?;
            Some(Dirs {
                config: project.config_dir().to_path_buf(),
                data: project.data_dir().to_path_buf(),
                home: base.home_dir().to_path_buf(),
            })
        });
        Env {
            config: path("KORPS_CONFIG"),
            db: path("KORPS_DB"),
            demo_db: path("KORPS_DEMO_DB"),
            today: text("KORPS_TODAY"),
            os_user: text("USER")
                .or_else(|| text("LOGNAME"))
                .or_else(|| text("USERNAME"))
                .or_else(super::account::current),
            dirs,
            storage: super::safety::open_options(
                text("KORPS_BUSY_TIMEOUT_MS").as_deref(),
                text("KORPS_ALLOW_NETWORK_FS").as_deref(),
            ),
        }
    }

    /// The config file; `None` when there is neither `KORPS_CONFIG` nor a home folder.
    pub fn config_path(&self) -> Option<PathBuf> {
        self.config
            .clone()
            .or_else(|| Some(self.dirs.as_ref()?.config.join("config.toml")))
    }

    /// The database: `--db`, else `KORPS_DB`, else the platform data directory.
    pub fn db_path(&self, flag: Option<&Path>) -> Result<PathBuf, CliError> {
        if let Some(path) = flag.or(self.db.as_deref()) {
            return Ok(path.to_path_buf());
        }
        self.data_file("korps.db")
    }

    /// The demo database of `--demo`, kept apart from the real one.
    pub fn demo_db_path(&self) -> Result<PathBuf, CliError> {
        match &self.demo_db {
            Some(path) => Ok(path.clone()),
            None => self.data_file("demo.db"),
        }
    }

    fn data_file(&self, name: &str) -> Result<PathBuf, CliError> {
        let dirs = self.dirs.as_ref().ok_or(CliError::NoHome)?;
        Ok(dirs.data.join(name))
    }

    /// Who the audit log names: the configured name, else the OS user, else "ukendt".
    pub fn user(&self, config: &Config) -> String {
        config
            .user_name
            .clone()
            .or_else(|| self.os_user.clone())
            .unwrap_or_else(|| UNKNOWN_USER.to_string())
    }

    /// Today: `KORPS_TODAY` when set (it must be `YYYY-MM-DD`), else `clock()`.
    pub fn today(&self, clock: impl FnOnce() -> NaiveDate) -> Result<NaiveDate, CliError> {
        match &self.today {
            Some(text) => NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
                .map_err(|_| CliError::BadToday(text.clone())),
            None => Ok(clock()),
        }
    }

    /// `path` as the status bar shows it: the home folder written `~`.
    pub fn display_path(&self, path: &Path) -> String {
        if let Some(dirs) = &self.dirs
            && let Ok(rest) = path.strip_prefix(&dirs.home)
        {
            return Path::new("~").join(rest).display().to_string();
        }
        path.display().to_string()
    }
}

fn non_empty(value: Option<OsString>) -> Option<OsString> {
    value.filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_with_home() -> Env {
        Env {
            dirs: Some(Dirs {
                config: PathBuf::from("/home/mette/.config/korps"),
                data: PathBuf::from("/home/mette/.local/share/korps"),
                home: PathBuf::from("/home/mette"),
            }),
            ..Env::default()
        }
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_database_comes_from_the_flag_then_the_variable_then_the_data_directory() {
        let mut env = env_with_home();
        assert_eq!(
            env.db_path(None).unwrap(),
            PathBuf::from("/home/mette/.local/share/korps/korps.db")
        );
        env.db = Some(PathBuf::from("/srv/korps.db"));
        assert_eq!(env.db_path(None).unwrap(), PathBuf::from("/srv/korps.db"));
        assert_eq!(
            env.db_path(Some(Path::new("x.db"))).unwrap(),
            PathBuf::from("x.db")
        );
    }

    #[test]
    fn the_demo_database_lives_apart() {
        let mut env = env_with_home();
        assert_eq!(
            env.demo_db_path().unwrap(),
            PathBuf::from("/home/mette/.local/share/korps/demo.db")
        );
        env.demo_db = Some(PathBuf::from("/tmp/d.db"));
        assert_eq!(env.demo_db_path().unwrap(), PathBuf::from("/tmp/d.db"));
    }

    #[test]
    fn without_a_home_folder_the_database_must_be_given() {
        let env = Env::default();
        assert!(matches!(env.db_path(None), Err(CliError::NoHome)));
        assert_eq!(env.config_path(), None);
        assert!(env.db_path(Some(Path::new("a.db"))).is_ok());
    }

    #[test]
    fn the_config_file_can_be_moved() {
        let mut env = env_with_home();
        assert_eq!(
            env.config_path(),
            Some(PathBuf::from("/home/mette/.config/korps/config.toml"))
        );
        env.config = Some(PathBuf::from("/etc/korps.toml"));
        assert_eq!(env.config_path(), Some(PathBuf::from("/etc/korps.toml")));
    }

    #[test]
    fn the_user_is_the_configured_name_then_the_os_user() {
        let mut env = Env::default();
        let mut config = Config::default();
        assert_eq!(env.user(&config), "ukendt");
        env.os_user = Some("mkj".to_string());
        assert_eq!(env.user(&config), "mkj");
        config.user_name = Some("Mette Kjær".to_string());
        assert_eq!(env.user(&config), "Mette Kjær");
    }

    #[test]
    fn korps_today_pins_the_date_and_is_checked() {
        let mut env = Env::default();
        assert_eq!(env.today(|| date(2030, 1, 1)).unwrap(), date(2030, 1, 1));
        env.today = Some("2026-11-27".to_string());
        assert_eq!(env.today(|| date(2030, 1, 1)).unwrap(), date(2026, 11, 27));
        for bad in ["27.11.2026", "2026-02-30", "i dag"] {
            env.today = Some(bad.to_string());
            assert!(matches!(
                env.today(|| date(2030, 1, 1)),
                Err(CliError::BadToday(_))
            ));
        }
    }

    #[test]
    fn paths_under_home_are_shown_with_a_tilde() {
        let env = env_with_home();
        assert_eq!(
            env.display_path(Path::new("/home/mette/.local/share/korps/korps.db")),
            "~/.local/share/korps/korps.db"
        );
        assert_eq!(
            env.display_path(Path::new("/srv/korps.db")),
            "/srv/korps.db"
        );
    }
}
