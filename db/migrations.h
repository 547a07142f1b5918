// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sisambang::db {

class Database;

// A numbered migration: db/migrations/NNNN_name.sql bundled in the qrc.
struct Migration
{
    int version = 0;
    QString name;
    QString resourcePath;
};

// All migrations in order, read from the resource folder.
QList<Migration> availableMigrations();
int latestSchemaVersion();

// Applies every migration above the database's user_version, each in its own
// transaction together with its data step; stops at the first failure, which
// leaves the database at the last good version.
Status migrate(Database &database);
// Applies migrations up to and including `version` only (fixtures, tests).
Status migrateTo(Database &database, int version);

} // namespace sisambang::db
