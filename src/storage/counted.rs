//! A count and the first rows of one filter: the shape of every dashboard list that shows its
//! first rows and says how many more there are (Oversigt's weeks, events short of people,
//! appointments ending, schools without a visit). Both reads are bounded by their indexes: the
//! count reads the filter's index range, the rows stop at the limit.

use rusqlite::{Row, ToSql};

use super::{Database, StorageError};

impl Database {
    /// How many rows `count_sql` counts, and the rows of `rows_sql` (which binds `:limit`) up to
    /// `limit`, both with `params`.
    pub(crate) fn count_and_first<T>(
        &self,
        count_sql: &str,
        rows_sql: &str,
        params: &[(&str, &dyn ToSql)],
        limit: usize,
        row: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<(usize, Vec<T>), StorageError> {
        let total: i64 = self
            .conn
            .prepare_cached(count_sql)?
            .query_row(params, |r| r.get(0))?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut with_limit = params.to_vec();
        with_limit.push((":limit", &limit));
        let mut stmt = self.conn.prepare_cached(rows_sql)?;
        let rows = stmt.query_map(with_limit.as_slice(), row)?;
        Ok((
            usize::try_from(total).unwrap_or(0),
            rows.collect::<Result<_, _>>()?,
        ))
    }
}
