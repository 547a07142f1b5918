// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: any bytes as an .xlsx workbook must be read or refused with a
// message, never crash, hang or allocate without bound (zip bombs, lying sizes).
#include "tablefile.h"
#include "xlsxreader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("input.xlsx"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            std::abort();
        }
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    const auto table = sisambang::db::TableFile::read(path);
    if (!table && table.error().message.isEmpty()) {
        std::abort(); // refused without saying why
    }
    sisambang::db::xlsx::Reader reader;
    const auto names = reader.sheetNames(path);
    if (!names && names.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
