// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace sisambang::db {

class Database;
class PhotoCodec;

// What the demo's photos need from Qt Gui, which the db layer does not link:
// a drawn picture and the codec that stores it. db/imaging implements it.
class DemoPictures
{
public:
    virtual ~DemoPictures() = default;
    virtual const PhotoCodec &codec() const = 0;
    // A JPEG of a scene with `caption` written on it; `variant` changes the drawing.
    virtual QByteArray draw(const QString &caption, int variant) const = 0;
};

enum class DemoMeeting { LubukBesar, Koba };

// The records of one of the two rapat koordinasi of 20 February 2023:
// invited participants, attendance (a walk-in too), minutes, follow-up items
// and, with `pictures`, two documentation photos. Runs inside the caller's
// transaction, before the meeting is marked done.
Status recordDemoMeeting(Database &database, qint64 activityId, DemoMeeting meeting,
                         const DemoPictures *pictures);
// A done sambang visit: its desa's usual officials invited, all but the last
// present; `followUp` adds an open follow-up item.
Status recordDemoVisit(Database &database, qint64 activityId, bool followUp);

} // namespace sisambang::db
