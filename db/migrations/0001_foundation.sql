-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0001: regions of Indonesia, national holidays, the office's settings.
-- Never edit this file once it has landed: add a new numbered file instead.

-- Kemendagri regions. level: 1 provinsi, 2 kabupaten/kota, 3 kecamatan,
-- 4 kelurahan/desa. kind tells kabupaten from kota and kelurahan from desa.
CREATE TABLE region (
    code        TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    kind        TEXT NOT NULL CHECK (kind IN ('province', 'regency', 'city', 'district',
                                              'urban_village', 'village', 'customary_village')),
    parent_code TEXT REFERENCES region (code),
    CHECK ((level = 1) = (parent_code IS NULL))
) WITHOUT ROWID;

CREATE INDEX region_by_parent ON region (parent_code, name);
CREATE INDEX region_by_level ON region (level, name);

-- National holidays (libur) and cuti bersama, used by the scheduler.
CREATE TABLE holiday (
    date        TEXT PRIMARY KEY NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    description TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('national', 'collective_leave'))
) WITHOUT ROWID;

-- The office's profile and other settings kept with the data (typed by OfficeProfile).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value
) WITHOUT ROWID;
