// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"
#include "result.h"
#include "stakeholderkinds.h"

#include <QDate>
#include <QString>
#include <QVariant>

// What the activity-record repositories share (participants, attendance,
// minutes, follow-ups, photos): the activity they hang on, read in one query.
namespace sisambang::db {

class Database;

struct ActivityPlace
{
    qint64 id = 0;
    QString regionCode{};
    int regionLevel = 0;    // 4: kelurahan/desa, 3: kecamatan
    QString districtCode{}; // the kecamatan
    QDate date{};
    ActivityStatus status = ActivityStatus::Planned;
};

// NotFound when there is no such activity.
Result<ActivityPlace> activityPlace(const Database &database, qint64 activityId);

// NULL for an unknown gender, as the person table keeps it.
QVariant genderValue(Gender gender);

} // namespace sisambang::db
