//! The limits of amounts — one definition for the forms (an inline message), the storage writes
//! (every write of an amount passes [`check_amount`]), the command line and `korps check` (its
//! rule *amount out of range* binds these constants).
//!
//! The limits are far beyond what a corps pays — an honorarium or a rate up to 100.000 kr., an
//! expense up to 1.000.000 kr., a yearly budget up to 100.000.000 kr. — and they are what keeps
//! every sum exact: a year's figures add at most a few hundred thousand rows of at most 10¹⁰
//! øre, far below `i64::MAX` (9,2 · 10¹⁸). Data written past them by other means (raw SQL) is
//! still summed without overflow (see `storage::sums`) and reported by `korps check`.

use serde::{Deserialize, Serialize};

/// An honorarium (or a correction, either sign) at most 100.000 kr.
pub const HONORARIUM_MAX_ORE: i64 = 10_000_000;
/// A rate (per participation or per hour) at most 100.000 kr.
pub const RATE_MAX_ORE: i64 = 10_000_000;
/// An expense at most 1.000.000 kr.
pub const EXPENSE_MAX_ORE: i64 = 100_000_000;
/// A yearly budget at most 100.000.000 kr.
pub const BUDGET_MAX_ORE: i64 = 10_000_000_000;

/// What an amount is, for its limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmountKind {
    /// More than 0, at most [`EXPENSE_MAX_ORE`].
    Expense,
    /// 0 up to [`HONORARIUM_MAX_ORE`].
    Honorarium,
    /// A correction of an honorarium: either sign, at most [`HONORARIUM_MAX_ORE`] either way.
    Correction,
    /// 0 up to [`RATE_MAX_ORE`].
    Rate,
    /// 0 up to [`BUDGET_MAX_ORE`].
    Budget,
}

/// Why an amount was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmountError {
    /// Below the lowest amount allowed (`min` øre).
    TooSmall { min: i64 },
    /// Above the highest amount allowed (`max` øre).
    TooLarge { max: i64 },
}

impl AmountKind {
    /// The lowest and highest amount allowed, in øre.
    pub fn range(self) -> (i64, i64) {
        match self {
            AmountKind::Expense => (1, EXPENSE_MAX_ORE),
            AmountKind::Honorarium => (0, HONORARIUM_MAX_ORE),
            AmountKind::Correction => (-HONORARIUM_MAX_ORE, HONORARIUM_MAX_ORE),
            AmountKind::Rate => (0, RATE_MAX_ORE),
            AmountKind::Budget => (0, BUDGET_MAX_ORE),
        }
    }
}

/// Whether `ore` is allowed as an amount of `kind`.
pub fn check_amount(kind: AmountKind, ore: i64) -> Result<(), AmountError> {
    let (min, max) = kind.range();
    if ore < min {
        Err(AmountError::TooSmall { min })
    } else if ore > max {
        Err(AmountError::TooLarge { max })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_accepts_its_range_and_nothing_beyond() {
        use AmountKind::*;
        for kind in [Expense, Honorarium, Correction, Rate, Budget] {
            let (min, max) = kind.range();
            assert_eq!(check_amount(kind, min), Ok(()));
            assert_eq!(check_amount(kind, max), Ok(()));
            assert_eq!(
                check_amount(kind, max + 1),
                Err(AmountError::TooLarge { max })
            );
            assert_eq!(
                check_amount(kind, min - 1),
                Err(AmountError::TooSmall { min })
            );
            assert_eq!(
                check_amount(kind, i64::MAX),
                Err(AmountError::TooLarge { max })
            );
            assert_eq!(
                check_amount(kind, i64::MIN),
                Err(AmountError::TooSmall { min })
            );
        }
        // The amounts: 999.999.999.999.999 kr. of expense, 999.999.999.999 kr. budget.
        assert!(check_amount(Expense, 99_999_999_999_999_900).is_err());
        assert!(check_amount(Budget, 99_999_999_999_900).is_err());
        assert_eq!(
            check_amount(Expense, 0),
            Err(AmountError::TooSmall { min: 1 })
        );
        assert_eq!(check_amount(Correction, -10_000_000), Ok(()));
    }

    #[test]
    fn the_limits_keep_a_year_of_sums_far_from_overflow() {
        // A year of 200.000 bookings and 200.000 expenses at their limits, plus the budget.
        let worst = i128::from(HONORARIUM_MAX_ORE) * 200_000
            + i128::from(EXPENSE_MAX_ORE) * 200_000
            + i128::from(BUDGET_MAX_ORE);
        assert!(worst < i128::from(i64::MAX) / 1_000);
    }
}
