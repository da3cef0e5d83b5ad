//! Counts in words: the one place that picks the singular or the plural form of a counted text
//! ("1 række" / "2 rækker", "1 row" / "2 rows"). Danish and English both use the singular for
//! exactly one and the plural for everything else (0 included), so one rule ([`is_one`]) serves
//! both, in two spellings:
//!
//! - inside a catalog text, a counted noun is written `{n|række|rækker}` (the placeholder's name,
//!   the form for one, the form for any other number); [`Text::fill`] picks the form from the
//!   value it fills in, so a text with several counts (`"{new} {new|ny|nye}, {rejected}
//!   afvist"`) needs nothing from its caller;
//! - where the two forms are two catalog texts, [`plural`] (or [`pick`]) chooses between them.

use std::fmt::Display;

use super::{Lang, Text};

/// The rule: exactly one takes the singular.
fn is_one<T: PartialEq + From<u8> + Copy>(n: T) -> bool {
    n == T::from(1)
}

/// `one` when `n` is exactly 1, otherwise `many`.
pub fn pick<T: PartialEq + From<u8> + Copy>(n: T, one: Text, many: Text) -> Text {
    if is_one(n) { one } else { many }
}

/// The counted text in `lang` with `{n}` filled in: `one` for exactly 1, `many` otherwise.
pub fn plural<T: PartialEq + From<u8> + Display + Copy>(
    lang: Lang,
    n: T,
    one: Text,
    many: Text,
) -> String {
    pick(n, one, many).fill(lang, &[("n", &n.to_string())])
}

/// Whether a filled-in value is the number one ("1"); anything else (other numbers, "1.000",
/// words) takes the plural form.
fn value_is_one(value: &str) -> bool {
    value.trim().parse::<i64>().is_ok_and(is_one)
}

/// `template` with each `{name}` replaced by its value and each `{name|one|many}` by the form
/// that fits the value; placeholders without a value are kept as written. One pass, so a value
/// that itself contains `{…}` is never read as a placeholder.
pub(super) fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(len) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let inner = &after[..len];
        let mut parts = inner.split('|');
        let name = parts.next().unwrap_or_default();
        let forms: Vec<&str> = parts.collect();
        match (args.iter().find(|(n, _)| *n == name), forms.as_slice()) {
            (Some((_, value)), []) => out.push_str(value),
            (Some((_, value)), [one, many]) => {
                out.push_str(if value_is_one(value) { one } else { many });
            }
            _ => {
                out.push('{');
                out.push_str(inner);
                out.push('}');
            }
        }
        rest = &after[len + 1..];
    }
    out.push_str(rest);
    out
}

/// The placeholders of a template by name, each with its plural forms if it has any (for the
/// catalog's completeness test).
#[cfg(test)]
pub(super) fn placeholders(template: &str) -> Vec<(&str, Vec<&str>)> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(len) = after.find('}') else { break };
        let mut parts = after[..len].split('|');
        let name = parts.next().unwrap_or_default();
        out.push((name, parts.collect()));
        rest = &after[len + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: Text = Text {
        da: "{n} række",
        en: "{n} row",
    };
    const MANY: Text = Text {
        da: "{n} rækker",
        en: "{n} rows",
    };

    #[test]
    fn exactly_one_is_singular_and_every_other_count_plural() {
        assert_eq!(plural(Lang::Da, 1usize, ONE, MANY), "1 række");
        assert_eq!(plural(Lang::En, 1i64, ONE, MANY), "1 row");
        assert_eq!(plural(Lang::Da, 0u32, ONE, MANY), "0 rækker");
        assert_eq!(plural(Lang::En, 2usize, ONE, MANY), "2 rows");
        assert_eq!(plural(Lang::Da, 11i64, ONE, MANY), "11 rækker");
        assert_eq!(plural(Lang::Da, -1i64, ONE, MANY), "-1 rækker");
    }

    #[test]
    fn inline_forms_follow_the_same_rule() {
        let t = "{n} {n|række|rækker}";
        for n in [-1i64, 0, 1, 2, 11, 1000] {
            let inline = fill(t, &[("n", &n.to_string())]);
            assert_eq!(inline, plural(Lang::Da, n, ONE, MANY), "n = {n}");
        }
        assert_eq!(fill(t, &[("n", "1.000")]), "1.000 rækker");
    }

    #[test]
    fn several_counts_in_one_text_each_take_their_own_form() {
        let t = "{new} {new|ny|nye}, {old} fandtes — {p} {p|person|personer}";
        assert_eq!(
            fill(t, &[("new", "1"), ("old", "3"), ("p", "2")]),
            "1 ny, 3 fandtes — 2 personer"
        );
    }

    #[test]
    fn values_are_not_read_again_and_unknown_placeholders_stay() {
        assert_eq!(fill("{a} {b}", &[("a", "{b}")]), "{b} {b}");
        assert_eq!(fill("{x|en|flere} {", &[]), "{x|en|flere} {");
    }

    #[test]
    fn placeholders_lists_names_and_forms() {
        assert_eq!(
            placeholders("{n} {n|row|rows} of {total}"),
            vec![("n", vec![]), ("n", vec!["row", "rows"]), ("total", vec![])]
        );
    }
}
