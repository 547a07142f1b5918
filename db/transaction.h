// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace sisambang::db {

class Database;

// RAII transaction: rolled back unless commit() succeeded. The outermost guard
// takes the write lock at once (BEGIN IMMEDIATE) so two programs on one file
// wait for each other instead of failing half-way; an inner guard becomes a
// SAVEPOINT, so repository calls compose into one change.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(const Database &database);
    ~Transaction();

    // Whether BEGIN succeeded; a failed begin is reported by commit() too.
    Status status() const { return m_begin; }
    Status commit();
    void rollback();

private:
    const Database &m_database;
    QString m_savepoint; // empty for the outermost transaction
    Status m_begin;
    bool m_open = false;
};

} // namespace sisambang::db
