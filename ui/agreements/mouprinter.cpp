// SPDX-License-Identifier: GPL-3.0-or-later
#include "mouprinter.h"

#include "common/filedialogs.h"
#include "common/messages.h"
#include "context.h"
#include "documentexport.h"
#include "mou.h"
#include "renderer.h"

#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace sisambang::ui {

void MouPrinter::preview(qint64 agreementId)
{
    auto data = documents::loadMouData(m_context.database, agreementId);
    if (!data) {
        m_context.messages.warning(m_parent, tr("Print"), data.error().message);
        return;
    }
    const documents::DocumentRenderer renderer(documents::mouDocument(*data, data->profile.paper));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(renderer.pageLayout());
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("MoU print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        if (auto done = renderer.render(*target); !done) {
            m_context.messages.warning(m_parent, tr("Print"), done.error().message);
        }
    });
    if (dialog.exec() == QDialog::Accepted) {
        // Accepting the preview sends the pages to the printer.
        if (auto recorded = db::AgreementRepository(m_context.database)
                                .recordPrint(agreementId, QStringLiteral("printed"));
            !recorded) {
            m_context.messages.warning(m_parent, tr("Print"), recorded.error().message);
        }
    }
}

QString MouPrinter::exportFile(qint64 agreementId)
{
    auto data = documents::loadMouData(m_context.database, agreementId);
    if (!data) {
        m_context.messages.warning(m_parent, tr("Export"), data.error().message);
        return {};
    }
    const QString path = m_context.fileDialogs.saveFile(
        m_parent, tr("Export the MoU"), tr("PDF (*.pdf);;OpenDocument text (*.odt)"),
        QStringLiteral("mou-%1.pdf").arg(agreementId));
    if (path.isEmpty()) {
        return {};
    }
    if (!documents::DocumentExport::formatForPath(path)) {
        m_context.messages.warning(m_parent, tr("Export"),
                                   tr("Choose a file name ending in .pdf or .odt."));
        return {};
    }
    if (QFileInfo::exists(path)) {
        m_context.messages.warning(m_parent, tr("Export"),
                                   tr("%1 exists already; choose another name.").arg(path));
        return {};
    }
    const auto document = documents::mouDocument(*data, data->profile.paper);
    if (auto written = documents::DocumentExport::write(document, path); !written) {
        m_context.messages.warning(m_parent, tr("Export"), written.error().message);
        return {};
    }
    if (auto recorded = db::AgreementRepository(m_context.database)
                            .recordPrint(agreementId, QStringLiteral("exported to %1").arg(path));
        !recorded) {
        m_context.messages.warning(m_parent, tr("Export"), recorded.error().message);
    }
    return path;
}

} // namespace sisambang::ui
