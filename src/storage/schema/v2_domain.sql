-- Migration 2: the rest of the domain (DESIGN §3) — appointments, unavailability, events and
-- their assignments, honorarium rates, honoraria and payout batches, expenses, budgets, the
-- project period and school holidays. Money is integer øre; times are 'HH:MM' text.

-- An appointment (udpegning): a term of (by default) one year. Ending early needs a date and a
-- reason; the row is kept as history.
CREATE TABLE appointments (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES persons (id),
    term_start TEXT    NOT NULL CHECK (date(term_start, '+0 days') IS term_start),
    term_end   TEXT    NOT NULL CHECK (date(term_end, '+0 days') IS term_end),
    status     TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended_early')),
    ended_on   TEXT    CHECK (date(ended_on, '+0 days') IS ended_on),
    end_reason TEXT    NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    CHECK (term_end >= term_start),
    CHECK ((status = 'active' AND ended_on IS NULL)
        OR (status = 'ended_early' AND ended_on IS NOT NULL AND ended_on <= term_end
            AND length(trim(end_reason)) > 0))
);
CREATE INDEX appointments_by_person ON appointments (person_id, term_start);
-- A season's list: appointments overlapping [season start, season end].
CREATE INDEX appointments_by_term ON appointments (term_start, term_end);

-- A person's periods of absence (exams, holidays).
CREATE TABLE unavailability (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    from_date TEXT    NOT NULL CHECK (date(from_date, '+0 days') IS from_date),
    to_date   TEXT    NOT NULL CHECK (date(to_date, '+0 days') IS to_date),
    reason    TEXT    NOT NULL DEFAULT '',
    version   INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    CHECK (to_date >= from_date)
);
CREATE INDEX unavailability_by_person ON unavailability (person_id, from_date);

-- An event (arrangement). Times are local wall-clock 'HH:MM' or NULL (an event without times
-- takes the whole day). `sequence` is the iCalendar SEQUENCE, bumped on every change that an
-- exported calendar must see; `ics_uid` is the stable iCalendar UID.
CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    kind              TEXT    NOT NULL CHECK (kind IN
                          ('school_visit', 'job_centre', 'youth_guidance', 'festival_stand', 'other')),
    institution_id    INTEGER REFERENCES institutions (id),
    date              TEXT    NOT NULL CHECK (date(date, '+0 days') IS date),
    start_time        TEXT    CHECK (start_time IS NULL OR (start_time GLOB '[0-2][0-9]:[0-5][0-9]'
                          AND start_time < '24:00')),
    end_time          TEXT    CHECK (end_time IS NULL OR (end_time GLOB '[0-2][0-9]:[0-5][0-9]'
                          AND end_time < '24:00')),
    place             TEXT    NOT NULL DEFAULT '',
    grades            TEXT    NOT NULL DEFAULT '',
    -- NULL: not known.
    expected_pupils   INTEGER CHECK (expected_pupils IS NULL OR expected_pupils >= 0),
    contact           TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL DEFAULT 'requested' CHECK (status IN
                          ('requested', 'planned', 'confirmed', 'held', 'cancelled')),
    cancel_reason     TEXT    NOT NULL DEFAULT '',
    needs_role_models INTEGER NOT NULL DEFAULT 0 CHECK (needs_role_models >= 0),
    needs_ambassadors INTEGER NOT NULL DEFAULT 0 CHECK (needs_ambassadors >= 0),
    notes             TEXT    NOT NULL DEFAULT '',
    sequence          INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    ics_uid           TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    CHECK (start_time IS NULL OR end_time IS NULL OR end_time > start_time),
    CHECK (status <> 'cancelled' OR length(trim(cancel_reason)) > 0)
);
CREATE INDEX events_by_date ON events (date, start_time, id);
CREATE INDEX events_by_institution ON events (institution_id, date);
CREATE INDEX events_by_status ON events (status, date);
CREATE INDEX events_by_kind ON events (kind, date);

-- A booking of a person on an event. `minutes` is the time logged at attendance (the "hours"),
-- `honorarium_ore` the amount frozen when attendance is logged, `forced_reason` why a blocked
-- booking was made anyway ('' when it was not forced).
CREATE TABLE assignments (
    id             INTEGER PRIMARY KEY,
    event_id       INTEGER NOT NULL REFERENCES events (id),
    person_id      INTEGER NOT NULL REFERENCES persons (id),
    status         TEXT    NOT NULL DEFAULT 'booked' CHECK (status IN
                       ('booked', 'confirmed', 'attended', 'no_show', 'cancelled')),
    minutes        INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 1440),
    honorarium_ore INTEGER CHECK (honorarium_ore IS NULL OR honorarium_ore >= 0),
    forced_reason  TEXT    NOT NULL DEFAULT '',
    walk_in        INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
    version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    UNIQUE (event_id, person_id)
);
CREATE INDEX assignments_by_person ON assignments (person_id, event_id);
CREATE INDEX assignments_by_status ON assignments (status, event_id);

-- Honorarium per participation (and optionally per hour) by event kind and person kind, in force
-- from `effective_from` until the next rate of the same pair.
CREATE TABLE honorarium_rates (
    id             INTEGER PRIMARY KEY,
    event_kind     TEXT    NOT NULL CHECK (event_kind IN
                       ('school_visit', 'job_centre', 'youth_guidance', 'festival_stand', 'other')),
    person_kind    TEXT    NOT NULL CHECK (person_kind IN ('ambassador', 'role_model')),
    amount_ore     INTEGER NOT NULL CHECK (amount_ore >= 0),
    per_hour_ore   INTEGER CHECK (per_hour_ore IS NULL OR per_hour_ore >= 0),
    effective_from TEXT    NOT NULL CHECK (date(effective_from, '+0 days') IS effective_from),
    version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    UNIQUE (event_kind, person_kind, effective_from)
);

-- A payout batch: honoraria paid together, exported for payroll.
CREATE TABLE payout_batches (
    id        INTEGER PRIMARY KEY,
    paid_on   TEXT    NOT NULL CHECK (date(paid_on, '+0 days') IS paid_on),
    reference TEXT    NOT NULL CHECK (length(trim(reference)) > 0),
    version   INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX payout_batches_by_date ON payout_batches (paid_on);

-- An honorarium: created when an assignment is logged attended; a correction is a new positive or
-- negative row that references the corrected one and says why. `earned_on` is the date it counts
-- on in the budget (the event date, or the correction's date). A paid row is immutable (triggers).
CREATE TABLE honoraria (
    id                     INTEGER PRIMARY KEY,
    assignment_id          INTEGER REFERENCES assignments (id),
    person_id              INTEGER NOT NULL REFERENCES persons (id),
    amount_ore             INTEGER NOT NULL,
    earned_on              TEXT    NOT NULL CHECK (date(earned_on, '+0 days') IS earned_on),
    status                 TEXT    NOT NULL DEFAULT 'awaiting' CHECK (status IN
                               ('awaiting', 'approved', 'paid')),
    approved_on            TEXT    CHECK (date(approved_on, '+0 days') IS approved_on),
    batch_id               INTEGER REFERENCES payout_batches (id),
    -- Why the amount differs from the rate ('' when it does not).
    amount_reason          TEXT    NOT NULL DEFAULT '',
    corrects_honorarium_id INTEGER REFERENCES honoraria (id),
    correction_reason      TEXT    NOT NULL DEFAULT '',
    version                INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    CHECK (assignment_id IS NOT NULL OR corrects_honorarium_id IS NOT NULL),
    CHECK (amount_ore >= 0 OR corrects_honorarium_id IS NOT NULL),
    CHECK (corrects_honorarium_id IS NULL OR length(trim(correction_reason)) > 0),
    CHECK (status <> 'paid' OR batch_id IS NOT NULL)
);
-- One original honorarium per assignment (corrections come on top).
CREATE UNIQUE INDEX honoraria_one_per_assignment ON honoraria (assignment_id)
    WHERE corrects_honorarium_id IS NULL;
CREATE INDEX honoraria_by_status ON honoraria (status, earned_on);
CREATE INDEX honoraria_by_person ON honoraria (person_id, earned_on);
CREATE INDEX honoraria_by_batch ON honoraria (batch_id);
CREATE INDEX honoraria_by_corrected ON honoraria (corrects_honorarium_id);

CREATE TRIGGER honoraria_paid_is_immutable_update BEFORE UPDATE ON honoraria
    WHEN OLD.status = 'paid'
BEGIN
    SELECT RAISE(ABORT, 'korps: a paid honorarium cannot be changed');
END;
CREATE TRIGGER honoraria_paid_is_immutable_delete BEFORE DELETE ON honoraria
    WHEN OLD.status = 'paid'
BEGIN
    SELECT RAISE(ABORT, 'korps: a paid honorarium cannot be changed');
END;

-- Other costs charged to the budget.
CREATE TABLE expenses (
    id         INTEGER PRIMARY KEY,
    spent_on   TEXT    NOT NULL CHECK (date(spent_on, '+0 days') IS spent_on),
    amount_ore INTEGER NOT NULL CHECK (amount_ore > 0),
    category   TEXT    NOT NULL DEFAULT '',
    text       TEXT    NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX expenses_by_date ON expenses (spent_on);

-- The budget of a calendar year (default 50,000 DKK, warning at 80 %).
CREATE TABLE budgets (
    year              INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
    amount_ore        INTEGER NOT NULL DEFAULT 5000000 CHECK (amount_ore >= 0),
    threshold_percent INTEGER NOT NULL DEFAULT 80 CHECK (threshold_percent BETWEEN 1 AND 100),
    version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);

-- The project period: a single row (id 1), absent until set (the budget code then uses its
-- default of three years from the current year, which it knows and the schema does not).
CREATE TABLE project_period (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    start_year INTEGER NOT NULL CHECK (start_year BETWEEN 1900 AND 2200),
    end_year   INTEGER NOT NULL CHECK (end_year BETWEEN start_year AND 2200),
    version    INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);

-- School holiday periods; `school_year` is the year the school year starts (2026 = 2026/27).
CREATE TABLE school_holidays (
    id          INTEGER PRIMARY KEY,
    school_year INTEGER NOT NULL CHECK (school_year BETWEEN 1900 AND 2200),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    from_date   TEXT    NOT NULL CHECK (date(from_date, '+0 days') IS from_date),
    to_date     TEXT    NOT NULL CHECK (date(to_date, '+0 days') IS to_date),
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    CHECK (to_date >= from_date)
);
CREATE INDEX school_holidays_by_year ON school_holidays (school_year, from_date);
CREATE INDEX school_holidays_by_dates ON school_holidays (from_date, to_date);
