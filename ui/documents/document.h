// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagesetup.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

class QPainter;

// A printed document as plain data: page setup, running header/footer and a list
// of blocks. Builders for the office's documents fill one in; the renderer and
// the exporters turn it into pages (PDF, printer, preview) or an ODT file. All
// text is taken literally: nothing is parsed as HTML or markup. Every member has
// a default, so designated initializers name only what differs:
// doc.add(Paragraph{.text = ..., .alignment = Qt::AlignLeft}).
namespace sisambang::documents {

// Kop surat: logo on the left, the organisation in capitals, contact lines, and
// the double rule Indonesian letterheads carry. See letterhead.h to build one.
struct Letterhead
{
    QImage logo{};              // empty: no logo, text still centred on the page
    QStringList organisation{}; // printed bold in capitals, the last line largest
    QStringList contact{};      // small lines: address, telephone and e-mail
};

// Centred, bold, in capitals; subtitles (e.g. "NOMOR: 001/PM.04/...") as written.
struct Title
{
    QString text{};
    QStringList subtitles{};
    bool underline = false;
};

// A heading inside the text ("Pasal 1", "MAKSUD DAN TUJUAN"); never left alone
// at the foot of a page.
struct Heading
{
    QString text{};
    Qt::Alignment alignment = Qt::AlignHCenter;
};

struct Paragraph
{
    QString text{}; // '\n' breaks the line inside the paragraph
    Qt::Alignment alignment = Qt::AlignJustify;
    bool bold = false;
    double indentMm = 0;          // whole paragraph
    double firstLineIndentMm = 0; // first line only
    bool keepWithNext = false;    // e.g. the closing sentence above the signatures
};

enum class ListStyle {
    Numbers,      // 1. 2. 3.
    LowerLetters, // a. b. c.
    UpperLetters, // A. B. C.
    Bullets,
};

struct List
{
    QStringList items{};
    ListStyle style = ListStyle::Numbers;
    int level = 1; // nesting depth; each level indents further
};

// "Hari/Tanggal : Senin, 20 Februari 2023", the colons aligned in one column.
struct KeyValue
{
    QString key{};
    QString value{};
};

struct KeyValueRows
{
    QList<KeyValue> rows{};
    double keyWidthPercent = 25; // of the text width
    double indentMm = 0;
};

struct TableCell
{
    QString text{};
    int columnSpan = 1;
    std::optional<Qt::Alignment> alignment{}; // the column's when not set
    bool bold = false;
    // No rule on the cell's left edge: two columns read as one, as the halves of
    // the zig-zag signature column on an attendance sheet.
    bool joinLeft = false;
};

struct TableColumn
{
    double widthPercent = 0; // of the text width; columns left at 0 share what remains
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct Table
{
    QList<TableColumn> columns{};
    QList<QList<TableCell>> headerRows{}; // bold, shaded, repeated at the top of every page
    QList<QList<TableCell>> rows{};
    double minimumRowHeightMm = 0; // room to write or sign in
    double pointSize = 0;          // 0: the document's table size
};

// One block of "place and date / opening / role / (space to sign) / name / NIP".
struct Signature
{
    QString placeAndDate{}; // "Koba, 20 Februari 2023"
    QString opening{};      // "Mengetahui," or "PIHAK PERTAMA,"
    QString role{};         // may run over lines: "Kepala Sekretariat\nBawaslu Kabupaten ..."
    QString name{};         // printed bold and underlined
    QString nip{};          // printed "NIP. 19780101 200501 1 001"; empty: no NIP line
};

// Signatures side by side; a single one stands on the right half as letters sign.
// The row never breaks over a page and takes the paragraph before it along.
struct SignatureRow
{
    QList<Signature> signatures{};
};

struct Photo
{
    QImage image{};
    QString caption{};
};

// Documentation photos, `perRow` to a row, each with its caption beneath.
struct PhotoGrid
{
    QList<Photo> photos{};
    int perRow = 2;
    double maxHeightMm = 65;
};

struct Image
{
    QImage image{};
    double widthMm = 0; // 0: the image's own size at 300 dpi, at most the text width
    Qt::Alignment alignment = Qt::AlignHCenter;
    QString caption{};
};

// Vector graphics (charts): `paint` draws into `rect` in layout units (pagesetup.h)
// on whatever device the page goes to. ODT receives a 300 dpi picture of it.
struct Drawing
{
    std::function<void(QPainter &, const QRectF &)> paint{};
    double widthMm = 0; // 0: the text width
    double heightMm = 60;
    Qt::Alignment alignment = Qt::AlignHCenter;
};

struct Spacer
{
    double heightMm = 5;
};

// What follows starts on a new page.
struct PageBreak
{
};

using Block = std::variant<Letterhead, Title, Heading, Paragraph, List, KeyValueRows, Table,
                           SignatureRow, PhotoGrid, Image, Drawing, Spacer, PageBreak>;

// Running header and footer painted in the margins of every page.
struct PageDecoration
{
    QString header{}; // e.g. the document's name on the pages after the first
    bool headerOnFirstPage = false;
    // "%1" page number, "%2" page count; empty for no page numbers.
    QString pageNumbers = QStringLiteral("Halaman %1 dari %2");
    Qt::Alignment pageNumberAlignment = Qt::AlignRight;
};

struct Document
{
    QString title{}; // stored in the PDF and ODT metadata
    PageSetup page{};
    PageDecoration decoration{};
    double bodyPointSize = 12;
    double tablePointSize = 11;
    QList<Block> blocks{};

    Document &add(Block block)
    {
        blocks.append(std::move(block));
        return *this;
    }
};

// A table row of plain cells, for the common case: tableRow({"1", name, role}).
QList<TableCell> tableRow(const QStringList &texts);

} // namespace sisambang::documents
