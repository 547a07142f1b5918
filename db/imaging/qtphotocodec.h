// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demorecords.h"
#include "photos.h"

namespace sisambang::imaging {

// PhotoCodec over QImageReader: turns a picture upright by its EXIF
// orientation (setAutoTransform), keeps the original bytes when it already is,
// and writes a JPEG display copy at most PhotoCodec::displaySize on its longest side.
class QtPhotoCodec final : public db::PhotoCodec
{
public:
    db::Result<db::PreparedPhoto> prepare(const QByteArray &data) const override;
};

// The demo's pictures drawn with QPainter.
class QtDemoPictures final : public db::DemoPictures
{
public:
    const db::PhotoCodec &codec() const override { return m_codec; }
    QByteArray draw(const QString &caption, int variant) const override;

private:
    QtPhotoCodec m_codec;
};

} // namespace sisambang::imaging
