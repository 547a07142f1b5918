// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly and yearly recap's figures against a hand-counted fixture.
#include "recap.h"
#include "recapfixture.h"

using namespace sisambang;

using test::RecapFixture;

TEST_CASE("The March recap counts statuses with a move into April as postponed", "[recap]")
{
    RecapFixture fixture;
    auto recap = db::RecapBuilder(fixture.database.db()).monthly(db::monthScope(2023, 3));
    REQUIRE(recap.ok());
    CHECK(recap->counts.planned == 1);
    CHECK(recap->counts.done == 3);
    CHECK(recap->counts.postponed == 1);
    CHECK(recap->counts.cancelled == 1);
    CHECK(recap->activities.size() == 5);         // the moved one now lies in April
    CHECK(recap->villagesVisitedInPeriod == 2);   // Nibung (twice) and Kurau
    CHECK(recap->villagesVisitedCumulative == 3); // and Berok in February

    REQUIRE(recap->activitiesPerWeek.size() == 5);
    CHECK(recap->activitiesPerWeek.at(0).first == QDate(2023, 2, 27));
    QList<int> perWeek;
    for (const auto &week : recap->activitiesPerWeek) {
        perWeek << week.second;
    }
    CHECK(perWeek == QList<int>{0, 3, 0, 1, 0});

    // April: the moved visit is planned there.
    auto april = db::RecapBuilder(fixture.database.db()).monthly(db::monthScope(2023, 4));
    REQUIRE(april.ok());
    CHECK(april->counts.planned == 1);
    CHECK(april->counts.postponed == 0);
}

TEST_CASE("Coverage per kecamatan counts covered and visited desa", "[recap]")
{
    RecapFixture fixture;
    db::RecapBuilder recap(fixture.database.db());
    auto rows = recap.coverage(QDate(2023, 3, 31));
    REQUIRE(rows.ok());
    const auto koba = std::find_if(rows->cbegin(), rows->cend(), [](const auto &row) {
        return row.code == QStringLiteral("19.04.01");
    });
    REQUIRE(koba != rows->cend());
    CHECK(koba->villages == 11);
    CHECK(koba->covered == 5);
    CHECK(koba->visited == 3);
    CHECK(koba->percent() == Approx(60.0));
    CHECK(koba->notVisited ==
          QStringList{QStringLiteral("Desa Guntung"), QStringLiteral("Desa Penyak")});
    const auto lubukBesar = std::find_if(rows->cbegin(), rows->cend(), [](const auto &row) {
        return row.code == QStringLiteral("19.04.06");
    });
    REQUIRE(lubukBesar != rows->cend());
    CHECK(lubukBesar->covered == 0);
    CHECK(lubukBesar->visited == 0);

    // Before the first visit nothing was visited.
    auto february = recap.coverage(QDate(2023, 2, 27), QStringLiteral("19.04.01"));
    REQUIRE(february.ok());
    REQUIRE(february->size() == 1);
    CHECK(february->first().visited == 0);
    CHECK(february->first().covered == 5);
}

TEST_CASE("The February recap lists the agreement signed in it", "[recap]")
{
    RecapFixture fixture;
    auto recap = db::RecapBuilder(fixture.database.db()).monthly(db::monthScope(2023, 2));
    REQUIRE(recap.ok());
    REQUIRE(recap->agreements.size() == 1);
    CHECK(recap->agreements.first().event == QStringLiteral("signed"));
    CHECK(recap->counts.done == 1);

    db::RecapScope lubukBesar = db::monthScope(2023, 3);
    lubukBesar.kecamatanCode = QStringLiteral("19.04.06");
    auto scoped = db::RecapBuilder(fixture.database.db()).monthly(lubukBesar);
    REQUIRE(scoped.ok());
    CHECK(scoped->counts.total() == 1);
    CHECK(scoped->counts.cancelled == 1);
    CHECK(scoped->agreements.isEmpty());
}

TEST_CASE("The yearly recap sets twelve months side by side", "[recap]")
{
    RecapFixture fixture;
    auto year = db::RecapBuilder(fixture.database.db()).yearly(2023);
    REQUIRE(year.ok());
    REQUIRE(year->months.size() == 12);
    CHECK(year->months.at(1).done == 1);    // February
    CHECK(year->months.at(2).done == 3);    // March
    CHECK(year->months.at(3).planned == 1); // April
    const QList<int> koba = year->cumulativeVisited.value(QStringLiteral("19.04.01"));
    REQUIRE(koba.size() == 12);
    CHECK(koba.at(0) == 0);
    CHECK(koba.at(1) == 1);
    CHECK(koba.at(2) == 3);
    CHECK(koba.at(11) == 3);
    CHECK_FALSE(db::RecapBuilder(fixture.database.db()).yearly(1999).ok());
}
