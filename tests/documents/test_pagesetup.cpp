// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagesetup.h"

#include <catch2/catch.hpp>

using namespace sisambang;
using namespace sisambang::documents;

TEST_CASE("Paper sizes are exact in millimetres", "[documents][pagesetup]")
{
    CHECK(paperSizeMm(db::PaperSize::A4) == QSizeF(210, 297));
    CHECK(paperSizeMm(db::PaperSize::F4) == QSizeF(215, 330));

    const PageSetup f4(db::PaperSize::F4);
    CHECK(f4.pageSize().size(QPageSize::Millimeter) == QSizeF(215, 330));
    CHECK(f4.pageLayout().fullRect(QPageLayout::Millimeter).size() == QSizeF(215, 330));
    CHECK(f4.pageLayout().mode() == QPageLayout::FullPageMode);
    CHECK(PageSetup(db::PaperSize::A4).pageSize().id() == QPageSize::A4);

    const PageSetup landscape(db::PaperSize::F4, QPageLayout::Landscape);
    CHECK(landscape.paperSizeMm() == QSizeF(330, 215));
    CHECK(landscape.pageLayout().fullRect(QPageLayout::Millimeter).size() == QSizeF(330, 215));
}

TEST_CASE("Body, header and footer areas follow the margins", "[documents][pagesetup]")
{
    PageSetup page(db::PaperSize::A4);
    page.setMarginsMm(QMarginsF(30, 20, 20, 25));
    const QRectF body = page.bodyRect();
    CHECK(body.left() == Approx(mmToLayout(30)));
    CHECK(body.top() == Approx(mmToLayout(20)));
    CHECK(body.width() == Approx(mmToLayout(160)));
    CHECK(body.height() == Approx(mmToLayout(252)));
    CHECK(page.paperSize().width() == Approx(mmToLayout(210)));

    // The bands sit in the margins and never reach into the body.
    CHECK(page.headerRect().bottom() <= body.top());
    CHECK(page.headerRect().height() > 0);
    CHECK(page.footerRect().top() >= body.bottom());
    CHECK(page.footerRect().bottom() <= page.paperSize().height());

    page.setMarginsMm(QMarginsF(25, 5, 20, 5));
    CHECK(page.headerRect().bottom() <= page.bodyRect().top());
    CHECK(page.footerRect().top() >= page.bodyRect().bottom());
}
