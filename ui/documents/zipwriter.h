// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sisambang::documents {

// Writes a zip archive, just enough for ODF packages: entries deflated, except
// an ODF "mimetype" first entry, which is stored so it can be sniffed. Qt's zip
// classes are private API, so this stands on zlib alone.
class ZipWriter
{
public:
    struct Entry
    {
        QString name;
        QByteArray data;
    };

    static QByteArray write(const QList<Entry> &entries);
};

} // namespace sisambang::documents
