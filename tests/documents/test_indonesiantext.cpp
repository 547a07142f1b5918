// SPDX-License-Identifier: GPL-3.0-or-later
#include "indonesiantext.h"

#include <catch2/catch.hpp>

using namespace sisambang::documents;

TEST_CASE("Indonesian dates", "[indonesian]")
{
    const QDate signing(2023, 2, 20);
    CHECK(indonesian::longDate(signing) == QStringLiteral("Senin, 20 Februari 2023"));
    CHECK(indonesian::date(QDate(2023, 8, 17)) == QStringLiteral("17 Agustus 2023"));
    CHECK(indonesian::dayName(QDate(2023, 3, 5)) == QStringLiteral("Minggu"));
    CHECK(indonesian::dayName(QDate(2023, 3, 10)) == QStringLiteral("Jumat"));
    CHECK(indonesian::longDate(QDate()).isEmpty());
    CHECK(indonesian::time(QTime(9, 0), QStringLiteral("WIB")) == QStringLiteral("09.00 WIB"));
}

TEST_CASE("Numbers in words", "[indonesian]")
{
    CHECK(indonesian::numberInWords(0) == QStringLiteral("nol"));
    CHECK(indonesian::numberInWords(1) == QStringLiteral("satu"));
    CHECK(indonesian::numberInWords(10) == QStringLiteral("sepuluh"));
    CHECK(indonesian::numberInWords(11) == QStringLiteral("sebelas"));
    CHECK(indonesian::numberInWords(15) == QStringLiteral("lima belas"));
    CHECK(indonesian::numberInWords(20) == QStringLiteral("dua puluh"));
    CHECK(indonesian::numberInWords(31) == QStringLiteral("tiga puluh satu"));
    CHECK(indonesian::numberInWords(100) == QStringLiteral("seratus"));
    CHECK(indonesian::numberInWords(111) == QStringLiteral("seratus sebelas"));
    CHECK(indonesian::numberInWords(1000) == QStringLiteral("seribu"));
    CHECK(indonesian::numberInWords(1945) ==
          QStringLiteral("seribu sembilan ratus empat puluh lima"));
    CHECK(indonesian::numberInWords(2023) == QStringLiteral("dua ribu dua puluh tiga"));
    CHECK(indonesian::numberInWords(100000) == QStringLiteral("seratus ribu"));
    CHECK(indonesian::numberInWords(1500000) == QStringLiteral("satu juta lima ratus ribu"));
}

TEST_CASE("Dates in words as an MoU opens", "[indonesian]")
{
    CHECK(indonesian::dateInWords(QDate(2023, 2, 20)) ==
          QStringLiteral("Senin tanggal dua puluh bulan Februari tahun dua ribu dua puluh tiga"));
}
