// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: any bytes as an imported photo must be prepared (decoded,
// turned upright, reduced) or refused with a message, never crash, hang or
// allocate without bound; the EXIF reader never reads outside the bytes.
#include "exif.h"
#include "qtphotocodec.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // libjpeg's complaints about damaged data are expected here, thousands of times.
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio*=false"));
        return true;
    }();
    (void)quiet;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const sisambang::db::ExifInfo info = sisambang::db::readExif(bytes);
    if (info.orientation < 1 || info.orientation > 8) {
        std::abort();
    }
    static const sisambang::imaging::QtPhotoCodec codec;
    const auto prepared = codec.prepare(bytes);
    if (!prepared && prepared.error().message.isEmpty()) {
        std::abort(); // refused without saying why
    }
    if (prepared && (prepared->display.isEmpty() || prepared->stored.isEmpty() ||
                     prepared->width <= 0 || prepared->height <= 0)) {
        std::abort();
    }
    return 0;
}
