// SPDX-License-Identifier: GPL-3.0-or-later
#include "paginator.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <optional>

namespace sisambang::documents {

namespace {

// Whatever the model, stop after this many passes and print what we have.
constexpr int maximumPasses = 60;

struct Extent
{
    double top = 0;
    double bottom = 0;
    double height() const { return bottom - top; }
};

class Measure
{
public:
    explicit Measure(QTextDocument &text)
        : m_text(text)
        , m_layout(*text.documentLayout())
        , m_pages(text)
    {
        m_layout.documentSize(); // finishes the layout
    }

    int pageOfTop(double y) const { return m_pages.pageOfTop(y); }
    int pageOfBottom(double y) const { return m_pages.pageOfBottom(y); }
    bool spansPages(const Extent &extent) const
    {
        return pageOfBottom(extent.bottom) > pageOfTop(extent.top);
    }
    bool atPageTop(double y) const { return m_pages.atPageTop(y); }
    // Where the text of page `page` (from 0) begins.
    double pageTop(int page) const { return m_pages.rect(page, 0).top(); }
    // What fits on a page from its top, leaving the strip below for overhangs.
    double pageHeight() const { return m_pages.height - m_pages.reserve; }

    std::optional<Extent> extent(const BlockPlacement &placement) const
    {
        std::optional<Extent> result;
        const auto add = [&](const QRectF &rect) {
            if (!result) {
                result = Extent{rect.top(), rect.bottom()};
            } else {
                result->top = std::min(result->top, rect.top());
                result->bottom = std::max(result->bottom, rect.bottom());
            }
        };
        QTextFrame *root = m_text.rootFrame();
        for (auto it = root->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *frame = it.currentFrame()) {
                if (placement.frames.contains(frame)) {
                    add(m_layout.frameBoundingRect(frame));
                }
                continue;
            }
            const QTextBlock block = it.currentBlock();
            if (block.position() >= placement.firstPosition &&
                block.position() < placement.lastPosition && block.length() > 1) {
                add(m_layout.blockBoundingRect(block));
            }
        }
        return result;
    }

    Extent frameExtent(QTextFrame *frame) const
    {
        const QRectF rect = m_layout.frameBoundingRect(frame);
        return {rect.top(), rect.bottom()};
    }

    // From the top of a row's highest cell text to the bottom of its lowest.
    // Cells spanning into this row from the left or from above are known by their
    // first position: QTextTableCell::row() and column() search the whole table,
    // which made measuring a long table quadratic.
    Extent rowExtent(const QTextTable *table, int row) const
    {
        std::optional<Extent> result;
        int previousFirst = -1;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            const int first = cell.firstPosition();
            if (first == previousFirst ||
                (row > 0 && table->cellAt(row - 1, column).firstPosition() == first)) {
                continue; // covered by a spanning cell
            }
            previousFirst = first;
            // Most cells hold one paragraph: measured once (each measure places the
            // cell in its table again).
            const QTextBlock firstBlock = m_text.findBlock(first);
            const QTextBlock lastBlock = m_text.findBlock(cell.lastPosition());
            const QRectF top = m_layout.blockBoundingRect(firstBlock);
            const QRectF bottom =
                lastBlock == firstBlock ? top : m_layout.blockBoundingRect(lastBlock);
            if (!result) {
                result = Extent{top.top(), bottom.bottom()};
            }
            result->top = std::min(result->top, top.top());
            result->bottom = std::max(result->bottom, bottom.bottom());
        }
        return result.value_or(Extent{});
    }

private:
    QTextDocument &m_text;
    QAbstractTextDocumentLayout &m_layout;
    TextPages m_pages;
};

// One pass over the laid-out document; true when the plan changed and the
// document must be built again.
class Review
{
public:
    Review(const Measure &measure, const QList<BlockPlacement> &placements, PaginationPlan &plan)
        : m_measure(measure)
        , m_placements(placements)
        , m_plan(plan)
    {
    }

    bool run()
    {
        for (int index = 0; index < m_placements.size(); ++index) {
            if (splitTables(index) || keepFrames(index) || keepTogether(index) ||
                keepWithNext(index)) {
                forgetAfter(index);
                return true;
            }
        }
        return false;
    }

private:
    // A change moves everything after it, so the decisions taken further on no
    // longer hold; the next pass takes them again.
    void forgetAfter(int index)
    {
        m_plan.breakBefore.removeIf([index](int block) { return block > index; });
        m_plan.partBreaks.removeIf([index](auto entry) { return entry.key() > index; });
        m_plan.forcedBreaks.removeIf([index](auto entry) { return entry.key() > index; });
    }

    bool breakBefore(int index)
    {
        index = withKeptPrevious(index);
        if (m_plan.breakBefore.contains(index)) {
            return false;
        }
        m_plan.breakBefore.insert(index);
        return true;
    }

    // A block moving to a new page takes along the blocks before it that must not
    // end a page (a heading, a chart's caption). keepWithNext would move them in
    // the next pass anyway, as the block after them then starts a later page;
    // taking them now saves that pass.
    int withKeptPrevious(int index) const
    {
        int first = index;
        for (int previous = index - 1; previous >= 0; --previous) {
            const BlockPlacement &placement = m_placements.at(previous);
            const auto extent = m_measure.extent(placement);
            if (!extent) {
                continue; // writes nothing of its own (a spacer): goes along
            }
            if (!placement.keepWithNext || m_measure.atPageTop(extent->top)) {
                break;
            }
            first = previous;
        }
        return first;
    }

    // Qt breaks a table row over two pages line by line, or moves it whole but
    // draws the last row on the page down to the page foot. Splitting the table
    // before such rows gives whole rows and closed tables on every page. Qt's
    // own breaks hold for the layout as it is, so all of them are taken in one
    // pass; a row split over pages shifts what follows, so the pass ends there.
    bool splitTables(int index)
    {
        const BlockPlacement &placement = m_placements.at(index);
        if (placement.partFirstRows.isEmpty()) {
            return false;
        }
        const int headerRows = placement.headerRowCount;
        QList<int> breaks = m_plan.partBreaks.value(index);
        const qsizetype known = breaks.size();
        const auto done = [&] {
            if (breaks.size() == known) {
                return false;
            }
            std::sort(breaks.begin(), breaks.end());
            m_plan.partBreaks.insert(index, breaks);
            return true;
        };
        // A row moved to a new page by hand moves the rows after it; the breaks
        // found further down the table are found again in the next pass.
        const auto forced = [&](int row) {
            breaks.removeIf([row](int later) { return later >= row; });
            breaks.append(row);
            QSet<int> &forcedRows = m_plan.forcedBreaks[index];
            forcedRows.removeIf([row](int later) { return later > row; });
            forcedRows.insert(row);
            std::sort(breaks.begin(), breaks.end());
            m_plan.partBreaks.insert(index, breaks);
            return true;
        };
        for (qsizetype part = 0; part < placement.frames.size(); ++part) {
            const auto *table = qobject_cast<const QTextTable *>(placement.frames.at(part));
            if (table == nullptr || table->rows() <= headerRows) {
                continue;
            }
            const int firstRow = placement.partFirstRows.value(part);
            const Extent tableTop = m_measure.rowExtent(table, 0);
            const qsizetype breaksBefore = breaks.size();
            // Where the first row's text starts below the top of a part that opens a
            // page (parts after the first have no top margin).
            const Extent frame = m_measure.frameExtent(placement.frames.at(part));
            const double firstRowOffset = m_measure.rowExtent(table, headerRows).top - frame.top -
                                          (part == 0 ? table->format().topMargin() : 0);
            // After a row split over pages the rows below move down in the next
            // layout; following them here finds every break of a long table in one
            // pass instead of one pass a page.
            double shift = 0;
            bool anyForced = false;
            double previousBottom = 0;
            for (int row = headerRows; row < table->rows(); ++row) {
                Extent extent = m_measure.rowExtent(table, row);
                extent.top += shift;
                extent.bottom += shift;
                const bool split =
                    m_measure.spansPages(extent) && extent.height() < m_measure.pageHeight() * 0.9;
                if (row == headerRows) {
                    // The first row (with the header above it) belongs together: a
                    // table never starts with its header alone at the foot of a page.
                    const bool orphan =
                        m_measure.pageOfTop(extent.top) > m_measure.pageOfTop(tableTop.top);
                    if (part == 0 && (split || orphan) && !m_measure.atPageTop(tableTop.top)) {
                        return breakBefore(index) || done();
                    }
                    // A part that starts where a row was taken to fit may still
                    // straddle a page: it starts the next page instead.
                    if (part > 0 && split && !m_plan.forcedBreaks.value(index).contains(firstRow)) {
                        return forced(firstRow);
                    }
                } else if (split) {
                    forced(firstRow + row - headerRows);
                    anyForced = true;
                    const double moved =
                        m_measure.pageTop(m_measure.pageOfTop(extent.top) + 1) + firstRowOffset;
                    shift += moved - extent.top;
                    extent.bottom += moved - extent.top;
                    extent.top = moved;
                } else if (m_measure.pageOfTop(extent.top) >
                           m_measure.pageOfBottom(previousBottom)) {
                    breaks.append(firstRow + row - headerRows);
                    if (anyForced) {
                        m_plan.partBreaks.insert(index, breaks);
                    }
                }
                previousBottom = extent.bottom;
            }
            if (anyForced) {
                // The next pass checks the parts as they are then laid out.
                std::sort(breaks.begin(), breaks.end());
                m_plan.partBreaks.insert(index, breaks);
                return true;
            }
            // The last row's text may fit while its padding and rule run over the
            // page foot; Qt would then draw the header rows again on the next page.
            const double bottom = frame.bottom - table->format().bottomMargin();
            const int lastRow = table->rows() - 1;
            if (breaks.size() == breaksBefore &&
                m_measure.pageOfBottom(bottom) > m_measure.pageOfTop(frame.top)) {
                if (lastRow > headerRows) {
                    return forced(firstRow + lastRow - headerRows);
                }
                if (part == 0 && !m_measure.atPageTop(tableTop.top)) {
                    return breakBefore(index) || done();
                }
            }
        }
        return done();
    }

    // Rows of photos: each moves to the next page whole.
    bool keepFrames(int index)
    {
        const BlockPlacement &placement = m_placements.at(index);
        if (!placement.unbreakableFrames) {
            return false;
        }
        for (qsizetype part = 0; part < placement.frames.size(); ++part) {
            const Extent extent = m_measure.frameExtent(placement.frames.at(part));
            QList<int> breaks = m_plan.partBreaks.value(index);
            if (m_measure.spansPages(extent) && extent.height() <= m_measure.pageHeight() &&
                !breaks.contains(int(part))) {
                breaks.append(int(part));
                m_plan.partBreaks.insert(index, breaks);
                return true;
            }
        }
        return false;
    }

    bool keepTogether(int index)
    {
        const BlockPlacement &placement = m_placements.at(index);
        if (!placement.keepTogether && !placement.keepWithPrevious) {
            return false;
        }
        const auto extent = m_measure.extent(placement);
        if (!extent) {
            return false;
        }
        const bool breaks =
            placement.keepTogether && m_measure.spansPages(*extent) &&
            extent->height() <= m_measure.pageHeight() * placement.keepTogetherMaxPage;
        const auto previous =
            index > 0 ? m_measure.extent(m_placements.at(index - 1)) : std::optional<Extent>();
        // Signatures never open a page on their own: the paragraph before them
        // comes along when both fit on one page.
        const bool alone =
            placement.keepWithPrevious && previous &&
            m_measure.pageOfTop(extent->top) > m_measure.pageOfBottom(previous->bottom);
        if ((breaks || alone) && previous && placement.keepWithPrevious &&
            m_placements.at(index - 1).frames.isEmpty() && !m_measure.spansPages(*previous) &&
            !m_measure.atPageTop(previous->top) &&
            previous->height() + extent->height() <= m_measure.pageHeight() &&
            breakBefore(index - 1)) {
            return true;
        }
        return breaks && breakBefore(index);
    }

    bool keepWithNext(int index)
    {
        const BlockPlacement &placement = m_placements.at(index);
        if (!placement.keepWithNext) {
            return false;
        }
        const auto extent = m_measure.extent(placement);
        if (!extent || m_measure.atPageTop(extent->top)) {
            return false;
        }
        for (int next = index + 1; next < m_placements.size(); ++next) {
            if (const auto following = m_measure.extent(m_placements.at(next))) {
                if (m_measure.pageOfTop(following->top) > m_measure.pageOfBottom(extent->bottom)) {
                    return breakBefore(index);
                }
                return false;
            }
        }
        return false;
    }

    const Measure &m_measure;
    const QList<BlockPlacement> &m_placements;
    PaginationPlan &m_plan;
};

// A pass that only adds page breaks before whole blocks changes no text, so
// those breaks are set on the laid-out document and Qt lays out again from the
// first of them, instead of the whole document being built and laid out anew
// (the yearly recap: three builds became one). Anything else is built again.
bool addBlockBreaks(QTextDocument &text, const PaginationPlan &before, const PaginationPlan &after,
                    const QList<BlockPlacement> &placements)
{
    if (after.partBreaks != before.partBreaks || after.forcedBreaks != before.forcedBreaks ||
        !after.breakBefore.contains(before.breakBefore)) {
        return false;
    }
    const QSet<int> added = after.breakBefore - before.breakBefore;
    const bool placed = std::all_of(added.begin(), added.end(), [&](int index) {
        return index < placements.size() && (placements.at(index).breakBlockPosition >= 0 ||
                                             placements.at(index).breakTable != nullptr);
    });
    if (!placed) {
        return false;
    }
    for (const int index : added) {
        const BlockPlacement &placement = placements.at(index);
        if (QTextTable *table = placement.breakTable) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(format.pageBreakPolicy() |
                                      QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        } else {
            QTextCursor cursor(&text);
            cursor.setPosition(placement.breakBlockPosition);
            QTextBlockFormat format = cursor.blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy() |
                                      QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
        }
    }
    return true;
}

} // namespace

LaidOutDocument::LaidOutDocument(const Document &document, Rebuild rebuild)
    : m_page(document.page)
    , m_decoration(document.decoration)
{
    PaginationPlan plan;
    QList<BlockPlacement> placements;
    bool build = true;
    for (m_passes = 1;; ++m_passes) {
        if (build) {
            TextBuilder builder(document, TextTarget::Paged, plan);
            m_text = builder.build();
            placements = builder.placements();
            ++m_builds;
        }
        const Measure measure(*m_text);
        const PaginationPlan before = plan;
        if (m_passes >= maximumPasses || !Review(measure, placements, plan).run()) {
            break;
        }
        build = rebuild == Rebuild::EveryPass || !addBlockBreaks(*m_text, before, plan, placements);
    }
}

LaidOutDocument::~LaidOutDocument() = default;

int LaidOutDocument::pageCount() const
{
    return TextPages(*m_text).count();
}

} // namespace sisambang::documents
