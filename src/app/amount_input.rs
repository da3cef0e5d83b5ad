//! An amount typed into a form or prompt: parsed the Danish way (`domain::money`) and checked
//! against the limits of its kind (`domain::limits`) — one path for every money field, so each
//! gets the same inline message in the UI language (*Beløbet må højst være 1.000.000,00 kr.*).

use crate::domain::limits::{AmountKind, check_amount};
use crate::domain::money::Money;
use crate::i18n::{self, Lang};

/// The amount in `text` as øre, or the message to show next to the field.
pub fn parse_amount(text: &str, kind: AmountKind, lang: Lang) -> Result<i64, String> {
    let ore = Money::parse(text)
        .map_err(|e| i18n::money_error(&e, lang))?
        .ore();
    check_amount(kind, ore).map_err(|e| i18n::amount_error(e, lang))?;
    Ok(ore)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn within_the_limits_or_a_message_naming_them() {
        assert_eq!(
            parse_amount("1.234,50", AmountKind::Expense, Lang::Da),
            Ok(123_450)
        );
        assert_eq!(
            parse_amount("999999999999999", AmountKind::Expense, Lang::Da),
            Err("Beløbet må højst være 1.000.000,00 kr.".to_string())
        );
        assert_eq!(
            parse_amount("999999999999", AmountKind::Budget, Lang::En),
            Err("The amount can be at most 100.000.000,00 kr.".to_string())
        );
        assert_eq!(
            parse_amount("0", AmountKind::Expense, Lang::Da),
            Err("Beløbet skal være større end 0".to_string())
        );
        assert_eq!(
            parse_amount("-50", AmountKind::Correction, Lang::Da),
            Ok(-5_000)
        );
        assert!(parse_amount("-50", AmountKind::Rate, Lang::Da).is_err());
        assert!(parse_amount("1.23", AmountKind::Rate, Lang::Da).is_err());
    }
}
