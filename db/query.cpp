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

// "... = ?1 OR ?1 = 0 AND ... <= ?2" -> "... = ? OR ? = 0 AND ... <= ?" and
// {1, 1, 2}; a statement without numbered placeholders is left as it is.
QString plainPlaceholders(const QString &sql, QList<int> &numbered)
{
    QString plain;
    plain.reserve(sql.size());
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            quote = c == quote ? QChar() : quote;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?' && i + 1 < sql.size() && sql.at(i + 1).isDigit()) {
            qsizetype end = i + 1;
            while (end < sql.size() && sql.at(end).isDigit()) {
                ++end;
            }
            numbered.append(sql.mid(i + 1, end - i - 1).toInt());
            plain += u'?';
            i = end - 1;
            continue;
        }
        plain += c;
    }
    return numbered.isEmpty() ? sql : plain;
}

} // namespace

Query::Query(const Database &database, const QString &sql)
    : m_query(database.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(plainPlaceholders(sql, m_numbered));
    if (!m_prepared) {
        m_prepareError = errorOf(m_query.lastError(), sql);
    }
}

Query &Query::bind(const QVariant &value)
{
    if (m_numbered.isEmpty()) {
        m_query.addBindValue(value);
    } else {
        m_values.append(value);
    }
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
    if (!m_numbered.isEmpty()) {
        for (const int index : std::as_const(m_numbered)) {
            m_query.addBindValue(m_values.value(index - 1));
        }
        m_values.clear();
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
