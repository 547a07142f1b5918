// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeprofile.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace sisambang;
using namespace sisambang::db;

TEST_CASE("The office profile is saved and loaded", "[office]")
{
    test::TestDatabase fixture(QString{});
    OfficeProfileStore store(fixture.db());
    CHECK_FALSE(store.load()->isConfigured());
    CHECK(*store.defaultOfficeName(QStringLiteral("19.04")) ==
          QStringLiteral("Bawaslu Kabupaten Bangka Tengah"));
    CHECK(*store.defaultOfficeName(QStringLiteral("19.71")) ==
          QStringLiteral("Bawaslu Kota Pangkal Pinang"));

    OfficeProfile profile;
    profile.regionCode = QStringLiteral("19.04");
    profile.officeName = QStringLiteral("Bawaslu Kabupaten Bangka Tengah");
    profile.email = QStringLiteral("bateng@bawaslu.example");
    profile.secretaryName = QStringLiteral("Win Iskandar");
    profile.secretaryNip = QStringLiteral("197801012005011001");
    profile.paper = PaperSize::F4;
    profile.logoPng = QByteArray("\x89PNG fake", 9);
    REQUIRE(store.save(profile).ok());
    fixture.reopen();
    OfficeProfileStore again(fixture.db());
    auto loaded = again.load();
    REQUIRE(loaded.ok());
    CHECK(loaded->isConfigured());
    CHECK(loaded->secretaryName == QStringLiteral("Win Iskandar"));
    CHECK(loaded->paper == PaperSize::F4);
    CHECK(loaded->logoPng == profile.logoPng);
}

TEST_CASE("The office profile refuses bad input", "[office]")
{
    test::TestDatabase fixture(QString{});
    OfficeProfileStore store(fixture.db());
    OfficeProfile profile;
    profile.regionCode = QStringLiteral("19.04.01"); // a kecamatan
    profile.officeName = QStringLiteral("X");
    CHECK_FALSE(store.save(profile).ok());
    profile.regionCode = QStringLiteral("19.04");
    profile.officeName = QStringLiteral("  ");
    CHECK_FALSE(store.save(profile).ok());
    profile.officeName = QStringLiteral("Bawaslu");
    profile.email = QStringLiteral("not an address");
    auto refused = store.save(profile);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK_FALSE(store.load()->isConfigured());
}

TEST_CASE("Time zone follows the province", "[office]")
{
    CHECK(timeZoneForRegion(u"19.04") == TimeZone::WIB);
    CHECK(timeZoneForRegion(u"51.71") == TimeZone::WITA);
    CHECK(timeZoneForRegion(u"73.71") == TimeZone::WITA);
    CHECK(timeZoneForRegion(u"94.01") == TimeZone::WIT);
    CHECK(timeZoneForRegion(u"62.01") == TimeZone::WIB);
}

TEST_CASE("Page margins are kept in the profile and checked", "[office]")
{
    test::TestDatabase fixture;
    OfficeProfileStore store(fixture.db());
    auto profile = store.load();
    REQUIRE(profile.ok());
    CHECK(profile->marginsMm == QMarginsF(25, 15, 20, 20)); // the default
    profile->marginsMm = QMarginsF(30, 20, 25, 25);
    REQUIRE(store.save(*profile).ok());
    CHECK(store.load()->marginsMm == QMarginsF(30, 20, 25, 25));
    profile->marginsMm.setLeft(2);
    auto refused = store.save(*profile);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("margins")));
    CHECK(store.load()->marginsMm.left() == 30);
}
