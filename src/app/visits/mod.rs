//! The Besøg screen (week view, list view, event form, picker, school holidays, calendar
//! export) and the Oversigt dashboard: their state, actions, effects, keymap and `update`.
//!
//! The shared app knows them through one variant each (`Action::Visits`, `Effect::Visits`,
//! `Overlay::Visits`, `FormKind::Visits`) and the fields `State::visits` and `State::overview`.

pub mod action;
pub mod effect;
pub mod forms;
pub mod keymap;
mod overview;
mod picker;
pub mod state;
mod update;
pub mod week_layout;

pub use action::VisitsAction;
pub use effect::VisitsEffect;
pub use forms::VisitsForm;
pub use update::{click, form_check, form_save, reload, reload_overview, update};

/// How many picker rows are visible in a terminal `height` rows high.
pub fn picker_rows(height: u16) -> usize {
    // Tabs, status and hints (3), the border (2), the staffing and budget lines and the two
    // message lines (4).
    usize::from(height.saturating_sub(9)).max(1)
}
