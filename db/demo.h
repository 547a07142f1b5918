// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

namespace sisambang::db {

class Database;
class DemoPictures;

// The region code of the demo office: Kabupaten Bangka Tengah.
inline constexpr auto demoRegionCode = "19.04";

// Fills a fresh database with the story of DESIGN.md: Bawaslu Kabupaten Bangka
// Tengah and the Sambang Pengawasan programme of February 2023. One transaction;
// refuses a database whose office is already set up. With `pictures` (db/imaging's
// QtDemoPictures) the two meetings get their documentation photos.
Status buildDemo(Database &database, const DemoPictures *pictures = nullptr);

} // namespace sisambang::db
