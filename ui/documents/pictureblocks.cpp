// SPDX-License-Identifier: GPL-3.0-or-later
// Writers for the blocks built around pictures: the letterhead, documentation
// photos, single images and vector drawings.
#include "blockwriters.h"
#include "documentstyle.h"
#include "drawingobject.h"
#include "textformats.h"
#include "textwriter.h"

#include <QPainter>
#include <QTextCursor>
#include <QTextTable>

namespace sisambang::documents {

namespace {

constexpr double pictureDpi = 300.0;

QTextTableFormat plainTable(const QList<double> &widths)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setMargin(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    for (double width : widths) {
        constraints.append(QTextLength(QTextLength::PercentageLength, width));
    }
    format.setColumnWidthConstraints(constraints);
    return format;
}

void captionBelow(QTextCursor &cursor, const QString &caption)
{
    if (caption.trimmed().isEmpty()) {
        return;
    }
    const QTextCharFormat format = text::charFormat(style::captionPt, false, true);
    cursor.insertBlock(text::blockFormat(Qt::AlignHCenter, mmToLayout(1.0)), format);
    text::insertLiteral(cursor, caption, format);
}

// A drawing as a picture, for ODT where a QPainter callback cannot travel.
QImage rasterise(const DrawingObject::Paint &paint, QSizeF size)
{
    const double scale = pictureDpi / layoutDpi();
    QImage image(qCeil(size.width() * scale), qCeil(size.height() * scale),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    paint(painter, QRectF(QPointF(0, 0), size));
    return image;
}

// A paragraph holding a picture: single leading, or the picture's line grows by 15%.
QTextBlockFormat pictureFormat(Qt::Alignment alignment, double bottomMargin = 0)
{
    QTextBlockFormat format = text::blockFormat(alignment, 0, bottomMargin);
    format.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
    return format;
}

} // namespace

void writeLetterhead(TextWriter &writer, const Letterhead &letterhead)
{
    // Logo | text | an empty column as wide as the logo's, so the text is centred
    // on the page. The double rule beneath is a table of its own.
    QTextTable *table = writer.table(1, 3, plainTable({17, 66, 17}));

    QTextTableCellFormat middle = table->cellAt(0, 0).format().toTableCellFormat();
    middle.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    middle.setBottomPadding(mmToLayout(1.5));
    for (int column = 0; column < 3; ++column) {
        table->cellAt(0, column).setFormat(middle);
    }

    if (!letterhead.logo.isNull()) {
        const double width = writer.textWidth() * 0.17;
        const QSizeF size =
            text::fitInto(letterhead.logo.size(), QSizeF(width, mmToLayout(style::logoHeightMm)));
        QTextCursor cursor = table->cellAt(0, 0).firstCursorPosition();
        cursor.setBlockFormat(pictureFormat(Qt::AlignLeft));
        text::insertImage(cursor, letterhead.logo, size);
    }

    QTextCursor cursor = table->cellAt(0, 1).firstCursorPosition();
    bool first = true;
    const auto line = [&](const QString &text, double pointSize, bool bold) {
        const QTextCharFormat charFormat = text::charFormat(pointSize, bold);
        QTextBlockFormat blockFormat = text::blockFormat(Qt::AlignHCenter);
        blockFormat.setLineHeight(105, QTextBlockFormat::ProportionalHeight);
        if (first) {
            cursor.setBlockFormat(blockFormat);
            first = false;
        } else {
            cursor.insertBlock(blockFormat, charFormat);
        }
        text::insertLiteral(cursor, text, charFormat);
    };
    for (qsizetype i = 0; i < letterhead.organisation.size(); ++i) {
        const bool last = i + 1 == letterhead.organisation.size();
        line(letterhead.organisation.at(i).toUpper(),
             last ? style::letterheadRegionPt : style::letterheadOrganisationPt, true);
    }
    for (const QString &contact : letterhead.contact) {
        line(contact, style::letterheadContactPt, false);
    }

    // The double rule: a thick line over a thin one, the top and bottom borders
    // of a cell whose only content is a sliver of space.
    QTextTableFormat ruleFormat = plainTable({100});
    ruleFormat.setBottomMargin(mmToLayout(style::blockSpacingMm));
    QTextTable *rule = writer.table(1, 1, ruleFormat);
    QTextTableCellFormat lines = rule->cellAt(0, 0).format().toTableCellFormat();
    lines.setTopBorder(pointsToLayout(2.25));
    lines.setBottomBorder(pointsToLayout(0.75));
    lines.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    lines.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    lines.setLeftBorderStyle(QTextFrameFormat::BorderStyle_None);
    lines.setRightBorderStyle(QTextFrameFormat::BorderStyle_None);
    lines.setBorderBrush(Qt::black);
    rule->cellAt(0, 0).setFormat(lines);
    QTextCursor ruleCursor = rule->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat sliver;
    sliver.setLineHeight(pointsToLayout(1.5), QTextBlockFormat::FixedHeight);
    ruleCursor.setBlockFormat(sliver);

    writer.placement().keepTogether = true;
}

void writePhotoGrid(TextWriter &writer, const PhotoGrid &grid, const QList<int> &breakRows)
{
    const int perRow = std::clamp(grid.perRow, 1, 4);
    const double padding = mmToLayout(2.0);
    const QSizeF box(writer.textWidth() / perRow - 2 * padding, mmToLayout(grid.maxHeightMm));
    for (qsizetype start = 0, row = 0; start < grid.photos.size(); start += perRow, ++row) {
        if (row == 0 && breakRows.contains(0)) {
            writer.requestPageBreak();
        }
        QTextTableFormat format = plainTable(QList<double>(perRow, 100.0 / perRow));
        format.setCellPadding(padding);
        if (breakRows.contains(int(row) + 1)) {
            // As with split tables: break after this row, not before the next.
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
        } else {
            format.setBottomMargin(mmToLayout(style::paragraphSpacingMm));
        }
        QTextTable *table = writer.table(1, perRow, format);
        for (int column = 0; column < perRow && start + column < grid.photos.size(); ++column) {
            const Photo &photo = grid.photos.at(start + column);
            QTextCursor cursor = table->cellAt(0, column).firstCursorPosition();
            cursor.setBlockFormat(pictureFormat(Qt::AlignHCenter));
            text::insertImage(cursor, photo.image, text::fitInto(photo.image.size(), box));
            captionBelow(cursor, photo.caption);
        }
    }
    writer.placement().unbreakableFrames = true;
}

void writeImage(TextWriter &writer, const Image &image)
{
    if (image.image.isNull()) {
        return;
    }
    const double naturalWidth = image.image.width() / pictureDpi * layoutDpi();
    const double width =
        std::min(image.widthMm > 0 ? mmToLayout(image.widthMm) : naturalWidth, writer.textWidth());
    const QSizeF size = text::fitInto(image.image.size(), QSizeF(width, 1e6));
    QTextCursor &cursor =
        writer.paragraph(pictureFormat(image.alignment, mmToLayout(style::paragraphSpacingMm)),
                         text::charFormat(writer.bodyPointSize()));
    text::insertImage(cursor, image.image, size);
    captionBelow(cursor, image.caption);
    writer.placement().keepTogether = true;
}

void writeDrawing(TextWriter &writer, const Drawing &drawing)
{
    if (!drawing.paint) {
        return;
    }
    const double width = drawing.widthMm > 0
                             ? std::min(mmToLayout(drawing.widthMm), writer.textWidth())
                             : writer.textWidth();
    const QSizeF size(width, mmToLayout(std::max(1.0, drawing.heightMm)));
    QTextCursor &cursor =
        writer.paragraph(pictureFormat(drawing.alignment, mmToLayout(style::paragraphSpacingMm)),
                         text::charFormat(writer.bodyPointSize()));
    if (writer.target() == TextTarget::Flowing) {
        text::insertImage(cursor, rasterise(drawing.paint, size), size);
    } else {
        DrawingObject::insert(cursor, drawing.paint, size);
    }
    writer.placement().keepTogether = true;
}

} // namespace sisambang::documents
