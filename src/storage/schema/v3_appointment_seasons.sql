-- Migration 3: a season's appointments counted from an index. The Udpegninger list and the
-- yearly list select terms whose effective end (the early end date, else the appointed end)
-- reaches into the season and whose start lies before its end; this index holds exactly those
-- columns (the expression must match the queries' `COALESCE(ended_on, term_end)` verbatim),
-- so counting a season reads the index alone instead of every term's row.
CREATE INDEX appointments_by_effective_term
    ON appointments (COALESCE(ended_on, term_end), term_start, person_id);
-- Each person's sort key beside its id, so a sparse season's terms are sorted by name from
-- two indexes without reading the (wide) person rows.
CREATE INDEX persons_sort_by_id ON persons (id, name_sort);
