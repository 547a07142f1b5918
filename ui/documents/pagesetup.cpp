// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagesetup.h"

#include <QGuiApplication>
#include <QScreen>

namespace sisambang::documents {

double layoutDpi()
{
    // What QTextDocument's layout calls the default resolution (qt_defaultDpiY).
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi)) {
        return 96;
    }
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        return qRound(screen->logicalDotsPerInchY());
    }
    return 100;
}

QSizeF paperSizeMm(db::PaperSize paper)
{
    switch (paper) {
    case db::PaperSize::A4:
        return {210.0, 297.0};
    case db::PaperSize::F4:
        return {215.0, 330.0};
    }
    return {210.0, 297.0};
}

QSizeF PageSetup::paperSizeMm() const
{
    const QSizeF portrait = documents::paperSizeMm(m_paper);
    return m_orientation == QPageLayout::Landscape ? portrait.transposed() : portrait;
}

QPageSize PageSetup::pageSize() const
{
    switch (m_paper) {
    case db::PaperSize::A4:
        return QPageSize(QPageSize::A4);
    case db::PaperSize::F4:
        return QPageSize(documents::paperSizeMm(db::PaperSize::F4), QPageSize::Millimeter,
                         QStringLiteral("F4 (215 x 330 mm)"), QPageSize::ExactMatch);
    }
    return QPageSize(QPageSize::A4);
}

QPageLayout PageSetup::pageLayout() const
{
    QPageLayout layout(pageSize(), m_orientation, QMarginsF(), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

QSizeF PageSetup::paperSize() const
{
    const QSizeF mm = paperSizeMm();
    return {mmToLayout(mm.width()), mmToLayout(mm.height())};
}

QRectF PageSetup::bodyRect() const
{
    const QSizeF paper = paperSize();
    const double left = mmToLayout(m_margins.left());
    const double top = mmToLayout(m_margins.top());
    return {left, top, paper.width() - left - mmToLayout(m_margins.right()),
            paper.height() - top - mmToLayout(m_margins.bottom())};
}

QRectF PageSetup::headerRect() const
{
    const QRectF body = bodyRect();
    // Never reach into the body, however small the top margin is.
    const double top = std::min(mmToLayout(bandOffsetMm), body.top());
    const double height = std::min(mmToLayout(bandHeightMm), body.top() - top);
    return {body.left(), top, body.width(), height};
}

QRectF PageSetup::footerRect() const
{
    const QRectF body = bodyRect();
    const double paperHeight = paperSize().height();
    const double bottom = std::max(paperHeight - mmToLayout(bandOffsetMm), body.bottom());
    const double height = std::min(mmToLayout(bandHeightMm), bottom - body.bottom());
    return {body.left(), bottom - height, body.width(), height};
}

} // namespace sisambang::documents
