// SPDX-License-Identifier: GPL-3.0-or-later
#include "exif.h"

#include <QString>

#include <optional>

namespace sisambang::db {

namespace {

constexpr int maxEntries = 256; // per IFD; real cameras write a few dozen
constexpr int maxSegments = 64; // before the Exif segment; real files have a handful

// The TIFF structure inside the APP1 segment; every read is checked against its size.
class Tiff
{
public:
    explicit Tiff(QByteArrayView data)
        : m_data(data)
    {
    }

    bool readHeader()
    {
        if (m_data.size() < 8) {
            return false;
        }
        if (m_data.at(0) == 'I' && m_data.at(1) == 'I') {
            m_little = true;
        } else if (m_data.at(0) == 'M' && m_data.at(1) == 'M') {
            m_little = false;
        } else {
            return false;
        }
        return u16(2) == 42;
    }

    std::optional<quint32> u32(qsizetype at) const
    {
        if (at < 0 || at + 4 > m_data.size()) {
            return std::nullopt;
        }
        const auto b = [&](qsizetype i) {
            return quint32(quint8(m_data.at(at + i)));
        };
        return m_little ? b(0) | b(1) << 8 | b(2) << 16 | b(3) << 24
                        : b(3) | b(2) << 8 | b(1) << 16 | b(0) << 24;
    }

    std::optional<quint16> u16(qsizetype at) const
    {
        if (at < 0 || at + 2 > m_data.size()) {
            return std::nullopt;
        }
        const auto b = [&](qsizetype i) {
            return quint16(quint8(m_data.at(at + i)));
        };
        return quint16(m_little ? b(0) | b(1) << 8 : b(1) | b(0) << 8);
    }

    // Calls `entry(tag, type, count, valueOffset)` for each entry of the IFD at `offset`.
    template<typename F> void forEachEntry(quint32 offset, F entry) const
    {
        const auto count = u16(offset);
        if (!count) {
            return;
        }
        const int entries = qMin(int(*count), maxEntries);
        for (int i = 0; i < entries; ++i) {
            const qsizetype at = qsizetype(offset) + 2 + 12 * i;
            const auto tag = u16(at);
            const auto type = u16(at + 2);
            const auto n = u32(at + 4);
            if (!tag || !type || !n) {
                return;
            }
            entry(*tag, *type, *n, at + 8);
        }
    }

    // An ASCII value ("2023:02:20 09:12:00") of `count` bytes.
    QByteArrayView ascii(quint32 count, qsizetype valueAt) const
    {
        if (count == 0 || count > 64) {
            return {};
        }
        qsizetype at = valueAt;
        if (count > 4) {
            const auto offset = u32(valueAt);
            if (!offset) {
                return {};
            }
            at = qsizetype(*offset);
        }
        if (at < 0 || at + qsizetype(count) > m_data.size()) {
            return {};
        }
        return m_data.sliced(at, count);
    }

private:
    QByteArrayView m_data;
    bool m_little = true;
};

QDateTime exifDateTime(QByteArrayView text)
{
    // "YYYY:MM:DD HH:MM:SS", NUL-terminated; unknown dates are written as blanks or zeros.
    const QString value = QString::fromLatin1(text.first(qMin<qsizetype>(19, text.size())));
    return QDateTime::fromString(value, QStringLiteral("yyyy:MM:dd HH:mm:ss"));
}

ExifInfo readTiff(QByteArrayView data)
{
    ExifInfo info;
    Tiff tiff(data);
    if (!tiff.readHeader()) {
        return info;
    }
    const auto ifd0 = tiff.u32(4);
    if (!ifd0) {
        return info;
    }
    quint32 exifIfd = 0;
    tiff.forEachEntry(*ifd0, [&](quint16 tag, quint16 type, quint32, qsizetype valueAt) {
        if (tag == 0x0112 && type == 3) { // Orientation, SHORT
            const auto value = tiff.u16(valueAt);
            if (value && *value >= 1 && *value <= 8) {
                info.orientation = *value;
            }
        } else if (tag == 0x8769) { // the Exif sub-IFD
            exifIfd = tiff.u32(valueAt).value_or(0);
        }
    });
    if (exifIfd > 0 && exifIfd != *ifd0) {
        tiff.forEachEntry(exifIfd, [&](quint16 tag, quint16 type, quint32 count, qsizetype at) {
            if (tag == 0x9003 && type == 2) { // DateTimeOriginal, ASCII
                info.dateTimeOriginal = exifDateTime(tiff.ascii(count, at));
            }
        });
    }
    return info;
}

} // namespace

ExifInfo readExif(QByteArrayView jpeg)
{
    const auto byte = [&](qsizetype at) {
        return quint8(jpeg.at(at));
    };
    if (jpeg.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8) {
        return {};
    }
    qsizetype at = 2;
    for (int segment = 0; segment < maxSegments && at + 4 <= jpeg.size(); ++segment) {
        if (byte(at) != 0xFF) {
            return {};
        }
        const quint8 marker = byte(at + 1);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9) { // scan data or the end: no Exif before it
            return {};
        }
        if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            at += 2;
            continue;
        }
        const qsizetype length = qsizetype(byte(at + 2)) << 8 | byte(at + 3);
        if (length < 2 || at + 2 + length > jpeg.size()) {
            return {};
        }
        const QByteArrayView body = jpeg.sliced(at + 4, length - 2);
        if (marker == 0xE1 && body.size() > 6 && body.first(6) == QByteArrayView("Exif\0\0", 6)) {
            return readTiff(body.sliced(6));
        }
        at += 2 + length;
    }
    return {};
}

} // namespace sisambang::db
