// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

namespace sisambang::db {

class Database;
class DemoPictures;

// The demo's activities: the two rapat koordinasi of 20 February 2023 (done,
// with their officers) and a generated plan of sambang visits to every
// kelurahan/desa of Koba and Lubuk Besar from 6 March 2023, saved through
// SchedulePlanner: the first week done, one visit postponed and moved with a
// reason, and a Saturday sosialisasi whose clash the clerk accepted. Needs the
// demo register and MoUs; runs inside the caller's transaction. Done
// activities get their records (demorecords.h); the meetings' photos only
// with `pictures`.
Status buildDemoActivities(Database &database, const DemoPictures *pictures = nullptr);

} // namespace sisambang::db
