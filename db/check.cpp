// SPDX-License-Identifier: GPL-3.0-or-later
#include "check.h"

#include "attachments.h"
#include "database.h"
#include "migrations.h"
#include "query.h"
#include "regions.h"
#include "sqlite.h"
#include "stakeholderindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sisambang::db {

namespace {
class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(Check)
};

// Every documentation photo's stored picture and display copy must be in the
// attachment folder: a backup restored without its folder shows up here.
Result<QStringList> missingPhotoFiles(const Database &database)
{
    QStringList problems;
    const AttachmentStore store(database);
    Query query(database, QStringLiteral("SELECT id, activity_id, stored_path, display_path "
                                         "FROM activity_photo ORDER BY id"));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    while (query.next()) {
        for (int column : {2, 3}) {
            const QString relative = query.value(column).toString();
            auto path = store.absolutePath(relative);
            if (!path) {
                problems << CheckText::tr("Photo %1 of activity %2: %3")
                                .arg(query.value(0).toLongLong())
                                .arg(query.value(1).toLongLong())
                                .arg(path.error().message);
            } else if (!QFileInfo(*path).isFile()) {
                problems << CheckText::tr("Photo %1 of activity %2: the file %3 is missing.")
                                .arg(query.value(0).toLongLong())
                                .arg(query.value(1).toLongLong())
                                .arg(QDir::toNativeSeparators(*path));
            }
        }
    }
    return problems;
}

// The counts of who came that the triggers of migration 9 keep, against the
// attendance rows themselves: a file edited outside SiSambang shows up here.
Result<QStringList> turnoutMismatches(const Database &database)
{
    Query query(
        database,
        QStringLiteral("SELECT a.id FROM activity a LEFT JOIN activity_turnout_counted c ON "
                       "c.activity_id = a.id LEFT JOIN activity_turnout n ON n.activity_id = "
                       "a.id WHERE ifnull(c.total, 0) <> ifnull(n.total, 0) OR ifnull(c.male, 0) "
                       "<> ifnull(n.male, 0) OR ifnull(c.female, 0) <> ifnull(n.female, 0) "
                       "ORDER BY a.id"));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QStringList problems;
    while (query.next()) {
        problems << CheckText::tr("Activity %1: the count of who came does not match its "
                                  "attendance list.")
                        .arg(query.value(0).toLongLong());
    }
    return problems;
}

} // namespace

Result<CheckReport> checkDatabase(const Database &database)
{
    CheckReport report;
    report.schemaVersion = database.schemaVersion();
    report.expectedSchemaVersion = latestSchemaVersion();
    if (report.schemaVersion != report.expectedSchemaVersion) {
        report.problems << CheckText::tr("Schema version %1, expected %2.")
                               .arg(report.schemaVersion)
                               .arg(report.expectedSchemaVersion);
    }
    auto problems = sqlite::integrityProblems(database);
    if (!problems) {
        return problems.error();
    }
    report.problems << *problems;
    RegionRepository regions(database);
    auto counts = regions.countByLevel();
    if (!counts) {
        return counts.error();
    }
    if (counts->value(RegionLevel::Province) == 0 || counts->value(RegionLevel::Village) == 0) {
        report.problems << CheckText::tr("The region table is empty.");
    }
    if (report.schemaVersion >= 2) {
        auto index = stakeholderindex::problems(database);
        if (!index) {
            return index.error();
        }
        report.problems << *index;
    }
    if (report.schemaVersion >= 7) {
        auto photos = missingPhotoFiles(database);
        if (!photos) {
            return photos.error();
        }
        report.problems << *photos;
    }
    if (report.schemaVersion >= 9) {
        auto turnout = turnoutMismatches(database);
        if (!turnout) {
            return turnout.error();
        }
        report.problems << *turnout;
    }
    return report;
}

} // namespace sisambang::db
