-- Migration 9 (budget): each budget year's sums kept in the file, valid by construction.
-- The status bar of every screen shows the year's figures; read from the data they price every
-- pending booking and open need of the year (at scale 100 about 1,400 open events, 8 ms of a
-- fresh process's first frame). Here they are one row, served only while `money_stamp.n` is
-- the value they were read under. Every table's inserts, updates and deletes bump `n` in the
-- same statement (the triggers below; a test fails for a table without them), so any change,
-- by korps or by another program, makes every kept row stale at once; a rolled-back change
-- rolls back its bump and any row kept inside it. `korps check` compares the kept rows with the
-- data. Derived data: nothing writes it but `storage::kept_sums`.
CREATE TABLE money_stamp (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO money_stamp (id, n) VALUES (1, 0);
CREATE TABLE kept_year_sums (
    year  INTEGER PRIMARY KEY,
    stamp INTEGER NOT NULL,  -- money_stamp.n the sums were read under
    sums  TEXT    NOT NULL   -- storage::kept_sums's JSON, with the program version that wrote it
);
CREATE TRIGGER institutions_bump_money_stamp_insert AFTER INSERT ON institutions
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER institutions_bump_money_stamp_update AFTER UPDATE ON institutions
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER institutions_bump_money_stamp_delete AFTER DELETE ON institutions
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER persons_bump_money_stamp_insert AFTER INSERT ON persons
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER persons_bump_money_stamp_update AFTER UPDATE ON persons
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER persons_bump_money_stamp_delete AFTER DELETE ON persons
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER recruitment_history_bump_money_stamp_insert AFTER INSERT ON recruitment_history
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER recruitment_history_bump_money_stamp_update AFTER UPDATE ON recruitment_history
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER recruitment_history_bump_money_stamp_delete AFTER DELETE ON recruitment_history
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER audit_log_bump_money_stamp_insert AFTER INSERT ON audit_log
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER audit_log_bump_money_stamp_update AFTER UPDATE ON audit_log
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER audit_log_bump_money_stamp_delete AFTER DELETE ON audit_log
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER appointments_bump_money_stamp_insert AFTER INSERT ON appointments
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER appointments_bump_money_stamp_update AFTER UPDATE ON appointments
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER appointments_bump_money_stamp_delete AFTER DELETE ON appointments
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER unavailability_bump_money_stamp_insert AFTER INSERT ON unavailability
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER unavailability_bump_money_stamp_update AFTER UPDATE ON unavailability
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER unavailability_bump_money_stamp_delete AFTER DELETE ON unavailability
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER events_bump_money_stamp_insert AFTER INSERT ON events
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER events_bump_money_stamp_update AFTER UPDATE ON events
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER events_bump_money_stamp_delete AFTER DELETE ON events
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER assignments_bump_money_stamp_insert AFTER INSERT ON assignments
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER assignments_bump_money_stamp_update AFTER UPDATE ON assignments
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER assignments_bump_money_stamp_delete AFTER DELETE ON assignments
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER honorarium_rates_bump_money_stamp_insert AFTER INSERT ON honorarium_rates
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER honorarium_rates_bump_money_stamp_update AFTER UPDATE ON honorarium_rates
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER honorarium_rates_bump_money_stamp_delete AFTER DELETE ON honorarium_rates
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER payout_batches_bump_money_stamp_insert AFTER INSERT ON payout_batches
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER payout_batches_bump_money_stamp_update AFTER UPDATE ON payout_batches
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER payout_batches_bump_money_stamp_delete AFTER DELETE ON payout_batches
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER honoraria_bump_money_stamp_insert AFTER INSERT ON honoraria
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER honoraria_bump_money_stamp_update AFTER UPDATE ON honoraria
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER honoraria_bump_money_stamp_delete AFTER DELETE ON honoraria
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER expenses_bump_money_stamp_insert AFTER INSERT ON expenses
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER expenses_bump_money_stamp_update AFTER UPDATE ON expenses
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER expenses_bump_money_stamp_delete AFTER DELETE ON expenses
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER budgets_bump_money_stamp_insert AFTER INSERT ON budgets
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER budgets_bump_money_stamp_update AFTER UPDATE ON budgets
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER budgets_bump_money_stamp_delete AFTER DELETE ON budgets
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER project_period_bump_money_stamp_insert AFTER INSERT ON project_period
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER project_period_bump_money_stamp_update AFTER UPDATE ON project_period
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER project_period_bump_money_stamp_delete AFTER DELETE ON project_period
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER school_holidays_bump_money_stamp_insert AFTER INSERT ON school_holidays
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER school_holidays_bump_money_stamp_update AFTER UPDATE ON school_holidays
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER school_holidays_bump_money_stamp_delete AFTER DELETE ON school_holidays
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER honoraria_month_totals_bump_money_stamp_insert AFTER INSERT ON honoraria_month_totals
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER honoraria_month_totals_bump_money_stamp_update AFTER UPDATE ON honoraria_month_totals
BEGIN UPDATE money_stamp SET n = n + 1; END;
CREATE TRIGGER honoraria_month_totals_bump_money_stamp_delete AFTER DELETE ON honoraria_month_totals
BEGIN UPDATE money_stamp SET n = n + 1; END;
