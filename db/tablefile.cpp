// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablefile.h"

#include "csv.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace sisambang::db {

namespace {

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

} // namespace

Result<Table> TableFile::read(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        return readXlsx(path);
    }
    if (suffix == QLatin1String("xls") || suffix == QLatin1String("ods")) {
        return Error::invalid(tr("%1 files cannot be read; save the sheet as .xlsx or .csv in the "
                                 "spreadsheet program.")
                                  .arg(QLatin1Char('.') + suffix));
    }
    QFile file(path);
    if (!file.exists()) {
        return Error::notFound(tr("The file %1 does not exist.").arg(info.fileName()));
    }
    if (file.size() > maxCsvBytes) {
        return Error::invalid(
            tr("%1 is too large to import (%2 MB).").arg(info.fileName()).arg(file.size() >> 20));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::failed(tr("Cannot read %1: %2").arg(info.fileName(), file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    // An .xlsx renamed to .csv: read it for what it is.
    if (bytes.startsWith("PK\x03\x04")) {
        return readXlsx(path);
    }
    return readCsv(bytes);
}

Result<Table> TableFile::readCsv(const QByteArray &bytes)
{
    if (bytes.contains('\0')) {
        return Error::invalid(tr("The file is not text (CSV): it holds binary data."));
    }
    const QString text = csv::decode(bytes);
    csv::Reader reader(text, csv::detectDelimiter(text));
    Table table;
    QStringList fields;
    while (reader.readRecord(fields)) {
        if (!isBlank(fields)) {
            table.records.append({reader.recordLine(), fields});
        }
    }
    if (!reader.error().isEmpty()) {
        return Error::invalid(reader.error());
    }
    return table;
}

Result<Table> TableFile::readXlsx(const QString &path)
{
    xlsx::Reader reader;
    auto sheet = reader.readSheet(path, 0);
    if (!sheet) {
        return sheet.error();
    }
    Table table;
    for (const xlsx::Row &row : sheet->rows) {
        QStringList cells;
        for (const xlsx::Cell &cell : row.cells) {
            cells << cell.toText();
        }
        if (!isBlank(cells)) {
            table.records.append({row.number, cells});
        }
    }
    return table;
}

} // namespace sisambang::db
