// SPDX-License-Identifier: GPL-3.0-or-later
#include "references.h"

#include "database.h"
#include "query.h"

namespace sisambang::db {

Result<QList<ColumnReference>> referencesTo(const Database &database, const QString &table)
{
    Query query(database,
                QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_master m, "
                               "pragma_foreign_key_list(m.name) f WHERE m.type = "
                               "'table' AND f.\"table\" = ? ORDER BY m.name, f.\"from\""));
    query.bind(table);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<ColumnReference> references;
    while (query.next()) {
        references.append({query.value(0).toString(), query.value(1).toString()});
    }
    return references;
}

} // namespace sisambang::db
