// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "officeprofile.h"
#include "recap.h"
#include "regions.h"
#include "result.h"
#include "spreadsheet.h"

#include <QPageLayout>

namespace sisambang::db {
class Database;
}

// The monthly recap (rekap bulanan) the secretariat sends the province, and
// the year view: built from db::RecapBuilder's figures as a document (PDF,
// ODT, printer) and as a workbook (XLSX, CSV). Always Indonesian.
namespace sisambang::documents {

struct RecapData
{
    db::MonthlyRecap recap;
    db::OfficeProfile profile;
    db::Region regency;
    QString scopeLabel; // "Kecamatan Koba", the agreement's title, or empty
    QDate reportDate;   // the closing date: the month's last day, or today if earlier
};

struct YearlyRecapData
{
    db::YearlyRecap recap;
    db::OfficeProfile profile;
    db::Region regency;
    QString scopeLabel;
    QDate reportDate;
};

db::Result<RecapData> loadRecapData(const db::Database &database, const db::RecapScope &scope,
                                    const QDate &today = QDate::currentDate());
db::Result<YearlyRecapData> loadYearlyRecapData(const db::Database &database, int year,
                                                const QString &kecamatanCode = {},
                                                const QDate &today = QDate::currentDate());

// "Maret 2023"
QString recapMonthName(const db::RecapScope &scope);
// "Terlaksana", "Ditunda", ...
QString activityStatusLabel(db::ActivityStatus status);

Document monthlyRecapDocument(const RecapData &data, db::PaperSize paper,
                              QPageLayout::Orientation orientation = QPageLayout::Portrait);
// Summary, activities and coverage sheets with real numbers and dates.
Workbook monthlyRecapWorkbook(const RecapData &data);

Document yearlyRecapDocument(const YearlyRecapData &data, db::PaperSize paper);
Workbook yearlyRecapWorkbook(const YearlyRecapData &data);

// Writes by extension: .pdf/.odt (the document), .xlsx (every sheet) or .csv
// (the sheets one after another, separated by an empty row).
db::Status writeMonthlyRecap(const RecapData &data, const QString &path, db::PaperSize paper,
                             QPageLayout::Orientation orientation = QPageLayout::Portrait);
db::Status writeYearlyRecap(const YearlyRecapData &data, const QString &path, db::PaperSize paper);

} // namespace sisambang::documents
