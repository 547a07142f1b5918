// SPDX-License-Identifier: GPL-3.0-or-later
// The attendance sheet (daftar hadir): zig-zag signature halves, numbering over
// pages, the repeated header, and page counts computed from the layout's
// measures, checked in the paginated model and in the PDF.
#include "activitysamples.h"
#include "paginator.h"
#include "pdfexport.h"
#include "pdftools.h"
#include "sampledocuments.h"
#include "textbuilder.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

using namespace sisambang;
using namespace sisambang::documents;

namespace {

QList<QTextTable *> attendanceParts(const QTextDocument &text)
{
    QList<QTextTable *> parts;
    for (QTextFrame *frame : text.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (table != nullptr && table->columns() == attendanceColumns &&
            table->cellAt(0, 2).firstCursorPosition().block().text() ==
                QStringLiteral("Jabatan/Instansi")) {
            parts.append(table);
        }
    }
    return parts;
}

QString cellText(const QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QString text;
    for (QTextBlock block = cell.firstCursorPosition().block();
         block.isValid() && block.position() <= cell.lastCursorPosition().position();
         block = block.next()) {
        text += block.text();
    }
    return text;
}

double rowTop(const QTextDocument &text, const QTextTable *table, int row)
{
    const QTextBlock block = table->cellAt(row, 0).firstCursorPosition().block();
    // The first cell's block carries the row's space above it as its top margin.
    return text.documentLayout()->blockBoundingRect(block).top();
}

Document sheet(db::PaperSize paper, int participants)
{
    return attendanceSheetDocument(test::sampleAttendance(test::numberedPeople(participants), 0),
                                   paper);
}

// What the page count must be, from the sheet's measures: where the first
// body row starts on the first and on a following page, the row height, how
// many rows Qt puts on the first and on a following page of a long sheet, and
// what the signature block needs after the last row. Positions of rows are
// the tops of their first cells' paragraphs, the same marker everywhere.
struct SheetMeasures
{
    double page = 0;       // height of a page: what may reach down to its foot
    double firstRows = 0;  // from the first page's top to its first body row
    double nextRows = 0;   // from a following page's top to its first body row
    double row = 0;        // one participant's row
    double reserve = 0;    // the strip Qt keeps free at a page's foot when it breaks a table
    double closing = 0;    // from the end of the last row to the end of the signatures
    int firstCapacity = 0; // rows on the first page of a long sheet
    int capacity = 0;      // rows on each following page

    int expectedPages(int rows) const
    {
        int pages = 1;
        double used = firstRows + std::min(rows, firstCapacity) * row;
        for (int left = rows - firstCapacity; left > 0; left -= capacity) {
            ++pages;
            used = nextRows + std::min(left, capacity) * row;
        }
        return used + closing <= page + 0.5 ? pages : pages + 1;
    }
};

SheetMeasures measure(db::PaperSize paper)
{
    SheetMeasures measures;
    {
        // Two rows on one page show the heights.
        const LaidOutDocument laidOut(sheet(paper, 2));
        REQUIRE(laidOut.pageCount() == 1);
        const QTextDocument &text = laidOut.text();
        const TextPages pages(text);
        const QList<QTextTable *> parts = attendanceParts(text);
        REQUIRE(parts.size() == 1);
        const QTextTable *table = parts.first();
        measures.page = pages.height;
        measures.reserve = pages.reserve;
        measures.firstRows = rowTop(text, table, 1) - pages.rect(0, 1).top();
        measures.row = rowTop(text, table, 2) - rowTop(text, table, 1);
        // The signature block is the last frame; its rectangle holds its margins.
        const QRectF signatures =
            text.documentLayout()->frameBoundingRect(text.rootFrame()->childFrames().last());
        measures.closing = signatures.bottom() - (rowTop(text, table, 2) + measures.row);
    }
    // A long sheet shows where Qt breaks the table.
    const LaidOutDocument laidOut(sheet(paper, 200));
    const QTextDocument &text = laidOut.text();
    const QList<QTextTable *> parts = attendanceParts(text);
    REQUIRE(parts.size() >= 3);
    measures.firstCapacity = parts.at(0)->rows() - 1;
    measures.capacity = parts.at(1)->rows() - 1;
    measures.nextRows = rowTop(text, parts.at(1), 1) - TextPages(text).rect(1, 1).top();
    return measures;
}

} // namespace

TEST_CASE("Attendance rows are as high as the layout says", "[documents][attendance]")
{
    for (const auto paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const SheetMeasures measures = measure(paper);
        // One line of names in a row held open to 10 mm for the signature.
        CHECK(measures.row == Approx(mmToLayout(attendanceRowHeightMm)).margin(1.0));
        // Letterhead, title and activity details take a quarter to a half of
        // page one; a following page starts with the header row alone.
        CHECK(measures.firstRows > measures.page / 4);
        CHECK(measures.firstRows < measures.page / 2);
        CHECK(measures.nextRows > mmToLayout(5));
        CHECK(measures.nextRows < mmToLayout(15));
        CHECK(measures.closing > mmToLayout(40)); // signature block with room to sign
        // Qt fills each page with whole rows: one more would not fit.
        CHECK(measures.firstRows + measures.firstCapacity * measures.row <= measures.page + 0.5);
        CHECK(measures.firstRows + (measures.firstCapacity + 1) * measures.row > measures.page);
        CHECK(measures.nextRows + measures.capacity * measures.row <= measures.page + 0.5);
        CHECK(measures.nextRows + (measures.capacity + 1) * measures.row >
              measures.page - measures.reserve);
    }
}

TEST_CASE("Attendance sheets take the pages their measures give", "[documents][attendance]")
{
    QTemporaryDir folder;
    for (const auto paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const bool a4 = paper == db::PaperSize::A4;
        INFO((a4 ? "A4" : "F4"));
        const SheetMeasures measures = measure(paper);
        // Every count up to four pages, where the signature block moves on its own.
        for (int rows = 0; rows <= 90; ++rows) {
            INFO("rows: " << rows);
            CHECK(LaidOutDocument(sheet(paper, rows)).pageCount() == measures.expectedPages(rows));
        }
        for (const int rows : {0, 1, 17, 200}) {
            INFO("rows: " << rows);
            const int expected = measures.expectedPages(rows);
            const QString path = folder.filePath(QStringLiteral("hadir-%1.pdf").arg(rows));
            REQUIRE(PdfExport::write(sheet(paper, rows), path).ok());
            const test::PdfInfo info = test::pdfInfo(path);
            CHECK(info.pages == expected);
            const QSizeF paperMm = a4 ? QSizeF(210, 297) : QSizeF(215, 330);
            CHECK(info.pageSizePoints.width() ==
                  Approx(test::mmToPoints(paperMm.width())).margin(0.5));
            CHECK(info.pageSizePoints.height() ==
                  Approx(test::mmToPoints(paperMm.height())).margin(0.5));
        }
        // The numbers these measures give, for a reader of this test: 0 and 1
        // rows share the first page with the signatures; 17 rows fill the first
        // page of A4 (16 rows) or leave no room for the signatures on F4 (19
        // rows); 200 rows run on at 25 (A4) or 28 (F4) rows a page.
        CHECK(measures.firstCapacity == (a4 ? 16 : 19));
        CHECK(measures.capacity == (a4 ? 25 : 28));
        CHECK(measures.expectedPages(0) == 1);
        CHECK(measures.expectedPages(1) == 1);
        CHECK(measures.expectedPages(17) == 2);
        CHECK(measures.expectedPages(200) == (a4 ? 9 : 8));
    }
}

TEST_CASE("The signature column is zig-zagged and numbered on across pages",
          "[documents][attendance]")
{
    for (const auto paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const LaidOutDocument laidOut(
            attendanceSheetDocument(test::sampleAttendance(test::numberedPeople(57), 60), paper));
        const QTextDocument &text = laidOut.text();
        const TextPages pages(text);
        const auto *layout = text.documentLayout();
        const QList<QTextTable *> parts = attendanceParts(text);
        REQUIRE(parts.size() >= 4);
        CHECK(parts.size() == laidOut.pageCount() - (laidOut.pageCount() > parts.size() ? 1 : 0));
        int number = 0;
        int previousPage = -1;
        for (QTextTable *part : parts) {
            // Each part repeats the header row, on a page of its own.
            CHECK(cellText(part, 0, 0) == QStringLiteral("No"));
            CHECK(cellText(part, 0, 4) == QStringLiteral("Tanda Tangan"));
            const int page = pages.pageOfTop(layout->frameBoundingRect(part).top());
            CHECK(page == previousPage + 1);
            previousPage = page;
            for (int row = 1; row < part->rows(); ++row) {
                ++number;
                INFO("row " << number);
                CHECK(cellText(part, row, 0) == QString::number(number));
                const QString label = QString::number(number) + u'.';
                const double left =
                    layout->blockBoundingRect(part->cellAt(row, 4).firstCursorPosition().block())
                        .left();
                const double right =
                    layout->blockBoundingRect(part->cellAt(row, 5).firstCursorPosition().block())
                        .left();
                CHECK(left < right);
                if (number % 2 == 1) {
                    CHECK(cellText(part, row, 4) == label);
                    CHECK(cellText(part, row, 5).isEmpty());
                } else {
                    CHECK(cellText(part, row, 4).isEmpty());
                    CHECK(cellText(part, row, 5) == label);
                }
                // The invited come first, then the blank rows numbered on.
                CHECK(cellText(part, row, 1).isEmpty() == (number > 57));
            }
        }
        CHECK(number == 117);
    }
}

TEST_CASE("The attendance PDF reads as a daftar hadir on every page", "[documents][attendance]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("hadir.pdf"));
    AttendanceSheetData data = test::sampleAttendance(test::numberedPeople(40), 15);
    data.participants.prepend({.name = test::htmlName,
                               .position = QStringLiteral("Tokoh <i>Masyarakat</i>"),
                               .phone = QStringLiteral("0812-3456-7890")});
    REQUIRE(PdfExport::write(attendanceSheetDocument(data, db::PaperSize::F4), path).ok());
    const QStringList pages = test::pdfPages(path);
    REQUIRE(pages.size() == test::pdfInfo(path).pages);
    REQUIRE(pages.size() >= 2);
    const QString first = pages.first().simplified();
    CHECK(first.contains(QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM")));
    CHECK(first.contains(QStringLiteral("DAFTAR HADIR")));
    CHECK(first.contains(
        QStringLiteral("Bawaslu Kabupaten Bangka Tengah bersama Kecamatan Lubuk Besar")));
    CHECK(first.contains(QStringLiteral("Hari/Tanggal : Senin, 20 Februari 2023")));
    CHECK(first.contains(QStringLiteral("Waktu : 09.00\u201312.00 WIB")));
    CHECK(first.contains(QStringLiteral("Tempat : Gedung Serba Guna Kecamatan Lubuk Besar")));
    // Printed as typed, never as markup.
    CHECK(first.contains(test::htmlName));
    CHECK(first.contains(QStringLiteral("Tokoh <i>Masyarakat</i>")));
    CHECK(first.contains(QStringLiteral("0812-3456-7890")));

    // Each row: number, then its label in the left half (odd) or the right (even).
    static const QRegularExpression row(QStringLiteral("^\\s*(\\d+)\\s.*\\s(\\d+)\\.\\s*$"),
                                        QRegularExpression::MultilineOption);
    int expected = 1;
    for (qsizetype page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        const QString &onPage = pages.at(page);
        int oddColumn = -1;
        int evenColumn = -1;
        auto matches = row.globalMatch(onPage);
        bool rows = false;
        while (matches.hasNext()) {
            const auto match = matches.next();
            rows = true;
            CHECK(match.captured(1).toInt() == expected);
            CHECK(match.captured(2).toInt() == expected);
            // Where the label stands on its line.
            const int column =
                int(match.capturedStart(2) - onPage.lastIndexOf(u'\n', match.capturedStart(2)));
            int &halfColumn = expected % 2 == 1 ? oddColumn : evenColumn;
            if (halfColumn < 0) {
                halfColumn = column;
            }
            CHECK(std::abs(column - halfColumn) <= 2);
            ++expected;
        }
        if (rows) {
            CHECK(onPage.contains(QStringLiteral("Jabatan/Instansi")));
            CHECK(onPage.contains(QStringLiteral("Tanda Tangan")));
        }
        if (oddColumn >= 0 && evenColumn >= 0) {
            CHECK(oddColumn + 8 < evenColumn);
        }
        CHECK(onPage.simplified().contains(
            QStringLiteral("Halaman %1 dari %2").arg(page + 1).arg(pages.size())));
    }
    CHECK(expected == 57); // 41 named and 15 blank rows
    const QString last = pages.last().simplified();
    CHECK(last.contains(QStringLiteral("Mengetahui,")));
    CHECK(last.contains(QStringLiteral("Sekretaris Camat Lubuk Besar")));
    CHECK(last.contains(QStringLiteral("Lubuk Besar, 20 Februari 2023")));
    CHECK(last.contains(QStringLiteral("NIP. 19780101 200501 1 001")));
}

TEST_CASE("Long right-to-left and emoji names keep the attendance table in shape",
          "[documents][attendance]")
{
    AttendanceSheetData data = test::sampleAttendance(test::numberedPeople(3), 2);
    data.participants.insert(1, {.name = QString(400, u'W'),
                                 .position = QStringLiteral("محمد بن عبد الله — رئيس"),
                                 .institution = QStringLiteral("Karang Taruna 👍🎉 Desa Nibung"),
                                 .phone = QString(60, u'9')});
    for (const auto paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const LaidOutDocument laidOut(attendanceSheetDocument(data, paper));
        const QTextDocument &text = laidOut.text();
        const auto *layout = text.documentLayout();
        const QList<QTextTable *> parts = attendanceParts(text);
        REQUIRE_FALSE(parts.isEmpty());
        const double width = laidOut.pageSetup().bodyRect().width();
        int rows = 0;
        for (QTextTable *part : parts) {
            // The table never grows past the text width...
            CHECK(layout->frameBoundingRect(part).width() <= width + 1);
            for (int row = 1; row < part->rows(); ++row) {
                ++rows;
                CHECK(cellText(part, row, 0) == QString::number(rows));
            }
        }
        // ...and every row is there once, numbered on.
        CHECK(rows == 6);
        CHECK(laidOut.pageCount() <= 3);
    }
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("hadir.pdf"));
    REQUIRE(PdfExport::write(attendanceSheetDocument(data, db::PaperSize::A4), path).ok());
    const QString text = test::pdfPages(path).join(u' ');
    CHECK(text.contains(QStringLiteral("Karang Taruna")));
    CHECK(text.contains(QStringLiteral("WWWWWWWW")));
}
