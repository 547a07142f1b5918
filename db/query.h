// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

namespace sisambang::db {

class Database;

// A prepared statement whose every failure becomes an Error naming the SQL.
// Positional `?` placeholders are bound in order with bind().
class Query
{
    Q_DISABLE_COPY_MOVE(Query)

public:
    Query(const Database &database, const QString &sql);

    Query &bind(const QVariant &value);
    Query &bind(const QString &placeholder, const QVariant &value);

    // Runs the statement; binding restarts from the first placeholder afterwards.
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }
    // The current row's columns, names included.
    QSqlRecord record() const { return m_query.record(); }

    // Runs the statement and returns the first column of the first row, if any.
    Result<QVariant> scalar();

private:
    QSqlQuery m_query;
    QString m_sql;
    Error m_prepareError;
    bool m_prepared = false;
};

// Runs one statement with the given values bound in order.
Status execute(const Database &database, const QString &sql, const QVariantList &values = {});

} // namespace sisambang::db
