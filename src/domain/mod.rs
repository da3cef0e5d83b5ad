//! The domain: pure Rust types and rules of the role-model corps.
//!
//! Nothing here touches SQLite, the terminal or the clock: today's date is always passed in.

pub mod appointment;
pub mod budget;
pub mod collate;
pub mod date;
mod date_input;
pub mod event;
pub mod event_money;
pub mod holidays;
pub mod identity;
pub mod institution;
pub mod limits;
pub mod money;
pub mod person;
pub mod rates;
pub mod schedule;
pub mod school_holidays;
pub mod season;
pub mod validate;
pub mod visit_input;
