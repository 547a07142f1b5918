// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX reader (db) against files written by the spreadsheet writer
// (documents), plus hand-made hostile archives.
#include "registerfixture.h"
#include "spreadsheet.h"
#include "stakeholderimport.h"
#include "stakeholderquery.h"
#include "tablefile.h"
#include "xlsxreader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <zip.h>

using namespace sisambang;
using namespace sisambang::db;
using documents::SpreadsheetCell;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

documents::Workbook sampleWorkbook()
{
    documents::SpreadsheetSheet sheet;
    sheet.name = s("Daftar: Pemangku/Kepentingan");
    sheet.rows = {
        {SpreadsheetCell::fromText(s("Nama")), SpreadsheetCell::fromText(s("No HP")),
         SpreadsheetCell::fromText(s("TMT")), SpreadsheetCell::fromText(s("Jumlah"))},
        {SpreadsheetCell::fromText(s("H. Sahabudin, S.Sos.")),
         SpreadsheetCell::fromNumber(81271000001.0), SpreadsheetCell::fromDate(QDate(2022, 7, 1)),
         SpreadsheetCell::fromNumber(2.5)},
        {SpreadsheetCell::fromText(s("Andr\u00e9 \"Andi\" <Wijaya> & Co")), SpreadsheetCell(),
         SpreadsheetCell::fromDate(QDate(1999, 12, 31)), SpreadsheetCell::fromNumber(-3)},
    };
    documents::SpreadsheetSheet second;
    second.name = s("Kedua");
    second.rows = {{SpreadsheetCell::fromText(s("baris\ndua"))}};
    documents::Workbook workbook;
    workbook.sheets = {sheet, second};
    return workbook;
}

// A zip holding the given parts, for archives no spreadsheet program writes.
void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip);
    for (const auto &[name, data] : parts) {
        REQUIRE(zipOpenNewFileInZip64(zip, name.toUtf8().constData(), nullptr, nullptr, 0, nullptr,
                                      0, nullptr, Z_DEFLATED, Z_BEST_COMPRESSION, 0) == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(zip, data.constData(), static_cast<unsigned>(data.size())) ==
                ZIP_OK);
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
}

const QByteArray minimalWorkbook =
    "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const QByteArray minimalRels =
    "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

} // namespace

TEST_CASE("xlsx: written cells read back with their types", "[xlsx]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(s("sample.xlsx"));
    REQUIRE(documents::SpreadsheetWriter::writeXlsx(sampleWorkbook(), path).ok());
    CHECK_FALSE(QFile::exists(path + s(".part")));

    xlsx::Reader reader;
    CHECK(reader.sheetNames(path).value() ==
          QStringList{s("Daftar- Pemangku-Kepentingan"), s("Kedua")});
    auto sheet = reader.readSheet(path, 0);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 3);
    const auto &row = sheet->rows.at(1);
    CHECK(row.number == 2);
    CHECK(row.cells.at(0).type == xlsx::Cell::Type::Text);
    CHECK(row.cells.at(0).text == s("H. Sahabudin, S.Sos."));
    CHECK(row.cells.at(1).type == xlsx::Cell::Type::Number);
    CHECK(row.cells.at(1).toText() == s("81271000001"));
    CHECK(row.cells.at(2).type == xlsx::Cell::Type::Date);
    CHECK(row.cells.at(2).date == QDate(2022, 7, 1));
    CHECK(row.cells.at(3).number == 2.5);
    const auto &odd = sheet->rows.at(2);
    CHECK(odd.cells.at(0).text == s("Andr\u00e9 \"Andi\" <Wijaya> & Co"));
    CHECK(odd.cells.at(1).type == xlsx::Cell::Type::Empty);
    CHECK(odd.cells.at(2).date == QDate(1999, 12, 31));
    CHECK(odd.cells.at(3).toText() == s("-3"));
    CHECK(reader.readSheet(path, 1)->rows.first().cells.first().text == s("baris\ndua"));
    CHECK(reader.readSheet(path, 2).error().code == Error::Code::NotFound);
}

TEST_CASE("xlsx: a streamed workbook uses inline strings and reads the same", "[xlsx]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(s("big.xlsx"));
    documents::Workbook workbook;
    documents::SpreadsheetSheet sheet;
    sheet.name = s("Besar");
    for (int i = 0; i < 40001; ++i) {
        sheet.rows << documents::SpreadsheetRow{
            SpreadsheetCell::fromText(i == 0 ? s("Nama") : s("Orang %1").arg(i)),
            SpreadsheetCell::fromNumber(i), SpreadsheetCell::fromText(s("Desa")),
            SpreadsheetCell::fromDate(QDate(2023, 1, 1).addDays(i % 365)),
            SpreadsheetCell::fromText(s("x"))};
    }
    workbook.sheets << sheet;
    REQUIRE(documents::SpreadsheetWriter::writeXlsx(workbook, path).ok());
    auto read = xlsx::Reader().readSheet(path);
    REQUIRE(read.ok());
    REQUIRE(read->rows.size() == 40001);
    CHECK(read->rows.at(40000).cells.at(0).text == s("Orang 40000"));
    CHECK(read->rows.at(40000).cells.at(3).date == QDate(2023, 1, 1).addDays(40000 % 365));
}

TEST_CASE("xlsx: inline strings, 1904 dates, booleans and sparse cells", "[xlsx]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(s("hand.xlsx"));
    writeZip(path, {{s("xl/workbook.xml"),
                     "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                     "relationships\"><workbookPr date1904=\"1\"/><sheets><sheet name=\"S\" "
                     "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
                    {s("xl/_rels/workbook.xml.rels"), minimalRels},
                    {s("xl/styles.xml"),
                     "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"d mmmm "
                     "yyyy\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>"
                     "</cellXfs></styleSheet>"},
                    {s("xl/worksheets/sheet1.xml"),
                     "<worksheet><sheetData><row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><r><t>"
                     "Sahab</t></r><r><t>udin</t></r></is></c><c r=\"D3\" s=\"1\"><v>43880</v>"
                     "</c><c r=\"E3\" t=\"b\"><v>1</v></c><c r=\"F3\" t=\"str\"><f>A1</f><v>ok"
                     "</v></c></row></sheetData></worksheet>"}});
    auto sheet = xlsx::Reader().readSheet(path);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 1);
    const auto &row = sheet->rows.first();
    CHECK(row.number == 3);
    CHECK(row.cells.at(0).type == xlsx::Cell::Type::Empty);
    CHECK(row.cells.at(1).text == s("Sahabudin"));
    CHECK(row.cells.at(3).date == QDate(2024, 2, 20)); // 43880 days after 1 January 1904
    CHECK(row.cells.at(4).toText() == s("TRUE"));
    CHECK(row.cells.at(5).text == s("ok"));
    CHECK(xlsx::dateFromSerial(44977) == QDate(2023, 2, 20));
    CHECK(xlsx::dateFromSerial(1) == QDate(1900, 1, 1));
}

TEST_CASE("xlsx: zip bombs, huge cells and non-workbooks are refused clearly", "[xlsx]")
{
    QTemporaryDir folder;
    const QString bomb = folder.filePath(s("bomb.xlsx"));
    writeZip(bomb, {{s("xl/workbook.xml"), minimalWorkbook},
                    {s("xl/_rels/workbook.xml.rels"), minimalRels},
                    {s("xl/sharedStrings.xml"), QByteArray(8 << 20, ' ')},
                    {s("xl/worksheets/sheet1.xml"), "<worksheet/>"}});
    xlsx::Limits limits;
    limits.maxEntryBytes = 4 << 20;
    auto refused = xlsx::Reader(limits).readSheet(bomb);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(s("too large")));
    auto ratio = xlsx::Reader().readSheet(bomb);
    REQUIRE_FALSE(ratio.ok());
    CHECK(ratio.error().message.contains(s("zip bombs")));

    const QString huge = folder.filePath(s("huge.xlsx"));
    writeZip(huge, {{s("xl/workbook.xml"), minimalWorkbook},
                    {s("xl/_rels/workbook.xml.rels"), minimalRels},
                    {s("xl/worksheets/sheet1.xml"),
                     "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>" +
                         QByteArray(40000, 'a') + "</t></is></c></row></sheetData></worksheet>"}});
    auto cell = xlsx::Reader().readSheet(huge);
    REQUIRE_FALSE(cell.ok());
    CHECK(cell.error().message.contains(s("40000")));

    const QString broken = folder.filePath(s("broken.xlsx"));
    writeZip(broken, {{s("xl/workbook.xml"), minimalWorkbook},
                      {s("xl/_rels/workbook.xml.rels"), minimalRels},
                      {s("xl/worksheets/sheet1.xml"), "<worksheet><sheetData><row>"}});
    auto truncated = xlsx::Reader().readSheet(broken);
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().message.contains(s("damaged")));

    const QString notZip = folder.filePath(s("text.xlsx"));
    QFile file(notZip);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Nama,Jabatan\n");
    file.close();
    CHECK(xlsx::Reader().readSheet(notZip).error().message.contains(s("not a zip")));
    const QString otherZip = folder.filePath(s("other.xlsx"));
    writeZip(otherZip, {{s("readme.txt"), "hello"}});
    CHECK(xlsx::Reader().readSheet(otherZip).error().message.contains(s("not an Excel")));
    CHECK(TableFile::read(folder.filePath(s("old.xls"))).error().message.contains(s(".xlsx")));
}

TEST_CASE("import: an XLSX register with dates, numbers for phones and a start date",
          "[xlsx][import]")
{
    test::TestDatabase fixtureDb;
    auto &database = fixtureDb.db();
    QTemporaryDir folder;
    const QString path = folder.filePath(s("register.xlsx"));
    documents::SpreadsheetSheet sheet;
    sheet.rows = {
        {SpreadsheetCell::fromText(s("NAMA")), SpreadsheetCell::fromText(s("Jabatan")),
         SpreadsheetCell::fromText(s("Kecamatan")), SpreadsheetCell::fromText(s("Desa/Kelurahan")),
         SpreadsheetCell::fromText(s("No. HP")), SpreadsheetCell::fromText(s("TMT"))},
        {SpreadsheetCell::fromText(s("Samsul Bahri")), SpreadsheetCell::fromText(s("Kepala Desa")),
         SpreadsheetCell::fromText(s("lubuk  besar")), SpreadsheetCell::fromText(s("KULUR")),
         SpreadsheetCell::fromNumber(81271000050.0), SpreadsheetCell::fromDate(QDate(2019, 12, 2))},
        {SpreadsheetCell::fromText(s("Rudi Hartono")),
         SpreadsheetCell::fromText(s("Sekretaris Desa")), SpreadsheetCell::fromText(s("Koba")),
         SpreadsheetCell::fromText(s("Terentang 3")),
         SpreadsheetCell::fromText(s("0812-7100-0051")), SpreadsheetCell()},
    };
    documents::Workbook workbook;
    workbook.sheets << sheet;
    REQUIRE(documents::SpreadsheetWriter::writeXlsx(workbook, path).ok());

    StakeholderImport import(database);
    REQUIRE(import.load(path).ok());
    auto preview = import.preview();
    REQUIRE(preview.ok());
    CHECK(preview->rows.at(0).line == 2);
    CHECK(preview->count(ImportOutcome::New) == 2);
    REQUIRE(import.commit().ok());
    StakeholderFilter filter;
    filter.text = s("samsul");
    const auto row = StakeholderQuery(database)
                         .page(filter, StakeholderSort::Name, Qt::AscendingOrder, 0, 5)
                         ->first();
    CHECK(row.phoneDisplay == s("0812-7100-0050"));
    CHECK(row.desaName == s("Kulur"));
    const auto history = PositionRepository(database).historyOfPerson(row.personId);
    CHECK(history->first().position.start == QDate(2019, 12, 2));
    filter.text = s("rudi");
    CHECK(StakeholderQuery(database)
              .page(filter, StakeholderSort::Name, Qt::AscendingOrder, 0, 5)
              ->first()
              .desaName == s("Terentang III"));
}
