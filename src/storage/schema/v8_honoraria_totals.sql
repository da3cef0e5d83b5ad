-- Migration 8 (budget): the honoraria's sums and counts per month, status and event kind,
-- kept by triggers. The year's figures need the awaiting, approved and paid money of the year, the
-- Budget screen the paid money per month and the committed money per event kind; summed from
-- the honoraria that is a range scan of about 13,000 index entries per status of a busy year at
-- scale 100 (1.4 ms each) and, by kind, a lookup of booking and event per honorarium (35 ms;
-- see the closing note of issue 5); the Honorarer screen counts and sums a whole status list.
-- From this table it is at most 180 rows a year. Derived data:
-- nothing writes it but these triggers, and `korps check` compares it with the honoraria.
--
-- An honorarium's event kind is its booking's event's; a correction's is the corrected
-- honorarium's. '' where neither leads to an event (which the schema does not allow).
CREATE TABLE honoraria_month_totals (
    month      TEXT    NOT NULL,  -- 'YYYY-MM' of earned_on
    status     TEXT    NOT NULL,
    event_kind TEXT    NOT NULL,
    amount_ore INTEGER NOT NULL,
    entries    INTEGER NOT NULL,  -- how many honoraria
    PRIMARY KEY (month, status, event_kind)
) WITHOUT ROWID;
INSERT INTO honoraria_month_totals (month, status, event_kind, amount_ore, entries)
    SELECT substr(h.earned_on, 1, 7), h.status, coalesce(e.kind, ''), sum(h.amount_ore), count(*)
    FROM honoraria h
    LEFT JOIN honoraria o ON o.id = h.corrects_honorarium_id
    LEFT JOIN assignments a ON a.id = coalesce(h.assignment_id, o.assignment_id)
    LEFT JOIN events e ON e.id = a.event_id
    GROUP BY 1, 2, 3;
CREATE TRIGGER honoraria_totals_add AFTER INSERT ON honoraria
BEGIN
    INSERT INTO honoraria_month_totals (month, status, event_kind, amount_ore, entries)
        VALUES (substr(NEW.earned_on, 1, 7), NEW.status,
                coalesce((SELECT e.kind FROM assignments a JOIN events e ON e.id = a.event_id
                          WHERE a.id = coalesce(NEW.assignment_id,
                              (SELECT assignment_id FROM honoraria
                               WHERE id = NEW.corrects_honorarium_id))), ''),
                NEW.amount_ore, 1)
        ON CONFLICT (month, status, event_kind)
        DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore,
                      entries = entries + 1;
END;
CREATE TRIGGER honoraria_totals_remove AFTER DELETE ON honoraria
BEGIN
    UPDATE honoraria_month_totals SET amount_ore = amount_ore - OLD.amount_ore,
                                      entries = entries - 1
        WHERE month = substr(OLD.earned_on, 1, 7) AND status = OLD.status
          AND event_kind = coalesce((SELECT e.kind FROM assignments a
                                     JOIN events e ON e.id = a.event_id
                                     WHERE a.id = coalesce(OLD.assignment_id,
                                         (SELECT assignment_id FROM honoraria
                                          WHERE id = OLD.corrects_honorarium_id))), '');
END;
CREATE TRIGGER honoraria_totals_move AFTER UPDATE OF amount_ore, earned_on, status ON honoraria
WHEN NEW.amount_ore IS NOT OLD.amount_ore OR NEW.earned_on IS NOT OLD.earned_on
     OR NEW.status IS NOT OLD.status
BEGIN
    UPDATE honoraria_month_totals SET amount_ore = amount_ore - OLD.amount_ore,
                                      entries = entries - 1
        WHERE month = substr(OLD.earned_on, 1, 7) AND status = OLD.status
          AND event_kind = coalesce((SELECT e.kind FROM assignments a
                                     JOIN events e ON e.id = a.event_id
                                     WHERE a.id = coalesce(OLD.assignment_id,
                                         (SELECT assignment_id FROM honoraria
                                          WHERE id = OLD.corrects_honorarium_id))), '');
    INSERT INTO honoraria_month_totals (month, status, event_kind, amount_ore, entries)
        VALUES (substr(NEW.earned_on, 1, 7), NEW.status,
                coalesce((SELECT e.kind FROM assignments a JOIN events e ON e.id = a.event_id
                          WHERE a.id = coalesce(NEW.assignment_id,
                              (SELECT assignment_id FROM honoraria
                               WHERE id = NEW.corrects_honorarium_id))), ''),
                NEW.amount_ore, 1)
        ON CONFLICT (month, status, event_kind)
        DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore,
                      entries = entries + 1;
END;
-- A held event given another kind takes its honoraria (and their corrections) along.
CREATE TRIGGER honoraria_totals_follow_event_kind AFTER UPDATE OF kind ON events
WHEN NEW.kind IS NOT OLD.kind
BEGIN
    INSERT INTO honoraria_month_totals (month, status, event_kind, amount_ore, entries)
        SELECT substr(h.earned_on, 1, 7), h.status, k.kind, sum(k.sign * h.amount_ore),
               sum(k.sign)
        FROM (SELECT OLD.kind AS kind, -1 AS sign UNION ALL SELECT NEW.kind, 1) k
        CROSS JOIN assignments a INDEXED BY assignments_by_event
        JOIN honoraria o ON o.assignment_id = a.id AND o.corrects_honorarium_id IS NULL
        JOIN honoraria h ON h.id = o.id OR h.corrects_honorarium_id = o.id
        WHERE a.event_id = NEW.id
        GROUP BY 1, 2, 3
        ON CONFLICT (month, status, event_kind)
        DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore,
                      entries = entries + excluded.entries;
END;
