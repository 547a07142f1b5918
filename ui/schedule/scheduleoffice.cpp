// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleoffice.h"

#include "officeprofile.h"

namespace sisambang::ui {

ScheduleOffice ScheduleOffice::load(const db::Database &database)
{
    ScheduleOffice office;
    if (auto profile = db::OfficeProfileStore(database).load();
        profile && profile->isConfigured()) {
        office.regencyCode = profile->regionCode;
        office.zone = db::timeZoneLabel(db::timeZoneForRegion(profile->regionCode));
    }
    return office;
}

} // namespace sisambang::ui
