// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "officeprofile.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>

namespace sisambang::documents {

// Lengths inside a laid-out document are in "layout units": pixels of the
// device the QTextDocument is laid out for. QTextDocument scales pixel lengths
// (margins, paddings, line heights, pictures) by that device's resolution over
// the screen's logical resolution, so layout units are made the screen's logical
// pixel (96 dpi on most desktops and offscreen; AA_Use96Dpi forces 96). With
// every length derived from millimetres and points through these functions, a
// document measures the same on paper whatever that resolution is.
double layoutDpi();
inline double mmToLayout(double mm)
{
    return mm / 25.4 * layoutDpi();
}
inline double pointsToLayout(double points)
{
    return points / 72.0 * layoutDpi();
}
inline double layoutToPoints(double units)
{
    return units / layoutDpi() * 72.0;
}

// Paper, orientation and margins of a document. Margins are in millimetres on the
// page as printed (landscape margins refer to the turned page).
class PageSetup
{
public:
    PageSetup() = default;
    explicit PageSetup(db::PaperSize paper,
                       QPageLayout::Orientation orientation = QPageLayout::Portrait)
        : m_paper(paper)
        , m_orientation(orientation)
    {
    }

    db::PaperSize paper() const { return m_paper; }
    void setPaper(db::PaperSize paper) { m_paper = paper; }
    QPageLayout::Orientation orientation() const { return m_orientation; }
    void setOrientation(QPageLayout::Orientation orientation) { m_orientation = orientation; }
    // left, top, right, bottom in millimetres
    QMarginsF marginsMm() const { return m_margins; }
    void setMarginsMm(const QMarginsF &margins) { m_margins = margins; }

    // Paper as it lies: 210 x 297 (A4) or 215 x 330 (F4), swapped for landscape.
    QSizeF paperSizeMm() const;
    // The paper as Qt knows it. F4 is a custom size held exactly in millimetres;
    // Qt's own "Folio" is 210 x 330 and would be wrong.
    QPageSize pageSize() const;
    // Full-page layout (zero device margins): our margins are painted, not the device's.
    QPageLayout pageLayout() const;

    QSizeF paperSize() const;  // layout units
    QRectF bodyRect() const;   // the area text flows in, layout units from the paper corner
    QRectF headerRect() const; // a band in the top margin for the running header
    QRectF footerRect() const; // a band in the bottom margin for "Halaman x dari y"

    // The header and footer bands: this far from the paper edge, this high.
    static constexpr double bandOffsetMm = 8.0;
    static constexpr double bandHeightMm = 7.0;

private:
    db::PaperSize m_paper = db::PaperSize::A4;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    // Indonesian official letters: wide binding margin on the left, a kop surat
    // starting high on the page, room for the page number at the foot.
    QMarginsF m_margins{25.0, 15.0, 20.0, 20.0};
};

// Exact paper sizes in millimetres, portrait.
QSizeF paperSizeMm(db::PaperSize paper);

} // namespace sisambang::documents
