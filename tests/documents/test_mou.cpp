// SPDX-License-Identifier: GPL-3.0-or-later
// The MoU document built from the demo's Koba agreement, read back as printed.
#include "agreements.h"
#include "demo.h"
#include "documentexport.h"
#include "mou.h"
#include "pdftools.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace sisambang;

namespace {

documents::MouData kobaMou(db::Database &database)
{
    db::AgreementFilter filter;
    filter.kecamatanCode = QStringLiteral("19.04.01");
    auto rows = db::AgreementRepository(database).list(filter);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    auto data = documents::loadMouData(database, rows->first().id);
    REQUIRE(data.ok());
    return *data;
}

// pdftotext -layout spreads words over columns; one space between words reads back.
QString simplified(const QStringList &pages)
{
    return pages.join(u' ').simplified();
}

} // namespace

TEST_CASE("Periods of validity in words", "[documents][mou]")
{
    CHECK(documents::periodInWords(QDate(2023, 2, 20), QDate(2025, 2, 19)) ==
          QStringLiteral("2 (dua) tahun"));
    CHECK(documents::periodInWords(QDate(2023, 1, 1), QDate(2023, 6, 30)) ==
          QStringLiteral("6 (enam) bulan"));
    CHECK(documents::periodInWords(QDate(2023, 1, 1), QDate(2023, 1, 10)) ==
          QStringLiteral("10 (sepuluh) hari"));
}

TEST_CASE("The MoU PDF carries title parties articles date and signatories", "[documents][mou]")
{
    test::TestDatabase database{QString()};
    REQUIRE(db::buildDemo(database.db()).ok());
    const documents::MouData data = kobaMou(database.db());
    QTemporaryDir folder;
    for (const auto paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const QString path =
            folder.filePath(QStringLiteral("mou-%1.pdf").arg(db::paperSizeKey(paper)));
        REQUIRE(documents::DocumentExport::write(documents::mouDocument(data, paper), path).ok());
        const test::PdfInfo info = test::pdfInfo(path);
        const QSizeF expected = paper == db::PaperSize::A4 ? QSizeF(210, 297) : QSizeF(215, 330);
        CHECK(info.pageSizePoints.width() == Approx(test::mmToPoints(expected.width())).margin(1));
        CHECK(info.pageSizePoints.height() ==
              Approx(test::mmToPoints(expected.height())).margin(1));
        CHECK(info.pages >= 2);
        const QStringList pages = test::pdfPages(path);
        const QString text = simplified(pages);
        CHECK(text.contains(QStringLiteral("NOTA KESEPAHAMAN ANTARA BAWASLU KABUPATEN BANGKA "
                                           "TENGAH DENGAN KANTOR CAMAT KOBA")));
        CHECK(text.contains(QStringLiteral("NOMOR: 001/HK.02/K.BB-04/02/2023")));
        CHECK(text.contains(QStringLiteral("NOMOR: 180/021/KEC-KB/II/2023")));
        CHECK(text.contains(QStringLiteral("Pada hari ini, Senin tanggal dua puluh bulan Februari "
                                           "tahun dua ribu dua puluh tiga, bertempat di Koba")));
        CHECK(text.contains(QStringLiteral("selanjutnya disebut PIHAK PERTAMA")));
        CHECK(text.contains(QStringLiteral("selanjutnya disebut PIHAK KEDUA")));
        CHECK(text.contains(QStringLiteral("PARA PIHAK")));
        const QStringList headings = {
            QStringLiteral("MAKSUD DAN TUJUAN"), QStringLiteral("RUANG LINGKUP"),
            QStringLiteral("PELAKSANAAN"),       QStringLiteral("JANGKA WAKTU"),
            QStringLiteral("PEMBIAYAAN"),        QStringLiteral("PENUTUP")};
        for (qsizetype i = 0; i < headings.size(); ++i) {
            INFO(headings.at(i).toStdString());
            CHECK(text.contains(QStringLiteral("Pasal %1 %2").arg(i + 1).arg(headings.at(i))));
        }
        // Placeholders are filled from the record.
        CHECK(text.contains(QStringLiteral("selama 2 (dua) tahun")));
        CHECK(text.contains(QStringLiteral("20 Februari 2023 sampai dengan tanggal 19 Februari "
                                           "2025")));
        CHECK_FALSE(text.contains(u'{'));
        // The signatures stand together on the last page.
        const QString last = pages.last().simplified();
        CHECK(last.contains(QStringLiteral("Candra Buansyah")));
        CHECK(last.contains(QStringLiteral("Wahyu Tri Buwono")));
        CHECK(last.indexOf(QStringLiteral("PIHAK KEDUA,")) <
              last.indexOf(QStringLiteral("PIHAK PERTAMA,")));
        CHECK(last.contains(QStringLiteral("Halaman %1 dari %1").arg(pages.size())));
    }
}

TEST_CASE("The MoU ODT is written and readable", "[documents][mou]")
{
    test::TestDatabase database{QString()};
    REQUIRE(db::buildDemo(database.db()).ok());
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("mou.odt"));
    REQUIRE(documents::DocumentExport::write(
                documents::mouDocument(kobaMou(database.db()), db::PaperSize::F4), path)
                .ok());
    CHECK(test::zipMembers(path).first() == QStringLiteral("mimetype"));
    const QString content =
        QString::fromUtf8(test::unzipMember(path, QStringLiteral("content.xml")));
    CHECK(content.contains(QStringLiteral("MAKSUD DAN TUJUAN")));
    CHECK(content.contains(QStringLiteral("Candra Buansyah")));
    CHECK(content.contains(QStringLiteral("Senin tanggal dua puluh bulan Februari")));
    const QString styles = QString::fromUtf8(test::unzipMember(path, QStringLiteral("styles.xml")));
    CHECK(styles.contains(QStringLiteral("fo:page-height=\"330.00mm\"")));
}

TEST_CASE("The MoU takes its page margins from the office profile", "[documents][mou]")
{
    test::TestDatabase database{QString()};
    REQUIRE(db::buildDemo(database.db()).ok());
    documents::MouData data = kobaMou(database.db());
    data.profile.marginsMm = QMarginsF(30, 20, 25, 25);
    const auto document = documents::mouDocument(data, db::PaperSize::A4);
    CHECK(document.page.marginsMm() == QMarginsF(30, 20, 25, 25));
}
