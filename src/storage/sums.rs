//! Sums of amounts that cannot overflow.
//!
//! SQLite's `sum()` stops the whole query with "integer overflow" once a total passes
//! `i64::MAX`, and `total()` answers in floating point. The write paths keep every amount
//! within `domain::limits`, so the app's own sums stay far below that; but a database written
//! by other means (raw SQL, an old version) must still show its figures — and the screens where
//! the bad rows can be removed — rather than fail. So the money sums of the budget and the
//! report add each amount `x` as two halves, `x >> 32` (arithmetic shift: the sign stays) and
//! `x & 0xFFFFFFFF` (the low 32 bits, 0 to 2³²−1): each half's sum stays within `i64` for up to
//! 2³¹ rows, and [`halves`] puts them together exactly in `i128`, saturating to `i64`.
//!
//! A query selects the two halves side by side, in this order:
//! `coalesce(sum(amount_ore >> 32), 0), coalesce(sum(amount_ore & 4294967295), 0)`.

/// The exact sum from its halves in columns `high` and `high + 1`, saturated to `i64`.
pub(crate) fn halves(r: &rusqlite::Row<'_>, high: usize) -> Result<i64, rusqlite::Error> {
    let high_sum: i64 = r.get(high)?;
    let low_sum: i64 = r.get(high + 1)?;
    let exact = (i128::from(high_sum) << 32) + i128::from(low_sum);
    Ok(i64::try_from(exact).unwrap_or(if exact < 0 { i64::MIN } else { i64::MAX }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summed(values: &[i64]) -> i64 {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x INTEGER NOT NULL)")
            .unwrap();
        for v in values {
            conn.execute("INSERT INTO t (x) VALUES (?1)", [v]).unwrap();
        }
        conn.query_row(
            "SELECT coalesce(sum(x >> 32), 0), coalesce(sum(x & 4294967295), 0) FROM t",
            [],
            |r| halves(r, 0),
        )
        .unwrap()
    }

    #[test]
    fn exact_where_sum_is_and_saturated_where_it_fails() {
        assert_eq!(summed(&[]), 0);
        assert_eq!(summed(&[1, -5, 123_450]), 123_446);
        assert_eq!(summed(&[-1]), -1);
        assert_eq!(summed(&[i64::MAX, -1]), i64::MAX - 1);
        assert_eq!(summed(&[i64::MIN, 1]), i64::MIN + 1);
        // Two expenses of 92.233.720.368.547.757 kr. (the issue's): sum() fails, this saturates.
        let big = 9_223_372_036_854_775_700;
        assert_eq!(summed(&[big, big]), i64::MAX);
        assert_eq!(
            summed(&[big, big, -big]),
            big,
            "exact, not merely saturated on the way"
        );
        assert_eq!(summed(&[i64::MIN, i64::MIN]), i64::MIN);
    }
}
