// SPDX-License-Identifier: GPL-3.0-or-later
// The model turned into a QTextDocument: literal text, the house conventions
// and the layout of blocks, checked as text and numbers.
#include "indonesiantext.h"
#include "letterhead.h"
#include "sampledocuments.h"
#include "textbuilder.h"
#include "textformats.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

using namespace sisambang;
using namespace sisambang::documents;

namespace {

std::unique_ptr<QTextDocument> build(const Document &document)
{
    return TextBuilder(document, TextTarget::Paged).build();
}

QTextTable *lastTable(QTextDocument &text)
{
    const QList<QTextFrame *> frames = text.rootFrame()->childFrames();
    return frames.isEmpty() ? nullptr : qobject_cast<QTextTable *>(frames.last());
}

// The last paragraph reading `needle` (signatures come after the table).
QRectF blockContaining(QTextDocument &text, const QString &needle)
{
    for (QTextBlock block = text.lastBlock(); block.isValid(); block = block.previous()) {
        if (block.text() == needle) {
            return text.documentLayout()->blockBoundingRect(block);
        }
    }
    FAIL("no paragraph reads " << needle.toStdString());
    return {};
}

} // namespace

TEST_CASE("User text is taken literally, never as markup", "[documents][escaping]")
{
    const auto text = build(test::hostileText(db::PaperSize::A4));
    const QString plain = text->toPlainText();
    CHECK(plain.contains(QStringLiteral("Nama: <b>Budi</b> & Co &amp; <script>alert(1)</script>")));
    CHECK(plain.contains(QStringLiteral("UJI <I>TEKS</I> & TATA LETAK")));
    CHECK(plain.contains(QStringLiteral("NIP. <nip>")));
    // Nothing became bold because of "<b>": the name's fragment is regular weight.
    for (QTextBlock block = text->begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(QStringLiteral("Nama: "))) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                CHECK(it.fragment().charFormat().fontWeight() == QFont::Normal);
            }
        }
    }
}

TEST_CASE("Printable text keeps line breaks and drops control characters", "[documents][escaping]")
{
    const QString lineBreak(QChar::LineSeparator);
    CHECK(text::printable(QStringLiteral("a\r\nb\nc\rd")) ==
          QStringLiteral("a") + lineBreak + u'b' + lineBreak + u'c' + lineBreak + u'd');
    CHECK(text::printable(QStringLiteral("x\x01y\x1bz\tw")) == QStringLiteral("xyz\tw"));
    CHECK(text::printable(QStringLiteral("obj") + QChar(QChar::ObjectReplacementCharacter)) ==
          QStringLiteral("obj"));
    CHECK(text::printable(QStringLiteral("👍 عبد الله")) == QStringLiteral("👍 عبد الله"));
}

TEST_CASE("Very long words wrap inside the text width", "[documents][layout]")
{
    for (const db::PaperSize paper : {db::PaperSize::A4, db::PaperSize::F4}) {
        const Document document = test::hostileText(paper);
        const auto text = build(document);
        const double width = document.page.bodyRect().width();
        CHECK(text->documentLayout()->documentSize().width() <= Approx(width).margin(1.0));
        // every line of every paragraph and cell stays inside the text width
        for (QTextBlock block = text->begin(); block.isValid(); block = block.next()) {
            const QRectF rect = text->documentLayout()->blockBoundingRect(block);
            const QTextLayout *layout = block.layout();
            for (int line = 0; line < layout->lineCount(); ++line) {
                const double right = rect.left() + layout->lineAt(line).naturalTextRect().right();
                CHECK(right <= Approx(width).margin(1.0));
            }
            CHECK(rect.left() >= -0.5);
        }
    }
}

TEST_CASE("The office letterhead comes from the profile and the regency", "[documents][letterhead]")
{
    const Letterhead letterhead = officeLetterhead(test::sampleProfile(), test::sampleRegency());
    CHECK(letterhead.organisation == QStringList{QStringLiteral("Badan Pengawas Pemilihan Umum"),
                                                 QStringLiteral("Kabupaten Bangka Tengah")});
    REQUIRE(letterhead.contact.size() == 2);
    CHECK(letterhead.contact.at(0).startsWith(QStringLiteral("Jl. Jenderal Sudirman")));
    CHECK(letterhead.contact.at(1).contains(QStringLiteral("Telp. (0718) 000000")));
    CHECK(
        letterhead.contact.at(1).contains(QStringLiteral("E-mail: bangkatengah@bawaslu.example")));
    CHECK_FALSE(letterhead.logo.isNull());

    // A city, no logo, no phone; a profile without its region uses the office name.
    db::OfficeProfile city;
    city.officeName = QStringLiteral("Bawaslu Kota Pangkalpinang");
    city.email = QStringLiteral("pangkalpinang@bawaslu.example");
    const Letterhead cityHead = officeLetterhead(city, db::Region{});
    CHECK(cityHead.organisation.last() == QStringLiteral("Kota Pangkalpinang"));
    CHECK(cityHead.contact == QStringList{QStringLiteral("E-mail: pangkalpinang@bawaslu.example")});
    CHECK(cityHead.logo.isNull());

    Document document;
    document.add(letterhead);
    const QString plain = build(document)->toPlainText();
    CHECK(plain.contains(QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM")));
    CHECK(plain.contains(QStringLiteral("KABUPATEN BANGKA TENGAH")));
}

TEST_CASE("Signature blocks line up side by side", "[documents][signatures]")
{
    const auto text = build(test::attendanceSheet(db::PaperSize::A4, 3));
    QTextTable *signatures = lastTable(*text);
    REQUIRE(signatures != nullptr);
    CHECK(signatures->columns() == 2);
    // "Mengetahui," and the place and date share the first line; the names and
    // the NIP sit at the same height in both columns.
    CHECK(blockContaining(*text, QStringLiteral("Mengetahui,")).top() ==
          Approx(blockContaining(*text, QStringLiteral("Lubuk Besar, 20 Februari 2023")).top()));
    CHECK(blockContaining(*text, QStringLiteral("Sahabudin")).top() ==
          Approx(blockContaining(*text, QStringLiteral("Win Iskandar")).top()));
    const QRectF role = blockContaining(*text, QStringLiteral("Kepala Sekretariat"));
    const QRectF name = blockContaining(*text, QStringLiteral("Win Iskandar"));
    CHECK(name.top() - role.bottom() > mmToLayout(15)); // room to sign
    CHECK(text->toPlainText().contains(QStringLiteral("NIP. 19780101 200501 1 001")));

    // A single signer stands in the right half.
    Document letter;
    letter.add(SignatureRow{.signatures = {secretarySignature(test::sampleProfile())}});
    const auto single = build(letter);
    QTextTable *table = lastTable(*single);
    REQUIRE(table != nullptr);
    CHECK(table->columns() == 2);
    CHECK(table->cellAt(0, 0).firstCursorPosition().block().text().isEmpty());
    CHECK(table->cellAt(0, 1).lastCursorPosition().block().text() ==
          QStringLiteral("NIP. 19780101 200501 1 001"));
}

TEST_CASE("Tables take their column widths and zig-zag signature halves", "[documents][tables]")
{
    const Document document = test::attendanceSheet(db::PaperSize::A4, 4);
    const auto text = build(document);
    QTextTable *table = nullptr;
    for (QTextFrame *frame : text->rootFrame()->childFrames()) {
        auto *candidate = qobject_cast<QTextTable *>(frame);
        if (candidate != nullptr && candidate->columns() == 6) {
            table = candidate;
        }
    }
    REQUIRE(table != nullptr);
    CHECK(table->rows() == 5);
    CHECK(table->format().headerRowCount() == 1);
    const QList<QTextLength> widths = table->format().columnWidthConstraints();
    REQUIRE(widths.size() == 6);
    CHECK(widths.at(0).rawValue() == Approx(6));
    CHECK(widths.at(2).rawValue() == Approx(28));
    // "Tanda Tangan" spans both halves; odd numbers sign left, even right.
    CHECK(table->cellAt(0, 4).columnSpan() == 2);
    CHECK(table->cellAt(1, 4).firstCursorPosition().block().text() == QStringLiteral("1."));
    CHECK(table->cellAt(1, 5).firstCursorPosition().block().text().isEmpty());
    CHECK(table->cellAt(2, 5).firstCursorPosition().block().text() == QStringLiteral("2."));
    // No rule between the halves, rules everywhere else.
    const auto cell = [&](int row, int column) {
        return table->cellAt(row, column).format().toTableCellFormat();
    };
    CHECK(cell(2, 5).leftBorderStyle() == QTextFrameFormat::BorderStyle_None);
    CHECK(cell(2, 4).rightBorderStyle() == QTextFrameFormat::BorderStyle_None);
    CHECK(cell(2, 3).rightBorder() > 0);
    CHECK(cell(0, 0).background().color() != QColor(Qt::white));
    // Rows are at least 10 mm high, for signatures.
    const auto rowTop = [&](int row) {
        return text->documentLayout()
            ->blockBoundingRect(table->cellAt(row, 1).firstCursorPosition().block())
            .top();
    };
    CHECK(rowTop(2) - rowTop(1) >= mmToLayout(10) - 0.5);
    CHECK(rowTop(4) - rowTop(3) >= mmToLayout(10) - 0.5);
}

TEST_CASE("NIP and place-and-date lines follow Indonesian usage", "[documents][indonesian]")
{
    CHECK(indonesian::nipLine(QStringLiteral("197801012005011001")) ==
          QStringLiteral("NIP. 19780101 200501 1 001"));
    CHECK(indonesian::nipLine(QStringLiteral("19780101 200501 1 001")) ==
          QStringLiteral("NIP. 19780101 200501 1 001"));
    CHECK(indonesian::nipLine(QStringLiteral("-")) == QStringLiteral("NIP. -"));
    CHECK(indonesian::placeAndDate(QStringLiteral("Koba"), QDate(2023, 2, 20)) ==
          QStringLiteral("Koba, 20 Februari 2023"));
    CHECK(indonesian::placeAndDate(QString(), QDate(2023, 2, 20)) ==
          QStringLiteral("20 Februari 2023"));
    CHECK(indonesian::placeAndDate(QStringLiteral("Koba"), QDate()) == QStringLiteral("Koba"));
}
