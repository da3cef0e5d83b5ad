-- Migration 7 (scheduling): every booking carries its event's date, kept by triggers, and an
-- index by that date. The picker counts every person's bookings in the season; from the events
-- of the season to their bookings that is one index probe per event (26 ms at scale 100), from
-- this index it is one range scan (see the closing note of issue 4). The column is derived
-- data: nothing writes it but these triggers, and `korps check` compares it with the events.
ALTER TABLE assignments ADD COLUMN event_date TEXT;
UPDATE assignments SET event_date = (SELECT date FROM events WHERE events.id = assignments.event_id);
CREATE TRIGGER assignments_take_event_date AFTER INSERT ON assignments
BEGIN
    UPDATE assignments SET event_date = (SELECT date FROM events WHERE id = NEW.event_id)
    WHERE id = NEW.id;
END;
CREATE TRIGGER assignments_follow_event_date AFTER UPDATE OF date ON events
WHEN NEW.date IS NOT OLD.date
BEGIN
    UPDATE assignments SET event_date = NEW.date WHERE event_id = NEW.id;
END;
CREATE INDEX assignments_by_date ON assignments (event_date, status, person_id);
