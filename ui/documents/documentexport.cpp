// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentexport.h"

#include "odtexport.h"
#include "pdfexport.h"

#include <QFileInfo>

namespace sisambang::documents {

std::optional<ExportFormat> DocumentExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("pdf")) {
        return ExportFormat::Pdf;
    }
    if (suffix == QStringLiteral("odt")) {
        return ExportFormat::Odt;
    }
    return std::nullopt;
}

db::Status DocumentExport::write(const Document &document, const QString &path)
{
    const auto format = formatForPath(path);
    if (!format) {
        return db::Error::invalid(
            tr("Cannot tell the format of %1: name it .pdf or .odt.").arg(path));
    }
    switch (*format) {
    case ExportFormat::Pdf:
        return PdfExport::write(document, path);
    case ExportFormat::Odt:
        return OdtExport::write(document, path);
    }
    return db::Error::invalid(tr("Cannot tell the format of %1: name it .pdf or .odt.").arg(path));
}

} // namespace sisambang::documents
