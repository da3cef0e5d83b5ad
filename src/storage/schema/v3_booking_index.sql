-- Migration 3 (scheduling): a covering index from an event to its bookings' persons and
-- statuses. The picker counts every person's bookings in the season (all the season's events →
-- their counting bookings) and the week view counts each event's staffing; with this index both
-- read the index alone, one probe per event, instead of three probes by status and a table
-- lookup per booking (the season count at scale 100: 34 ms → 19 ms in the sqlite3 shell).
CREATE INDEX assignments_by_event ON assignments (event_id, person_id, status);
