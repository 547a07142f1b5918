// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace sisambang::db {

class Database;

// Fills the region table from CSV text in the shared format
// (kode,nama,level,induk_kode). Every row is checked: known level, kind derivable
// from the code, parent listed before the child. Returns the number of rows.
// The caller owns the transaction.
Result<int> importRegionCsv(const Database &database, const QString &text);
// Loads the bundled region data of all Indonesia.
Result<int> loadRegionData(const Database &database);

} // namespace sisambang::db
