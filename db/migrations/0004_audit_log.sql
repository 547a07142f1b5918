-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0004: the audit log: who changed what, when, with the record before and after.

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    operator    TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'deactivate', 'reactivate',
                                                'delete', 'merge', 'status', 'print', 'import',
                                                'restore', 'generate')),
    entity      TEXT NOT NULL,          -- 'person', 'agreement', 'activity', ...
    entity_id   INTEGER,
    summary     TEXT NOT NULL DEFAULT '',
    before_json TEXT,                   -- the record before the change, as JSON
    after_json  TEXT                    -- the record after the change, as JSON
);

CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, at);
