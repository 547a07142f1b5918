// SPDX-License-Identifier: GPL-3.0-or-later
#include "query.h"

#include "database.h"
#include "log.h"

#include <QSqlError>

namespace sisambang::db {

namespace {

Error errorOf(const QSqlError &sqlError, const QString &sql)
{
    const QString text = sqlError.text();
    Error::Code code = Error::Code::Failed;
    // SQLite's (extended) result code; the low byte is the primary code:
    // 11 CORRUPT, 26 NOTADB, 19 CONSTRAINT, 8 READONLY.
    switch (sqlError.nativeErrorCode().toInt() & 0xff) {
    case 11:
        code = Error::Code::Corrupt;
        break;
    case 26:
        code = Error::Code::NotADatabase;
        break;
    case 19:
        code = Error::Code::Conflict;
        break;
    case 8:
        code = Error::Code::ReadOnly;
        break;
    default:
        break;
    }
    qCWarning(lcDb) << "SQL failed:" << text << "in" << sql;
    return Error{code, text};
}

} // namespace

Query::Query(const Database &database, const QString &sql)
    : m_query(database.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        m_prepareError = errorOf(m_query.lastError(), sql);
    }
}

Query &Query::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Status Query::exec()
{
    if (!m_prepared) {
        return m_prepareError;
    }
    if (!m_query.exec()) {
        return errorOf(m_query.lastError(), m_sql);
    }
    return {};
}

Result<QVariant> Query::scalar()
{
    if (auto done = exec(); !done) {
        return done.error();
    }
    if (!m_query.next()) {
        return QVariant();
    }
    QVariant first = m_query.value(0);
    m_query.finish();
    return first;
}

Status execute(const Database &database, const QString &sql, const QVariantList &values)
{
    Query query(database, sql);
    for (const QVariant &value : values) {
        query.bind(value);
    }
    return query.exec();
}

} // namespace sisambang::db
