// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderer.h"

#include "documentstyle.h"
#include "paginator.h"
#include "textbuilder.h"
#include "textformats.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace sisambang::documents {

namespace {

QAbstractTextDocumentLayout::PaintContext blackContext(const QRectF &clip)
{
    QAbstractTextDocumentLayout::PaintContext context;
    // Paper is white whatever the desktop's colour scheme.
    context.palette.setColor(QPalette::Text, Qt::black);
    context.clip = clip;
    return context;
}

// A one-line text laid out like the body, for the running header and footer.
void paintLine(QPainter &painter, const QRectF &rect, const QString &line, Qt::Alignment alignment)
{
    if (line.isEmpty() || rect.isEmpty()) {
        return;
    }
    QTextDocument text;
    text.documentLayout()->setPaintDevice(text::layoutDevice());
    text.setUseDesignMetrics(true);
    text.setDocumentMargin(0);
    text.setTextWidth(rect.width());
    QTextCursor cursor(&text);
    QTextBlockFormat format;
    format.setAlignment(alignment);
    cursor.setBlockFormat(format);
    text::insertLiteral(cursor, line, text::charFormat(style::decorationPt));

    const double height = text.documentLayout()->documentSize().height();
    painter.save();
    painter.translate(rect.left(), rect.top() + std::max(0.0, (rect.height() - height) / 2));
    text.documentLayout()->draw(&painter, blackContext(QRectF(0, 0, rect.width(), height)));
    painter.restore();
}

} // namespace

DocumentRenderer::DocumentRenderer(const Document &document)
    : m_laidOut(std::make_unique<LaidOutDocument>(document))
{
}

DocumentRenderer::~DocumentRenderer() = default;

int DocumentRenderer::pageCount() const
{
    return m_laidOut->pageCount();
}

const PageSetup &DocumentRenderer::pageSetup() const
{
    return m_laidOut->pageSetup();
}

QPageLayout DocumentRenderer::pageLayout() const
{
    return m_laidOut->pageSetup().pageLayout();
}

void DocumentRenderer::renderPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= pageCount() || painter.device() == nullptr) {
        return;
    }
    const double scale = painter.device()->logicalDpiX() / layoutDpi();
    const QRectF body = m_laidOut->pageSetup().bodyRect();
    const QRectF pageInText = TextPages(m_laidOut->text()).rect(index, body.width());

    painter.save();
    painter.scale(scale, scale);
    painter.save();
    painter.translate(body.topLeft() - pageInText.topLeft());
    // Table rules may sit half a rule outside the text area.
    const QRectF clip = pageInText.adjusted(-2, 0, 2, 0);
    painter.setClipRect(clip);
    m_laidOut->text().documentLayout()->draw(&painter, blackContext(clip));
    painter.restore();
    paintDecoration(painter, index);
    painter.restore();
}

void DocumentRenderer::paintDecoration(QPainter &painter, int index) const
{
    const PageDecoration &decoration = m_laidOut->decoration();
    const PageSetup &page = m_laidOut->pageSetup();
    if (index > 0 || decoration.headerOnFirstPage) {
        paintLine(painter, page.headerRect(), decoration.header, Qt::AlignLeft);
    }
    if (!decoration.pageNumbers.isEmpty()) {
        const QString numbers = QString(decoration.pageNumbers)
                                    .replace(QStringLiteral("%1"), QString::number(index + 1))
                                    .replace(QStringLiteral("%2"), QString::number(pageCount()));
        paintLine(painter, page.footerRect(), numbers, decoration.pageNumberAlignment);
    }
}

db::Status DocumentRenderer::render(QPagedPaintDevice &device, int fromPage, int toPage) const
{
    const int last = toPage <= 0 ? pageCount() : std::min(toPage, pageCount());
    const int first = std::max(1, fromPage);
    if (first > last) {
        return db::Error::invalid(
            tr("Pages %1 to %2 do not exist; the document has %n page(s).", nullptr, pageCount())
                .arg(fromPage)
                .arg(toPage));
    }
    if (!device.setPageLayout(pageLayout())) {
        return db::Error::failed(tr("The printer or file does not accept the paper size %1.")
                                     .arg(pageSetup().pageSize().name()));
    }
    QPainter painter;
    if (!painter.begin(&device)) {
        return db::Error::failed(tr("Could not start printing."));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int page = first; page <= last; ++page) {
        if (page > first && !device.newPage()) {
            return db::Error::failed(tr("Could not start page %1.").arg(page));
        }
        renderPage(painter, page - 1);
    }
    if (!painter.end()) {
        return db::Error::failed(tr("Could not finish printing."));
    }
    return {};
}

} // namespace sisambang::documents
