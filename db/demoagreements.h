// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

namespace sisambang::db {

class Database;

// The two MoUs of 20 February 2023 (Koba, Lubuk Besar), signed, each covering
// every kelurahan/desa of its kecamatan. Needs the demo register; runs inside
// the caller's transaction.
Status buildDemoAgreements(Database &database);

} // namespace sisambang::db
