// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace sisambang::db {

class Database;

// A column of some table that refers to another table's rows by foreign key.
struct ColumnReference
{
    QString table;
    QString column;
};

// Every column in the schema with a foreign key to `table` (SQLite: read from
// PRAGMA foreign_key_list). Lets a merge move every reference to a person,
// including those of tables added by later migrations.
Result<QList<ColumnReference>> referencesTo(const Database &database, const QString &table);

} // namespace sisambang::db
