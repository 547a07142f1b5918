// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sisambang::documents {

// Writes documents as OpenDocument Text for LibreOffice and Word. The text comes
// from the same model through QTextDocumentWriter ("odf"); the package is then
// completed with what Qt leaves out: the paper size and margins, the footer with
// "Halaman x dari y" as live fields, and table header rows that the word
// processor repeats on every page. Pages are broken by the word processor.
class OdtExport
{
    Q_DECLARE_TR_FUNCTIONS(OdtExport)

public:
    static db::Result<QByteArray> render(const Document &document);
    static db::Status write(const Document &document, const QString &path);
};

} // namespace sisambang::documents
