// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// Spreadsheets as data: workbooks of sheets of typed cells (text, number,
// date), written as XLSX (libxlsxwriter) or CSV as Excel on an Indonesian
// office PC opens it (UTF-8 with BOM, CRLF). Every exported table (the
// register, the monthly recap) is built as a Workbook and written here.
namespace sisambang::documents {

struct SpreadsheetCell
{
    enum class Type { Empty, Text, Number, Date };
    Type type = Type::Empty;
    QString text;
    double number = 0;
    QDate date;

    static SpreadsheetCell fromText(const QString &text);
    static SpreadsheetCell fromNumber(double number);
    static SpreadsheetCell fromDate(const QDate &date); // an invalid date is an empty cell

    // As CSV writes it: dates YYYY-MM-DD, whole numbers without decimals.
    QString toText() const;
};

using SpreadsheetRow = QList<SpreadsheetCell>;

struct SpreadsheetSheet
{
    QString name{};
    QList<SpreadsheetRow> rows{};
    int headerRows = 1; // bold, frozen and filtered in XLSX
};

struct Workbook
{
    QList<SpreadsheetSheet> sheets{};
    QString title{};
    QString author{};
};

class SpreadsheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetWriter)

public:
    // Writes every sheet to an .xlsx file (replacing it only once complete).
    static db::Status writeXlsx(const Workbook &workbook, const QString &path);
    // One sheet as CSV bytes: UTF-8 with BOM, CRLF, fields quoted where needed.
    static QByteArray csv(const SpreadsheetSheet &sheet, QChar delimiter = u',');
    static db::Status writeCsv(const SpreadsheetSheet &sheet, const QString &path,
                               QChar delimiter = u',');
    // By the file's extension: .xlsx (every sheet) or .csv (the first sheet).
    static db::Status write(const Workbook &workbook, const QString &path);

    // A name Excel accepts for a sheet: at most 31 characters, none of []:*?/\ .
    static QString sheetName(const QString &wanted);
};

} // namespace sisambang::documents
