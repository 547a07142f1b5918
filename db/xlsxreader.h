// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Reads the cells of an Excel workbook (.xlsx): a zip of XML parts read with
// minizip and QXmlStreamReader, since Debian packages no C++ XLSX reader.
// (Not QuaZip: it exports minizip's function names from its own modified
// copy, and libxlsxwriter, in the same process, then calls the wrong one.)
// Shared and inline strings, numbers, booleans, and dates (numbers in a date
// format, 1900 and 1904 systems). A hostile file (zip bomb, huge entries or
// cells) ends in a clear error before it can exhaust memory.
namespace sisambang::db::xlsx {

struct Limits
{
    qint64 maxEntryBytes = 64LL << 20;  // one XML part, uncompressed
    qint64 maxTotalBytes = 256LL << 20; // all parts read, uncompressed
    qint64 maxRatio = 200;              // uncompressed / compressed of a large part
    int maxEntries = 10000;
    int maxCellChars = 32767; // Excel's own limit for one cell
};

struct Cell
{
    enum class Type { Empty, Text, Number, Date, Boolean, Error };
    Type type = Type::Empty;
    QString text;      // Text and Error
    double number = 0; // Number, Boolean (0/1), and the serial of a Date
    QDate date;

    // As an import reads it: numbers without ".0", dates as YYYY-MM-DD.
    QString toText() const;
};

struct Row
{
    int number = 0;    // 1-based row number in the sheet
    QList<Cell> cells; // by column, A first; missing cells are Empty
};

struct Sheet
{
    QString name;
    QList<Row> rows; // rows that hold anything, in order
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    explicit Reader(Limits limits = {})
        : m_limits(limits)
    {
    }

    Result<QStringList> sheetNames(const QString &path) const;
    // The sheet at `index` (0 = the first tab).
    Result<Sheet> readSheet(const QString &path, int index = 0) const;

private:
    Limits m_limits;
};

// A date serial of the 1900 (Windows) or 1904 (old Mac) date system.
QDate dateFromSerial(double serial, bool system1904 = false);

} // namespace sisambang::db::xlsx
