//! The Honorarer screen: lists of honoraria awaiting approval, approved and paid (filtered by
//! person, period and kind), approval, payout batches and their payroll export, corrections of
//! paid honoraria, and the rates.
//!
//! The shared app knows it through one variant each (`Action::Honoraria`, `Effect::Honoraria`,
//! `Overlay::Honoraria`, `FormKind::Honoraria`) and the field `State::honoraria`.

pub mod action;
pub mod effect;
pub mod forms;
pub mod keymap;
pub mod state;
mod update;

pub use action::HonAction;
pub use effect::HonEffect;
pub use forms::HonForm;
pub use state::{HonOverlay, HonorariaState, View};
pub use update::{answer, approval_lines, form_check, form_save, reload, update};
