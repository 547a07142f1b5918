// SPDX-License-Identifier: GPL-3.0-or-later
// PDFs as an office opens them: paper size from pdfinfo, text from pdftotext.
#include "documentexport.h"
#include "pdfexport.h"
#include "pdftools.h"
#include "sampledocuments.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace sisambang;
using namespace sisambang::documents;
using test::mmToPoints;

namespace {

QString writePdf(const QTemporaryDir &folder, const QString &name, const Document &document)
{
    const QString path = folder.filePath(name);
    const db::Status written = PdfExport::write(document, path);
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written);
    return path;
}

} // namespace

TEST_CASE("PDF paper is exactly A4 or F4", "[documents][pdf]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const auto a4 = test::pdfInfo(
        writePdf(folder, QStringLiteral("a4.pdf"), test::invitationLetter(db::PaperSize::A4)));
    CHECK(a4.pageSizePoints.width() == Approx(mmToPoints(210)).margin(0.01));
    CHECK(a4.pageSizePoints.height() == Approx(mmToPoints(297)).margin(0.01));
    CHECK(a4.title == QStringLiteral("Surat Undangan"));

    const auto f4 = test::pdfInfo(
        writePdf(folder, QStringLiteral("f4.pdf"), test::invitationLetter(db::PaperSize::F4)));
    CHECK(f4.pageSizePoints.width() == Approx(609.45).margin(0.01));
    CHECK(f4.pageSizePoints.height() == Approx(935.43).margin(0.01));

    Document landscape = test::attendanceSheet(db::PaperSize::F4, 5);
    landscape.page.setOrientation(QPageLayout::Landscape);
    const auto turned = test::pdfInfo(writePdf(folder, QStringLiteral("landscape.pdf"), landscape));
    CHECK(turned.pageSizePoints.width() == Approx(mmToPoints(330)).margin(0.01));
    CHECK(turned.pageSizePoints.height() == Approx(mmToPoints(215)).margin(0.01));
}

TEST_CASE("PDF text holds the letterhead, title, page numbers and literal names",
          "[documents][pdf]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    for (const db::PaperSize paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        Document sheet = test::attendanceSheet(paper, 60);
        Table &table = std::get<Table>(sheet.blocks[3]);
        table.rows[4][1].text = test::htmlName;
        const QString path = writePdf(folder, QStringLiteral("sheet.pdf"), sheet);
        const QStringList pages = test::pdfPages(path);
        const int count = test::pdfInfo(path).pages;
        REQUIRE(count >= 3);
        REQUIRE(pages.size() == count);

        CHECK(pages.first().contains(QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM")));
        CHECK(pages.first().contains(QStringLiteral("KABUPATEN BANGKA TENGAH")));
        CHECK(pages.first().contains(QStringLiteral("DAFTAR HADIR")));
        CHECK(pages.first().contains(QStringLiteral("Senin, 20 Februari 2023")));
        CHECK(pages.first().contains(test::htmlName));
        int lastNumber = 0;
        static const QRegularExpression rowNumber(QStringLiteral("^[ \\t]*(\\d+)[ \\t]+\\S"),
                                                  QRegularExpression::MultilineOption);
        for (int page = 0; page < count; ++page) {
            INFO("page " << page + 1);
            const QString &text = pages.at(page);
            CHECK(text.contains(QStringLiteral("Halaman %1 dari %2").arg(page + 1).arg(count)));
            if (page > 0) {
                CHECK(text.contains(QStringLiteral("Daftar Hadir Rapat Koordinasi"))); // header
            }
            if (text.contains(QStringLiteral("Jabatan/Instansi"))) {
                // rows continue from the page before, in order
                auto matches = rowNumber.globalMatch(text);
                while (matches.hasNext()) {
                    const int number = matches.next().captured(1).toInt();
                    if (number == lastNumber + 1) {
                        lastNumber = number;
                    }
                }
            } else {
                CHECK(page == count - 1); // only the signatures may stand without the table
            }
        }
        CHECK(lastNumber == 60);
        CHECK(pages.last().contains(QStringLiteral("Win Iskandar")));
        CHECK(pages.last().contains(QStringLiteral("NIP. 19780101 200501 1 001")));
        CHECK_FALSE(
            pages.first().contains(QStringLiteral("Daftar Hadir Rapat Koordinasi Sambang")));
    }
}

TEST_CASE("Hostile text prints literally in the PDF", "[documents][pdf][escaping]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path =
        writePdf(folder, QStringLiteral("hostile.pdf"), test::hostileText(db::PaperSize::A4));
    const QString text = test::pdfPages(path).join(u'\f');
    CHECK(text.contains(QStringLiteral("<b>Budi</b> & Co &amp; <script>alert(1)</script>")));
    CHECK(text.contains(QStringLiteral("UJI <I>TEKS</I> & TATA LETAK")));
    CHECK(text.contains(QStringLiteral("NIP. <nip>")));
    CHECK(test::pdfInfo(path).title == test::htmlName);
}

TEST_CASE("Documents are saved by file name", "[documents][export]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const Document letter = test::invitationLetter(db::PaperSize::A4);
    CHECK(DocumentExport::formatForPath(QStringLiteral("a/b.PDF")) == ExportFormat::Pdf);
    CHECK(DocumentExport::formatForPath(QStringLiteral("b.odt")) == ExportFormat::Odt);
    CHECK_FALSE(DocumentExport::formatForPath(QStringLiteral("b.docx")));
    CHECK(DocumentExport::write(letter, folder.filePath(QStringLiteral("x.pdf"))));
    CHECK(DocumentExport::write(letter, folder.filePath(QStringLiteral("x.odt"))));
    const db::Status refused =
        DocumentExport::write(letter, folder.filePath(QStringLiteral("x.doc")));
    CHECK_FALSE(refused);
    CHECK(refused.error().code == db::Error::Code::Invalid);
    CHECK_FALSE(PdfExport::write(letter, folder.filePath(QStringLiteral("missing/x.pdf"))));
}
