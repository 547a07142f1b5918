// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

namespace sisambang::documents {

enum class ExportFormat { Pdf, Odt };

// Picks the format from the file name, so "-o rekap.pdf" and "-o rekap.odt" both
// work wherever a document is saved.
class DocumentExport
{
    Q_DECLARE_TR_FUNCTIONS(DocumentExport)

public:
    static std::optional<ExportFormat> formatForPath(const QString &path);
    static db::Status write(const Document &document, const QString &path);
};

} // namespace sisambang::documents
