// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "query.h"
#include "sqlite.h"

#include <atomic>

namespace sisambang::db {

Transaction::Transaction(const Database &database)
    : m_database(database)
{
    if (sqlite::inTransaction(database)) {
        static std::atomic<int> counter{0};
        m_savepoint = QStringLiteral("sp%1").arg(++counter);
        m_begin = execute(database, QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
    } else {
        m_begin = execute(database, QStringLiteral("BEGIN IMMEDIATE"));
    }
    m_open = m_begin.ok();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_begin) {
        return m_begin;
    }
    if (!m_open) {
        return Error::failed(QStringLiteral("The transaction was already closed."));
    }
    Status done = m_savepoint.isEmpty()
                      ? execute(m_database, QStringLiteral("COMMIT"))
                      : execute(m_database, QStringLiteral("RELEASE %1").arg(m_savepoint));
    if (done) {
        m_open = false;
    }
    return done;
}

void Transaction::rollback()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    if (m_savepoint.isEmpty()) {
        (void)execute(m_database, QStringLiteral("ROLLBACK"));
    } else {
        (void)execute(m_database, QStringLiteral("ROLLBACK TO %1").arg(m_savepoint));
        (void)execute(m_database, QStringLiteral("RELEASE %1").arg(m_savepoint));
    }
}

} // namespace sisambang::db
