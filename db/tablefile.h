// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sisambang::db {

// One record of a spreadsheet or CSV file as text, with where it starts:
// the CSV line (a record with a newline inside spans several) or the row
// number of the sheet, which is what the clerk sees in Excel.
struct TableRecord
{
    int line = 0;
    QStringList cells;
};

struct Table
{
    QList<TableRecord> records; // the header is the first one
};

// Reads the first sheet of an .xlsx or a .csv/.txt file as offices keep them:
// UTF-8 with or without BOM or Windows-1252; comma, semicolon or tab; CRLF;
// quoted fields with delimiters and newlines. Blank records are skipped.
class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)

public:
    static Result<Table> read(const QString &path);
    static Result<Table> readCsv(const QByteArray &bytes);
    static Result<Table> readXlsx(const QString &path);

    // Files above this are refused before reading (an office register is far smaller).
    static constexpr qint64 maxCsvBytes = 256LL << 20;
};

} // namespace sisambang::db
