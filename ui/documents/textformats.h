// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSizeF>
#include <QString>
#include <QTextBlockFormat>
#include <QTextCharFormat>

class QPaintDevice;
class QTextCursor;
class QTextDocument;

// Small helpers every block writer uses: formats in the house style, literal text
// insertion, pictures. Lengths are layout units (see pagesetup.h).
namespace sisambang::documents::text {

// The device documents are laid out for (layoutDpi()), whatever they print on.
QPaintDevice *layoutDevice();

// User text made safe to lay out: line ends become line breaks inside the
// paragraph, control characters and the object replacement character (which
// QTextDocument would take for an embedded object) are dropped.
QString printable(const QString &text);

QTextCharFormat charFormat(double pointSize, bool bold = false, bool italic = false,
                           bool underline = false);
QTextBlockFormat blockFormat(Qt::Alignment alignment, double topMargin = 0,
                             double bottomMargin = 0);

// Inserts `text` literally (never as HTML) at the cursor.
void insertLiteral(QTextCursor &cursor, const QString &text, const QTextCharFormat &format);

// Adds `image` to the document's resources and inserts it `size` large (layout
// units). Big photos are scaled down to 300 dpi at that size first, so a PDF
// with twenty photos stays small.
void insertImage(QTextCursor &cursor, const QImage &image, QSizeF size);

// The largest size with the image's proportions that fits in `box`.
QSizeF fitInto(QSize imageSize, QSizeF box);

// Line spacing of text at this size on the layout device.
double lineSpacing(double pointSize, bool bold = false);

} // namespace sisambang::documents::text
