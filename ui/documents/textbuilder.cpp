// SPDX-License-Identifier: GPL-3.0-or-later
#include "textbuilder.h"

#include "blockwriters.h"
#include "documentstyle.h"
#include "textformats.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>

#include <cmath>

namespace sisambang::documents {

namespace {

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};

// More than a table cell's bottom padding and rule (see TextPages).
constexpr double pageReserve = 10.0;
constexpr double tolerance = 0.5;

} // namespace

TextPages::TextPages(const QTextDocument &text)
    : height(text.pageSize().height())
    , reserve(text.rootFrame()->frameFormat().topMargin())
    , m_text(&text)
{
}

int TextPages::pageOfTop(double y) const
{
    return std::max(0, int(std::floor((y - reserve + tolerance) / height)));
}

int TextPages::pageOfBottom(double y) const
{
    return std::max(0, int(std::floor((y - reserve - tolerance) / height)));
}

bool TextPages::atPageTop(double y) const
{
    return y - reserve - pageOfTop(y) * height < 2.0;
}

QRectF TextPages::rect(int page, double width) const
{
    return {0, page * height + reserve, width, height};
}

int TextPages::count() const
{
    return pageOfBottom(m_text->documentLayout()->documentSize().height()) + 1;
}

TextBuilder::TextBuilder(const Document &document, TextTarget target, PaginationPlan plan)
    : m_document(document)
    , m_target(target)
    , m_plan(std::move(plan))
{
}

std::unique_ptr<QTextDocument> TextBuilder::build()
{
    auto text = std::make_unique<QTextDocument>();
    text->documentLayout()->setPaintDevice(text::layoutDevice());
    // Unhinted glyph advances: the same line breaks at every resolution.
    text->setUseDesignMetrics(true);
    text->setDocumentMargin(0);
    text->setIndentWidth(mmToLayout(style::listIndentMm));
    text->setDefaultFont(style::font(m_document.bodyPointSize));
    QTextOption option = text->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    text->setDefaultTextOption(option);
    text->setMetaInformation(QTextDocument::DocumentTitle, m_document.title);
    const QRectF body = m_document.page.bodyRect();
    // The layout computes in 1/64 units (QFixed); a page height on that grid keeps
    // its page arithmetic and ours (in doubles) in agreement at every page break.
    text->setPageSize(QSizeF(body.width(), std::floor(body.height() * 64) / 64));
    QTextFrameFormat root = text->rootFrame()->frameFormat();
    root.setTopMargin(pageReserve);
    text->rootFrame()->setFrameFormat(root);

    // One edit block: the layout hears of the finished document once, instead of
    // laying the table out again after every cell (quadratic in the rows).
    QTextCursor editBlock(text.get());
    editBlock.beginEditBlock();
    TextWriter writer(*text, m_target, body.width(), m_document.bodyPointSize,
                      m_document.tablePointSize);
    m_placements.clear();
    for (qsizetype index = 0; index < m_document.blocks.size(); ++index) {
        writer.beginBlock();
        if (m_plan.breakBefore.contains(int(index))) {
            writer.requestPageBreak();
        }
        const QList<int> breaks = m_plan.partBreaks.value(int(index));
        std::visit(Overloaded{
                       [&](const Letterhead &block) { writeLetterhead(writer, block); },
                       [&](const Title &block) { writeTitle(writer, block); },
                       [&](const Heading &block) { writeHeading(writer, block); },
                       [&](const Paragraph &block) { writeParagraph(writer, block); },
                       [&](const List &block) { writeList(writer, block); },
                       [&](const KeyValueRows &block) { writeKeyValueRows(writer, block); },
                       [&](const Table &block) {
                           writeTable(writer, block, breaks, m_plan.forcedBreaks.value(int(index)));
                       },
                       [&](const SignatureRow &block) { writeSignatureRow(writer, block); },
                       [&](const PhotoGrid &block) { writePhotoGrid(writer, block, breaks); },
                       [&](const Image &block) { writeImage(writer, block); },
                       [&](const Drawing &block) { writeDrawing(writer, block); },
                       [&](const Spacer &block) { writer.addSpace(mmToLayout(block.heightMm)); },
                       [&](const PageBreak &) { writer.requestPageBreak(); },
                   },
                   m_document.blocks.at(index));
        m_placements.append(writer.endBlock());
    }
    editBlock.endEditBlock();
    return text;
}

} // namespace sisambang::documents
