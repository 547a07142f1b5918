-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0006: activities (kegiatan): sambang desa visits, rapat koordinasi and
-- sosialisasi, with their officers (petugas), the history of every
-- rescheduling, the clashes the clerk accepted with a reason, and the plans the
-- schedule generator saved. Never edit this file once it has landed.
--
-- Times are local "HH:MM" text in the office's time zone (WIB/WITA/WIT, which
-- follows the office's province); dates are ISO text.

-- One saved run of the schedule generator, so that a plan can be traced back
-- to the window and limits it was generated with.
CREATE TABLE schedule_plan (
    id                INTEGER PRIMARY KEY,
    agreement_id      INTEGER REFERENCES agreement (id),
    date_from         TEXT NOT NULL,
    date_to           TEXT NOT NULL,
    per_day           INTEGER NOT NULL CHECK (per_day >= 1),
    visits_per_desa   INTEGER NOT NULL CHECK (visits_per_desa >= 1),
    blackouts         TEXT NOT NULL DEFAULT '', -- ISO dates separated by spaces
    draft_agreement   INTEGER NOT NULL DEFAULT 0 CHECK (draft_agreement IN (0, 1)),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (date_to >= date_from)
);

-- region_code: the kelurahan/desa visited, or the kecamatan for a meeting
-- held for a whole kecamatan. host_institution_id: the host named next to
-- Bawaslu on the documents (e.g. the Kecamatan office).
-- draft_plan: planned while its agreement was still a draft.
CREATE TABLE activity (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL DEFAULT 'village_visit'
                        CHECK (kind IN ('village_visit', 'coordination_meeting',
                                        'socialisation', 'other')),
    agreement_id        INTEGER REFERENCES agreement (id),
    plan_id             INTEGER REFERENCES schedule_plan (id),
    region_code         TEXT NOT NULL REFERENCES region (code),
    title               TEXT NOT NULL DEFAULT '',
    venue               TEXT NOT NULL DEFAULT '',
    date                TEXT NOT NULL,
    start_time          TEXT NOT NULL DEFAULT '09:00',
    end_time            TEXT NOT NULL DEFAULT '12:00',
    topic               TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'planned'
                        CHECK (status IN ('planned', 'done', 'postponed', 'cancelled')),
    visit_number        INTEGER NOT NULL DEFAULT 1 CHECK (visit_number >= 1),
    draft_plan          INTEGER NOT NULL DEFAULT 0 CHECK (draft_plan IN (0, 1)),
    host_institution_id INTEGER REFERENCES institution (id),
    notes               TEXT NOT NULL DEFAULT '',
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (end_time > start_time)
);
CREATE INDEX activity_by_date ON activity (date, start_time);
CREATE INDEX activity_by_region ON activity (region_code, date);
CREATE INDEX activity_by_agreement ON activity (agreement_id, region_code);
CREATE INDEX activity_by_plan ON activity (plan_id);

-- Officers (petugas): Bawaslu members and staff from the register.
CREATE TABLE activity_officer (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person (id),
    role        TEXT NOT NULL DEFAULT 'companion'
                CHECK (role IN ('speaker', 'companion', 'moderator', 'minute_taker', 'other')),
    ordinal     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (activity_id, person_id)
);
CREATE INDEX activity_officer_by_person ON activity_officer (person_id, activity_id);

-- Every move of an activity to another date or time, with its reason.
CREATE TABLE activity_reschedule (
    id          INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    old_date    TEXT NOT NULL,
    old_start   TEXT NOT NULL,
    old_end     TEXT NOT NULL,
    new_date    TEXT NOT NULL,
    new_start   TEXT NOT NULL,
    new_end     TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (trim(reason) <> ''),
    operator    TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX activity_reschedule_by_activity ON activity_reschedule (activity_id, id);

-- A clash the clerk accepted, with the reason. other_activity_id names the
-- other side of a two-activity clash (an officer in two places, two
-- activities in one desa on one day); NULL for the one-activity rules.
CREATE TABLE activity_clash_acceptance (
    id                INTEGER PRIMARY KEY,
    activity_id       INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    rule              TEXT NOT NULL
                      CHECK (rule IN ('officer_double_booked', 'same_village_same_day',
                                      'non_working_day', 'outside_agreement',
                                      'village_not_covered')),
    other_activity_id INTEGER REFERENCES activity (id) ON DELETE CASCADE,
    reason            TEXT NOT NULL CHECK (trim(reason) <> ''),
    operator          TEXT NOT NULL DEFAULT '',
    at                TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE UNIQUE INDEX activity_clash_acceptance_once
    ON activity_clash_acceptance (activity_id, rule, ifnull(other_activity_id, 0));
