-- Migration 10 (dashboard): two indexes for Oversigt's alerts at scale 100.
-- - Appointments ending soon: from the active appointments by end date (a range), not from
--   every current person (6,000 at scale 100, 14 ms of a fresh process's first frame).
-- - Schools without a visit: an event's status is in its institution index, so "no event other
--   than cancelled in the season" is answered from the index alone, one probe per school.
CREATE INDEX appointments_by_status_end ON appointments (status, term_end, person_id);
DROP INDEX events_by_institution;
CREATE INDEX events_by_institution ON events (institution_id, date, status);
