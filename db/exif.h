// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>

namespace sisambang::db {

// What a photo's EXIF block says about it. Qt Core only, so the db layer can
// read dates without Qt Gui; the image itself is turned by the codec.
struct ExifInfo
{
    int orientation = 1;          // 1..8 as in the EXIF standard; 1 when absent
    QDateTime dateTimeOriginal{}; // local time as the camera wrote it; invalid when absent
};

// Reads the APP1 Exif segment of a JPEG. Bounded: it never reads outside
// `jpeg`, follows at most a few IFDs and entries, and returns the defaults
// for anything it cannot read (also for PNG or garbage).
ExifInfo readExif(QByteArrayView jpeg);

} // namespace sisambang::db
