// SPDX-License-Identifier: GPL-3.0-or-later
#include "regions.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace sisambang;
using namespace sisambang::db;

TEST_CASE("The whole of Indonesia is loaded: counts per level", "[regions]")
{
    test::TestDatabase fixture(QString{});
    RegionRepository regions(fixture.db());
    auto counts = regions.countByLevel();
    REQUIRE(counts.ok());
    CHECK(counts->value(RegionLevel::Province) == 38);
    CHECK(counts->value(RegionLevel::Regency) == 514);
    CHECK(counts->value(RegionLevel::District) == 7285);
    CHECK(counts->value(RegionLevel::Village) == 83762);
}

TEST_CASE("Kinds are told by the code", "[regions]")
{
    CHECK(kindFromCode(u"19") == RegionKind::Province);
    CHECK(kindFromCode(u"19.04") == RegionKind::Regency);
    CHECK(kindFromCode(u"19.71") == RegionKind::City);
    CHECK(kindFromCode(u"19.04.01") == RegionKind::District);
    CHECK(kindFromCode(u"19.04.01.1001") == RegionKind::UrbanVillage);
    CHECK(kindFromCode(u"19.04.01.2001") == RegionKind::Village);
    CHECK(kindFromCode(u"91.03.01.3001") == RegionKind::CustomaryVillage);
    CHECK_FALSE(kindFromCode(u"19.04.01.9001").has_value());
    CHECK_FALSE(kindFromCode(u"").has_value());

    test::TestDatabase fixture(QString{});
    RegionRepository regions(fixture.db());
    // Kabupaten Jayapura holds the only desa adat.
    CHECK(*regions.count(QStringLiteral("91.03"), RegionKind::CustomaryVillage) > 0);
    CHECK(*regions.count(QStringLiteral("19"), RegionKind::CustomaryVillage) == 0);
    CHECK(*regions.count(QStringLiteral("19"), RegionKind::City) == 1); // Kota Pangkalpinang
}

TEST_CASE("Kabupaten Bangka Tengah: 6 kecamatan, 7 kelurahan, 56 desa", "[regions]")
{
    test::TestDatabase fixture(QString{});
    RegionRepository regions(fixture.db());
    auto regency = regions.find(QStringLiteral("19.04"));
    REQUIRE(regency.ok());
    CHECK(regency->name == QStringLiteral("Kabupaten Bangka Tengah"));
    CHECK(regency->kind == RegionKind::Regency);

    auto districts = regions.children(QStringLiteral("19.04"));
    REQUIRE(districts.ok());
    REQUIRE(districts->size() == 6);
    QStringList names;
    for (const Region &district : *districts) {
        names << district.name;
    }
    CHECK(names.contains(QStringLiteral("Koba")));
    CHECK(names.contains(QStringLiteral("Lubuk Besar")));

    CHECK(*regions.count(QStringLiteral("19.04"), RegionKind::UrbanVillage) == 7);
    CHECK(*regions.count(QStringLiteral("19.04"), RegionKind::Village) == 56);
    auto villages = regions.villagesUnder(QStringLiteral("19.04"));
    REQUIRE(villages.ok());
    CHECK(villages->size() == 63);
    // A name that holds a comma in the source data survives the CSV parser.
    auto pakam = regions.find(QStringLiteral("12.07.28.1007"));
    REQUIRE(pakam.ok());
    CHECK(pakam->name == QStringLiteral("Lubuk Pakam I,II"));
}

TEST_CASE("Qualified names as documents print them", "[regions]")
{
    Region desa{QStringLiteral("19.04.01.2001"), QStringLiteral("Nibung"), RegionLevel::Village,
                RegionKind::Village, QStringLiteral("19.04.01")};
    CHECK(RegionLabels::qualifiedName(desa) == QStringLiteral("Desa Nibung"));
    desa.kind = RegionKind::UrbanVillage;
    CHECK(RegionLabels::qualifiedName(desa) == QStringLiteral("Kelurahan Nibung"));
}

TEST_CASE("Provinces are the roots and a missing code is NotFound", "[regions]")
{
    test::TestDatabase fixture(QString{});
    RegionRepository regions(fixture.db());
    auto provinces = regions.children(QString());
    REQUIRE(provinces.ok());
    CHECK(provinces->size() == 38);
    auto missing = regions.find(QStringLiteral("99.99"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
}
