-- Migration 8 (budget): the honoraria's sums and counts per month, status and event kind,
-- kept by triggers. The year's figures need the awaiting, approved and paid money of the year,
-- the Budget screen the paid money per month and the committed money per event kind, the
-- Honorarer screen the count and sum of a whole status list. Summed from the honoraria that is
-- a range scan of about 13,000 index entries per status of a busy year at scale 100 (1.4 ms
-- each) and, by kind, a lookup of booking and event per honorarium (35 ms; see the closing note
-- of issue 5); from this table it is at most 180 rows a year. Derived data: nothing writes it
-- but these triggers, and `korps check` compares it with the honoraria.
--
-- An honorarium's event kind is its booking's event's; a correction's is the corrected
-- honorarium's; '' where neither leads to an event (which the app does not create). The view
-- says it once for the triggers, the backfill and the check.
CREATE VIEW honoraria_event_kind AS
    SELECT h.id AS honorarium_id, coalesce(e.kind, '') AS event_kind
    FROM honoraria h
    LEFT JOIN honoraria o ON o.id = h.corrects_honorarium_id
    LEFT JOIN assignments a ON a.id = coalesce(h.assignment_id, o.assignment_id)
    LEFT JOIN events e ON e.id = a.event_id;
CREATE TABLE honoraria_month_totals (
    month      TEXT    NOT NULL,  -- 'YYYY-MM' of earned_on
    status     TEXT    NOT NULL,
    event_kind TEXT    NOT NULL,
    amount_ore INTEGER NOT NULL,
    entries    INTEGER NOT NULL,  -- how many honoraria
    PRIMARY KEY (month, status, event_kind)
) WITHOUT ROWID;
INSERT INTO honoraria_month_totals (month, status, event_kind, amount_ore, entries)
    SELECT substr(h.earned_on, 1, 7), h.status, k.event_kind, sum(h.amount_ore), count(*)
    FROM honoraria h JOIN honoraria_event_kind k ON k.honorarium_id = h.id
    GROUP BY 1, 2, 3;
CREATE TRIGGER honoraria_totals_add AFTER INSERT ON honoraria
BEGIN
    INSERT INTO honoraria_month_totals (month, status, event_kind, amount_ore, entries)
        SELECT substr(NEW.earned_on, 1, 7), NEW.status, event_kind, NEW.amount_ore, 1
        FROM honoraria_event_kind WHERE honorarium_id = NEW.id
        ON CONFLICT (month, status, event_kind)
        DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore, entries = entries + 1;
END;
-- Before the row goes, while its kind can still be found; a refused delete (a paid row, a
-- corrected one) undoes the whole statement, this too.
CREATE TRIGGER honoraria_totals_remove BEFORE DELETE ON honoraria
BEGIN
    UPDATE honoraria_month_totals
        SET amount_ore = amount_ore - OLD.amount_ore, entries = entries - 1
        WHERE month = substr(OLD.earned_on, 1, 7) AND status = OLD.status
          AND event_kind = (SELECT event_kind FROM honoraria_event_kind
                            WHERE honorarium_id = OLD.id);
END;
-- The kind cannot change here (booking and corrected honorarium are fixed), only the month,
-- the status and the amount.
CREATE TRIGGER honoraria_totals_move AFTER UPDATE OF amount_ore, earned_on, status ON honoraria
WHEN NEW.amount_ore IS NOT OLD.amount_ore OR NEW.earned_on IS NOT OLD.earned_on
     OR NEW.status IS NOT OLD.status
BEGIN
    UPDATE honoraria_month_totals
        SET amount_ore = amount_ore - OLD.amount_ore, entries = entries - 1
        WHERE month = substr(OLD.earned_on, 1, 7) AND status = OLD.status
          AND event_kind = (SELECT event_kind FROM honoraria_event_kind
                            WHERE honorarium_id = NEW.id);
    INSERT INTO honoraria_month_totals (month, status, event_kind, amount_ore, entries)
        SELECT substr(NEW.earned_on, 1, 7), NEW.status, event_kind, NEW.amount_ore, 1
        FROM honoraria_event_kind WHERE honorarium_id = NEW.id
        ON CONFLICT (month, status, event_kind)
        DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore, entries = entries + 1;
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
