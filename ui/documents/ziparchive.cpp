// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziparchive.h"

#include <QtEndian>

#include <zlib.h>

namespace sisambang::documents {

namespace {

constexpr quint32 localSignature = 0x04034b50;
constexpr quint32 centralSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint16 methodStored = 0;
constexpr quint16 methodDeflated = 8;
constexpr quint16 utf8Names = 0x0800;
// 1 January 2023, 00:00 in MS-DOS form: a fixed stamp keeps output reproducible.
constexpr quint16 dosTime = 0;
constexpr quint16 dosDate = ((2023 - 1980) << 9) | (1 << 5) | 1;

quint16 u16(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

quint32 crc(const QByteArray &data)
{
    return quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()),
                         uInt(data.size())));
}

std::optional<QByteArray> inflateRaw(const QByteArray &data, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
        return std::nullopt;
    }
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    if (result != Z_STREAM_END || stream.total_out != uLong(size)) {
        return std::nullopt;
    }
    return out;
}

QByteArray deflateRaw(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

db::Result<QList<ZipArchive::Entry>> ZipArchive::read(const QByteArray &zip)
{
    const auto broken = [] {
        return db::Error::invalid(tr("The file is not a readable zip archive."));
    };
    // The end record sits in the last 22 bytes plus a comment of up to 64 KiB.
    qsizetype end = -1;
    for (qsizetype at = zip.size() - 22; at >= 0 && at >= zip.size() - 22 - 0xFFFF; --at) {
        if (u32(zip, at) == endSignature) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        return broken();
    }
    const int count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    QList<Entry> entries;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || u32(zip, at) != centralSignature) {
            return broken();
        }
        const quint16 method = u16(zip, at + 10);
        const quint32 expectedCrc = u32(zip, at + 16);
        const qsizetype packed = u32(zip, at + 20);
        const qsizetype size = u32(zip, at + 24);
        const int nameLength = u16(zip, at + 28);
        const int extraLength = u16(zip, at + 30);
        const int commentLength = u16(zip, at + 32);
        const qsizetype local = u32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;

        if (local + 30 > zip.size() || u32(zip, local) != localSignature) {
            return broken();
        }
        const qsizetype dataStart = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        if (dataStart + packed > zip.size()) {
            return broken();
        }
        const QByteArray raw = zip.mid(dataStart, packed);
        std::optional<QByteArray> data;
        if (method == methodStored) {
            data = raw;
        } else if (method == methodDeflated) {
            data = inflateRaw(raw, size);
        }
        if (!data || crc(*data) != expectedCrc) {
            return broken();
        }
        entries.append({name, *data});
    }
    return entries;
}

QByteArray ZipArchive::write(const QList<Entry> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const Entry &entry : entries) {
        // ODF wants "mimetype" first and uncompressed, so it can be sniffed.
        const bool store = entry.name == QStringLiteral("mimetype");
        const QByteArray packed = store ? entry.data : deflateRaw(entry.data);
        const QByteArray name = entry.name.toUtf8();
        const quint32 checksum = crc(entry.data);
        const quint16 method = store ? methodStored : methodDeflated;
        const auto offset = quint32(out.size());

        put32(out, localSignature);
        put16(out, 20);
        put16(out, utf8Names);
        put16(out, method);
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, checksum);
        put32(out, quint32(packed.size()));
        put32(out, quint32(entry.data.size()));
        put16(out, quint16(name.size()));
        put16(out, 0);
        out.append(name);
        out.append(packed);

        put32(central, centralSignature);
        put16(central, 20);
        put16(central, 20);
        put16(central, utf8Names);
        put16(central, method);
        put16(central, dosTime);
        put16(central, dosDate);
        put32(central, checksum);
        put32(central, quint32(packed.size()));
        put32(central, quint32(entry.data.size()));
        put16(central, quint16(name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central.append(name);
    }
    const auto centralOffset = quint32(out.size());
    out.append(central);
    put32(out, endSignature);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

} // namespace sisambang::documents
