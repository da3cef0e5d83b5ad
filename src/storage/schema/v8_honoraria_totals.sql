-- Migration 8 (budget): the honoraria's sums per month and status, kept by triggers. The
-- year's figures need the awaiting, approved and paid money of the year, the Budget screen the
-- paid money per month; summed from the honoraria that is a range scan of about 13,000 index
-- entries per status of a busy year at scale 100 (1.4 ms each, see the closing note of issue 5),
-- from this table it is at most 36 rows. Derived data: nothing writes it but these triggers,
-- and `korps check` compares it with the honoraria.
CREATE TABLE honoraria_month_totals (
    month      TEXT    NOT NULL,  -- 'YYYY-MM' of earned_on
    status     TEXT    NOT NULL,
    amount_ore INTEGER NOT NULL,
    PRIMARY KEY (month, status)
) WITHOUT ROWID;
INSERT INTO honoraria_month_totals (month, status, amount_ore)
    SELECT substr(earned_on, 1, 7), status, sum(amount_ore) FROM honoraria
    GROUP BY substr(earned_on, 1, 7), status;
CREATE TRIGGER honoraria_totals_add AFTER INSERT ON honoraria
BEGIN
    INSERT INTO honoraria_month_totals (month, status, amount_ore)
        VALUES (substr(NEW.earned_on, 1, 7), NEW.status, NEW.amount_ore)
        ON CONFLICT (month, status) DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore;
END;
CREATE TRIGGER honoraria_totals_remove AFTER DELETE ON honoraria
BEGIN
    UPDATE honoraria_month_totals SET amount_ore = amount_ore - OLD.amount_ore
        WHERE month = substr(OLD.earned_on, 1, 7) AND status = OLD.status;
END;
CREATE TRIGGER honoraria_totals_move AFTER UPDATE OF amount_ore, earned_on, status ON honoraria
WHEN NEW.amount_ore IS NOT OLD.amount_ore OR NEW.earned_on IS NOT OLD.earned_on
     OR NEW.status IS NOT OLD.status
BEGIN
    UPDATE honoraria_month_totals SET amount_ore = amount_ore - OLD.amount_ore
        WHERE month = substr(OLD.earned_on, 1, 7) AND status = OLD.status;
    INSERT INTO honoraria_month_totals (month, status, amount_ore)
        VALUES (substr(NEW.earned_on, 1, 7), NEW.status, NEW.amount_ore)
        ON CONFLICT (month, status) DO UPDATE SET amount_ore = amount_ore + excluded.amount_ore;
END;
