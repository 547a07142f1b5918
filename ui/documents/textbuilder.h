// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "textwriter.h"

#include <QHash>
#include <QList>
#include <QRectF>
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

// How the laid-out text falls into pages. Qt breaks pages at multiples of
// `height` (the text area's height), but each page's text starts `reserve` lower
// (the root frame's top margin). So page n shows the text between
// n * height + reserve and (n + 1) * height + reserve: the padding and rule that
// hang below a table's last row are still on their page, in the strip the next
// page leaves empty.
struct TextPages
{
    double height = 0;
    double reserve = 0;

    explicit TextPages(const QTextDocument &text);
    // Pages (from 0) that a top and a bottom edge are on.
    int pageOfTop(double y) const;
    int pageOfBottom(double y) const;
    bool atPageTop(double y) const;
    // Page `page` in text coordinates, `width` wide.
    QRectF rect(int page, double width) const;
    int count() const;

private:
    const QTextDocument *m_text;
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
