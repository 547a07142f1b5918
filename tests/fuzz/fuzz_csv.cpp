// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: any bytes through the CSV decoder and reader must end in records
// or a clear error, never a crash or a hang.
#include "csv.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = sisambang::db::csv::decode(bytes);
    sisambang::db::csv::Reader reader(text, sisambang::db::csv::detectDelimiter(text));
    QStringList fields;
    int lastLine = 0;
    qsizetype records = 0;
    while (reader.readRecord(fields)) {
        // Record lines only move forward, and there are never more records than bytes.
        if (reader.recordLine() <= lastLine || ++records > qsizetype(size) + 1) {
            std::abort();
        }
        lastLine = reader.recordLine();
    }
    if (!reader.atEnd() && reader.error().isEmpty()) {
        std::abort(); // stopped early without saying why
    }
    return 0;
}
