-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0007: what is recorded around an activity: the invited participants (the
-- numbered rows of the printed attendance sheet), who came (walk-ins too),
-- the minutes (notulen) with their points, follow-up items (tindak lanjut)
-- and documentation photos. Never edit this file once it has landed.

-- An invited participant: a person of the register (with a snapshot of the
-- jabatan and institution they were invited as, so that the printed sheet
-- stays what it was when posts change hands) or a free-text guest.
-- `number` is the row on the attendance sheet; numbers are 1..n per activity.
CREATE TABLE activity_invitee (
    id               INTEGER PRIMARY KEY,
    activity_id      INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    number           INTEGER NOT NULL CHECK (number >= 1),
    person_id        INTEGER REFERENCES person (id),
    position_id      INTEGER REFERENCES position (id),
    name             TEXT NOT NULL CHECK (trim(name) <> ''),
    jabatan          TEXT NOT NULL DEFAULT '',
    institution      TEXT NOT NULL DEFAULT '',
    institution_kind TEXT NOT NULL DEFAULT 'other'
                     CHECK (institution_kind IN ('bawaslu', 'district_office', 'village_office',
                                                 'police', 'military', 'organisation', 'media',
                                                 'other')),
    phone            TEXT NOT NULL DEFAULT '',
    gender           TEXT CHECK (gender IN ('male', 'female')),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (activity_id, number)
);
CREATE INDEX activity_invitee_by_person ON activity_invitee (person_id);

-- Who came. An invited participant is ticked by their row (invitee_id); a
-- walk-in signed a blank row of the sheet and carries its own details and the
-- row number it signed. person_id links a walk-in to the person created for
-- them in the register (or an invitee's person, for the counts).
CREATE TABLE activity_attendance (
    id               INTEGER PRIMARY KEY,
    activity_id      INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    invitee_id       INTEGER UNIQUE REFERENCES activity_invitee (id) ON DELETE CASCADE,
    number           INTEGER NOT NULL CHECK (number >= 1),
    name             TEXT NOT NULL DEFAULT '',
    jabatan          TEXT NOT NULL DEFAULT '',
    institution      TEXT NOT NULL DEFAULT '',
    institution_kind TEXT NOT NULL DEFAULT 'other'
                     CHECK (institution_kind IN ('bawaslu', 'district_office', 'village_office',
                                                 'police', 'military', 'organisation', 'media',
                                                 'other')),
    phone            TEXT NOT NULL DEFAULT '',
    gender           TEXT CHECK (gender IN ('male', 'female')),
    person_id        INTEGER REFERENCES person (id),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (activity_id, number),
    CHECK (invitee_id IS NOT NULL OR trim(name) <> '')
);
CREATE INDEX activity_attendance_by_person ON activity_attendance (person_id);

-- The minutes (notulen) of an activity, at most one per activity.
CREATE TABLE activity_minutes (
    activity_id  INTEGER PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    start_time   TEXT NOT NULL,
    end_time     TEXT NOT NULL,
    chair        TEXT NOT NULL DEFAULT '', -- pimpinan rapat
    minute_taker TEXT NOT NULL DEFAULT '', -- notulis
    agenda       TEXT NOT NULL DEFAULT '', -- acara
    conclusion   TEXT NOT NULL DEFAULT '', -- kesimpulan
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (end_time > start_time)
);

-- The points of the pembahasan: who said what, in order.
CREATE TABLE activity_minutes_point (
    id          INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activity_minutes (activity_id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    speaker     TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL CHECK (trim(text) <> '')
);
CREATE INDEX activity_minutes_point_by_activity ON activity_minutes_point (activity_id, ordinal);

-- A follow-up item (tindak lanjut) agreed at an activity; open until closed.
CREATE TABLE follow_up (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    description  TEXT NOT NULL CHECK (trim(description) <> ''),
    assignee     TEXT NOT NULL DEFAULT '', -- whom
    due_date     TEXT,
    closed_date  TEXT,
    closing_note TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX follow_up_by_activity ON follow_up (activity_id);
CREATE INDEX follow_up_open ON follow_up (closed_date, activity_id);

-- A documentation photo. stored_path and display_path are relative to the
-- attachment folder (AttachmentStore): the full picture turned upright by its
-- EXIF orientation, and a reduced copy for the screen and the report.
CREATE TABLE activity_photo (
    id            INTEGER PRIMARY KEY,
    activity_id   INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL DEFAULT 1,
    stored_path   TEXT NOT NULL CHECK (trim(stored_path) <> ''),
    display_path  TEXT NOT NULL CHECK (trim(display_path) <> ''),
    caption       TEXT NOT NULL DEFAULT '',
    taken_at      TEXT, -- EXIF DateTimeOriginal, local "YYYY-MM-DDTHH:MM:SS"
    original_name TEXT NOT NULL DEFAULT '',
    width         INTEGER NOT NULL DEFAULT 0,
    height        INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX activity_photo_by_activity ON activity_photo (activity_id, ordinal);
