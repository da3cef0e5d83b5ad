//! Counts in words: the one place that picks the singular or the plural form of a counted text
//! ("1 række" / "2 rækker", "1 row" / "2 rows"). Danish and English both use the singular for
//! exactly one and the plural for everything else (0 included), so one rule serves both.

use std::fmt::Display;

use super::{Lang, Text};

/// `one` when `n` is exactly 1, otherwise `many`.
pub fn pick<T: PartialEq + From<u8> + Copy>(n: T, one: Text, many: Text) -> Text {
    if n == T::from(1) { one } else { many }
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
}
