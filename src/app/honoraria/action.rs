//! What the Honorarer screen's keys ask for and what its effects found.

use crate::domain::money::Money;
use crate::storage::honoraria::{HonorariumFilter, HonorariumPage, YearTotal};
use crate::storage::payouts::PayoutBatch;
use crate::storage::rates::RateRow;

/// The Honorarer screen's actions.
#[derive(Debug, Clone, PartialEq)]
pub enum HonAction {
    Move(isize),
    Page(isize),
    First,
    Last,
    /// Space: mark or unmark the selected row.
    ToggleMark,
    CycleView,
    CycleKind,
    OpenFilter,
    ClearFilter,
    AskApprove,
    AskPayout,
    AskExport,
    AskCorrection,
    NewRate,
    Reload,

    // Results.
    Loaded {
        filter: HonorariumFilter,
        page: HonorariumPage,
        latest_batch: Option<PayoutBatch>,
    },
    TotalsLoaded {
        person_id: i64,
        totals: Vec<YearTotal>,
    },
    RatesLoaded(Vec<RateRow>),
    /// The approved honoraria a payout batch would take; `ask` carries the form's answers when
    /// the user has filled it in (then the confirmation opens), else the form opens.
    PayoutCounted {
        count: usize,
        total: Money,
        /// Who the batch would pay without a payroll number (korps number, name).
        missing: Vec<(i64, String)>,
        ask: Option<PayoutAsk>,
    },
    /// A change was written.
    Done(String),
    /// Rate `id` was written: the rates view shows, its cursor on that rate.
    RateSaved {
        message: String,
        id: i64,
    },
    /// Correction `id` was written (awaiting approval): the awaiting view shows, and its
    /// position is looked up to land on it.
    Corrected {
        message: String,
        id: i64,
    },
    /// Where honorarium `id` stands in the list as filtered (`None`: the filter hides it).
    Located {
        id: i64,
        position: Option<usize>,
    },
}

/// The payout form's answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutAsk {
    pub paid_on: chrono::NaiveDate,
    pub reference: String,
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
}
