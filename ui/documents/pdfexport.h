// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sisambang::documents {

// Writes documents as PDF through DocumentRenderer and QPdfWriter: paper size
// exact to the tenth of a millimetre (F4 too), 300 dpi, fonts embedded.
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(PdfExport)

public:
    static constexpr int resolution = 300;

    static db::Result<QByteArray> render(const Document &document);
    // Replaces `path` only once the whole PDF is written.
    static db::Status write(const Document &document, const QString &path);
};

} // namespace sisambang::documents
