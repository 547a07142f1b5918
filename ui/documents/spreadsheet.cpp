// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet.h"

#include "csv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <cmath>
#include <memory>

namespace sisambang::documents {

namespace {

struct WorkbookCloser
{
    void operator()(lxw_workbook *workbook) const { workbook_close(workbook); }
};

// Above this many cells the XLSX is streamed row by row (libxlsxwriter's
// constant-memory mode, which writes inline strings).
constexpr qsizetype streamingCells = 200000;

double columnWidth(const SpreadsheetSheet &sheet, int column)
{
    qsizetype widest = 6;
    // The first rows tell the width well enough; a huge sheet is not measured whole.
    const qsizetype measured = std::min<qsizetype>(sheet.rows.size(), 2000);
    for (qsizetype row = 0; row < measured; ++row) {
        const SpreadsheetRow &cells = sheet.rows.at(row);
        if (column < cells.size()) {
            const SpreadsheetCell &cell = cells.at(column);
            const qsizetype length =
                cell.type == SpreadsheetCell::Type::Date ? 10 : cell.toText().size();
            widest = std::max(widest, length + 2);
        }
    }
    return static_cast<double>(std::min<qsizetype>(widest, 60));
}

} // namespace

SpreadsheetCell SpreadsheetCell::fromText(const QString &text)
{
    SpreadsheetCell cell;
    cell.type = text.isEmpty() ? Type::Empty : Type::Text;
    cell.text = text;
    return cell;
}

SpreadsheetCell SpreadsheetCell::fromNumber(double number)
{
    SpreadsheetCell cell;
    cell.type = Type::Number;
    cell.number = number;
    return cell;
}

SpreadsheetCell SpreadsheetCell::fromDate(const QDate &date)
{
    SpreadsheetCell cell;
    cell.type = date.isValid() ? Type::Date : Type::Empty;
    cell.date = date;
    return cell;
}

QString SpreadsheetCell::toText() const
{
    switch (type) {
    case Type::Empty:
        return {};
    case Type::Text:
        return text;
    case Type::Date:
        return date.toString(Qt::ISODate);
    case Type::Number:
        if (std::floor(number) == number && std::fabs(number) < 1e15) {
            return QString::number(static_cast<qint64>(number));
        }
        return QString::number(number, 'g', 15);
    }
    return {};
}

QString SpreadsheetWriter::sheetName(const QString &wanted)
{
    QString name = wanted.simplified();
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'}) {
        name.replace(c, u'-');
    }
    if (name.startsWith(u'\'')) {
        name.remove(0, 1);
    }
    name = name.left(31);
    return name.isEmpty() ? QStringLiteral("Sheet") : name;
}

db::Status SpreadsheetWriter::writeXlsx(const Workbook &workbook, const QString &path)
{
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return db::Error::notFound(tr("The folder %1 does not exist.")
                                       .arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    // Written beside the target and renamed at the end, so a failure never
    // leaves half a workbook under the real name.
    const QString partial = path + QStringLiteral(".part");
    qsizetype cells = 0;
    for (const SpreadsheetSheet &sheet : workbook.sheets) {
        for (const SpreadsheetRow &row : sheet.rows) {
            cells += row.size();
        }
    }
    lxw_workbook_options options{};
    options.constant_memory = cells > streamingCells ? LXW_TRUE : LXW_FALSE;
    const QByteArray partialName = QFile::encodeName(partial);
    std::unique_ptr<lxw_workbook, WorkbookCloser> book(
        workbook_new_opt(partialName.constData(), &options));
    if (!book) {
        return db::Error::failed(
            tr("Cannot write %1.").arg(QDir::toNativeSeparators(target.fileName())));
    }
    const QByteArray title = workbook.title.toUtf8();
    const QByteArray author = workbook.author.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>(author.constData());
    workbook_set_properties(book.get(), &properties);

    lxw_format *header = workbook_add_format(book.get());
    format_set_bold(header);
    format_set_bg_color(header, 0xD9D9D9);
    format_set_text_wrap(header);
    lxw_format *date = workbook_add_format(book.get());
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *headerDate = workbook_add_format(book.get());
    format_set_num_format(headerDate, "dd/mm/yyyy");
    format_set_bold(headerDate);

    QStringList usedNames;
    for (const SpreadsheetSheet &sheet : workbook.sheets) {
        QString name = sheetName(sheet.name);
        for (int n = 2; usedNames.contains(name, Qt::CaseInsensitive); ++n) {
            name = sheetName(sheet.name).left(27) + QStringLiteral(" (%1)").arg(n);
        }
        usedNames << name;
        const QByteArray sheetTitle = name.toUtf8();
        lxw_worksheet *worksheet = workbook_add_worksheet(book.get(), sheetTitle.constData());
        if (!worksheet) {
            return db::Error::failed(tr("Cannot add the sheet \"%1\".").arg(name));
        }
        int columns = 0;
        for (const SpreadsheetRow &row : sheet.rows) {
            columns = std::max(columns, static_cast<int>(row.size()));
        }
        for (int column = 0; column < columns; ++column) {
            worksheet_set_column(worksheet, static_cast<lxw_col_t>(column),
                                 static_cast<lxw_col_t>(column), columnWidth(sheet, column),
                                 nullptr);
        }
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const bool isHeader = r < sheet.headerRows;
            const SpreadsheetRow &row = sheet.rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const SpreadsheetCell &cell = row.at(c);
                const auto rowIndex = static_cast<lxw_row_t>(r);
                const auto columnIndex = static_cast<lxw_col_t>(c);
                lxw_error error = LXW_NO_ERROR;
                switch (cell.type) {
                case SpreadsheetCell::Type::Empty:
                    break;
                case SpreadsheetCell::Type::Text: {
                    const QByteArray text = cell.text.toUtf8();
                    error = worksheet_write_string(worksheet, rowIndex, columnIndex,
                                                   text.constData(), isHeader ? header : nullptr);
                    break;
                }
                case SpreadsheetCell::Type::Number:
                    error = worksheet_write_number(worksheet, rowIndex, columnIndex, cell.number,
                                                   isHeader ? header : nullptr);
                    break;
                case SpreadsheetCell::Type::Date: {
                    lxw_datetime value{
                        cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
                    error = worksheet_write_datetime(worksheet, rowIndex, columnIndex, &value,
                                                     isHeader ? headerDate : date);
                    break;
                }
                }
                if (error != LXW_NO_ERROR) {
                    return db::Error::failed(
                        tr("Cannot write row %1 of \"%2\": %3")
                            .arg(r + 1)
                            .arg(name, QString::fromUtf8(lxw_strerror(error))));
                }
            }
        }
        if (sheet.headerRows > 0 && !sheet.rows.isEmpty() && columns > 0) {
            worksheet_freeze_panes(worksheet, static_cast<lxw_row_t>(sheet.headerRows), 0);
            worksheet_autofilter(worksheet, static_cast<lxw_row_t>(sheet.headerRows - 1), 0,
                                 static_cast<lxw_row_t>(sheet.rows.size() - 1),
                                 static_cast<lxw_col_t>(columns - 1));
        }
    }
    const lxw_error closed = workbook_close(book.release());
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return db::Error::failed(tr("Cannot write %1: %2")
                                     .arg(QDir::toNativeSeparators(target.fileName()),
                                          QString::fromUtf8(lxw_strerror(closed))));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return db::Error::failed(
            tr("Cannot write %1.").arg(QDir::toNativeSeparators(target.fileName())));
    }
    return {};
}

QByteArray SpreadsheetWriter::csv(const SpreadsheetSheet &sheet, QChar delimiter)
{
    QString text;
    for (const SpreadsheetRow &row : sheet.rows) {
        QStringList fields;
        for (const SpreadsheetCell &cell : row) {
            fields << cell.toText();
        }
        text += db::csv::formatRecord(fields, delimiter);
    }
    // The BOM tells Excel the file is UTF-8; without it names with accents break.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

db::Status SpreadsheetWriter::writeCsv(const SpreadsheetSheet &sheet, const QString &path,
                                       QChar delimiter)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return db::Error::failed(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.write(csv(sheet, delimiter));
    if (!file.commit()) {
        return db::Error::failed(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

db::Status SpreadsheetWriter::write(const Workbook &workbook, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        return writeXlsx(workbook, path);
    }
    if (suffix == QLatin1String("csv")) {
        return writeCsv(workbook.sheets.isEmpty() ? SpreadsheetSheet() : workbook.sheets.first(),
                        path);
    }
    return db::Error::invalid(tr("Choose a file name ending in .xlsx or .csv."));
}

} // namespace sisambang::documents
