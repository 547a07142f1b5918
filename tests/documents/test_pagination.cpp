// SPDX-License-Identifier: GPL-3.0-or-later
// Page breaking checked as numbers: page counts, whole rows and blocks per page.
#include "paginator.h"
#include "renderer.h"
#include "sampledocuments.h"
#include "textbuilder.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QMap>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace sisambang;
using namespace sisambang::documents;

namespace {

struct Span
{
    int first = 0;
    int last = 0;
};

class Pages
{
public:
    explicit Pages(const LaidOutDocument &laidOut)
        : m_text(laidOut.text())
        , m_pages(m_text)
    {
    }

    Span of(const QRectF &rect) const
    {
        return {m_pages.pageOfTop(rect.top()), m_pages.pageOfBottom(rect.bottom())};
    }

    Span ofFrame(QTextFrame *frame) const
    {
        return of(m_text.documentLayout()->frameBoundingRect(frame));
    }

    Span ofRow(const QTextTable *table, int row) const
    {
        Span span{1 << 30, -1};
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            const auto *layout = m_text.documentLayout();
            const Span first = of(layout->blockBoundingRect(cell.firstCursorPosition().block()));
            const Span last = of(layout->blockBoundingRect(cell.lastCursorPosition().block()));
            span.first = std::min(span.first, first.first);
            span.last = std::max(span.last, last.last);
        }
        return span;
    }

    QList<QTextTable *> tables() const
    {
        QList<QTextTable *> result;
        for (QTextFrame *frame : m_text.rootFrame()->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                result.append(table);
            }
        }
        return result;
    }

private:
    const QTextDocument &m_text;
    TextPages m_pages;
};

int pagesFor(db::PaperSize paper, int rows)
{
    return DocumentRenderer(test::attendanceSheet(paper, rows)).pageCount();
}

} // namespace

TEST_CASE("Attendance sheets take a plausible and stable number of pages", "[documents][pages]")
{
    const QList<int> rowCounts{0, 1, 5, 17, 40, 80, 120, 200};
    QMap<db::PaperSize, QMap<int, int>> pages;
    for (const db::PaperSize paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        INFO((paper == db::PaperSize::A4 ? "A4" : "F4"));
        int previous = 1;
        for (int rows : rowCounts) {
            const int count = pagesFor(paper, rows);
            CHECK(count >= previous); // more rows, never fewer pages
            previous = count;
            pages[paper][rows] = count;
        }
        CHECK(pages[paper][0] == 1);
        CHECK(pages[paper][1] == 1);
        CHECK(pages[paper][17] == 2);
        // 200 rows of 10 to 20 mm on 250 to 290 mm of text height.
        CHECK(pages[paper][200] >= 9);
        CHECK(pages[paper][200] <= 16);
        CHECK(pagesFor(paper, 200) == pages[paper][200]); // same input, same pages
    }
    // The taller F4 page never needs more pages than A4.
    for (int rows : rowCounts) {
        CHECK(pages[db::PaperSize::F4][rows] <= pages[db::PaperSize::A4][rows]);
    }
}

TEST_CASE("Table rows are never split over pages and each part repeats the header",
          "[documents][pages]")
{
    for (const db::PaperSize paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const LaidOutDocument laidOut(test::attendanceSheet(paper, 200));
        const Pages pages(laidOut);
        int parts = 0;
        int seenRows = 0;
        int lastPage = -1;
        for (QTextTable *table : pages.tables()) {
            if (table->columns() != 6) {
                continue;
            }
            ++parts;
            CHECK(table->cellAt(0, 2).firstCursorPosition().block().text() ==
                  QStringLiteral("Jabatan/Instansi"));
            const Span span = pages.ofFrame(table);
            CHECK(span.first == span.last); // one part, one page
            if (lastPage >= 0) {
                CHECK(span.first == lastPage + 1); // the next part on the next page
            }
            lastPage = span.first;
            for (int row = 1; row < table->rows(); ++row) {
                const Span rowSpan = pages.ofRow(table, row);
                CHECK(rowSpan.first == rowSpan.last);
                // numbering continues across parts
                CHECK(table->cellAt(row, 0).firstCursorPosition().block().text() ==
                      QString::number(++seenRows));
            }
        }
        CHECK(seenRows == 200);
        // Qt's own breaks are taken a table at a time: a few builds, not one per page.
        CHECK(laidOut.passes() <= 8);
        // A table part on every page; the signatures may have the last to themselves.
        CHECK(parts >= laidOut.pageCount() - 1);
    }
}

TEST_CASE("Signature blocks and photos are never split", "[documents][pages]")
{
    for (int rows = 0; rows <= 30; ++rows) {
        INFO("rows: " << rows);
        const LaidOutDocument laidOut(test::attendanceSheet(db::PaperSize::A4, rows));
        const Pages pages(laidOut);
        const QList<QTextTable *> tables = pages.tables();
        REQUIRE_FALSE(tables.isEmpty());
        const Span signatures = pages.ofFrame(tables.last());
        CHECK(signatures.first == signatures.last);
        CHECK(signatures.last == laidOut.pageCount() - 1);
    }
    const LaidOutDocument report(test::activityReport(db::PaperSize::A4));
    const Pages pages(report);
    int photoRows = 0;
    for (QTextTable *table : pages.tables()) {
        if (table->columns() == 2 && table->rows() == 1) {
            ++photoRows;
            const Span span = pages.ofFrame(table);
            CHECK(span.first == span.last);
        }
    }
    CHECK(photoRows == 3);
}

TEST_CASE("Headings stay with the text that follows them", "[documents][pages]")
{
    for (const db::PaperSize paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const LaidOutDocument laidOut(test::memorandum(paper));
        const QTextDocument &text = laidOut.text();
        const TextPages pages(text);
        const auto pageOf = [&](const QTextBlock &block, bool bottom) {
            const QRectF rect = text.documentLayout()->blockBoundingRect(block);
            return bottom ? pages.pageOfBottom(rect.bottom()) : pages.pageOfTop(rect.top());
        };
        int headings = 0;
        for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
            if (block.text().startsWith(QStringLiteral("Pasal "))) {
                ++headings;
                const QTextBlock title = block.next();
                const QTextBlock body = title.next();
                CHECK(pageOf(block, true) == pageOf(title, false));
                CHECK(pageOf(title, true) == pageOf(body, false));
            }
        }
        CHECK(headings == 10);
    }
}

namespace {

// Where every paragraph of the laid-out text falls, cells included.
QList<std::pair<int, int>> paragraphPages(const LaidOutDocument &laidOut)
{
    const QTextDocument &text = laidOut.text();
    const TextPages pages(text);
    QList<std::pair<int, int>> result;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = text.documentLayout()->blockBoundingRect(block);
        result.append({pages.pageOfTop(rect.top()), pages.pageOfBottom(rect.bottom())});
    }
    return result;
}

} // namespace

TEST_CASE("Page breaks set on the laid-out text give the pages a fresh build gives",
          "[documents][pages]")
{
    QList<std::pair<QString, Document>> samples;
    for (const db::PaperSize paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        samples.append({QStringLiteral("memorandum"), test::memorandum(paper)});
        samples.append({QStringLiteral("activity report"), test::activityReport(paper)});
        for (int rows = 0; rows <= 40; rows += 5) {
            samples.append(
                {QStringLiteral("attendance %1").arg(rows), test::attendanceSheet(paper, rows)});
        }
    }
    int buildsSaved = 0;
    for (const auto &[name, document] : samples) {
        INFO(name.toStdString());
        const LaidOutDocument inPlace(document);
        const LaidOutDocument rebuilt(document, LaidOutDocument::Rebuild::EveryPass);
        CHECK(inPlace.pageCount() == rebuilt.pageCount());
        CHECK(inPlace.passes() == rebuilt.passes());
        CHECK(inPlace.text().toPlainText() == rebuilt.text().toPlainText());
        CHECK(paragraphPages(inPlace) == paragraphPages(rebuilt));
        CHECK(inPlace.builds() <= rebuilt.builds());
        buildsSaved += rebuilt.builds() - inPlace.builds();
    }
    // The samples include breaks before whole blocks, set without a new build.
    CHECK(buildsSaved > 0);
}
