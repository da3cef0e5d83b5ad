//! Where a record stands in a list: the one query behind "the cursor lands on the record just
//! saved" (`app::landing`) for every windowed list. A list is its `FROM`, its filter (a
//! [`Query`]) and its order, written as a row value; the position of row `id` is the count of
//! the filter's rows whose order key is below that row's — found by the list's own index, never
//! by loading the list — or `None` when the filter does not hold the row.

use super::search::Query;
use super::{Database, StorageError};

/// How one list is ordered and filtered, for [`Database::list_position`].
pub(crate) struct ListOrder {
    /// `FROM table alias` (and joins the filter needs).
    pub from: &'static str,
    /// The clause that picks row `:id` (`p.id = :id`).
    pub is_row: &'static str,
    /// The clause "ordered before row `:id`", as a row-value comparison in the list's order
    /// (`(p.name_sort, p.id) < (SELECT name_sort, id FROM persons WHERE id = :id)`).
    pub before_row: &'static str,
}

impl Database {
    /// The position of row `id` in the list `order` filtered by `filter` (a fresh copy of the
    /// filter's query each call), or `None` when the filter hides it.
    pub(crate) fn list_position(
        &self,
        order: &ListOrder,
        filter: impl Fn() -> Query,
        id: i64,
    ) -> Result<Option<usize>, StorageError> {
        let mut member = filter();
        member.clause(order.is_row);
        let sql = format!(
            "SELECT EXISTS (SELECT 1 {}{})",
            order.from,
            member.where_sql()
        );
        let found: bool = self
            .conn
            .prepare_cached(&sql)?
            .query_row(member.params(&[(":id", &id)]).as_slice(), |r| r.get(0))?;
        if !found {
            return Ok(None);
        }
        let mut before = filter();
        before.clause(order.before_row);
        let sql = format!("SELECT count(*) {}{}", order.from, before.where_sql());
        let n: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(before.params(&[(":id", &id)]).as_slice(), |r| r.get(0))?;
        Ok(Some(usize::try_from(n).unwrap_or(0)))
    }
}
