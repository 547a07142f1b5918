-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0003: the office's letter numbers (nomor surat): classification codes and every
-- number ever given, so that none is given twice.

CREATE TABLE letter_classification (
    code        TEXT PRIMARY KEY NOT NULL CHECK (code GLOB '[A-Z][A-Z]*'),
    description TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) WITHOUT ROWID;

-- One row per number given. seq counts per classification and year; a
-- backdated number shares the seq of the last number given on or before its
-- date and takes the next suffix (.1, .2, ...).
CREATE TABLE letter_number (
    id             INTEGER PRIMARY KEY,
    classification TEXT NOT NULL REFERENCES letter_classification (code),
    year           INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    seq            INTEGER NOT NULL CHECK (seq >= 0),
    suffix         INTEGER NOT NULL DEFAULT 0 CHECK (suffix >= 0),
    number         TEXT NOT NULL UNIQUE,
    dated          TEXT NOT NULL CHECK (dated GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    subject        TEXT NOT NULL DEFAULT '',
    document_kind  TEXT NOT NULL DEFAULT '',
    document_id    INTEGER,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    UNIQUE (classification, year, seq, suffix)
);

CREATE INDEX letter_number_by_date ON letter_number (classification, year, dated, seq);

-- Codes of the Bawaslu archive classification commonly used on correspondence
-- (Perbawaslu 11/2020); offices edit and extend them in Pengaturan.
INSERT INTO letter_classification (code, description) VALUES
    ('PM', 'Pengawasan Pemilu'),
    ('PM.00', 'Pengawasan Pemilu: umum'),
    ('PM.01', 'Pengawasan Pemilu: perencanaan dan program'),
    ('PM.02', 'Pengawasan Pemilu: pengawasan tahapan'),
    ('PM.03', 'Pengawasan Pemilu: pencegahan pelanggaran'),
    ('PM.04', 'Pengawasan Pemilu: sosialisasi dan partisipasi masyarakat'),
    ('PM.05', 'Pengawasan Pemilu: kerja sama dan hubungan antarlembaga'),
    ('PP', 'Penanganan Pelanggaran'),
    ('PP.00', 'Penanganan Pelanggaran: umum'),
    ('PP.01', 'Penanganan Pelanggaran: laporan dan temuan'),
    ('PP.02', 'Penanganan Pelanggaran: kajian dan rekomendasi'),
    ('HM', 'Hubungan Masyarakat'),
    ('HM.00', 'Hubungan Masyarakat: umum'),
    ('HM.01', 'Hubungan Masyarakat: publikasi dan dokumentasi'),
    ('HM.02', 'Hubungan Masyarakat: acara dan protokol'),
    ('HK', 'Hukum'),
    ('HK.00', 'Hukum: umum'),
    ('HK.01', 'Hukum: peraturan dan keputusan'),
    ('HK.02', 'Hukum: perjanjian dan nota kesepahaman'),
    ('KA', 'Kearsipan'),
    ('KA.00', 'Kearsipan: umum'),
    ('KA.01', 'Kearsipan: pengelolaan arsip');

INSERT INTO setting (key, value) VALUES
    ('numbering.format', '{seq}/{classification}/{unit}/{month}/{year}');
