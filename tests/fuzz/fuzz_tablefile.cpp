// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: any bytes as an imported CSV (encoding detection, delimiter,
// header) end in a table or a message, never a crash.
#include "tablefile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto table = sisambang::db::TableFile::readCsv(bytes);
    if (!table && table.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
