// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtphotocodec.h"

#include "exif.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>

namespace sisambang::imaging {

namespace {

class CodecText
{
    Q_DECLARE_TR_FUNCTIONS(PhotoCodec)
};

constexpr qint64 maxPixels = 80'000'000; // a 80-megapixel camera; anything beyond is refused

db::Result<QByteArray> encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image)) {
        return db::Error::failed(
            CodecText::tr("Cannot write the picture: %1").arg(writer.errorString()));
    }
    return bytes;
}

} // namespace

db::Result<db::PreparedPhoto> QtPhotoCodec::prepare(const QByteArray &data) const
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format != "jpeg" && format != "png") {
        return db::Error::invalid(CodecText::tr("The file is not a JPEG or PNG picture."));
    }
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > maxPixels) {
        return db::Error::invalid(CodecText::tr("The picture is damaged or too large."));
    }
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        return db::Error::invalid(
            CodecText::tr("The picture cannot be read: %1").arg(reader.errorString()));
    }
    db::PreparedPhoto prepared;
    const bool jpeg = format == "jpeg";
    prepared.storedSuffix = jpeg ? QStringLiteral("jpg") : QStringLiteral("png");
    if (jpeg) {
        prepared.takenAt = db::readExif(data).dateTimeOriginal;
    }
    if (reader.transformation() == QImageIOHandler::TransformationNone) {
        prepared.stored = data; // already upright: keep every byte the camera wrote
    } else {
        auto upright = encode(image, jpeg ? "jpeg" : "png", 92);
        if (!upright) {
            return upright.error();
        }
        prepared.stored = std::move(*upright);
    }
    prepared.width = image.width();
    prepared.height = image.height();
    QImage display = image;
    if (display.width() > db::PhotoCodec::displaySize ||
        display.height() > db::PhotoCodec::displaySize) {
        display = display.scaled(db::PhotoCodec::displaySize, db::PhotoCodec::displaySize,
                                 Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    if (display.hasAlphaChannel()) {
        // JPEG has no transparency: a PNG's transparent parts become white, not black.
        QImage flat(display.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, display);
        painter.end();
        display = flat;
    }
    auto reduced = encode(display, "jpeg", 85);
    if (!reduced) {
        return reduced.error();
    }
    prepared.display = std::move(*reduced);
    return prepared;
}

QByteArray QtDemoPictures::draw(const QString &caption, int variant) const
{
    // Shapes only: no fonts are needed, so this also runs without a GUI session.
    QImage image(1200, 800, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor walls[] = {QColor(0xE8, 0xDD, 0xC8), QColor(0xD6, 0xE4, 0xEC),
                            QColor(0xE6, 0xD2, 0xB5), QColor(0xDD, 0xE8, 0xD5)};
    QLinearGradient wall(0, 0, 0, 560);
    wall.setColorAt(0, walls[variant % 4].lighter(110));
    wall.setColorAt(1, walls[variant % 4]);
    painter.fillRect(0, 0, 1200, 560, wall);
    painter.fillRect(0, 560, 1200, 240, QColor(0x8A, 0x6E, 0x4B));
    // The banner behind the speakers: Bawaslu's maroon with a white band.
    painter.fillRect(150, 60, 900, 170, QColor(0x7A, 0x1F, 0x2B));
    painter.fillRect(150, 190, 900, 18, Qt::white);
    // The table and the people behind it; the variant moves who stands.
    painter.fillRect(120, 430, 960, 60, QColor(0x5B, 0x3A, 0x29));
    painter.fillRect(120, 490, 960, 70, QColor(0x2E, 0x5E, 0x3E));
    const uint seed = qHash(caption) + uint(variant) * 7919U;
    for (int i = 0; i < 6; ++i) {
        const int x = 190 + i * 160;
        const bool standing = (variant + i) % 5 == 0;
        const int head = standing ? 250 : 330;
        const QColor shirt = QColor::fromHsv(int((seed >> (i * 3)) % 360), 90, 170);
        painter.setPen(Qt::NoPen);
        painter.setBrush(shirt);
        painter.drawRoundedRect(x - 45, head + 40, 90, standing ? 190 : 100, 20, 20);
        painter.setBrush(QColor(0xC6, 0x8E, 0x62));
        painter.drawEllipse(QPoint(x, head), 34, 40);
        painter.setBrush(QColor(0x22, 0x1A, 0x14));
        painter.drawChord(x - 34, head - 40, 68, 50, 0, 180 * 16);
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 88);
    return bytes;
}

} // namespace sisambang::imaging
