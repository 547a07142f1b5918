// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipwriter.h"

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

QByteArray ZipWriter::write(const QList<Entry> &entries)
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
