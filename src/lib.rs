//! korps — coordinating a municipal role-model corps.
//!
//! The library holds everything; the `korps` binary is a thin shell around [`cli::main`].
//! Data flows one way (see `STYLE.md`): key → [`app::keymap`] → [`app::Action`] →
//! [`app::update`] → [`app::Effect`]s run against [`storage`] → results back as actions;
//! [`ui`] renders the state and reads nothing else.

pub mod app;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod import;
pub mod storage;
pub mod tui;
pub mod ui;
