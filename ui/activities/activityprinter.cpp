// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityprinter.h"

#include "activitydocumentloader.h"
#include "audit.h"
#include "common/documentprinter.h"
#include "common/messages.h"
#include "context.h"
#include "documentexport.h"
#include "printoptionsdialog.h"

#include <QRegularExpression>

namespace sisambang::ui {

QString ActivityPrinter::documentName(DocumentKind kind)
{
    // Document names are Indonesian whatever the interface language.
    switch (kind) {
    case DocumentKind::Invitation:
        return QStringLiteral("Surat Undangan");
    case DocumentKind::AttendanceSheet:
        return QStringLiteral("Daftar Hadir");
    case DocumentKind::Minutes:
        return QStringLiteral("Notulen");
    case DocumentKind::Report:
        return QStringLiteral("Laporan Kegiatan");
    }
    return {};
}

QString ActivityPrinter::suggestedFileName(DocumentKind kind, const db::Activity &activity)
{
    QString place = activity.regionName.toLower();
    place.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    QString name = documentName(kind).toLower().replace(u' ', u'-');
    return QStringLiteral("%1-%2-%3.pdf")
        .arg(name, activity.date.toString(QStringLiteral("yyyy-MM-dd")), place);
}

PrintOptions ActivityPrinter::defaults() const
{
    PrintOptions options;
    if (auto profile = db::OfficeProfileStore(m_context.database).load()) {
        options.paper = profile->paper;
    }
    return options;
}

void ActivityPrinter::print(DocumentKind kind, qint64 activityId)
{
    if (activityId == 0) {
        return;
    }
    PrintOptionsDialog dialog(kind, defaults(), m_parent);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (dialog.choice() == PrintOptionsDialog::Choice::Preview) {
        preview(kind, activityId, dialog.options());
    } else if (dialog.choice() == PrintOptionsDialog::Choice::Export) {
        exportTo(kind, activityId, dialog.options());
    }
}

db::Result<documents::Document> ActivityPrinter::build(DocumentKind kind, qint64 activityId,
                                                       const PrintOptions &options) const
{
    const ActivityDocumentLoader loader(m_context.database, m_zone);
    switch (kind) {
    case DocumentKind::Invitation:
        return loader.invitation(activityId, options);
    case DocumentKind::AttendanceSheet:
        return loader.attendanceSheet(activityId, options);
    case DocumentKind::Minutes:
        return loader.minutes(activityId, options);
    case DocumentKind::Report:
        return loader.report(activityId, options);
    }
    return db::Error::invalid(tr("Unknown document."));
}

bool ActivityPrinter::preview(DocumentKind kind, qint64 activityId, const PrintOptions &options)
{
    auto document = build(kind, activityId, options);
    if (!document) {
        m_context.messages.warning(m_parent, documentName(kind), document.error().message);
        return false;
    }
    DocumentPrinter printer(m_context, m_parent);
    if (!printer.preview(*document, documentName(kind))) {
        return false;
    }
    record(kind, activityId, QStringLiteral("%1 printed").arg(documentName(kind)));
    return true;
}

QString ActivityPrinter::exportTo(DocumentKind kind, qint64 activityId, const PrintOptions &options)
{
    auto activity = db::ActivityRepository(m_context.database).find(activityId);
    if (!activity) {
        m_context.messages.warning(m_parent, documentName(kind), activity.error().message);
        return {};
    }
    // Built before asking for a file: a document that cannot be made asks nothing.
    auto document = build(kind, activityId, options);
    if (!document) {
        m_context.messages.warning(m_parent, documentName(kind), document.error().message);
        return {};
    }
    DocumentPrinter printer(m_context, m_parent);
    const QString path = printer.askNewFile(
        tr("Save %1").arg(documentName(kind)), tr("PDF (*.pdf);;OpenDocument text (*.odt)"),
        suggestedFileName(kind, *activity), {QStringLiteral("pdf"), QStringLiteral("odt")});
    if (path.isEmpty()) {
        return {};
    }
    if (const db::Status written = documents::DocumentExport::write(*document, path); !written) {
        m_context.messages.warning(m_parent, documentName(kind), written.error().message);
        return {};
    }
    record(kind, activityId, QStringLiteral("%1 exported to %2").arg(documentName(kind), path));
    return path;
}

void ActivityPrinter::record(DocumentKind kind, qint64 activityId, const QString &what)
{
    if (auto recorded =
            db::AuditLog(m_context.database)
                .record(db::AuditAction::Print, QStringLiteral("activity"), activityId, what);
        !recorded) {
        m_context.messages.warning(m_parent, documentName(kind), recorded.error().message);
    }
}

} // namespace sisambang::ui
