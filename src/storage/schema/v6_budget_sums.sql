-- Migration 6 (budget): the year's figures from indexes alone. Same names, more columns, so
-- every query that names an index keeps working:
-- - the sums of honoraria per status and year (paid, approved, awaiting) read the amount from
--   the index instead of a table lookup per honorarium;
-- - the planned money reads the open events' kind, date and times from the index instead of
--   a table lookup per event.
DROP INDEX honoraria_by_status;
CREATE INDEX honoraria_by_status ON honoraria (status, earned_on, amount_ore);
DROP INDEX events_by_status;
CREATE INDEX events_by_status ON events (status, date, kind, start_time, end_time);
-- A booked person's kind (role model or ambassador: what prices a booking and what staffing
-- counts) read from a small index instead of the wide persons row.
CREATE INDEX persons_kind ON persons (id, kind);
-- A payout batch's count and total (the Honorarer screen shows the newest batch) read from the
-- index instead of a table lookup per honorarium.
DROP INDEX honoraria_by_batch;
CREATE INDEX honoraria_by_batch ON honoraria (batch_id, amount_ore);
