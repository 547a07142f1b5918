// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <unzip.h>

#include <cmath>
#include <memory>

namespace sisambang::db::xlsx {

namespace {

constexpr auto relationshipsNamespace =
    u"http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// The zip of a workbook, every entry checked against the limits before and
// while it is inflated (declared sizes can lie). minizip is the zip library
// libxlsxwriter itself uses, so reader and writer share one in the process.
class Package
{
    Q_DISABLE_COPY_MOVE(Package)

public:
    Package(const QString &path, const Limits &limits)
        : m_path(path)
        , m_limits(limits)
    {
    }
    ~Package()
    {
        if (m_zip) {
            unzClose(m_zip);
        }
    }

    Status open()
    {
        const QString name = QFileInfo(m_path).fileName();
        if (!QFileInfo::exists(m_path)) {
            return Error::notFound(Reader::tr("The file %1 does not exist.").arg(name));
        }
        m_zip = unzOpen64(QFile::encodeName(m_path).constData());
        if (!m_zip) {
            return Error::invalid(Reader::tr("%1 is not an Excel workbook (.xlsx): it is not a "
                                             "zip archive. Save it from the spreadsheet program "
                                             "as .xlsx or .csv.")
                                      .arg(name));
        }
        unz_global_info64 global{};
        if (unzGetGlobalInfo64(m_zip, &global) != UNZ_OK) {
            return damaged(name);
        }
        if (global.number_entry > static_cast<ZPOS64_T>(m_limits.maxEntries)) {
            return tooLarge(Reader::tr("it holds %1 parts").arg(global.number_entry));
        }
        for (int status = unzGoToFirstFile(m_zip); status == UNZ_OK;
             status = unzGoToNextFile(m_zip)) {
            unz_file_info64 info{};
            char entryName[512] = {};
            if (unzGetCurrentFileInfo64(m_zip, &info, entryName, sizeof entryName - 1, nullptr, 0,
                                        nullptr, 0) != UNZ_OK) {
                return damaged(name);
            }
            const QString entry = QString::fromUtf8(entryName);
            const auto size = static_cast<qint64>(info.uncompressed_size);
            const auto packed = std::max<qint64>(1, static_cast<qint64>(info.compressed_size));
            if (size > m_limits.maxEntryBytes) {
                return tooLarge(
                    Reader::tr("the part %1 unpacks to %2 MB").arg(entry).arg(size >> 20));
            }
            if (size > (1 << 20) && size / packed > m_limits.maxRatio) {
                return tooLarge(Reader::tr("the part %1 is compressed %2 times, as zip bombs are")
                                    .arg(entry)
                                    .arg(size / packed));
            }
            m_sizes.insert(entry, size);
        }
        return {};
    }

    bool contains(const QString &entry) const { return m_sizes.contains(entry); }

    Result<QByteArray> read(const QString &entry)
    {
        if (unzLocateFile(m_zip, entry.toUtf8().constData(), 1) != UNZ_OK) {
            return Error::invalid(
                Reader::tr("The workbook is damaged: the part %1 is missing.").arg(entry));
        }
        if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
            return Error::invalid(
                Reader::tr("The workbook is damaged: cannot unpack %1.").arg(entry));
        }
        QByteArray data;
        char buffer[64 * 1024];
        while (true) {
            const int got = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
            if (got < 0) {
                unzCloseCurrentFile(m_zip);
                return Error::invalid(
                    Reader::tr("The workbook is damaged: cannot unpack %1.").arg(entry));
            }
            if (got == 0) {
                break;
            }
            m_total += got;
            if (data.size() + got > m_limits.maxEntryBytes || m_total > m_limits.maxTotalBytes) {
                unzCloseCurrentFile(m_zip);
                return tooLarge(
                    Reader::tr("the part %1 unpacks to more than it declares").arg(entry));
            }
            data.append(buffer, got);
        }
        if (unzCloseCurrentFile(m_zip) != UNZ_OK) { // e.g. a CRC mismatch
            return Error::invalid(
                Reader::tr("The workbook is damaged: %1 does not unpack cleanly.").arg(entry));
        }
        return data;
    }

private:
    Error tooLarge(const QString &why) const
    {
        return Error::invalid(
            Reader::tr("The workbook is refused as too large or malformed: %1.").arg(why));
    }
    Error damaged(const QString &name) const
    {
        return Error::invalid(
            Reader::tr("%1 is damaged: its zip directory cannot be read.").arg(name));
    }

    QString m_path;
    Limits m_limits;
    unzFile m_zip = nullptr;
    QHash<QString, qint64> m_sizes;
    qint64 m_total = 0;
};

struct SheetEntry
{
    QString name;
    QString part; // e.g. xl/worksheets/sheet1.xml
};

struct Workbook
{
    QList<SheetEntry> sheets;
    bool system1904 = false;
};

Error xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return Error::invalid(Reader::tr("The workbook is damaged: %1 line %2: %3")
                              .arg(part)
                              .arg(xml.lineNumber())
                              .arg(xml.errorString()));
}

Result<Workbook> readWorkbook(Package &package)
{
    if (!package.contains(QStringLiteral("xl/workbook.xml"))) {
        return Error::invalid(Reader::tr("The file is a zip archive but not an Excel workbook "
                                         "(.xlsx)."));
    }
    QHash<QString, QString> targets;
    if (package.contains(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        auto rels = package.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (!rels) {
            return rels.error();
        }
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
            }
        }
        if (xml.hasError()) {
            return xmlError(QStringLiteral("workbook.xml.rels"), xml);
        }
    }
    auto data = package.read(QStringLiteral("xl/workbook.xml"));
    if (!data) {
        return data.error();
    }
    Workbook workbook;
    QXmlStreamReader xml(*data);
    int position = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto value = xml.attributes().value(QLatin1String("date1904"));
            workbook.system1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            ++position;
            const auto attributes = xml.attributes();
            QString id =
                attributes.value(QString::fromUtf16(relationshipsNamespace), QLatin1String("id"))
                    .toString();
            const QString part =
                targets.value(id, QStringLiteral("xl/worksheets/sheet%1.xml").arg(position));
            workbook.sheets.append({attributes.value(QLatin1String("name")).toString(), part});
        }
    }
    if (xml.hasError()) {
        return xmlError(QStringLiteral("workbook.xml"), xml);
    }
    return workbook;
}

// Text of the <t> elements inside the current element (a shared string or an
// inline string), skipping phonetic runs.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    bool phonetic = false;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QLatin1String("rPh")) {
                phonetic = true;
            } else if (xml.name() == QLatin1String("t") && !phonetic) {
                text += xml.readElementText();
                --depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == QLatin1String("rPh")) {
                phonetic = false;
            }
        }
    }
    return text;
}

Result<QStringList> readSharedStrings(Package &package, const Limits &limits)
{
    QStringList strings;
    if (!package.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        return strings;
    }
    auto data = package.read(QStringLiteral("xl/sharedStrings.xml"));
    if (!data) {
        return data.error();
    }
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            QString text = readStringItem(xml);
            if (text.size() > limits.maxCellChars) {
                return Error::invalid(Reader::tr("The workbook holds a text of %1 characters; a "
                                                 "cell holds at most %2.")
                                          .arg(text.size())
                                          .arg(limits.maxCellChars));
            }
            strings << text;
        }
    }
    if (xml.hasError()) {
        return xmlError(QStringLiteral("sharedStrings.xml"), xml);
    }
    return strings;
}

bool isDateFormatCode(const QString &code)
{
    // Date letters outside quoted text and [colour]/[locale] brackets.
    bool quoted = false;
    int bracket = 0;
    for (const QChar c : code) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'[') {
            ++bracket;
        } else if (!quoted && c == u']') {
            bracket = std::max(0, bracket - 1);
        } else if (!quoted && bracket == 0 && (c == u'd' || c == u'D' || c == u'y' || c == u'Y')) {
            return true;
        }
    }
    return false;
}

// Which cell styles (the s attribute) show numbers as dates.
Result<QSet<int>> readDateStyles(Package &package)
{
    QSet<int> dateStyles;
    if (!package.contains(QStringLiteral("xl/styles.xml"))) {
        return dateStyles;
    }
    auto data = package.read(QStringLiteral("xl/styles.xml"));
    if (!data) {
        return data.error();
    }
    QSet<int> dateFormats = {14, 15, 16, 17, 22, 27, 28, 29, 30, 31,
                             34, 35, 36, 50, 51, 52, 53, 54, 57, 58};
    QXmlStreamReader xml(*data);
    bool inCellXfs = false;
    int index = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isDateFormatCode(
                        xml.attributes().value(QLatin1String("formatCode")).toString())) {
                    dateFormats.insert(id);
                } else {
                    dateFormats.remove(id);
                }
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                if (dateFormats.contains(
                        xml.attributes().value(QLatin1String("numFmtId")).toInt())) {
                    dateStyles.insert(index);
                }
                ++index;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.hasError()) {
        return xmlError(QStringLiteral("styles.xml"), xml);
    }
    return dateStyles;
}

// "AB12" -> 27 (0-based column); -1 when the reference has no letters.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c >= u'A' && c <= u'Z') {
            column = column * 26 + (c.unicode() - u'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters == 0 || letters > 3 ? -1 : column - 1;
}

struct SheetContext
{
    const QStringList &sharedStrings;
    const QSet<int> &dateStyles;
    bool system1904 = false;
    const Limits &limits;
};

Result<Cell> readCell(QXmlStreamReader &xml, const SheetContext &context)
{
    const auto attributes = xml.attributes();
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString value;
    QString inlineText;
    bool hasInline = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("v")) {
                value = xml.readElementText();
            } else if (xml.name() == QLatin1String("is")) {
                inlineText = readStringItem(xml);
                hasInline = true;
            } else {
                xml.skipCurrentElement();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            break;
        }
    }
    Cell cell;
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= context.sharedStrings.size()) {
            return Error::invalid(Reader::tr("The workbook is damaged: a cell refers to a text "
                                             "that does not exist."));
        }
        cell.type = Cell::Type::Text;
        cell.text = context.sharedStrings.at(index);
    } else if (type == QLatin1String("inlineStr") || hasInline) {
        cell.type = Cell::Type::Text;
        cell.text = inlineText;
    } else if (type == QLatin1String("str")) {
        cell.type = Cell::Type::Text;
        cell.text = value;
    } else if (type == QLatin1String("b")) {
        cell.type = Cell::Type::Boolean;
        cell.number = value == QLatin1String("1") ? 1 : 0;
    } else if (type == QLatin1String("e")) {
        cell.type = Cell::Type::Error;
        cell.text = value;
    } else if (type == QLatin1String("d")) {
        cell.type = Cell::Type::Date;
        cell.date = QDate::fromString(value.left(10), Qt::ISODate);
    } else if (!value.isEmpty()) {
        bool ok = false;
        cell.number = value.toDouble(&ok);
        if (!ok) {
            cell.type = Cell::Type::Text;
            cell.text = value;
        } else if (context.dateStyles.contains(style)) {
            cell.type = Cell::Type::Date;
            cell.date = dateFromSerial(cell.number, context.system1904);
        } else {
            cell.type = Cell::Type::Number;
        }
    }
    if (cell.text.size() > context.limits.maxCellChars) {
        return Error::invalid(Reader::tr("A cell holds %1 characters; a cell holds at most %2.")
                                  .arg(cell.text.size())
                                  .arg(context.limits.maxCellChars));
    }
    return cell;
}

Result<QList<Row>> readRows(const QByteArray &data, const QString &part,
                            const SheetContext &context)
{
    constexpr int maxColumns = 16384;
    constexpr int maxRows = 1048576;
    QList<Row> rows;
    QXmlStreamReader xml(data);
    Row row;
    bool inRow = false;
    int nextColumn = 0;
    int lastRow = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            inRow = true;
            row = Row();
            const int number = xml.attributes().value(QLatin1String("r")).toInt();
            row.number = number > 0 ? number : lastRow + 1;
            if (row.number > maxRows) {
                return Error::invalid(Reader::tr("The sheet has more rows than Excel allows."));
            }
            lastRow = row.number;
            nextColumn = 0;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c") && inRow) {
            int column = columnOf(xml.attributes().value(QLatin1String("r")));
            if (column < 0) {
                column = nextColumn;
            }
            if (column >= maxColumns) {
                return Error::invalid(Reader::tr("The sheet has more columns than Excel allows."));
            }
            auto cell = readCell(xml, context);
            if (!cell) {
                return cell.error();
            }
            if (cell->type != Cell::Type::Empty) {
                while (row.cells.size() < column) {
                    row.cells.append(Cell());
                }
                if (column < row.cells.size()) {
                    row.cells[column] = *cell;
                } else {
                    row.cells.append(*cell);
                }
            }
            nextColumn = column + 1;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            inRow = false;
            if (!row.cells.isEmpty()) {
                rows.append(row);
            }
        }
    }
    if (xml.hasError()) {
        return xmlError(part, xml);
    }
    return rows;
}

} // namespace

QString Cell::toText() const
{
    switch (type) {
    case Type::Empty:
        return {};
    case Type::Text:
    case Type::Error:
        return text;
    case Type::Boolean:
        return number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
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

QDate dateFromSerial(double serial, bool system1904)
{
    const auto days = static_cast<qint64>(std::floor(serial));
    if (system1904) {
        return QDate(1904, 1, 1).addDays(days);
    }
    // Excel counts 29 February 1900, which never was: serials before it are off by one.
    return days < 61 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

Result<QStringList> Reader::sheetNames(const QString &path) const
{
    Package package(path, m_limits);
    if (auto opened = package.open(); !opened) {
        return opened.error();
    }
    auto workbook = readWorkbook(package);
    if (!workbook) {
        return workbook.error();
    }
    QStringList names;
    for (const SheetEntry &sheet : workbook->sheets) {
        names << sheet.name;
    }
    return names;
}

Result<Sheet> Reader::readSheet(const QString &path, int index) const
{
    Package package(path, m_limits);
    if (auto opened = package.open(); !opened) {
        return opened.error();
    }
    auto workbook = readWorkbook(package);
    if (!workbook) {
        return workbook.error();
    }
    if (index < 0 || index >= workbook->sheets.size()) {
        return Error::notFound(tr("The workbook has no sheet number %1.").arg(index + 1));
    }
    auto strings = readSharedStrings(package, m_limits);
    if (!strings) {
        return strings.error();
    }
    auto dateStyles = readDateStyles(package);
    if (!dateStyles) {
        return dateStyles.error();
    }
    const SheetEntry &entry = workbook->sheets.at(index);
    auto data = package.read(entry.part);
    if (!data) {
        return data.error();
    }
    const SheetContext context{*strings, *dateStyles, workbook->system1904, m_limits};
    auto rows = readRows(*data, entry.part, context);
    if (!rows) {
        return rows.error();
    }
    return Sheet{entry.name, *rows};
}

} // namespace sisambang::db::xlsx
