// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsupport.h"

#include "database.h"
#include "query.h"
#include "records.h"

#include <QCoreApplication>

namespace sisambang::db {

Result<ActivityPlace> activityPlace(const Database &database, qint64 activityId)
{
    Query query(database,
                QStringLiteral("SELECT a.region_code, r.level, r.parent_code, a.date, a.status "
                               "FROM activity a JOIN region r ON r.code = a.region_code "
                               "WHERE a.id = ?"));
    query.bind(activityId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error::notFound(
            QCoreApplication::translate("ActivityRepository", "There is no activity with id %1.")
                .arg(activityId));
    }
    ActivityPlace place;
    place.id = activityId;
    place.regionCode = query.value(0).toString();
    place.regionLevel = query.value(1).toInt();
    place.districtCode = place.regionLevel == 4 ? query.value(2).toString() : place.regionCode;
    place.date = dateFrom(query.value(3));
    place.status =
        activityStatusFromKey(query.value(4).toString()).value_or(ActivityStatus::Planned);
    return place;
}

QVariant genderValue(Gender gender)
{
    return gender == Gender::Unknown ? QVariant() : QVariant(StakeholderKinds::key(gender));
}

} // namespace sisambang::db
