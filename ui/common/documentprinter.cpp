// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentprinter.h"

#include "common/filedialogs.h"
#include "common/messages.h"
#include "context.h"
#include "renderer.h"

#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace sisambang::ui {

bool DocumentPrinter::preview(const documents::Document &document, const QString &title)
{
    const documents::DocumentRenderer renderer(document);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(renderer.pageLayout());
    printer.setFullPage(true);
    printer.setDocName(document.title);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        if (auto done = renderer.render(*target); !done) {
            m_context.messages.warning(m_parent, tr("Print"), done.error().message);
        }
    });
    // Accepting the preview sends the pages to the printer.
    return dialog.exec() == QDialog::Accepted;
}

QString DocumentPrinter::askNewFile(const QString &title, const QString &filter,
                                    const QString &suggestedName, const QStringList &suffixes)
{
    const QString path = m_context.fileDialogs.saveFile(m_parent, title, filter, suggestedName);
    if (path.isEmpty()) {
        return {};
    }
    if (!suffixes.contains(QFileInfo(path).suffix().toLower())) {
        m_context.messages.warning(
            m_parent, title,
            tr("Choose a file name ending in .%1.").arg(suffixes.join(QStringLiteral(", ."))));
        return {};
    }
    if (QFileInfo::exists(path)) {
        m_context.messages.warning(m_parent, title,
                                   tr("%1 exists already; choose another name.").arg(path));
        return {};
    }
    return path;
}

} // namespace sisambang::ui
