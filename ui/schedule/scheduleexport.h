// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedulesnapshot.h"
#include "spreadsheet.h"

#include <QCoreApplication>
#include <QStringList>

namespace sisambang::db {
class Database;
}

namespace sisambang::ui {

// The schedule as page "Jadwal" shows it, for printing or a spreadsheet.
struct ScheduleExportData
{
    ScheduleSnapshot snapshot{};
    QStringList filters{}; // "Kecamatan: Koba", in Indonesian like every printed text
    QString zone = QStringLiteral("WIB");
};

// The exports of page "Jadwal" behind one interface, so that the page does not
// care which document builder writes them.
class ScheduleExporter
{
public:
    virtual ~ScheduleExporter() = default;
    // "Jadwal Sambang Pengawasan": letterhead and one table, landscape.
    virtual db::Status writePdf(const db::Database &database, const ScheduleExportData &data,
                                const QString &path) = 0;
    // .xlsx or .csv by the file's extension.
    virtual db::Status writeSpreadsheet(const ScheduleExportData &data, const QString &path) = 0;
};

// Writes both through the shared document pipeline (documents::Document and
// PdfExport) and documents::SpreadsheetWriter.
class DocumentScheduleExporter final : public ScheduleExporter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentScheduleExporter)

public:
    db::Status writePdf(const db::Database &database, const ScheduleExportData &data,
                        const QString &path) override;
    db::Status writeSpreadsheet(const ScheduleExportData &data, const QString &path) override;

    // The sheet written: Indonesian headers (tanggal, jam, kecamatan, desa,
    // kegiatan, tempat, petugas, status, bentrok), real dates.
    static documents::SpreadsheetSheet sheet(const ScheduleExportData &data);
};

} // namespace sisambang::ui
