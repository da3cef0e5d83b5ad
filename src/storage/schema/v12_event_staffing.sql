-- Migration 12 (scheduling): each event carries its staffing, kept by triggers, with an index of
-- the open events that are short of people; and the persons' kind index also holds whether a
-- person is archived.
-- Oversigt alerts on the open events of the next 14 days that lack people; counted from the
-- bookings that is one subquery per event (about 430 events at scale 100, 2 ms of a fresh
-- process's first frame, and every week view and list paid it per row). Here the counts are two
-- columns, and "short of people" is a partial index by date, so the alert list and its count read
-- only the events they show. The columns are derived data: nothing writes them but these
-- triggers, and `korps check` compares them with the bookings.
--
-- Staffing counts the bookings that hold a place: booked, confirmed or attended (not no-show or
-- cancelled), role models and ambassadors apart by the person's kind.
ALTER TABLE events ADD COLUMN staffed_role_models INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN staffed_ambassadors INTEGER NOT NULL DEFAULT 0;

-- Every trigger below recounts whole events with this one statement (only its last WHERE
-- differs), so an increment can never drift from the count.
UPDATE events SET (staffed_role_models, staffed_ambassadors) = (
    SELECT count(*) FILTER (WHERE p.kind = 'role_model'),
           count(*) FILTER (WHERE p.kind <> 'role_model')
    FROM assignments a CROSS JOIN persons p ON p.id = a.person_id
    WHERE a.event_id = events.id AND a.status IN ('booked', 'confirmed', 'attended'));

CREATE TRIGGER events_staffing_after_booking_insert AFTER INSERT ON assignments
WHEN NEW.status IN ('booked', 'confirmed', 'attended')
BEGIN
    UPDATE events SET (staffed_role_models, staffed_ambassadors) = (
        SELECT count(*) FILTER (WHERE p.kind = 'role_model'),
               count(*) FILTER (WHERE p.kind <> 'role_model')
        FROM assignments a CROSS JOIN persons p ON p.id = a.person_id
        WHERE a.event_id = events.id AND a.status IN ('booked', 'confirmed', 'attended'))
    WHERE id = NEW.event_id;
END;

CREATE TRIGGER events_staffing_after_booking_delete AFTER DELETE ON assignments
WHEN OLD.status IN ('booked', 'confirmed', 'attended')
BEGIN
    UPDATE events SET (staffed_role_models, staffed_ambassadors) = (
        SELECT count(*) FILTER (WHERE p.kind = 'role_model'),
               count(*) FILTER (WHERE p.kind <> 'role_model')
        FROM assignments a CROSS JOIN persons p ON p.id = a.person_id
        WHERE a.event_id = events.id AND a.status IN ('booked', 'confirmed', 'attended'))
    WHERE id = OLD.event_id;
END;

CREATE TRIGGER events_staffing_after_booking_update
AFTER UPDATE OF status, event_id, person_id ON assignments
WHEN (OLD.status IN ('booked', 'confirmed', 'attended'))
        IS NOT (NEW.status IN ('booked', 'confirmed', 'attended'))
    OR OLD.event_id IS NOT NEW.event_id OR OLD.person_id IS NOT NEW.person_id
BEGIN
    UPDATE events SET (staffed_role_models, staffed_ambassadors) = (
        SELECT count(*) FILTER (WHERE p.kind = 'role_model'),
               count(*) FILTER (WHERE p.kind <> 'role_model')
        FROM assignments a CROSS JOIN persons p ON p.id = a.person_id
        WHERE a.event_id = events.id AND a.status IN ('booked', 'confirmed', 'attended'))
    WHERE id IN (OLD.event_id, NEW.event_id);
END;

CREATE TRIGGER events_staffing_after_person_kind AFTER UPDATE OF kind ON persons
WHEN OLD.kind IS NOT NEW.kind
BEGIN
    UPDATE events SET (staffed_role_models, staffed_ambassadors) = (
        SELECT count(*) FILTER (WHERE p.kind = 'role_model'),
               count(*) FILTER (WHERE p.kind <> 'role_model')
        FROM assignments a CROSS JOIN persons p ON p.id = a.person_id
        WHERE a.event_id = events.id AND a.status IN ('booked', 'confirmed', 'attended'))
    WHERE id IN (SELECT event_id FROM assignments WHERE person_id = NEW.id);
END;

-- The open events (requested, planned, confirmed) short of role models or ambassadors, by date.
-- `storage::events::SHORT_OF_PEOPLE` is this WHERE, word for word, so SQLite uses the index.
CREATE INDEX events_short_of_people ON events (date, start_time, id)
WHERE status IN ('requested', 'planned', 'confirmed')
  AND (staffed_role_models < needs_role_models OR staffed_ambassadors < needs_ambassadors);

-- Oversigt counts the appointments ending soon of persons not archived: with `archived` in this
-- small index that is one probe of it per appointment instead of a read of each person's row
-- (about 280 at scale 100, 0.8 ms). Its other readers (the year's figures, `budget.rs`) want
-- `(id, kind)`, still its front.
DROP INDEX persons_kind;
CREATE INDEX persons_kind ON persons (id, kind, archived);
