// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>
#include <QVariant>

// What the register's repositories share: field-level validation messages,
// optimistic version checks, and "delete, or deactivate when referenced".
namespace sisambang::db {

class Database;

// One validation message next to one field of a form ("name", "phones", "email", ...).
struct FieldProblem
{
    QString field;
    QString message;
};

// The problems as one Invalid error (for callers that do not show a form).
Error invalidError(const QList<FieldProblem> &problems);

enum class RemoveOutcome {
    Deleted,     // nothing referred to the record: it is gone
    Deactivated, // something refers to it: kept, marked inactive
};

class Records
{
    Q_DECLARE_TR_FUNCTIONS(Records)

public:
    // After `UPDATE table ... WHERE id = ? AND version = ?`: ok when one row changed,
    // else NotFound or Conflict (another program changed the row since it was read).
    static Status checkVersionedWrite(const Database &database, const QString &table, qint64 id,
                                      int rowsAffected);
    // Deletes the row; when another record refers to it (a foreign key refuses),
    // marks it inactive instead. `table` is one of ours, never user input.
    static Result<RemoveOutcome> removeOrDeactivate(const Database &database, const QString &table,
                                                    qint64 id, int version);
    static Status setActive(const Database &database, const QString &table, qint64 id, int version,
                            bool active);

private:
    static Status writeActive(const Database &database, const QString &table, qint64 id,
                              int version, bool active);

public:
    // Names of a region and, for a kelurahan/desa, its kecamatan: the words a
    // record's search key gets so that a search for the place finds it.
    static QStringList regionNames(const Database &database, const QString &regionCode);
    // Fails with Invalid when the region code does not exist.
    static Status checkRegion(const Database &database, const QString &regionCode);
};

// Text for a NOT NULL column: Qt binds a null QString as NULL, so "" it is.
QVariant textValue(const QString &text);
// Region names and existence, looked up once per code: a bulk import checks
// the same few dozen kelurahan/desa a hundred thousand times.
class RegionNames
{
public:
    explicit RegionNames(const Database &database)
        : m_database(database)
    {
    }
    QStringList names(const QString &regionCode);
    Status check(const QString &regionCode);

private:
    const Database &m_database;
    QHash<QString, QStringList> m_names;
    QHash<QString, Status> m_checked;
};

// Dates stored as ISO text; a null date is NULL.
QVariant dateValue(const QDate &date);
QDate dateFrom(const QVariant &value);
// Times of day stored as "HH:mm" text.
QString timeText(const QTime &time);
QTime timeFrom(const QVariant &value);
// A reference to another row: 0 (none) is stored as NULL.
QVariant idValue(qint64 id);
// The current time as stored in created_at/updated_at.
QString timestampNow();

} // namespace sisambang::db
