// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "textwriter.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

class QTextDocument;

namespace sisambang::documents {

// Page breaks the paginator decided on, by index of the model block.
struct PaginationPlan
{
    QSet<int> breakBefore;             // blocks that start a new page
    QHash<int, QList<int>> partBreaks; // table rows / photo rows that start a new page
    // Of a table's part breaks, those Qt would not make by itself (a row it would
    // split over two pages); the others it makes, as it moves the whole next
    // part, header and all, to the next page.
    QHash<int, QSet<int>> forcedBreaks;

    bool operator==(const PaginationPlan &) const = default;
};

// Turns the model into a QTextDocument laid out for the fixed layout device,
// one pass: the paginator (paginator.h) calls it again with its plan.
class TextBuilder
{
public:
    TextBuilder(const Document &document, TextTarget target, PaginationPlan plan = {});

    std::unique_ptr<QTextDocument> build();
    // Where each model block landed, valid while the built document lives.
    const QList<BlockPlacement> &placements() const { return m_placements; }

private:
    const Document &m_document;
    TextTarget m_target;
    PaginationPlan m_plan;
    QList<BlockPlacement> m_placements;
};

} // namespace sisambang::documents
