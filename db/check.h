// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QStringList>

namespace sisambang::db {

class Database;

// What `sisambang-cli check` and the GUI report about a database.
struct CheckReport
{
    int schemaVersion = 0;
    int expectedSchemaVersion = 0;
    QStringList problems; // empty when the database is sound

    bool sound() const { return problems.isEmpty(); }
};

// SQLite's integrity and foreign-key checks, the schema version, the
// presence of the reference data, and the files of the documentation photos
// (stored and display copies) in the attachment folder.
Result<CheckReport> checkDatabase(const Database &database);

} // namespace sisambang::db
