// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

namespace sisambang::db {

class Database;

// The demo's stakeholder register: the people of the story (the Bawaslu
// office, the two sekcam, the province's Kabag) and an invented register for
// every kelurahan/desa of Kecamatan Koba and Lubuk Besar. Runs inside
// buildDemo()'s transaction.
Status buildDemoStakeholders(Database &database);

} // namespace sisambang::db
