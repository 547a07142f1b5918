// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityprinter.h"

#include "activitydocuments.h"
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
    PrintOptions options = defaults();
    if (kind == DocumentKind::Invitation) {
        if (auto issued = documents::issuedInvitationNumber(m_context.database, activityId)) {
            options.issuedNumber = issued->number;
        }
        if (auto classes = db::LetterNumbering(m_context.database).classifications()) {
            options.classifications = *classes;
        }
    }
    PrintOptionsDialog dialog(kind, options, m_parent);
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
    // The same loaders as the CLI's print commands: one document either way.
    const db::Database &database = m_context.database;
    switch (kind) {
    case DocumentKind::Invitation: {
        if (!options.classification.isEmpty() && options.issuedNumber.isEmpty()) {
            // One number per invitation: issueInvitationNumber gives back the
            // earlier one when the letter is printed again.
            auto number = documents::issueInvitationNumber(
                database, activityId, options.classification, QDate::currentDate());
            if (!number) {
                return number.error();
            }
        }
        documents::InvitationOptions invitation;
        invitation.layout = options.layout;
        invitation.signer = options.signer;
        auto data = documents::loadInvitationData(database, activityId, invitation);
        if (!data) {
            return data.error();
        }
        if (data->invitees.isEmpty()) {
            return db::Error::invalid(tr("Nobody is invited yet: choose the participants on the "
                                         "Participants tab first."));
        }
        return documents::invitationDocument(*data, options.paper);
    }
    case DocumentKind::AttendanceSheet: {
        auto data = documents::loadAttendanceSheetData(database, activityId, options.blankRows);
        if (!data) {
            return data.error();
        }
        data->signer = options.signer;
        return documents::attendanceSheetDocument(*data, options.paper);
    }
    case DocumentKind::Minutes: {
        auto data = documents::loadMinutesData(database, activityId);
        if (!data) {
            if (data.error().code == db::Error::Code::NotFound) {
                return db::Error::notFound(
                    tr("The minutes of this activity are not written yet: fill them in on the "
                       "Minutes tab and save them first."));
            }
            return data.error();
        }
        return documents::minutesDocument(*data, options.paper);
    }
    case DocumentKind::Report: {
        auto data = documents::loadActivityReportData(database, activityId);
        if (!data) {
            return data.error();
        }
        data->signer = options.signer;
        return documents::activityReportDocument(*data, options.paper);
    }
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
    record(kind, activityId,
           QStringLiteral("%1 of activity %2 printed").arg(documentName(kind)).arg(activityId));
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
    record(kind, activityId,
           QStringLiteral("%1 of activity %2 exported to %3")
               .arg(documentName(kind))
               .arg(activityId)
               .arg(path));
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
