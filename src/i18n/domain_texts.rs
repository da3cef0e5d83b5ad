//! Texts of the domain: messages for rejected dates, amounts and form fields, holiday names,
//! weekday and month names, and the week label. Messages are written for a municipal employee:
//! what is wrong, and an example of what to write instead.

use chrono::NaiveDate;

use super::{Lang, Text};
use crate::domain::date::{self, DateError, days_in_month};
use crate::domain::holidays::Holiday;
use crate::domain::limits::AmountError;
use crate::domain::money::MoneyError;
use crate::domain::validate::FieldError;

super::catalog! {
    DATE_EMPTY: "Skriv en dato, fx 3.12.2026", "Enter a date, e.g. 3.12.2026";
    DATE_INVALID: "Ugyldig dato — skriv fx 3.12.2026", "Not a date — write e.g. 3.12.2026";
    DATE_NO_SUCH_DAY: "Datoen findes ikke — tjek dag og måned", "There is no such day — check the day and month";
    DATE_NO_SUCH_DAY_IN_MONTH: "Datoen findes ikke ({month} har kun {days} dage i {year})", "There is no such day ({month} has only {days} days in {year})";
    DATE_NO_SUCH_MONTH: "Datoen findes ikke — måneden skal være 1–12", "There is no such day — the month must be 1–12";
    DATE_YEAR_OUT_OF_RANGE: "Året skal ligge mellem 1900 og 2200", "The year must be between 1900 and 2200";
    MONEY_EMPTY: "Skriv et beløb, fx 1.234,50", "Enter an amount, e.g. 1.234,50";
    MONEY_INVALID: "Ugyldigt beløb — skriv fx 1.234,50", "Not an amount — write e.g. 1.234,50 (Danish style)";
    MONEY_OVERFLOW: "Beløbet er for stort", "The amount is too large";
    MONEY_AMBIGUOUS: "Beløbet kan læses på flere måder — brug komma før ører og punktum mellem tusinder, fx 1.234,50", "The amount can be read more than one way — use a comma before the øre and a dot between thousands, e.g. 1.234,50";
    MONEY_TOO_MANY_DECIMALS: "Højst to decimaler (ører), fx 12,50", "At most two decimals (øre), e.g. 12,50";
    AMOUNT_TOO_LARGE: "Beløbet må højst være {max}", "The amount can be at most {max}";
    AMOUNT_TOO_SMALL: "Beløbet skal være mindst {min}", "The amount must be at least {min}";
    AMOUNT_NOT_POSITIVE: "Beløbet skal være større end 0", "The amount must be more than 0";
    AMOUNT_NEGATIVE: "Beløbet kan ikke være negativt", "The amount cannot be negative";
    FIELD_REQUIRED: "Skal udfyldes", "Required";
    FIELD_IN_FUTURE: "Datoen ligger efter i dag", "The date is after today";
    FIELD_EMAIL: "Ugyldig e-mailadresse — skriv fx navn@skole.dk", "Not an e-mail address — write e.g. name@school.dk";
    FIELD_PHONE: "Ugyldigt telefonnummer — skriv 8 cifre, fx 12 34 56 78", "Not a Danish phone number — write 8 digits, e.g. 12 34 56 78";
    FIELD_GUARDIAN_CONSENT_MISSING: "Under 18 år: skriv datoen for forældresamtykke", "Under 18: enter the date a parent or guardian consented";
    FIELD_LOOKS_LIKE_CPR: "Ligner et CPR-nummer — CPR-numre må ikke gemmes i korps", "Looks like a CPR number — korps must not store CPR numbers";
    FIELD_TOO_LONG: "For lang — højst {max} tegn", "Too long — at most {max} characters";
    SEASON_INVALID: "Ugyldig sæson — skriv fx {example}", "Not a season — write e.g. {example}";
    WEEK_LABEL: "uge {week}", "week {week}";
    HOLIDAY_NEW_YEARS_DAY: "Nytårsdag", "New Year's Day";
    HOLIDAY_MAUNDY_THURSDAY: "Skærtorsdag", "Maundy Thursday";
    HOLIDAY_GOOD_FRIDAY: "Langfredag", "Good Friday";
    HOLIDAY_EASTER_SUNDAY: "Påskedag", "Easter Sunday";
    HOLIDAY_EASTER_MONDAY: "2. påskedag", "Easter Monday";
    HOLIDAY_GREAT_PRAYER_DAY: "Store bededag", "Great Prayer Day";
    HOLIDAY_ASCENSION_DAY: "Kristi himmelfartsdag", "Ascension Day";
    HOLIDAY_WHIT_SUNDAY: "Pinsedag", "Whit Sunday";
    HOLIDAY_WHIT_MONDAY: "2. pinsedag", "Whit Monday";
    HOLIDAY_CHRISTMAS_DAY: "Juledag", "Christmas Day";
    HOLIDAY_BOXING_DAY: "2. juledag", "Boxing Day";
    WEEKDAY_SHORT_MON: "man", "Mon";
    WEEKDAY_SHORT_TUE: "tir", "Tue";
    WEEKDAY_SHORT_WED: "ons", "Wed";
    WEEKDAY_SHORT_THU: "tor", "Thu";
    WEEKDAY_SHORT_FRI: "fre", "Fri";
    WEEKDAY_SHORT_SAT: "lør", "Sat";
    WEEKDAY_SHORT_SUN: "søn", "Sun";
    WEEKDAY_MON: "mandag", "Monday";
    WEEKDAY_TUE: "tirsdag", "Tuesday";
    WEEKDAY_WED: "onsdag", "Wednesday";
    WEEKDAY_THU: "torsdag", "Thursday";
    WEEKDAY_FRI: "fredag", "Friday";
    WEEKDAY_SAT: "lørdag", "Saturday";
    WEEKDAY_SUN: "søndag", "Sunday";
    MONTH_JANUARY: "januar", "January";
    MONTH_FEBRUARY: "februar", "February";
    MONTH_MARCH: "marts", "March";
    MONTH_APRIL: "april", "April";
    MONTH_MAY: "maj", "May";
    MONTH_JUNE: "juni", "June";
    MONTH_JULY: "juli", "July";
    MONTH_AUGUST: "august", "August";
    MONTH_SEPTEMBER: "september", "September";
    MONTH_OCTOBER: "oktober", "October";
    MONTH_NOVEMBER: "november", "November";
    MONTH_DECEMBER: "december", "December";
}

/// The message for a rejected form field.
pub fn field_error(err: &FieldError, lang: Lang) -> String {
    match err {
        FieldError::Required => FIELD_REQUIRED.get(lang).to_string(),
        FieldError::Date(e) => date_error(e, lang),
        FieldError::InFuture => FIELD_IN_FUTURE.get(lang).to_string(),
        FieldError::Email => FIELD_EMAIL.get(lang).to_string(),
        FieldError::Phone => FIELD_PHONE.get(lang).to_string(),
        FieldError::GuardianConsentMissing => FIELD_GUARDIAN_CONSENT_MISSING.get(lang).to_string(),
        FieldError::LooksLikeCpr => FIELD_LOOKS_LIKE_CPR.get(lang).to_string(),
        FieldError::TooLong { max } => FIELD_TOO_LONG.fill(lang, &[("max", &max.to_string())]),
    }
}

/// The message for a rejected date.
pub fn date_error(err: &DateError, lang: Lang) -> String {
    let text = match err {
        DateError::Empty => DATE_EMPTY,
        DateError::Invalid => DATE_INVALID,
        DateError::NoSuchDay => DATE_NO_SUCH_DAY,
        DateError::YearOutOfRange => DATE_YEAR_OUT_OF_RANGE,
    };
    text.get(lang).to_string()
}

/// The message for a date rejected as `err`, made specific with what was typed: a day that
/// does not exist says why (`Datoen findes ikke (februar har kun 28 dage i 2027)`).
pub fn date_error_for_input(err: &DateError, input: &str, today: NaiveDate, lang: Lang) -> String {
    if *err == DateError::NoSuchDay
        && let Ok((year, month, day)) = date::parse_date_numbers(input, today)
    {
        return match days_in_month(year, month) {
            Some(days) if day > days => DATE_NO_SUCH_DAY_IN_MONTH.fill(
                lang,
                &[
                    ("month", super::month_name(month, lang)),
                    ("days", &days.to_string()),
                    ("year", &year.to_string()),
                ],
            ),
            Some(_) => DATE_NO_SUCH_DAY.get(lang).to_string(),
            None => DATE_NO_SUCH_MONTH.get(lang).to_string(),
        };
    }
    date_error(err, lang)
}

/// The message for a field error, made specific with what was typed (see
/// [`date_error_for_input`]); other errors read as [`field_error`].
pub fn field_error_for_input(
    err: &FieldError,
    input: &str,
    today: NaiveDate,
    lang: Lang,
) -> String {
    match err {
        FieldError::Date(e) => date_error_for_input(e, input, today, lang),
        other => field_error(other, lang),
    }
}

/// The message for a rejected amount.
pub fn money_error(err: &MoneyError, lang: Lang) -> String {
    let text = match err {
        MoneyError::Empty => MONEY_EMPTY,
        MoneyError::Invalid => MONEY_INVALID,
        MoneyError::Overflow => MONEY_OVERFLOW,
        MoneyError::Ambiguous => MONEY_AMBIGUOUS,
        MoneyError::TooManyDecimals => MONEY_TOO_MANY_DECIMALS,
    };
    text.get(lang).to_string()
}

/// The message for an amount outside its limits (`domain::limits`), naming the limit.
pub fn amount_error(err: AmountError, lang: Lang) -> String {
    let kr = |ore: i64| crate::domain::money::Money(ore).to_string();
    match err {
        AmountError::TooLarge { max } => AMOUNT_TOO_LARGE.fill(lang, &[("max", &kr(max))]),
        AmountError::TooSmall { min: 1 } => AMOUNT_NOT_POSITIVE.get(lang).to_string(),
        AmountError::TooSmall { min: 0 } => AMOUNT_NEGATIVE.get(lang).to_string(),
        AmountError::TooSmall { min } => AMOUNT_TOO_SMALL.fill(lang, &[("min", &kr(min))]),
    }
}

/// The name of a public holiday.
pub fn holiday_name(h: Holiday, lang: Lang) -> &'static str {
    holiday_text(h).get(lang)
}

/// The catalog text of a public holiday's name.
pub fn holiday_text(h: Holiday) -> Text {
    match h {
        Holiday::NewYearsDay => HOLIDAY_NEW_YEARS_DAY,
        Holiday::MaundyThursday => HOLIDAY_MAUNDY_THURSDAY,
        Holiday::GoodFriday => HOLIDAY_GOOD_FRIDAY,
        Holiday::EasterSunday => HOLIDAY_EASTER_SUNDAY,
        Holiday::EasterMonday => HOLIDAY_EASTER_MONDAY,
        Holiday::GreatPrayerDay => HOLIDAY_GREAT_PRAYER_DAY,
        Holiday::AscensionDay => HOLIDAY_ASCENSION_DAY,
        Holiday::WhitSunday => HOLIDAY_WHIT_SUNDAY,
        Holiday::WhitMonday => HOLIDAY_WHIT_MONDAY,
        Holiday::ChristmasDay => HOLIDAY_CHRISTMAS_DAY,
        Holiday::BoxingDay => HOLIDAY_BOXING_DAY,
    }
}

/// The message for a season label that could not be read, with an example in the configured
/// form (`2026/27`, or `2026` for calendar-year seasons).
pub fn season_error(example: &crate::domain::season::Season, lang: Lang) -> String {
    SEASON_INVALID.fill(lang, &[("example", &example.label())])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn explains_a_day_that_does_not_exist() {
        let today = d(2026, 6, 15);
        let err = date::parse_date("31.2.2027", today).expect_err("no such day");
        assert_eq!(
            date_error_for_input(&err, "31.2.2027", today, Lang::Da),
            "Datoen findes ikke (februar har kun 28 dage i 2027)"
        );
        assert_eq!(
            date_error_for_input(&err, "31.2.2027", today, Lang::En),
            "There is no such day (February has only 28 days in 2027)"
        );
        assert_eq!(
            date_error_for_input(&DateError::NoSuchDay, "3.13.2027", today, Lang::Da),
            "Datoen findes ikke — måneden skal være 1–12"
        );
        assert_eq!(
            date_error_for_input(&DateError::NoSuchDay, "0.1.2027", today, Lang::Da),
            "Datoen findes ikke — tjek dag og måned"
        );
        let field = FieldError::Date(DateError::NoSuchDay);
        assert!(field_error_for_input(&field, "30.2", today, Lang::Da).contains("28 dage i 2026"));
        assert_eq!(
            date_error(&DateError::Invalid, Lang::Da),
            "Ugyldig dato — skriv fx 3.12.2026"
        );
    }

    #[test]
    fn every_error_has_a_message() {
        for e in [
            FieldError::Required,
            FieldError::Date(DateError::Empty),
            FieldError::InFuture,
            FieldError::Email,
            FieldError::Phone,
            FieldError::GuardianConsentMissing,
            FieldError::LooksLikeCpr,
        ] {
            for lang in [Lang::Da, Lang::En] {
                assert!(!field_error(&e, lang).is_empty());
            }
        }
        assert_eq!(
            field_error(&FieldError::TooLong { max: 200 }, Lang::Da),
            "For lang — højst 200 tegn"
        );
        assert!(money_error(&MoneyError::Ambiguous, Lang::En).contains("1.234,50"));
        assert_eq!(
            amount_error(AmountError::TooLarge { max: 100_000_000 }, Lang::Da),
            "Beløbet må højst være 1.000.000,00 kr."
        );
        assert_eq!(
            amount_error(AmountError::TooSmall { min: -10_000_000 }, Lang::En),
            "The amount must be at least -100.000,00 kr."
        );
        assert_eq!(holiday_name(Holiday::EasterMonday, Lang::Da), "2. påskedag");
        assert_eq!(holiday_name(Holiday::BoxingDay, Lang::En), "Boxing Day");
        let season = crate::domain::season::Season::new(2026, 8);
        assert_eq!(
            season_error(&season, Lang::Da),
            "Ugyldig sæson — skriv fx 2026/27"
        );
    }
}
