// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sisambang::documents {

// Just enough of the zip format for ODF packages: read every entry (stored or
// deflated) and write entries back, the first one stored when it is the ODF
// "mimetype". Qt's zip classes are private API, so this stands on zlib alone.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    struct Entry
    {
        QString name;
        QByteArray data;
    };

    static db::Result<QList<Entry>> read(const QByteArray &zip);
    static QByteArray write(const QList<Entry> &entries);
};

} // namespace sisambang::documents
