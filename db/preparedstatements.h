// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query.h"

#include <QHash>
#include <QString>

#include <memory>

namespace sisambang::db {

class Database;

// Statements prepared once and run many times by one repository object.
// Preparing is the expensive part of a small query here: an INSERT on person
// compiles the triggers that keep the search listing in step. A bulk import
// keeps one repository for all its rows and so prepares each statement once.
class PreparedStatements
{
    Q_DISABLE_COPY_MOVE(PreparedStatements)

public:
    explicit PreparedStatements(const Database &database)
        : m_database(database)
    {
    }

    // A statement ready to bind; its result is released when the handle goes,
    // so no half-read SELECT outlives its use.
    class Handle
    {
        Q_DISABLE_COPY_MOVE(Handle)

    public:
        explicit Handle(Query &query)
            : m_query(query)
        {
        }
        ~Handle() { m_query.finish(); }
        Query *operator->() const { return &m_query; }
        Query &operator*() const { return m_query; }

    private:
        Query &m_query;
    };

    Handle use(const QString &sql);

private:
    const Database &m_database;
    QHash<QString, std::shared_ptr<Query>> m_queries;
};

} // namespace sisambang::db
