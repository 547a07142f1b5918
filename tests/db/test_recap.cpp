// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly and yearly recap's figures against a hand-counted fixture.
#include "activities.h"
#include "agreements.h"
#include "recap.h"
#include "registerfixture.h"

using namespace sisambang;

namespace {

const QString nibung = QStringLiteral("19.04.01.2003");
const QString kurau = QStringLiteral("19.04.01.2005");
const QString guntung = QStringLiteral("19.04.01.2006");
const QString penyak = QStringLiteral("19.04.01.2007");
const QString berok = QStringLiteral("19.04.01.1017");
const QString perlang = QStringLiteral("19.04.06.2001");

qint64 addActivity(db::Database &database, const QString &desa, const QDate &date, qint64 agreement)
{
    db::Activity activity;
    activity.regionCode = desa;
    activity.date = date;
    activity.agreementId = agreement;
    auto id = db::ActivityRepository(database).add(activity);
    REQUIRE(id.ok());
    return *id;
}

void setStatus(db::Database &database, qint64 id, db::ActivityStatus status)
{
    db::ActivityRepository activities(database);
    auto activity = activities.find(id);
    REQUIRE(activities.setStatus(id, activity->version, status).ok());
}

// Koba: an agreement signed 20 Feb 2023 covering five desa; activities from
// 28 Feb to 31 Mar 2023, one of them moved into April.
struct Fixture
{
    test::TestDatabase database;
    qint64 agreement = 0;

    Fixture()
    {
        auto &db = database.db();
        db::Agreement koba;
        koba.title = QStringLiteral("Sambang Pengawasan di Kecamatan Koba");
        koba.status = db::AgreementStatus::Signed;
        koba.signedOn = QDate(2023, 2, 20);
        koba.validFrom = QDate(2023, 2, 20);
        koba.validUntil = QDate(2025, 2, 19);
        koba.villageCodes = {nibung, kurau, guntung, penyak, berok};
        auto id = db::AgreementRepository(db).add(koba);
        REQUIRE(id.ok());
        agreement = *id;

        setStatus(db, addActivity(db, nibung, QDate(2023, 3, 6), agreement),
                  db::ActivityStatus::Done);
        setStatus(db, addActivity(db, kurau, QDate(2023, 3, 7), agreement),
                  db::ActivityStatus::Done);
        addActivity(db, guntung, QDate(2023, 3, 8), agreement); // still planned
        const qint64 moved = addActivity(db, penyak, QDate(2023, 3, 31), agreement);
        REQUIRE(db::ActivityRepository(db)
                    .reschedule(moved, 1, QDate(2023, 4, 3), QTime(9, 0), QTime(12, 0),
                                QStringLiteral("Kepala desa dinas luar"))
                    .ok());
        setStatus(db, addActivity(db, perlang, QDate(2023, 3, 9), 0),
                  db::ActivityStatus::Cancelled);
        setStatus(db, addActivity(db, nibung, QDate(2023, 3, 20), agreement),
                  db::ActivityStatus::Done);
        setStatus(db, addActivity(db, berok, QDate(2023, 2, 28), agreement),
                  db::ActivityStatus::Done);
    }
};

} // namespace

TEST_CASE("The March recap counts statuses with a move into April as postponed", "[recap]")
{
    Fixture fixture;
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
    Fixture fixture;
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
    Fixture fixture;
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
    Fixture fixture;
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
