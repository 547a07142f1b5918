// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidays.h"
#include "testdatabase.h"
#include "transaction.h"

#include <catch2/catch.hpp>

using namespace sisambang;
using namespace sisambang::db;

TEST_CASE("The bundled holidays 2023-2026 are loaded", "[holidays]")
{
    test::TestDatabase fixture;
    HolidayRepository holidays(fixture.db());
    auto all = holidays.all();
    REQUIRE(all.ok());
    CHECK(all->size() == 109);
    auto march = holidays.between(QDate(2023, 3, 1), QDate(2023, 3, 31));
    REQUIRE(march.ok());
    bool nyepi = false;
    for (const Holiday &holiday : *march) {
        nyepi =
            nyepi || (holiday.date == QDate(2023, 3, 22) && holiday.kind == HolidayKind::National);
    }
    CHECK(nyepi);
    auto idulFitri = holidays.between(QDate(2023, 4, 19), QDate(2023, 4, 25));
    REQUIRE(idulFitri.ok());
    int leave = 0;
    for (const Holiday &holiday : *idulFitri) {
        leave += holiday.kind == HolidayKind::CollectiveLeave ? 1 : 0;
    }
    CHECK(leave == 5); // 19, 20, 21, 24, 25 April 2023 after SKB 327/2023
}

TEST_CASE("Holiday import checks every row before writing any", "[holidays]")
{
    test::TestDatabase fixture;
    HolidayRepository holidays(fixture.db());
    const int before = static_cast<int>(holidays.all()->size());
    {
        Transaction transaction(fixture.db());
        auto result = holidays.importCsv(QStringLiteral(
            "tanggal,keterangan,jenis\n2027-01-01,Tahun Baru,libur\n2027-13-01,Salah,libur\n"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(QStringLiteral("Line 3")));
    }
    CHECK(holidays.all()->size() == before);

    Transaction transaction(fixture.db());
    auto result =
        holidays.importCsv(QStringLiteral("tanggal;keterangan;jenis\r\n2027-01-01;Tahun Baru "
                                          "2027;libur\r\n2027-02-08;Cuti;cuti_bersama\r\n"));
    REQUIRE(result.ok());
    CHECK(*result == 2);
    REQUIRE(transaction.commit().ok());
    CHECK(holidays.all()->size() == before + 2);
}

TEST_CASE("Holidays can be added, replaced and removed", "[holidays]")
{
    test::TestDatabase fixture;
    HolidayRepository holidays(fixture.db());
    REQUIRE(
        holidays
            .save({QDate(2024, 2, 14), QStringLiteral("Pemungutan suara"), HolidayKind::National})
            .ok());
    auto day = holidays.between(QDate(2024, 2, 14), QDate(2024, 2, 14));
    REQUIRE(day->size() == 1);
    CHECK(day->first().description == QStringLiteral("Pemungutan suara"));
    REQUIRE(holidays.remove(QDate(2024, 2, 14)).ok());
    CHECK(holidays.between(QDate(2024, 2, 14), QDate(2024, 2, 14))->isEmpty());
    CHECK_FALSE(holidays.save({QDate(), QStringLiteral("x"), HolidayKind::National}).ok());
}
