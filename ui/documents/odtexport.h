// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sisambang::documents {

// Writes documents as OpenDocument Text for LibreOffice and Word, from the same
// QTextDocument the pages are painted from (odfcontent.h), with the paper size
// and margins, the footer with "Halaman x dari y" as live fields (odfstyles.h),
// and table header rows the word processor repeats on every page. Pages are
// broken by the word processor, so text stays editable.
class OdtExport
{
    Q_DECLARE_TR_FUNCTIONS(OdtExport)

public:
    static db::Result<QByteArray> render(const Document &document);
    static db::Status write(const Document &document, const QString &path);
};

} // namespace sisambang::documents
