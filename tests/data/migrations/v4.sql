-- Version 4 added the audit log.
INSERT INTO audit_log (operator, action, entity, entity_id, summary)
    VALUES ('staf', 'insert', 'person', 1, 'Sahabudin');
