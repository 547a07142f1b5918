// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "result.h"

#include <QCoreApplication>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace sisambang::documents {

class LaidOutDocument;

// Paints a document page by page onto any paint device: QPdfWriter, a QPrinter
// (the GUI passes its printer: QPrinter is a QPagedPaintDevice), the print
// preview, an image. Layout happens once, in the constructor, at a fixed
// resolution; each device only scales it, so every target shows the same pages.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    explicit DocumentRenderer(const Document &document);
    ~DocumentRenderer();
    Q_DISABLE_COPY_MOVE(DocumentRenderer)

    int pageCount() const;
    const PageSetup &pageSetup() const;
    // Paper size and orientation for the device, in full-page mode: the margins
    // are the document's own, painted, never the printer's.
    QPageLayout pageLayout() const;

    // Paints page `index` (0-based): the painter's origin is the paper's top-left
    // corner and its device's resolution gives the scale. Painter state is restored.
    void renderPage(QPainter &painter, int index) const;

    // Sets the device's page layout and paints pages fromPage..toPage (1-based,
    // inclusive; 0 for "to the last"), each on its own sheet. This is what
    // printing, print preview and PDF export call.
    db::Status render(QPagedPaintDevice &device, int fromPage = 1, int toPage = 0) const;

private:
    void paintDecoration(QPainter &painter, int index) const;

    std::unique_ptr<LaidOutDocument> m_laidOut;
};

} // namespace sisambang::documents
