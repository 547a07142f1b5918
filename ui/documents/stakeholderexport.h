// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "spreadsheet.h"
#include "stakeholderquery.h"

#include <QCoreApplication>

namespace sisambang::db {
class Database;
}

namespace sisambang::documents {

// The register as the page shows it (its filter and order) exported to a
// spreadsheet under the import's own Indonesian headers, so an exported file
// can be edited and imported back.
class StakeholderExport
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderExport)

public:
    static db::Result<SpreadsheetSheet> sheet(const db::Database &database,
                                              const db::StakeholderFilter &filter,
                                              db::StakeholderSort sort = db::StakeholderSort::Name,
                                              Qt::SortOrder order = Qt::AscendingOrder);
    // Writes .csv or .xlsx by the file's extension; returns the number of people.
    static db::Result<int> write(const db::Database &database, const db::StakeholderFilter &filter,
                                 const QString &path,
                                 db::StakeholderSort sort = db::StakeholderSort::Name,
                                 Qt::SortOrder order = Qt::AscendingOrder);
};

} // namespace sisambang::documents
