-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0002: the stakeholder register: institutions, people, their phones and their
-- positions over time, plus the listing and full-text index the register page
-- searches and pages over. Never edit this file once it has landed.
--
-- Mutable rows carry `version`: an update names the version it read and fails
-- with a conflict when another program changed the row in between.
-- Dates are ISO text (YYYY-MM-DD); timestamps are UTC ISO text.
-- `*_key` columns are normalised forms computed by the program (lower case,
-- punctuation folded) for matching and sorting; `search_key` columns hold the
-- words of a name run together ("sungaiselan"), so that search tolerates
-- missing spaces.

CREATE TABLE institution (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    name_key    TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('bawaslu', 'district_office', 'village_office',
                                              'police', 'military', 'organisation', 'media',
                                              'other')),
    region_code TEXT REFERENCES region (code),
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    search_key  TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX institution_by_name ON institution (name_key, region_code);
CREATE INDEX institution_by_region ON institution (region_code, kind);

-- A person's name is kept as titles before, core name and titles after
-- ("Dr. Ir. Hj." / "Siti Aminah" / "M.Si."); full_name is how it prints.
-- region_code: the kelurahan/desa (or kecamatan) the person belongs to, for
-- people without a position there (tokoh masyarakat) and for duplicate checks.
CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
    core_name     TEXT NOT NULL CHECK (trim(core_name) <> ''),
    name_key      TEXT NOT NULL,
    prefix_titles TEXT NOT NULL DEFAULT '',
    suffix_titles TEXT NOT NULL DEFAULT '',
    full_name     TEXT NOT NULL,
    gender        TEXT CHECK (gender IN ('male', 'female')),
    category      TEXT NOT NULL DEFAULT 'other'
                  CHECK (category IN ('government', 'village', 'security', 'bawaslu',
                                      'community_leader', 'religious_leader', 'organisation',
                                      'media', 'other')),
    region_code   TEXT REFERENCES region (code),
    email         TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    search_key    TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX person_by_name_key ON person (name_key, region_code);

-- Phone numbers in international form (+6281234567890); shown as the office
-- writes them (0812-3456-7890) by the program. Owned by the person.
CREATE TABLE person_phone (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    number    TEXT NOT NULL CHECK (number GLOB '+62[1-9]*'),
    ordinal   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (person_id, number)
);
CREATE INDEX person_phone_by_number ON person_phone (number);

-- A jabatan held at an institution from start_date (NULL: not known) until
-- end_date, the last day in office (NULL: current). acting: definitive, or
-- Plt. (pelaksana tugas) / Pj. (penjabat) beside or instead of one.
CREATE TABLE position (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL REFERENCES person (id),
    institution_id INTEGER NOT NULL REFERENCES institution (id),
    title          TEXT NOT NULL CHECK (trim(title) <> ''),
    title_key      TEXT NOT NULL,
    acting         TEXT NOT NULL DEFAULT 'definitive' CHECK (acting IN ('definitive', 'plt', 'pj')),
    start_date     TEXT CHECK (start_date IS NULL OR start_date GLOB
                               '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date       TEXT CHECK (end_date IS NULL OR end_date GLOB
                               '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note           TEXT NOT NULL DEFAULT '',
    search_key     TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX position_by_person ON position (person_id, end_date);
CREATE INDEX position_by_holder ON position (institution_id, title_key, start_date);

-- What a merge of two people removed and moved; kept until the audit log of a
-- later migration takes over. merged_id names a person that no longer exists.
CREATE TABLE person_merge (
    id          INTEGER PRIMARY KEY,
    survivor_id INTEGER NOT NULL REFERENCES person (id),
    merged_id   INTEGER NOT NULL,
    merged_name TEXT NOT NULL,
    details     TEXT NOT NULL,
    merged_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX person_merge_by_survivor ON person_merge (survivor_id);

-- The register as the page lists it: one row per person with the current
-- position shown (definitive before acting, latest first), its institution,
-- the place (kecamatan, kelurahan/desa) and the phones. Derived data: the
-- listing table below holds it, refreshed from this view by triggers.
CREATE VIEW stakeholder_source AS
SELECT p.id AS person_id,
       p.active AS active,
       p.name_key AS name_key,
       p.full_name AS full_name,
       p.category AS category,
       p.gender AS gender,
       p.email AS email,
       pos.id AS position_id,
       pos.start_date AS position_start,
       CASE pos.acting WHEN 'plt' THEN 'Plt. ' WHEN 'pj' THEN 'Pj. ' ELSE '' END
           || coalesce(pos.title, '') AS jabatan,
       coalesce(pos.title_key, '') AS jabatan_key,
       i.id AS institution_id,
       coalesce(i.name, '') AS institution_name,
       coalesce(i.name_key, '') AS institution_key,
       i.kind AS institution_kind,
       r.code AS region_code,
       CASE r.level WHEN 4 THEN r.parent_code WHEN 3 THEN r.code END AS kecamatan_code,
       coalesce(CASE r.level WHEN 4 THEN (SELECT k.name FROM region k WHERE k.code = r.parent_code)
                             WHEN 3 THEN r.name END, '') AS kecamatan_name,
       CASE r.level WHEN 4 THEN r.code END AS desa_code,
       coalesce(CASE r.level WHEN 4 THEN r.name END, '') AS desa_name,
       coalesce((SELECT group_concat(number, ' ') FROM
                     (SELECT number FROM person_phone ph WHERE ph.person_id = p.id
                      ORDER BY ph.ordinal, ph.id)), '') AS phones,
       trim(p.search_key || ' ' || coalesce(pos.search_key, '') || ' ' || coalesce(i.search_key, '')
            || ' ' || coalesce((SELECT group_concat('0' || substr(number, 4), ' ')
                                FROM person_phone ph WHERE ph.person_id = p.id), '')) AS search_extra
FROM person p
LEFT JOIN position pos ON pos.id = (SELECT c.id FROM position c
                                    WHERE c.person_id = p.id AND c.end_date IS NULL
                                    ORDER BY c.acting = 'definitive' DESC, c.start_date DESC, c.id DESC
                                    LIMIT 1)
LEFT JOIN institution i ON i.id = pos.institution_id
-- The person's own place when it lies within the institution's (a Bhabinkamtibmas
-- of the polsek assigned to one desa), else the institution's, else the person's.
LEFT JOIN region r ON r.code = CASE
    WHEN p.region_code IS NOT NULL AND (i.region_code IS NULL
                                        OR p.region_code LIKE i.region_code || '.%')
    THEN p.region_code ELSE i.region_code END;

CREATE TABLE stakeholder_listing (
    person_id        INTEGER PRIMARY KEY,
    active           INTEGER NOT NULL,
    name_key         TEXT NOT NULL,
    full_name        TEXT NOT NULL,
    category         TEXT NOT NULL,
    gender           TEXT,
    email            TEXT NOT NULL,
    position_id      INTEGER,
    position_start   TEXT,
    jabatan          TEXT NOT NULL,
    jabatan_key      TEXT NOT NULL,
    institution_id   INTEGER,
    institution_name TEXT NOT NULL,
    institution_key  TEXT NOT NULL,
    institution_kind TEXT,
    region_code      TEXT,
    kecamatan_code   TEXT,
    kecamatan_name   TEXT NOT NULL,
    desa_code        TEXT,
    desa_name        TEXT NOT NULL,
    phones           TEXT NOT NULL,
    search_extra     TEXT NOT NULL
);
-- One index per sortable column, ending in the keys that make the order total,
-- so that a page is read straight off an index (keyset or LIMIT/OFFSET).
CREATE INDEX stakeholder_listing_by_name ON stakeholder_listing (name_key, person_id);
CREATE INDEX stakeholder_listing_by_jabatan ON stakeholder_listing (jabatan_key, name_key, person_id);
CREATE INDEX stakeholder_listing_by_institution ON stakeholder_listing (institution_key, name_key, person_id);
CREATE INDEX stakeholder_listing_by_desa ON stakeholder_listing (desa_name, name_key, person_id);
CREATE INDEX stakeholder_listing_by_kecamatan ON stakeholder_listing (kecamatan_name, desa_name, name_key, person_id);
CREATE INDEX stakeholder_listing_by_desa_code ON stakeholder_listing (desa_code);
CREATE INDEX stakeholder_listing_by_kecamatan_code ON stakeholder_listing (kecamatan_code);
CREATE INDEX stakeholder_listing_by_institution_id ON stakeholder_listing (institution_id);
-- The few inactive people, so that counting the active ones needs no scan.
CREATE INDEX stakeholder_listing_inactive ON stakeholder_listing (person_id) WHERE active = 0;

-- Full-text index over the listing (SQLite FTS5; kept behind db/stakeholderindex).
CREATE VIRTUAL TABLE stakeholder_fts USING fts5 (
    full_name, jabatan, institution_name, desa_name, kecamatan_name, search_extra,
    content = 'stakeholder_listing', content_rowid = 'person_id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE TRIGGER stakeholder_listing_ai AFTER INSERT ON stakeholder_listing BEGIN
    INSERT INTO stakeholder_fts (rowid, full_name, jabatan, institution_name, desa_name,
                                 kecamatan_name, search_extra)
    VALUES (NEW.person_id, NEW.full_name, NEW.jabatan, NEW.institution_name, NEW.desa_name,
            NEW.kecamatan_name, NEW.search_extra);
END;
CREATE TRIGGER stakeholder_listing_ad AFTER DELETE ON stakeholder_listing BEGIN
    INSERT INTO stakeholder_fts (stakeholder_fts, rowid, full_name, jabatan, institution_name,
                                 desa_name, kecamatan_name, search_extra)
    VALUES ('delete', OLD.person_id, OLD.full_name, OLD.jabatan, OLD.institution_name,
            OLD.desa_name, OLD.kecamatan_name, OLD.search_extra);
END;

-- While a bulk change (an import) runs, the program sets `suspended` inside its
-- transaction and refreshes the people it touched once at the end; a crash
-- rolls the flag back with everything else.
CREATE TABLE stakeholder_listing_control (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    suspended INTEGER NOT NULL DEFAULT 0
);
INSERT INTO stakeholder_listing_control (id, suspended) VALUES (1, 0);

-- Keeping the listing in step with every change, whoever makes it.
CREATE TRIGGER person_listing_ai AFTER INSERT ON person
WHEN (SELECT suspended FROM stakeholder_listing_control) = 0 BEGIN
    INSERT INTO stakeholder_listing SELECT * FROM stakeholder_source WHERE person_id = NEW.id;
END;
CREATE TRIGGER person_listing_au AFTER UPDATE ON person
WHEN (SELECT suspended FROM stakeholder_listing_control) = 0 BEGIN
    DELETE FROM stakeholder_listing WHERE person_id = NEW.id;
    INSERT INTO stakeholder_listing SELECT * FROM stakeholder_source WHERE person_id = NEW.id;
END;
CREATE TRIGGER person_listing_ad AFTER DELETE ON person BEGIN
    DELETE FROM stakeholder_listing WHERE person_id = OLD.id;
END;

CREATE TRIGGER person_phone_listing_ai AFTER INSERT ON person_phone
WHEN (SELECT suspended FROM stakeholder_listing_control) = 0 BEGIN
    DELETE FROM stakeholder_listing WHERE person_id = NEW.person_id;
    INSERT INTO stakeholder_listing SELECT * FROM stakeholder_source WHERE person_id = NEW.person_id;
END;
CREATE TRIGGER person_phone_listing_au AFTER UPDATE ON person_phone
WHEN (SELECT suspended FROM stakeholder_listing_control) = 0 BEGIN
    DELETE FROM stakeholder_listing WHERE person_id IN (OLD.person_id, NEW.person_id);
    INSERT INTO stakeholder_listing SELECT * FROM stakeholder_source
    WHERE person_id IN (OLD.person_id, NEW.person_id);
END;
CREATE TRIGGER person_phone_listing_ad AFTER DELETE ON person_phone
WHEN (SELECT suspended FROM stakeholder_listing_control) = 0 BEGIN
    DELETE FROM stakeholder_listing WHERE person_id = OLD.person_id;
    INSERT INTO stakeholder_listing SELECT * FROM stakeholder_source WHERE person_id = OLD.person_id;
END;

CREATE TRIGGER position_listing_ai AFTER INSERT ON position
WHEN (SELECT suspended FROM stakeholder_listing_control) = 0 BEGIN
    DELETE FROM stakeholder_listing WHERE person_id = NEW.person_id;
    INSERT INTO stakeholder_listing SELECT * FROM stakeholder_source WHERE person_id = NEW.person_id;
END;
CREATE TRIGGER position_listing_au AFTER UPDATE ON position
WHEN (SELECT suspended FROM stakeholder_listing_control) = 0 BEGIN
    DELETE FROM stakeholder_listing WHERE person_id IN (OLD.person_id, NEW.person_id);
    INSERT INTO stakeholder_listing SELECT * FROM stakeholder_source
    WHERE person_id IN (OLD.person_id, NEW.person_id);
END;
CREATE TRIGGER position_listing_ad AFTER DELETE ON position
WHEN (SELECT suspended FROM stakeholder_listing_control) = 0 BEGIN
    DELETE FROM stakeholder_listing WHERE person_id = OLD.person_id;
    INSERT INTO stakeholder_listing SELECT * FROM stakeholder_source WHERE person_id = OLD.person_id;
END;

CREATE TRIGGER institution_listing_au AFTER UPDATE OF name, kind, region_code, search_key
ON institution WHEN (SELECT suspended FROM stakeholder_listing_control) = 0 BEGIN
    DELETE FROM stakeholder_listing
    WHERE person_id IN (SELECT person_id FROM position WHERE institution_id = NEW.id);
    INSERT INTO stakeholder_listing SELECT * FROM stakeholder_source
    WHERE person_id IN (SELECT person_id FROM position WHERE institution_id = NEW.id);
END;
