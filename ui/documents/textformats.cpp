// SPDX-License-Identifier: GPL-3.0-or-later
#include "textformats.h"

#include "documentstyle.h"
#include "pagesetup.h"

#include <QFontMetricsF>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>

namespace sisambang::documents::text {

namespace {

constexpr double imageDpi = 300.0;

bool isDropped(QChar c)
{
    if (c == u'\t' || c == QChar::LineSeparator) {
        return false;
    }
    return c.category() == QChar::Other_Control || c == QChar::ObjectReplacementCharacter ||
           c == QChar::ReplacementCharacter || c == QChar(QChar::Null);
}

} // namespace

QPaintDevice *layoutDevice()
{
    // Only its metrics are ever read (no painter opens on it), so one is enough;
    // its resolution follows layoutDpi() should the screen's change.
    static QImage device(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(layoutDpi() / 0.0254);
    if (device.dotsPerMeterY() != dotsPerMeter) {
        device.setDotsPerMeterX(dotsPerMeter);
        device.setDotsPerMeterY(dotsPerMeter);
    }
    return &device;
}

QString printable(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                continue; // the \n that follows makes the break
            }
            result.append(QChar::LineSeparator);
        } else if (c == u'\n' || c == QChar::ParagraphSeparator) {
            result.append(QChar::LineSeparator);
        } else if (!isDropped(c)) {
            result.append(c);
        }
    }
    return result;
}

QTextCharFormat charFormat(double pointSize, bool bold, bool italic, bool underline)
{
    QTextCharFormat format;
    format.setFontFamilies(style::fontFamilies());
    format.setFontStyleHint(QFont::SansSerif);
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    format.setFontUnderline(underline);
    return format;
}

QTextBlockFormat blockFormat(Qt::Alignment alignment, double topMargin, double bottomMargin)
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    format.setTopMargin(topMargin);
    format.setBottomMargin(bottomMargin);
    format.setLineHeight(style::lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    return format;
}

void insertLiteral(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    cursor.insertText(printable(text), format);
}

QSizeF fitInto(QSize imageSize, QSizeF box)
{
    if (imageSize.isEmpty() || box.isEmpty()) {
        return {};
    }
    const double scale =
        std::min(box.width() / imageSize.width(), box.height() / imageSize.height());
    return {imageSize.width() * scale, imageSize.height() * scale};
}

void insertImage(QTextCursor &cursor, const QImage &image, QSizeF size)
{
    QTextDocument *document = cursor.document();
    if (image.isNull() || size.isEmpty() || document == nullptr) {
        return;
    }
    const QSize wanted(qCeil(size.width() / layoutDpi() * imageDpi),
                       qCeil(size.height() / layoutDpi() * imageDpi));
    const QImage stored = image.width() > wanted.width() * 1.2
                              ? image.scaled(wanted, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              : image;
    // Names only need to be unique inside this document.
    const int number = document->property("sisambangImages").toInt() + 1;
    document->setProperty("sisambangImages", number);
    const QUrl name(QStringLiteral("sisambang-image:%1").arg(number));
    document->addResource(QTextDocument::ImageResource, name, stored);

    QTextImageFormat format;
    format.setName(name.toString());
    format.setWidth(size.width());
    format.setHeight(size.height());
    cursor.insertImage(format);
}

double lineSpacing(double pointSize, bool bold)
{
    return QFontMetricsF(style::font(pointSize, bold), layoutDevice()).lineSpacing();
}

} // namespace sisambang::documents::text
