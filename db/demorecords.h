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

// The records of the demo's activities: invited participants, attendance,
// minutes and follow-up items of the two rapat koordinasi of 20 February
// 2023, attendance of the done sambang visits, and (with `pictures`) two
// documentation photos per meeting. Runs inside the caller's transaction.
Status buildDemoRecords(Database &database, const DemoPictures *pictures);

} // namespace sisambang::db
