// SPDX-License-Identifier: GPL-3.0-or-later
// The renderer on devices other than QPdfWriter's 300 dpi: what the print
// preview and printers get.
#include "pdftools.h"
#include "renderer.h"
#include "sampledocuments.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <cmath>

using namespace sisambang;
using namespace sisambang::documents;

namespace {

int darkPixels(const QImage &image, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            count += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    return count;
}

QImage paint(const DocumentRenderer &renderer, int page, int dpi)
{
    const QSizeF mm = renderer.pageSetup().paperSizeMm();
    QImage image(qRound(mm.width() / 25.4 * dpi), qRound(mm.height() / 25.4 * dpi),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.renderPage(painter, page);
    return image;
}

} // namespace

TEST_CASE("Pages paint onto any device at its own resolution", "[documents][renderer]")
{
    const DocumentRenderer renderer(test::attendanceSheet(db::PaperSize::F4, 40));
    REQUIRE(renderer.pageCount() >= 2);
    CHECK(renderer.pageLayout().fullRect(QPageLayout::Millimeter).size() == QSizeF(215, 330));

    for (const int dpi : {72, 150}) {
        INFO("dpi " << dpi);
        const QImage first = paint(renderer, 0, dpi);
        const double perMm = dpi / 25.4;
        // ink in the letterhead band, none in the left margin, the footer line inked
        CHECK(darkPixels(first, QRect(QPoint(qRound(50 * perMm), qRound(17 * perMm)),
                                      QPoint(qRound(170 * perMm), qRound(40 * perMm)))) > 50);
        CHECK(darkPixels(first,
                         QRect(QPoint(0, 0), QPoint(qRound(20 * perMm), first.height() - 1))) == 0);
        CHECK(darkPixels(first, QRect(QPoint(qRound(150 * perMm), qRound(316 * perMm)),
                                      QPoint(qRound(195 * perMm), qRound(322 * perMm)))) > 0);
    }
    // a page that does not exist paints nothing
    CHECK(darkPixels(paint(renderer, renderer.pageCount(), 72), QRect(0, 0, 100, 100)) == 0);
}

TEST_CASE("Nothing is painted in the side margins however long the text", "[documents][renderer]")
{
    for (const db::PaperSize paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const DocumentRenderer renderer(test::hostileText(paper));
        const QRectF body = renderer.pageSetup().bodyRect();
        const int dpi = 100;
        const double scale = dpi / layoutDpi();
        for (int page = 0; page < renderer.pageCount(); ++page) {
            const QImage image = paint(renderer, page, dpi);
            const int left = int(std::floor((body.left() - mmToLayout(0.5)) * scale));
            const int right = int(std::ceil((body.right() + mmToLayout(0.5)) * scale));
            CHECK(darkPixels(image, QRect(0, 0, left, image.height())) == 0);
            CHECK(darkPixels(image, QRect(right, 0, image.width() - right, image.height())) == 0);
            // and the text does reach the right edge of the text area
            CHECK(darkPixels(image, QRect(right - int(mmToLayout(5) * scale), 0,
                                          int(mmToLayout(5) * scale), image.height())) > 0);
        }
    }
}

TEST_CASE("Printing a page range and a printer resolution give the same pages",
          "[documents][renderer]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const DocumentRenderer renderer(test::attendanceSheet(db::PaperSize::A4, 60));
    const int count = renderer.pageCount();
    REQUIRE(count >= 3);

    const QString printerLike = folder.filePath(QStringLiteral("600dpi.pdf"));
    {
        QPdfWriter writer(printerLike);
        writer.setResolution(600);
        REQUIRE(renderer.render(writer, 2, 3));
    }
    const auto info = test::pdfInfo(printerLike);
    CHECK(info.pages == 2);
    CHECK(info.pageSizePoints.width() == Approx(595).margin(1));
    const QStringList pages = test::pdfPages(printerLike);
    REQUIRE(pages.size() == 2);
    CHECK(pages.at(0).contains(QStringLiteral("Halaman 2 dari %1").arg(count)));
    CHECK(pages.at(1).contains(QStringLiteral("Halaman 3 dari %1").arg(count)));

    QPdfWriter unused(folder.filePath(QStringLiteral("none.pdf")));
    const db::Status refused = renderer.render(unused, count + 1, count + 2);
    CHECK_FALSE(refused);
    CHECK(refused.error().code == db::Error::Code::Invalid);
}
