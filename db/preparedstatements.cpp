// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedstatements.h"

namespace sisambang::db {

PreparedStatements::Handle PreparedStatements::use(const QString &sql)
{
    auto &query = m_queries[sql];
    if (!query) {
        query = std::make_shared<Query>(m_database, sql);
    }
    return Handle(*query);
}

} // namespace sisambang::db
