//! The Honorarer screen's state: the view, the filter, the loaded window, marks, the selected
//! person's yearly totals, the rates and the open dialog.

use std::collections::BTreeMap;

use super::effect::HonEffect;
use crate::app::list::WindowedList;
use crate::domain::money::Money;
use crate::storage::honoraria::{HonorariumFilter, HonorariumRow, HonorariumStatus, YearTotal};
use crate::storage::payouts::PayoutBatch;
use crate::storage::rates::RateRow;

/// Which list the screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Awaiting,
    Approved,
    Paid,
    Rates,
}

impl View {
    pub const ALL: [View; 4] = [Self::Awaiting, Self::Approved, Self::Paid, Self::Rates];

    /// The honoraria status the view lists (`None` for the rates).
    pub fn status(self) -> Option<HonorariumStatus> {
        match self {
            Self::Awaiting => Some(HonorariumStatus::Awaiting),
            Self::Approved => Some(HonorariumStatus::Approved),
            Self::Paid => Some(HonorariumStatus::Paid),
            Self::Rates => None,
        }
    }

    #[must_use]
    pub fn next(self) -> View {
        let i = Self::ALL.iter().position(|v| *v == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }
}

/// Everything the Honorarer screen shows.
#[derive(Debug, Clone, Default)]
pub struct HonorariaState {
    pub view: View,
    /// Person, period and kind (the status follows the view).
    pub filter: HonorariumFilter,
    pub list: WindowedList<HonorariumRow>,
    /// The sum of every row matching the filter.
    pub sum: Money,
    /// Marked rows (space) and their amounts.
    pub marked: BTreeMap<i64, Money>,
    /// The selected row's person and their totals per year.
    pub totals: Option<(i64, Vec<YearTotal>)>,
    pub rates: Vec<RateRow>,
    pub rate_selected: usize,
    /// The rate just saved, until the rates loaded after it put the cursor on it.
    pub rate_land_on: Option<i64>,
    /// The correction just saved, until its position in the list is known.
    pub land_on: Option<i64>,
    /// The newest payout batch (what `x` exports outside the paid view).
    pub latest_batch: Option<PayoutBatch>,
}

/// A dialog of the Honorarer screen: lines to read and what yes does.
#[derive(Debug, Clone, PartialEq)]
pub struct HonOverlay {
    pub title: String,
    /// The dialog's body, one line each (the approval dialog's lines come from
    /// [`super::approval_lines`] and `app::budget::approval::lines`).
    pub lines: Vec<String>,
    /// Runs on yes.
    pub effect: HonEffect,
}
