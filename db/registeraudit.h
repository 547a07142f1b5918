// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit.h"
#include "result.h"

#include <QJsonObject>
#include <QString>

namespace sisambang::db {

class Database;

// Audit entries for the register's rows (person, institution, position): the
// whole row before and after the change, written inside the change's own
// transaction so the change and its record land together or not at all.
class RegisterAudit
{
public:
    // The row as JSON (search keys left out: they repeat the name); a person
    // carries its phone numbers too. Empty when the row does not exist.
    static QJsonObject snapshot(const Database &database, const QString &table, qint64 id);
    // Records `action` on the row, with `before` (empty for an insert) and the
    // row as it is now (empty after a delete).
    static Status record(const Database &database, AuditAction action, const QString &table,
                         qint64 id, const QJsonObject &before);
};

} // namespace sisambang::db
