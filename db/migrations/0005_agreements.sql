-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0005: agreements (MoU / PKS): parties with their signatories as signed, the
-- kelurahan/desa covered, the articles (pasal), and article templates. Adds the
-- civil servant number (NIP) to person, which signature blocks print.
-- Never edit this file once it has landed.

ALTER TABLE person ADD COLUMN nip TEXT NOT NULL DEFAULT '';

-- renewed_from: the agreement this one renews (a renewal starts as a draft copy).
-- scan_path: the signed copy, relative to the attachment folder.
CREATE TABLE agreement (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL DEFAULT 'mou' CHECK (kind IN ('mou', 'pks')),
    title        TEXT NOT NULL CHECK (trim(title) <> ''),
    programme    TEXT NOT NULL DEFAULT '',
    signed_on    TEXT,
    place        TEXT NOT NULL DEFAULT '',
    valid_from   TEXT,
    valid_until  TEXT,
    status       TEXT NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'signed', 'ended', 'cancelled')),
    purpose      TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    scan_path    TEXT NOT NULL DEFAULT '',
    renewed_from INTEGER REFERENCES agreement (id),
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
);
CREATE INDEX agreement_by_status ON agreement (status, valid_until);
CREATE INDEX agreement_by_signed_on ON agreement (signed_on);

-- ordinal 1 = PIHAK PERTAMA (the office), 2 = PIHAK KEDUA, more allowed.
-- signatory_*: name, jabatan and NIP as of the signing date, copied from the
-- register when chosen; later register edits never change them.
CREATE TABLE agreement_party (
    id                  INTEGER PRIMARY KEY,
    agreement_id        INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    ordinal             INTEGER NOT NULL CHECK (ordinal >= 1),
    institution_id      INTEGER NOT NULL REFERENCES institution (id),
    letter_number       TEXT NOT NULL DEFAULT '',
    signatory_person_id INTEGER REFERENCES person (id),
    signatory_name      TEXT NOT NULL DEFAULT '',
    signatory_jabatan   TEXT NOT NULL DEFAULT '',
    signatory_nip       TEXT NOT NULL DEFAULT '',
    UNIQUE (agreement_id, ordinal)
);
CREATE INDEX agreement_party_by_institution ON agreement_party (institution_id);

CREATE TABLE agreement_village (
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    region_code  TEXT NOT NULL REFERENCES region (code),
    PRIMARY KEY (agreement_id, region_code)
);
CREATE INDEX agreement_village_by_region ON agreement_village (region_code);

CREATE TABLE agreement_article (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    heading      TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    UNIQUE (agreement_id, ordinal)
);

-- Article templates; bodies hold placeholders ({pihak_pertama}, {pihak_kedua},
-- {kecamatan}, {jangka_waktu}, {tanggal_berlaku}, {tanggal_berakhir},
-- {program}) filled from the agreement when the document is printed.
CREATE TABLE agreement_template (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE agreement_template_article (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES agreement_template (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    heading     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    UNIQUE (template_id, ordinal)
);

INSERT INTO agreement_template (id, name) VALUES (1, 'Sambang Pengawasan');
INSERT INTO agreement_template_article (template_id, ordinal, heading, body) VALUES
(1, 1, 'MAKSUD DAN TUJUAN',
 'Nota Kesepahaman ini dimaksudkan sebagai landasan kerja sama antara {pihak_pertama} dan {pihak_kedua} dalam pelaksanaan {program} di wilayah Kecamatan {kecamatan}.' || char(10) ||
 'Tujuan Nota Kesepahaman ini adalah meningkatkan partisipasi masyarakat dalam pengawasan pemilihan umum serta menjaga netralitas aparatur pemerintah kecamatan dan desa/kelurahan.'),
(1, 2, 'RUANG LINGKUP',
 'Ruang lingkup Nota Kesepahaman ini meliputi sosialisasi pengawasan partisipatif dan netralitas aparatur desa/kelurahan, rapat koordinasi, pertukaran data dan informasi, serta penyampaian laporan dugaan pelanggaran pemilihan umum di seluruh desa/kelurahan dalam wilayah Kecamatan {kecamatan}.'),
(1, 3, 'PELAKSANAAN',
 'PIHAK PERTAMA menyelenggarakan kunjungan sambang ke setiap desa/kelurahan, menyiapkan narasumber dan bahan sosialisasi.' || char(10) ||
 'PIHAK KEDUA memfasilitasi pelaksanaan kegiatan, mengundang aparatur desa/kelurahan dan tokoh masyarakat, serta menyediakan tempat kegiatan.'),
(1, 4, 'JANGKA WAKTU',
 'Nota Kesepahaman ini berlaku selama {jangka_waktu} terhitung sejak tanggal {tanggal_berlaku} sampai dengan tanggal {tanggal_berakhir} dan dapat diperpanjang atas kesepakatan PARA PIHAK.'),
(1, 5, 'PEMBIAYAAN',
 'Biaya yang timbul dalam pelaksanaan Nota Kesepahaman ini dibebankan kepada anggaran masing-masing PIHAK sesuai dengan ketentuan peraturan perundang-undangan.'),
(1, 6, 'PENUTUP',
 'Hal-hal yang belum diatur dalam Nota Kesepahaman ini akan diatur kemudian atas kesepakatan PARA PIHAK.' || char(10) ||
 'Nota Kesepahaman ini dibuat dalam rangkap 2 (dua) bermeterai cukup, masing-masing mempunyai kekuatan hukum yang sama.');
