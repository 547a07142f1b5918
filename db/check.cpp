// SPDX-License-Identifier: GPL-3.0-or-later
#include "check.h"

#include "database.h"
#include "migrations.h"
#include "regions.h"
#include "sqlite.h"
#include "stakeholderindex.h"

#include <QCoreApplication>

namespace sisambang::db {

namespace {
class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(Check)
};
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
    return report;
}

} // namespace sisambang::db
