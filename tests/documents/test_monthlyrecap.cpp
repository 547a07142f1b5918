// SPDX-License-Identifier: GPL-3.0-or-later
// The recap as printed and as spreadsheets: text, page size, page count and
// cell types read back from the files.
#include "monthlyrecap.h"
#include "pdftools.h"
#include "recapfixture.h"
#include "xlsxreader.h"

#include <QTemporaryDir>

using namespace sisambang;

namespace {

QString allText(const QString &pdf)
{
    return test::pdfPages(pdf).join(u'\n').simplified();
}

} // namespace

TEST_CASE("The March recap prints its figures on A4 and F4", "[recap][documents]")
{
    test::RecapFixture fixture;
    auto data = documents::loadRecapData(fixture.database.db(), db::monthScope(2023, 3),
                                         QDate(2026, 11, 28));
    REQUIRE(data.ok());
    CHECK(data->reportDate == QDate(2023, 3, 31));
    QTemporaryDir folder;
    const QString a4 = folder.filePath(QStringLiteral("rekap-a4.pdf"));
    REQUIRE(documents::writeMonthlyRecap(*data, a4, db::PaperSize::A4).ok());
    const auto info = test::pdfInfo(a4);
    CHECK(info.pageSizePoints.width() == Approx(test::mmToPoints(210)).margin(0.5));
    CHECK(info.pageSizePoints.height() == Approx(test::mmToPoints(297)).margin(0.5));
    CHECK(info.pages >= 2);
    CHECK(info.pages <= 4);
    const QString text = allText(a4);
    CHECK(text.contains(QStringLiteral("REKAP KEGIATAN SAMBANG PENGAWASAN")));
    CHECK(text.contains(QStringLiteral("BULAN MARET 2023")));
    CHECK(text.contains(QStringLiteral("Kegiatan terlaksana : 3")));
    CHECK(text.contains(QStringLiteral("Kegiatan ditunda : 1")));
    CHECK(text.contains(QStringLiteral("Desa Guntung, Desa Penyak")));
    CHECK(text.contains(QStringLiteral("60,0%")));
    CHECK(text.contains(QStringLiteral("Desa Nibung")));
    CHECK(text.contains(QStringLiteral("Kec. Koba")));
    CHECK(text.contains(QStringLiteral("Direncanakan")));
    CHECK(text.contains(QStringLiteral("Dibatalkan")));
    CHECK(text.contains(QStringLiteral("31 Maret 2023")));
    CHECK(text.contains(QStringLiteral("Kepala Sekretariat")));
    CHECK(text.contains(QStringLiteral("Halaman 1 dari")));

    const QString f4 = folder.filePath(QStringLiteral("rekap-f4.pdf"));
    REQUIRE(
        documents::writeMonthlyRecap(*data, f4, db::PaperSize::F4, QPageLayout::Landscape).ok());
    const auto landscape = test::pdfInfo(f4);
    CHECK(landscape.pageSizePoints.width() == Approx(test::mmToPoints(330)).margin(0.5));
    CHECK(landscape.pageSizePoints.height() == Approx(test::mmToPoints(215)).margin(0.5));
}

TEST_CASE("The recap workbook holds real numbers and dates", "[recap][documents]")
{
    test::RecapFixture fixture;
    auto data = documents::loadRecapData(fixture.database.db(), db::monthScope(2023, 3));
    REQUIRE(data.ok());
    QTemporaryDir folder;
    const QString xlsx = folder.filePath(QStringLiteral("rekap.xlsx"));
    REQUIRE(documents::writeMonthlyRecap(*data, xlsx, db::PaperSize::A4).ok());
    db::xlsx::Reader reader;
    auto names = reader.sheetNames(xlsx);
    REQUIRE(names.ok());
    CHECK(*names == QStringList{QStringLiteral("Ringkasan"), QStringLiteral("Kegiatan"),
                                QStringLiteral("Cakupan")});
    auto summary = reader.readSheet(xlsx, 0);
    REQUIRE(summary.ok());
    REQUIRE(summary->rows.size() > 3);
    CHECK(summary->rows.at(1).cells.at(1).type == db::xlsx::Cell::Type::Date);
    CHECK(summary->rows.at(3).cells.at(0).text == QStringLiteral("Kegiatan terlaksana"));
    CHECK(summary->rows.at(3).cells.at(1).type == db::xlsx::Cell::Type::Number);
    CHECK(summary->rows.at(3).cells.at(1).number == 3);
    auto activities = reader.readSheet(xlsx, 1);
    REQUIRE(activities.ok());
    REQUIRE(activities->rows.size() == 6); // header and five activities
    CHECK(activities->rows.at(1).cells.at(1).type == db::xlsx::Cell::Type::Date);
    CHECK(activities->rows.at(1).cells.at(1).date == QDate(2023, 3, 6));
    auto coverage = reader.readSheet(xlsx, 2);
    REQUIRE(coverage.ok());
    CHECK(coverage->rows.at(1).cells.at(5).type == db::xlsx::Cell::Type::Number);

    const QString csv = folder.filePath(QStringLiteral("rekap.csv"));
    REQUIRE(documents::writeMonthlyRecap(*data, csv, db::PaperSize::A4).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("Kegiatan terlaksana,3"));
    CHECK(bytes.contains("2023-03-06"));
}

TEST_CASE("The yearly recap sets the months side by side on landscape pages", "[recap][documents]")
{
    test::RecapFixture fixture;
    auto data = documents::loadYearlyRecapData(fixture.database.db(), 2023);
    REQUIRE(data.ok());
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("tahunan.pdf"));
    REQUIRE(documents::writeYearlyRecap(*data, pdf, db::PaperSize::A4).ok());
    const auto info = test::pdfInfo(pdf);
    CHECK(info.pageSizePoints.width() == Approx(test::mmToPoints(297)).margin(0.5));
    const QString text = allText(pdf);
    CHECK(text.contains(QStringLiteral("TAHUN 2023")));
    CHECK(text.contains(QStringLiteral("Terlaksana 0 1 3 0")));
    CHECK(text.contains(QStringLiteral("Peserta hadir 0 1 5 0 0 0 0 0 0 0 0 0 6")));
    CHECK(text.contains(QStringLiteral("Perempuan 0 0 2 0")));
    const QString xlsx = folder.filePath(QStringLiteral("tahunan.xlsx"));
    REQUIRE(documents::writeYearlyRecap(*data, xlsx, db::PaperSize::A4).ok());
    auto months = db::xlsx::Reader().readSheet(xlsx, 0);
    REQUIRE(months.ok());
    REQUIRE(months->rows.size() == 13);
    CHECK(months->rows.at(3).cells.at(0).date == QDate(2023, 3, 1));
    CHECK(months->rows.at(3).cells.at(2).number == 3);
    CHECK(months->rows.at(0).cells.at(5).text == QStringLiteral("Peserta hadir"));
    CHECK(months->rows.at(3).cells.at(5).number == 5);
    CHECK(months->rows.at(2).cells.at(5).number == 1);
}
