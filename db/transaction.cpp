// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "query.h"
#include "sqlite.h"

#include <atomic>

namespace sisambang::db {

Transaction::Transaction(const Database &database, Nesting nesting)
    : m_database(database)
{
    Database::TransactionScope &scope = database.transactionScope();
    if (sqlite::inTransaction(database)) {
        if (scope.allOrNothing) {
            m_joined = true;
            m_open = true;
            return;
        }
        static std::atomic<int> counter{0};
        m_savepoint = QStringLiteral("sp%1").arg(++counter);
        m_begin = execute(database, QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
    } else {
        scope = {}; // left over if SQLite ended a transaction by itself
        m_begin = execute(database, QStringLiteral("BEGIN IMMEDIATE"));
        if (m_begin && nesting == Nesting::AllOrNothing) {
            scope = {.allOrNothing = true, .partFailed = false};
            m_ownsScope = true;
        }
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
    if (m_joined) {
        m_open = false;
        return {};
    }
    if (m_ownsScope && m_database.transactionScope().partFailed) {
        rollback();
        return Error::failed(tr("A part of the change failed, so none of it was saved."));
    }
    Status done = m_savepoint.isEmpty()
                      ? execute(m_database, QStringLiteral("COMMIT"))
                      : execute(m_database, QStringLiteral("RELEASE %1").arg(m_savepoint));
    if (done) {
        m_open = false;
        if (m_ownsScope) {
            m_database.transactionScope() = {};
        }
    }
    return done;
}

void Transaction::rollback()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    if (m_joined) {
        // Its writes cannot be undone alone: the outermost will not commit them.
        m_database.transactionScope().partFailed = true;
        return;
    }
    if (m_savepoint.isEmpty()) {
        (void)execute(m_database, QStringLiteral("ROLLBACK"));
        if (m_ownsScope) {
            m_database.transactionScope() = {};
        }
    } else {
        (void)execute(m_database, QStringLiteral("ROLLBACK TO %1").arg(m_savepoint));
        (void)execute(m_database, QStringLiteral("RELEASE %1").arg(m_savepoint));
    }
}

} // namespace sisambang::db
