// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"
#include "holidays.h"
#include "log.h"
#include "regiondata.h"
#include "sqlite.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace sisambang::db {

namespace {

class MigrationText
{
    Q_DECLARE_TR_FUNCTIONS(Migration)
};

// Data that a migration brings along besides its SQL, run in the same transaction.
Status runDataStep(Database &database, int version)
{
    switch (version) {
    case 1:
        if (auto regions = loadRegionData(database); !regions) {
            return regions.error();
        }
        if (auto holidays = loadBundledHolidays(database); !holidays) {
            return holidays.error();
        }
        return {};
    default:
        return {};
    }
}

Status applyOne(Database &database, const Migration &migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::failed(MigrationText::tr("Migration %1 is missing from the program.")
                                 .arg(migration.name));
    }
    const QString script = QString::fromUtf8(file.readAll());

    Transaction transaction(database);
    if (auto begun = transaction.status(); !begun) {
        return begun;
    }
    if (auto done = sqlite::executeScript(database, script); !done) {
        return Error{done.error().code, MigrationText::tr("Migration %1 failed: %2")
                                            .arg(migration.name, done.error().message)};
    }
    if (auto done = runDataStep(database, migration.version); !done) {
        return Error{done.error().code, MigrationText::tr("Migration %1 failed: %2")
                                            .arg(migration.name, done.error().message)};
    }
    if (auto done = sqlite::setApplicationId(database, Database::applicationId); !done) {
        return done;
    }
    if (auto done = sqlite::setUserVersion(database, migration.version); !done) {
        return done;
    }
    return transaction.commit();
}

} // namespace

QList<Migration> availableMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir folder(QStringLiteral(":/migrations"));
    for (const QString &file : folder.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (match.hasMatch()) {
            migrations.append({match.captured(1).toInt(), file, folder.filePath(file)});
        }
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int latestSchemaVersion()
{
    const auto migrations = availableMigrations();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

Status migrateTo(Database &database, int version)
{
    const int current = database.schemaVersion();
    if (current < 0) {
        return Error::failed(MigrationText::tr("Cannot read the schema version."));
    }
    for (const Migration &migration : availableMigrations()) {
        if (migration.version <= current || migration.version > version) {
            continue;
        }
        qCInfo(lcDb) << "applying migration" << migration.name;
        if (auto done = applyOne(database, migration); !done) {
            return done;
        }
    }
    return {};
}

Status migrate(Database &database)
{
    return migrateTo(database, latestSchemaVersion());
}

} // namespace sisambang::db
