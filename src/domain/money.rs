//! Money as integer øre (`i64`): Danish formatting (`50.000,00 kr.`) and parsing.
//!
//! Amounts are never floating point. Input follows Danish habits — comma before the øre, dot or
//! space between thousands — and anything that a reader could take two ways (`1.23`, `1,234.50`)
//! is refused as [`MoneyError::Ambiguous`] rather than guessed, because a wrong guess is off by a
//! factor of a hundred or a thousand.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

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

/// Currency marks accepted before or after the number, longest first.
const CURRENCY: [&str; 4] = ["dkk", "kr.", "kr", ",-"];

impl Money {
    /// Nothing.
    pub const ZERO: Money = Money(0);

    /// The amount in øre.
    pub fn ore(self) -> i64 {
        self.0
    }

    /// Whole kroner, e.g. `Money::from_kroner(50_000)` for the yearly budget.
    pub const fn from_kroner(kroner: i64) -> Money {
        Money(kroner * 100)
    }

    /// `self + other`, or `None` on overflow.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// `self - other`, or `None` on overflow.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        self.0.checked_sub(other.0).map(Money)
    }

    /// `50.000,00` — the amount without the `kr.` suffix, for table columns.
    pub fn format_plain(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{},{:02}", group_thousands(abs / 100), abs % 100)
    }

    /// Parses Danish amounts: `1.234,50`, `1234,5`, `1234 kr.`, `1.234` (= 1.234 kr.), `-50`,
    /// `+50`, `DKK 100`, `1 234,50` (space or non-breaking space between thousands), `100,-`.
    ///
    /// Rejects input that is not an amount ([`MoneyError::Invalid`]), more than two decimals
    /// ([`MoneyError::TooManyDecimals`]), amounts beyond `i64` øre ([`MoneyError::Overflow`]) and
    /// input that could be read more than one way ([`MoneyError::Ambiguous`]): `1.23`, `1.2345`,
    /// `1,234`, `1,234.50`, or thousands groups that are not three digits.
    pub fn parse(input: &str) -> Result<Money, MoneyError> {
        let text = input.trim().to_lowercase();
        if text.is_empty() {
            return Err(MoneyError::Empty);
        }
        let (negative, number) = strip_sign_and_currency(&text)?;
        let (integer, fraction) = split_number(number)?;
        let mut ore: i128 = 0;
        for digit in integer.bytes().chain(fraction.bytes()) {
            ore = ore * 10 + i128::from(digit - b'0');
            if ore > i128::from(i64::MAX) + 1 {
                return Err(MoneyError::Overflow);
            }
        }
        if fraction.len() == 1 {
            ore *= 10;
        } else if fraction.is_empty() {
            ore *= 100;
        }
        let signed = if negative { -ore } else { ore };
        i64::try_from(signed)
            .map(Money)
            .map_err(|_| MoneyError::Overflow)
    }
}

/// Removes one optional sign and currency marks before and after the number.
fn strip_sign_and_currency(text: &str) -> Result<(bool, &str), MoneyError> {
    let mut rest = text;
    let mut sign: Option<bool> = None;
    loop {
        rest = rest.trim_matches(is_space);
        if let Some(r) = CURRENCY.iter().find_map(|c| rest.strip_suffix(c)) {
            rest = r;
        } else if let Some(r) = CURRENCY.iter().find_map(|c| rest.strip_prefix(c)) {
            rest = r;
        } else if let Some(c) = rest.chars().next().filter(|c| matches!(c, '-' | '+' | '−')) {
            if sign.is_some() {
                return Err(MoneyError::Invalid);
            }
            sign = Some(c != '+');
            rest = &rest[c.len_utf8()..];
        } else {
            break;
        }
    }
    if rest.is_empty() {
        return Err(MoneyError::Invalid);
    }
    Ok((sign.unwrap_or(false), rest))
}

/// Splits `1.234,50` into the integer digits `1234` and the fraction digits `50`.
fn split_number(number: &str) -> Result<(String, &str), MoneyError> {
    if !number
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_space(c))
    {
        return Err(MoneyError::Invalid);
    }
    let (integer, fraction) = match number.split_once(',') {
        Some((_, f)) if f.contains(['.', ',']) => return Err(MoneyError::Ambiguous),
        Some((i, f)) => (i, Some(f)),
        None => (number, None),
    };
    if let Some(f) = fraction {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return Err(MoneyError::Invalid);
        }
        // `1,234` is 1234 in English but 1,234 kr. in Danish.
        if f.len() == 3 && !integer.contains(['.', ' ', '\u{a0}', '\u{202f}']) {
            return Err(MoneyError::Ambiguous);
        }
        if f.len() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
    }
    Ok((group_digits(integer)?, fraction.unwrap_or("")))
}

/// The digits of an integer part written with one kind of thousands separator (or none).
fn group_digits(integer: &str) -> Result<String, MoneyError> {
    if integer.is_empty() {
        return Ok(String::new());
    }
    let groups: Vec<&str> = integer.split(|c: char| c == '.' || is_space(c)).collect();
    if groups.iter().any(|g| g.is_empty()) {
        return Err(MoneyError::Invalid);
    }
    if groups.len() > 1 {
        let dots = integer.contains('.');
        let spaces = integer.contains(is_space);
        let first_ok = groups[0].len() <= 3;
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if (dots && spaces) || !first_ok || !rest_ok {
            return Err(MoneyError::Ambiguous);
        }
    }
    Ok(groups.concat())
}

/// Spaces that may separate thousands or the currency: space, no-break and narrow no-break.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\t')
}

/// `50000` → `50.000` (also for counts: Danish groups thousands with a dot).
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

impl fmt::Display for Money {
    /// `50.000,00 kr.`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} kr.", self.format_plain())
    }
}

/// A count or whole number the Danish way: `187366` → `187.366`, `-1200` → `-1.200`.
pub fn format_count(n: i64) -> String {
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}", group_thousands(n.unsigned_abs()))
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money(self.0 + other.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, other: Money) -> Money {
        Money(self.0 - other.0)
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        self.0 += other.0;
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, other: Money) {
        self.0 -= other.0;
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        Money(iter.map(|m| m.0).sum())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn p(s: &str) -> Result<i64, MoneyError> {
        Money::parse(s).map(Money::ore)
    }

    #[test]
    fn formats_danish_style() {
        assert_eq!(Money(5_000_000).to_string(), "50.000,00 kr.");
        assert_eq!(Money(-123_450).to_string(), "-1.234,50 kr.");
        assert_eq!(Money(0).to_string(), "0,00 kr.");
        assert_eq!(Money(-5).to_string(), "-0,05 kr.");
        assert_eq!(Money(99_999).format_plain(), "999,99");
        assert_eq!(Money(100_000).format_plain(), "1.000,00");
        assert_eq!(Money(i64::MIN).format_plain(), "-92.233.720.368.547.758,08");
    }

    #[test]
    fn parses_the_usual_danish_forms() {
        assert_eq!(p("1.234,50"), Ok(123_450));
        assert_eq!(p("1234,5"), Ok(123_450));
        assert_eq!(p("1234 kr."), Ok(123_400));
        assert_eq!(p("1234,50 kr"), Ok(123_450));
        assert_eq!(p("1.234"), Ok(123_400));
        assert_eq!(p("1 234,50"), Ok(123_450));
        assert_eq!(p("1\u{a0}234,50"), Ok(123_450));
        assert_eq!(p("-50"), Ok(-5_000));
        assert_eq!(p("+50"), Ok(5_000));
        assert_eq!(p("−50"), Ok(-5_000));
        assert_eq!(p("DKK 100"), Ok(10_000));
        assert_eq!(p("100 DKK"), Ok(10_000));
        assert_eq!(p("kr. -12,05"), Ok(-1_205));
        assert_eq!(p("100,-"), Ok(10_000));
        assert_eq!(p(",50"), Ok(50));
        assert_eq!(p(" 50.000,00 kr. "), Ok(5_000_000));
        assert_eq!(p("1.000.000"), Ok(100_000_000));
        assert_eq!(p("0"), Ok(0));
    }

    #[test]
    fn rejects_garbage_with_a_reason() {
        assert_eq!(p(""), Err(MoneyError::Empty));
        assert_eq!(p("   "), Err(MoneyError::Empty));
        assert_eq!(p("abc"), Err(MoneyError::Invalid));
        assert_eq!(p("kr."), Err(MoneyError::Invalid));
        assert_eq!(p("12a"), Err(MoneyError::Invalid));
        assert_eq!(p("--5"), Err(MoneyError::Invalid));
        assert_eq!(p("+-5"), Err(MoneyError::Invalid));
        assert_eq!(p("5,"), Err(MoneyError::Invalid));
        assert_eq!(p("1..234"), Err(MoneyError::Invalid));
        assert_eq!(p(".234"), Err(MoneyError::Invalid));
        assert_eq!(p("1e5"), Err(MoneyError::Invalid));
    }

    #[test]
    fn rejects_ambiguous_input() {
        for s in [
            "1.23",
            "1,234.50",
            "1.2345",
            "1,234",
            "12.34.567",
            "1 23,00",
            "1234.567",
            "1.234 567",
            "1,2,3",
        ] {
            assert_eq!(p(s), Err(MoneyError::Ambiguous), "{s}");
        }
    }

    #[test]
    fn rejects_too_many_decimals_and_overflow() {
        assert_eq!(p("1,2345"), Err(MoneyError::TooManyDecimals));
        assert_eq!(p("1.234,567"), Err(MoneyError::TooManyDecimals));
        assert_eq!(p("92.233.720.368.547.758,07"), Ok(i64::MAX));
        assert_eq!(p("92233720368547758,08"), Err(MoneyError::Overflow));
        assert_eq!(p("-92233720368547758,08"), Ok(i64::MIN));
        assert_eq!(p("-92233720368547758,09"), Err(MoneyError::Overflow));
        assert_eq!(
            p("99999999999999999999999999999"),
            Err(MoneyError::Overflow)
        );
    }

    #[test]
    fn arithmetic_and_sum() {
        let total: Money = [Money(100), Money(250), -Money(50)].into_iter().sum();
        assert_eq!(total, Money(300));
        assert_eq!(Money::from_kroner(50_000), Money(5_000_000));
        assert_eq!(Money(i64::MAX).checked_add(Money(1)), None);
        assert_eq!(Money(1).checked_sub(Money(3)), Some(Money(-2)));
    }

    proptest! {
        #[test]
        fn format_then_parse_round_trips(ore in any::<i64>()) {
            let m = Money(ore);
            prop_assert_eq!(Money::parse(&m.to_string()), Ok(m));
            prop_assert_eq!(Money::parse(&m.format_plain()), Ok(m));
        }

        #[test]
        fn parse_never_panics(s in "\\PC*") {
            let _ = Money::parse(&s);
        }

        #[test]
        fn parse_never_panics_on_number_like_text(s in "[-+ 0-9.,kKrRdD\u{a0}]{0,30}") {
            let _ = Money::parse(&s);
        }
    }
}
