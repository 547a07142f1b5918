// SPDX-License-Identifier: GPL-3.0-or-later
#include "mouprinter.h"

#include "common/documentprinter.h"
#include "common/messages.h"
#include "context.h"
#include "documentexport.h"
#include "mou.h"

namespace sisambang::ui {

void MouPrinter::preview(qint64 agreementId)
{
    auto data = documents::loadMouData(m_context.database, agreementId);
    if (!data) {
        m_context.messages.warning(m_parent, tr("Print"), data.error().message);
        return;
    }
    if (DocumentPrinter(m_context, m_parent)
            .preview(documents::mouDocument(*data, data->profile.paper), tr("MoU print preview"))) {
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
    const QString path =
        DocumentPrinter(m_context, m_parent)
            .askNewFile(tr("Export the MoU"), tr("PDF (*.pdf);;OpenDocument text (*.odt)"),
                        QStringLiteral("mou-%1.pdf").arg(agreementId),
                        {QStringLiteral("pdf"), QStringLiteral("odt")});
    if (path.isEmpty()) {
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
