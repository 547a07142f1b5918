// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include <catch2/catch.hpp>

using namespace sisambang::db;

namespace {
QList<QStringList> readAll(const QString &text, QChar delimiter = u',')
{
    csv::Reader reader(text, delimiter);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields)) {
        records << fields;
    }
    return records;
}
} // namespace

TEST_CASE("CSV reads quoted fields with delimiters, quotes and newlines", "[csv]")
{
    const auto records = readAll(QStringLiteral(
        "kode,nama\r\n12.07,\"Lubuk Pakam I,II\"\r\n1,\"say \"\"hi\"\"\nnext line\"\n2,x"));
    REQUIRE(records.size() == 4);
    CHECK(records.at(1) ==
          QStringList{QStringLiteral("12.07"), QStringLiteral("Lubuk Pakam I,II")});
    CHECK(records.at(2).at(1) == QStringLiteral("say \"hi\"\nnext line"));
    CHECK(records.at(3) == QStringList{QStringLiteral("2"), QStringLiteral("x")});
}

TEST_CASE("CSV reports the line of an unclosed quote", "[csv]")
{
    csv::Reader reader(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n"));
    QStringList fields;
    CHECK(reader.readRecord(fields));
    CHECK(reader.readRecord(fields));
    CHECK_FALSE(reader.readRecord(fields));
    CHECK(reader.error().contains(QStringLiteral("3")));
}

TEST_CASE("CSV record lines count embedded newlines", "[csv]")
{
    csv::Reader reader(QStringLiteral("h\n\"a\nb\"\nc\n"));
    QStringList fields;
    reader.readRecord(fields);
    reader.readRecord(fields);
    CHECK(reader.recordLine() == 2);
    reader.readRecord(fields);
    CHECK(reader.recordLine() == 4);
}

TEST_CASE("CSV decoding: UTF-8 with BOM, without, and Windows-1252", "[csv]")
{
    CHECK(csv::decode(QByteArray("\xEF\xBB\xBFNama")) == QStringLiteral("Nama"));
    CHECK(csv::decode(QByteArray("Jalan Ke\xC3\xA9")) == QString::fromUtf8("Jalan Keé"));
    // 0x93/0x94 are curly quotes in Windows-1252; 0xE9 is é.
    CHECK(csv::decode(QByteArray("\x93Kopi\x94 caf\xE9")) ==
          QString::fromUtf8("\u201CKopi\u201D café"));
}

TEST_CASE("CSV delimiter detection", "[csv]")
{
    CHECK(csv::detectDelimiter(u"Nama;Jabatan;\"A,B\"") == u';');
    CHECK(csv::detectDelimiter(u"Nama,Jabatan;x,y") == u',');
    CHECK(csv::detectDelimiter(u"a\tb\tc") == u'\t');
    CHECK(readAll(QStringLiteral("a;b\r\n\"x;y\";z\r\n"), u';').at(1) ==
          QStringList{QStringLiteral("x;y"), QStringLiteral("z")});
}

TEST_CASE("CSV writing round-trips", "[csv]")
{
    const QStringList fields{QStringLiteral("plain"), QStringLiteral("with,comma"),
                             QStringLiteral("with \"quote\""), QStringLiteral("two\nlines")};
    const QString line = csv::formatRecord(fields);
    CHECK(line.endsWith(QStringLiteral("\r\n")));
    CHECK(readAll(line).constFirst() == fields);
}
