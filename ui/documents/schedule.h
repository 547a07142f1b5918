// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"
#include "document.h"
#include "officeprofile.h"
#include "regions.h"
#include "result.h"
#include "spreadsheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sisambang::db {
class Database;
}

namespace sisambang::documents {

// What the printed schedule is built from: the (filtered) activities and the
// office around them.
struct ScheduleData
{
    QList<db::Activity> activities;
    db::ActivityFilter filter;
    QString regionName; // the filter's region, "Kecamatan Koba" or "Desa Nibung, Kecamatan Koba"
    db::OfficeProfile profile;
    db::Region regency;       // the office's kabupaten/kota, for the letterhead
    QString timeZone;         // "WIB", "WITA" or "WIT", from the office's province
    QDate printedOn;          // the date beside the signature
    QStringList extraFilters; // more of the filter line, in Indonesian ("Petugas: ...")
};

// Reads the activities the filter selects (cancelled ones included, as the
// filter says) with the office profile; printedOn is today unless given.
db::Result<ScheduleData> loadScheduleData(const db::Database &database,
                                          const db::ActivityFilter &filter,
                                          const QDate &printedOn = {});

// "Periode 6 Maret 2023 s.d. 31 Maret 2023; Kecamatan Koba; status Selesai".
QString scheduleFilterLine(const ScheduleData &data);

// "JADWAL SAMBANG PENGAWASAN": letterhead, the filter line, a table (No,
// Hari/Tanggal, Waktu, Kecamatan, Desa/Kelurahan, Kegiatan, Tempat, Petugas,
// Status) whose header repeats on every page, and the Kepala Sekretariat's
// signature. Landscape, so the nine columns stay legible. Always Indonesian.
Document scheduleDocument(const ScheduleData &data, db::PaperSize paper);

// The same schedule as a sheet with real dates, in the columns the schedule
// import reads (so an exported schedule imports back unchanged).
Workbook scheduleWorkbook(const ScheduleData &data);

class ScheduleExport
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleExport)

public:
    // By the file's extension: .pdf or .odt (the document), .xlsx or .csv (the sheet).
    static db::Status write(const ScheduleData &data, const QString &path, db::PaperSize paper);
    static bool supports(const QString &path);
};

} // namespace sisambang::documents
