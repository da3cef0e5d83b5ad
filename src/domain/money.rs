//! Money as integer øre (`i64`): Danish formatting (`50.000,00 kr.`) and parsing.
//! (Skeleton: the domain helper implements this module.)

use std::fmt;

/// An amount of money in øre. Never floating point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub i64);

/// Why an amount was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("empty")]
    Empty,
    #[error("not an amount")]
    Invalid,
    #[error("too large")]
    Overflow,
    #[error("ambiguous")]
    Ambiguous,
    #[error("too many decimals")]
    TooManyDecimals,
}

impl Money {
    pub fn ore(self) -> i64 {
        self.0
    }

    /// Parses Danish amounts: `1.234,50`, `1234,5`, `1234 kr.`, `1.234`, `-50`.
    pub fn parse(_input: &str) -> Result<Money, MoneyError> {
        unimplemented!("domain helper")
    }
}

impl fmt::Display for Money {
    /// `50.000,00 kr.`
    fn fmt(&self, _f: &mut fmt::Formatter<'_>) -> fmt::Result {
        unimplemented!("domain helper")
    }
}
