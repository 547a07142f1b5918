// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleexport.h"

#include "documents/document.h"
#include "documents/indonesiantext.h"
#include "documents/letterhead.h"
#include "documents/pdfexport.h"
#include "documents/schedule.h"
#include "officeprofile.h"
#include "regions.h"

namespace sisambang::ui {

namespace {

QString timeText(const db::Activity &activity)
{
    return QStringLiteral("%1-%2").arg(activity.start.toString(QStringLiteral("HH.mm")),
                                       activity.end.toString(QStringLiteral("HH.mm")));
}

QString kindText(const db::Activity &activity)
{
    QString text =
        activity.title.isEmpty() ? db::activityKindLabelId(activity.kind) : activity.title;
    if (activity.visitNumber > 1) {
        text += QStringLiteral(" (kunjungan ke-%1)").arg(activity.visitNumber);
    }
    return text;
}

QString officersText(const db::Activity &activity, const QString &separator)
{
    QStringList names;
    for (const db::ActivityOfficer &officer : activity.officers) {
        names << QStringLiteral("%1 (%2)").arg(officer.name, db::officerRoleLabelId(officer.role));
    }
    return names.join(separator);
}

QString clashText(const ScheduleSnapshot &snapshot, qsizetype index)
{
    QStringList lines;
    for (const db::Clash &clash : snapshot.clashesOf(snapshot.key(index))) {
        lines << (clash.accepted
                      ? QStringLiteral("%1 (diterima: %2)").arg(clash.message, clash.acceptedReason)
                      : clash.message);
    }
    return lines.join(QStringLiteral("; "));
}

} // namespace

documents::SpreadsheetSheet DocumentScheduleExporter::sheet(const ScheduleExportData &data)
{
    using Cell = documents::SpreadsheetCell;
    documents::SpreadsheetSheet sheet;
    sheet.name = QStringLiteral("Jadwal");
    documents::SpreadsheetRow header;
    for (const char *title : {"tanggal", "jam", "kecamatan", "desa", "kegiatan", "tempat",
                              "petugas", "status", "bentrok"}) {
        header << Cell::fromText(QLatin1String(title));
    }
    sheet.rows << header;
    const ScheduleSnapshot &snapshot = data.snapshot;
    for (qsizetype i = 0; i < snapshot.activities.size(); ++i) {
        const db::Activity &activity = snapshot.activities.at(i);
        sheet.rows << documents::SpreadsheetRow{
            Cell::fromDate(activity.date),
            Cell::fromText(timeText(activity)),
            Cell::fromText(activity.districtName),
            Cell::fromText(activity.regionCode == activity.districtCode ? QString()
                                                                        : activity.regionName),
            Cell::fromText(kindText(activity)),
            Cell::fromText(activity.venue),
            Cell::fromText(officersText(activity, QStringLiteral("; "))),
            Cell::fromText(db::activityStatusLabelId(activity.status)),
            Cell::fromText(clashText(snapshot, i))};
    }
    return sheet;
}

db::Status DocumentScheduleExporter::writeSpreadsheet(const ScheduleExportData &data,
                                                      const QString &path)
{
    documents::Workbook workbook;
    workbook.title = QStringLiteral("Jadwal Sambang Pengawasan");
    workbook.sheets << sheet(data);
    return documents::SpreadsheetWriter::write(workbook, path);
}

db::Status DocumentScheduleExporter::writePdf(const db::Database &database,
                                              const ScheduleExportData &data, const QString &path)
{
    // The one schedule document of the pipeline, with the rows the page shows.
    db::ActivityFilter window;
    window.from = data.snapshot.from;
    window.to = data.snapshot.to;
    auto schedule = documents::loadScheduleData(database, window);
    if (!schedule) {
        return schedule.error();
    }
    schedule->activities = data.snapshot.activities;
    schedule->extraFilters = data.filters;
    return documents::ScheduleExport::write(*schedule, path, schedule->profile.paper);
}

} // namespace sisambang::ui
