// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleexportactions.h"

#include "audit.h"
#include "common/filedialogs.h"
#include "common/messages.h"
#include "context.h"

#include <QFileInfo>

namespace sisambang::ui {

namespace {

QString suggestedName(const ScheduleExportData &data, const QString &suffix)
{
    return QStringLiteral("jadwal-%1.%2")
        .arg(data.snapshot.from.toString(QStringLiteral("yyyy-MM-dd")), suffix);
}

} // namespace

bool ScheduleExportActions::usable(const QString &path, const QStringList &suffixes,
                                   const QString &wrongSuffix)
{
    if (path.isEmpty()) {
        return false;
    }
    if (!suffixes.contains(QFileInfo(path).suffix().toLower())) {
        m_context.messages.warning(m_parent, tr("Export"), wrongSuffix);
        return false;
    }
    if (QFileInfo::exists(path)) {
        m_context.messages.warning(m_parent, tr("Export"),
                                   tr("%1 exists already; choose another name.").arg(path));
        return false;
    }
    return true;
}

void ScheduleExportActions::recordExport(const QString &path)
{
    // The Jadwal is an official document: its export is audited as the CLI's is.
    if (auto recorded = db::AuditLog(m_context.database)
                            .record(db::AuditAction::Print, QStringLiteral("schedule"), 0,
                                    QStringLiteral("Schedule exported to %1").arg(path));
        !recorded) {
        m_context.messages.warning(m_parent, tr("Export"), recorded.error().message);
    }
}

QString ScheduleExportActions::pdf(const ScheduleExportData &data)
{
    const QString path = m_context.fileDialogs.saveFile(m_parent, tr("Export the schedule as PDF"),
                                                        tr("PDF (*.pdf)"),
                                                        suggestedName(data, QStringLiteral("pdf")));
    if (!usable(path, {QStringLiteral("pdf")}, tr("Choose a file name ending in .pdf."))) {
        return {};
    }
    if (auto written = m_exporter.writePdf(m_context.database, data, path); !written) {
        m_context.messages.warning(m_parent, tr("Export"), written.error().message);
        return {};
    }
    recordExport(path);
    return path;
}

QString ScheduleExportActions::spreadsheet(const ScheduleExportData &data)
{
    const QString path = m_context.fileDialogs.saveFile(
        m_parent, tr("Export the schedule as a spreadsheet"),
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"), suggestedName(data, QStringLiteral("xlsx")));
    if (!usable(path, {QStringLiteral("xlsx"), QStringLiteral("csv")},
                tr("Choose a file name ending in .xlsx or .csv."))) {
        return {};
    }
    if (auto written = m_exporter.writeSpreadsheet(data, path); !written) {
        m_context.messages.warning(m_parent, tr("Export"), written.error().message);
        return {};
    }
    recordExport(path);
    return path;
}

} // namespace sisambang::ui
