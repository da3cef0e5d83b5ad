-- Migration 1: the core of korps — institutions, persons, their recruitment history and the
-- audit log. Dates are ISO 'YYYY-MM-DD' text: `date(x, '+0 days') IS x` rejects anything else,
-- impossible days included (plain `date(x)` passes '2026-02-30' through; with a modifier it is
-- normalised to March and no longer equal). Flags are 0/1, and every editable row has a
-- `version` for optimistic concurrency. `name_sort` is `collate::sort_key(name)` (plain byte order
-- is Danish order) and the `*_fold` columns are `collate::fold` of the text, for search.

CREATE TABLE institutions (
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_sort      TEXT    NOT NULL,
    name_fold      TEXT    NOT NULL,
    -- fold(name) + fold(address) + fold(contact_person), one per line: what the list searches.
    search_fold    TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('primary_school', 'tenth_grade', 'gymnasium',
                       'vocational_college', 'business_academy', 'job_centre', 'youth_guidance',
                       'festival', 'other')),
    address        TEXT    NOT NULL DEFAULT '',
    contact_person TEXT    NOT NULL DEFAULT '',
    phone          TEXT    NOT NULL DEFAULT '',
    email          TEXT    NOT NULL DEFAULT '',
    notes          TEXT    NOT NULL DEFAULT '',
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
-- The list: active ones (or all) in Danish order; the kind filter.
CREATE INDEX institutions_by_active_name ON institutions (active, name_sort, id);
CREATE INDEX institutions_by_name ON institutions (name_sort, id);
CREATE INDEX institutions_by_kind ON institutions (kind, active, name_sort, id);

CREATE TABLE persons (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_sort             TEXT    NOT NULL,
    name_fold             TEXT    NOT NULL,
    kind                  TEXT    NOT NULL CHECK (kind IN ('ambassador', 'role_model')),
    birth_date            TEXT    CHECK (date(birth_date, '+0 days') IS birth_date),
    -- What the roster's search looks in, one field a line: fold(name), fold(email), fold(phone),
    -- the phone's digits (so "22 33 44 55" is found by "2233") and fold(home institution's
    -- name). Kept up to date by the code that writes persons and renames institutions; one
    -- column and no join keep a search over thousands of persons within a frame.
    search_fold           TEXT    NOT NULL,
    phone                 TEXT    NOT NULL DEFAULT '',
    email                 TEXT    NOT NULL DEFAULT '',
    home_institution_id   INTEGER REFERENCES institutions (id),
    education             TEXT    NOT NULL DEFAULT '',
    languages             TEXT    NOT NULL DEFAULT '',
    themes                TEXT    NOT NULL DEFAULT '',
    recruitment           TEXT    NOT NULL DEFAULT 'interested' CHECK (recruitment IN
                              ('interested', 'contacted', 'appointed', 'declined', 'stopped')),
    recruitment_changed   TEXT    CHECK (date(recruitment_changed, '+0 days') IS recruitment_changed),
    consent_date          TEXT    CHECK (date(consent_date, '+0 days') IS consent_date),
    guardian_consent_date TEXT    CHECK (date(guardian_consent_date, '+0 days') IS guardian_consent_date),
    -- Never a CPR number (the form refuses one).
    payroll_number        TEXT    NOT NULL DEFAULT '',
    notes                 TEXT    NOT NULL DEFAULT '',
    archived              INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version               INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
-- The roster: current/archived in Danish order, everything in Danish order, and each filter.
-- The first two also cover the search text, so a search scans an index in list order (and the
-- window stops after its rows) instead of reading whole rows.
CREATE INDEX persons_by_archived_name ON persons (archived, name_sort, id, search_fold);
CREATE INDEX persons_by_name ON persons (name_sort, id, search_fold);
CREATE INDEX persons_by_kind ON persons (kind, archived, name_sort, id);
CREATE INDEX persons_by_recruitment ON persons (recruitment, archived, name_sort, id);
-- Also serves the institutions list's count of (non-archived) persons per institution.
CREATE INDEX persons_by_institution ON persons (home_institution_id, archived, name_sort, id);

-- Every change of a person's recruitment status, oldest first (the first row is the status the
-- person was created with). Rows are never edited, so they have no version.
CREATE TABLE recruitment_history (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    status     TEXT    NOT NULL CHECK (status IN
                   ('interested', 'contacted', 'appointed', 'declined', 'stopped')),
    changed_on TEXT    NOT NULL CHECK (date(changed_on, '+0 days') IS changed_on)
);
CREATE INDEX recruitment_history_by_person ON recruitment_history (person_id, id);

-- Who changed what, when, with the row before and after as JSON. Written in the same
-- transaction as the change; never edited (anonymising a person scrubs its JSON copies).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    table_name  TEXT    NOT NULL,
    row_id      INTEGER,
    before_json TEXT    CHECK (before_json IS NULL OR json_valid(before_json)),
    after_json  TEXT    CHECK (after_json IS NULL OR json_valid(after_json))
);
CREATE INDEX audit_log_by_row ON audit_log (table_name, row_id, id);
CREATE INDEX audit_log_by_time ON audit_log (at);
