// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace sisambang::ui {

struct Context;

// Print preview and file export of any document of the pipeline, so that
// every page previews, prints and saves the same way.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    DocumentPrinter(Context &context, QWidget *parent)
        : m_context(context)
        , m_parent(parent)
    {
    }

    // Shows the preview; true when the clerk sent the pages to the printer.
    bool preview(const documents::Document &document, const QString &title);
    // Asks for a new file name whose extension is one of `suffixes` ("pdf",
    // "xlsx", ...); empty when cancelled or refused (with the reason shown).
    QString askNewFile(const QString &title, const QString &filter, const QString &suggestedName,
                       const QStringList &suffixes);

private:
    Context &m_context;
    QWidget *m_parent;
};

} // namespace sisambang::ui
