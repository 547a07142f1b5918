// SPDX-License-Identifier: GPL-3.0-or-later
// The printed schedule (Jadwal Sambang Pengawasan) read back from its PDF, and
// the same schedule as XLSX and CSV.
#include "../db/schedulefixture.h"
#include "demo.h"
#include "indonesiantext.h"
#include "pdftools.h"
#include "schedule.h"
#include "xlsxreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace sisambang;

namespace {

QString simplified(const QString &text)
{
    return text.simplified();
}

// A line of the table as pdftotext lays it out: the number, then the day.
const QRegularExpression &tableLine()
{
    static const QRegularExpression line(
        QStringLiteral("^\\s*(\\d+)\\s+(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu),"),
        QRegularExpression::MultilineOption);
    return line;
}

documents::ScheduleData marchOfDemo(db::Database &database)
{
    db::ActivityFilter march;
    march.from = QDate(2023, 3, 1);
    march.to = QDate(2023, 3, 31);
    auto data = documents::loadScheduleData(database, march, QDate(2023, 3, 3));
    REQUIRE(data.ok());
    return *data;
}

} // namespace

TEST_CASE("Time ranges as schedules print them", "[documents][schedule]")
{
    CHECK(documents::indonesian::timeRange(QTime(9, 0), QTime(12, 0), QStringLiteral("WIB")) ==
          QStringLiteral("09.00\u201312.00 WIB"));
    CHECK(documents::indonesian::timeRange(QTime(13, 30), {}, QStringLiteral("WITA")) ==
          QStringLiteral("13.30 WITA s.d. selesai"));
}

TEST_CASE("The schedule PDF has letterhead title filter table and signature",
          "[documents][schedule]")
{
    test::TestDatabase fixture{QString()};
    REQUIRE(db::buildDemo(fixture.db()).ok());
    const documents::ScheduleData data = marchOfDemo(fixture.db());
    REQUIRE(data.activities.size() == 21); // 20 visits and the Saturday sosialisasi
    CHECK(documents::scheduleFilterLine(data) ==
          QStringLiteral("Periode 1 Maret 2023 s.d. 31 Maret 2023; Kabupaten Bangka Tengah"));
    QTemporaryDir folder;
    for (const auto paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const QString path =
            folder.filePath(QStringLiteral("jadwal-%1.pdf").arg(db::paperSizeKey(paper)));
        REQUIRE(documents::ScheduleExport::write(data, path, paper).ok());
        const test::PdfInfo info = test::pdfInfo(path);
        // Landscape: the long side across.
        const QSizeF portrait = paper == db::PaperSize::A4 ? QSizeF(210, 297) : QSizeF(215, 330);
        CHECK(info.pageSizePoints.width() == Approx(test::mmToPoints(portrait.height())).margin(1));
        CHECK(info.pageSizePoints.height() == Approx(test::mmToPoints(portrait.width())).margin(1));
        CHECK(info.title == QStringLiteral("Jadwal Sambang Pengawasan"));
        const QStringList pages = test::pdfPages(path);
        REQUIRE(pages.size() == info.pages);
        REQUIRE(info.pages >= 2);
        const QString text = simplified(pages.join(u' '));
        CHECK(text.contains(QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM")));
        CHECK(text.contains(QStringLiteral("JADWAL SAMBANG PENGAWASAN")));
        CHECK(text.contains(QStringLiteral("Periode 1 Maret 2023 s.d. 31 Maret 2023")));
        CHECK(text.contains(QStringLiteral("Senin, 6 Maret 2023")));
        CHECK(text.contains(QStringLiteral("09.00\u201312.00 WIB")));
        CHECK(text.contains(QStringLiteral("Desa Nibung")));
        CHECK(text.contains(QStringLiteral("Kelurahan Berok")));
        CHECK(text.contains(QStringLiteral("Wahyu Tri Buwono")));
        CHECK(text.contains(QStringLiteral("Selesai")));
        CHECK(text.contains(QStringLiteral("Direncanakan")));
        CHECK(text.contains(QStringLiteral("Sabtu, 18 Maret 2023")));
        CHECK(text.contains(QStringLiteral("Jumlah: 21 kegiatan.")));
        CHECK(text.contains(QStringLiteral("Koba, 3 Maret 2023")));
        CHECK(text.contains(QStringLiteral("Kepala Sekretariat")));
        CHECK(text.contains(QStringLiteral("Win Iskandar")));
        // Every page with rows repeats the table header; every page says which it is.
        CHECK(pages.first().contains(QStringLiteral("Hari/Tanggal")));
        for (int page = 0; page < pages.size(); ++page) {
            INFO("page " << page + 1);
            const QString onPage = simplified(pages.at(page));
            if (tableLine().match(pages.at(page)).hasMatch()) {
                CHECK(onPage.contains(QStringLiteral("Hari/Tanggal")));
                CHECK(onPage.contains(QStringLiteral("Petugas")));
            }
            CHECK(onPage.contains(
                QStringLiteral("Halaman %1 dari %2").arg(page + 1).arg(pages.size())));
        }
    }
}

TEST_CASE("A long schedule runs over many pages in order", "[documents][schedule]")
{
    test::TestDatabase fixture;
    documents::ScheduleData data;
    auto loaded = documents::loadScheduleData(fixture.db(), {}, QDate(2023, 3, 3));
    REQUIRE(loaded.ok());
    data = *loaded;
    REQUIRE(data.activities.isEmpty());
    QTemporaryDir folder;
    // An empty schedule still prints, saying so.
    const QString empty = folder.filePath(QStringLiteral("kosong.pdf"));
    REQUIRE(documents::ScheduleExport::write(data, empty, db::PaperSize::A4).ok());
    CHECK(test::pdfInfo(empty).pages == 1);
    CHECK(simplified(test::pdfPages(empty).join(u' '))
              .contains(QStringLiteral("Tidak ada kegiatan yang sesuai.")));

    for (int i = 0; i < 200; ++i) {
        // March to May: day and month names short enough never to wrap.
        db::Activity activity =
            test::activityAt(QStringLiteral("19.04.01.2003"), QDate(2023, 3, 1).addDays(i % 90));
        activity.regionName = QStringLiteral("Desa Nibung");
        activity.districtCode = QStringLiteral("19.04.01");
        activity.districtName = QStringLiteral("Koba");
        activity.venue = QStringLiteral("Kantor Desa Nibung");
        data.activities << activity;
    }
    int previousPages = 0;
    for (const auto paper : {db::PaperSize::F4, db::PaperSize::A4}) {
        const QString path = folder.filePath(QStringLiteral("panjang.pdf"));
        REQUIRE(documents::ScheduleExport::write(data, path, paper).ok());
        const QStringList pages = test::pdfPages(path);
        CHECK(pages.size() == test::pdfInfo(path).pages);
        CHECK(pages.size() >= 8);
        // A4 is shorter across in landscape than F4: never fewer pages.
        CHECK(pages.size() >= previousPages);
        previousPages = static_cast<int>(pages.size());
        // Numbers run on across pages without a gap or a repeat.
        int expected = 1;
        for (const QString &page : pages) {
            auto matches = tableLine().globalMatch(page);
            while (matches.hasNext()) {
                CHECK(matches.next().captured(1).toInt() == expected);
                ++expected;
            }
            CHECK(page.contains(QStringLiteral("Hari/Tanggal")));
        }
        CHECK(expected == 201);
        CHECK(pages.last().contains(QStringLiteral("Jumlah: 200 kegiatan.")));
    }
}

TEST_CASE("The schedule as XLSX holds real dates and as CSV carries a BOM", "[documents][schedule]")
{
    test::TestDatabase fixture{QString()};
    REQUIRE(db::buildDemo(fixture.db()).ok());
    const documents::ScheduleData data = marchOfDemo(fixture.db());
    QTemporaryDir folder;
    const QString xlsx = folder.filePath(QStringLiteral("jadwal.xlsx"));
    REQUIRE(documents::ScheduleExport::write(data, xlsx, db::PaperSize::A4).ok());
    auto sheet = db::xlsx::Reader().readSheet(xlsx);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 22);
    CHECK(sheet->rows.first().cells.at(1).text == QStringLiteral("Tanggal"));
    const auto &first = sheet->rows.at(1).cells;
    CHECK(first.at(0).type == db::xlsx::Cell::Type::Number);
    REQUIRE(first.at(1).type == db::xlsx::Cell::Type::Date);
    CHECK(first.at(1).date == QDate(2023, 3, 6));
    CHECK(first.at(2).text == QStringLiteral("09.00-12.00"));
    CHECK(first.at(3).text == QStringLiteral("Koba"));
    CHECK(first.at(10).text == QStringLiteral("Selesai"));

    const QString csv = folder.filePath(QStringLiteral("jadwal.csv"));
    REQUIRE(documents::ScheduleExport::write(data, csv, db::PaperSize::A4).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFNo,Tanggal,Jam,Kecamatan,Desa/Kelurahan"));
    CHECK(bytes.contains("\r\n1,2023-03-06,09.00-12.00,Koba,"));
    CHECK_FALSE(documents::ScheduleExport::supports(QStringLiteral("jadwal.docx")));
    CHECK_FALSE(documents::ScheduleExport::write(data, folder.filePath(QStringLiteral("x.docx")),
                                                 db::PaperSize::A4)
                    .ok());
}
