-- Migration 3: the default honorarium rates (`domain::rates::default_rates`), in force from
-- 2020-01-01, so every database can price attendance from the start. 500 kr. per participation
-- for school visits, job-centre activations and youth-guidance events; 300 kr. plus 100 kr. per
-- hour for a festival stand; 300 kr. for other events; the same for both person kinds.
-- A database that already has rates (edited by hand) keeps them: OR IGNORE on the unique key.
INSERT OR IGNORE INTO honorarium_rates (event_kind, person_kind, amount_ore, per_hour_ore, effective_from) VALUES
    ('school_visit', 'ambassador', 50000, NULL, '2020-01-01'),
    ('school_visit', 'role_model', 50000, NULL, '2020-01-01'),
    ('job_centre', 'ambassador', 50000, NULL, '2020-01-01'),
    ('job_centre', 'role_model', 50000, NULL, '2020-01-01'),
    ('youth_guidance', 'ambassador', 50000, NULL, '2020-01-01'),
    ('youth_guidance', 'role_model', 50000, NULL, '2020-01-01'),
    ('festival_stand', 'ambassador', 30000, 10000, '2020-01-01'),
    ('festival_stand', 'role_model', 30000, 10000, '2020-01-01'),
    ('other', 'ambassador', 30000, NULL, '2020-01-01'),
    ('other', 'role_model', 30000, NULL, '2020-01-01');
