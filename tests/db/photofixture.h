// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small pictures for the photo tests and the fuzz seeds: a JPEG with an EXIF
// block (orientation and DateTimeOriginal) written byte by byte.

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QString>

namespace sisambang::test {

// Left half red, right half blue: after a quarter turn the halves are on top
// and at the bottom, so a test can tell whether the picture was turned.
inline QImage twoColours(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height, Qt::red);
    return image;
}

inline QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 95);
    return bytes;
}

// An APP1 Exif segment (little-endian TIFF): IFD0 with Orientation and a
// pointer to the Exif IFD holding DateTimeOriginal ("yyyy:MM:dd HH:mm:ss").
inline QByteArray exifSegment(int orientation, const QByteArray &dateTime)
{
    QByteArray tiff;
    const auto u16 = [&](int v) {
        tiff.append(char(v & 0xFF));
        tiff.append(char((v >> 8) & 0xFF));
    };
    const auto u32 = [&](qint64 v) {
        u16(int(v & 0xFFFF));
        u16(int((v >> 16) & 0xFFFF));
    };
    tiff.append("II", 2);
    u16(42);
    u32(8);
    // IFD0 at 8: two entries, then the next-IFD offset.
    const int exifIfd = 8 + 2 + 2 * 12 + 4;
    u16(2);
    u16(0x0112);
    u16(3);
    u32(1);
    u16(orientation);
    u16(0);
    u16(0x8769);
    u16(4);
    u32(1);
    u32(exifIfd);
    u32(0);
    // The Exif IFD: one entry whose 20-byte value follows it.
    const int dateAt = exifIfd + 2 + 12 + 4;
    u16(1);
    u16(0x9003);
    u16(2);
    u32(20);
    u32(dateAt);
    u32(0);
    QByteArray date = dateTime.left(19);
    date.resize(20, '\0');
    tiff.append(date);

    QByteArray segment("\xFF\xE1", 2);
    const int length = 2 + 6 + int(tiff.size());
    segment.append(char((length >> 8) & 0xFF));
    segment.append(char(length & 0xFF));
    segment.append("Exif\0\0", 6);
    segment.append(tiff);
    return segment;
}

inline QByteArray jpegWithExif(const QImage &image, int orientation, const QByteArray &dateTime)
{
    QByteArray jpeg = encoded(image, "JPEG");
    jpeg.insert(2, exifSegment(orientation, dateTime)); // right after SOI
    return jpeg;
}

} // namespace sisambang::test
