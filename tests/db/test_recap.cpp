// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly and yearly recap's figures against a hand-counted fixture.
#include "followups.h"
#include "query.h"
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
    // Month by month it agrees with the coverage counted at each month's end.
    for (int month = 1; month <= 12; ++month) {
        auto rows =
            db::RecapBuilder(fixture.database.db()).coverage(db::monthScope(2023, month).to);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == year->cumulativeVisited.size());
        for (const db::KecamatanCoverage &row : *rows) {
            INFO(row.name.toStdString() << " month " << month);
            CHECK(year->cumulativeVisited.value(row.code).value(month - 1) == row.visited);
        }
    }
}

TEST_CASE("The yearly coverage counts a desa visited before its agreement once it is covered",
          "[recap]")
{
    RecapFixture fixture;
    auto &database = fixture.database.db();
    db::Query firstCovered(
        database, QStringLiteral("SELECT v.region_code, g.signed_on FROM agreement_village v "
                                 "JOIN agreement g ON g.id = v.agreement_id "
                                 "ORDER BY g.signed_on, v.region_code LIMIT 1"));
    REQUIRE(firstCovered.exec().ok());
    REQUIRE(firstCovered.next());
    const QString desa = firstCovered.value(0).toString();
    const QDate signedOn = QDate::fromString(firstCovered.value(1).toString(), Qt::ISODate);
    REQUIRE(signedOn.month() > 1);
    REQUIRE(signedOn.year() == 2023);
    // A done visit in January, before any agreement covered the desa.
    REQUIRE(db::execute(database,
                        QStringLiteral("INSERT INTO activity (kind, region_code, title, date, "
                                       "status) VALUES ('village_visit', ?, 'Kunjungan awal', "
                                       "'2023-01-10', 'done')"),
                        {desa})
                .ok());
    auto year = db::RecapBuilder(database).yearly(2023);
    REQUIRE(year.ok());
    for (int month = 1; month <= 12; ++month) {
        auto rows = db::RecapBuilder(database).coverage(db::monthScope(2023, month).to);
        REQUIRE(rows.ok());
        for (const db::KecamatanCoverage &row : *rows) {
            INFO(row.name.toStdString() << " month " << month);
            CHECK(year->cumulativeVisited.value(row.code).value(month - 1) == row.visited);
        }
    }
    const QString kecamatan = desa.left(8);
    CHECK(year->cumulativeVisited.value(kecamatan).value(0) == 0); // not covered in January
}

TEST_CASE("The yearly recap counts who came in each month as the monthly recaps do", "[recap]")
{
    RecapFixture fixture;
    db::RecapBuilder builder(fixture.database.db());
    auto year = builder.yearly(2023);
    REQUIRE(year.ok());
    REQUIRE(year->participants.size() == 12);
    for (int month = 1; month <= 12; ++month) {
        auto monthly = builder.monthly(db::monthScope(2023, month));
        REQUIRE(monthly.ok());
        const db::ParticipantCounts &expected = monthly->participants;
        const db::ParticipantCounts &counted = year->participants.at(month - 1);
        INFO("month " << month);
        CHECK(counted.total == expected.total);
        CHECK(counted.male == expected.male);
        CHECK(counted.female == expected.female);
        CHECK(counted.unknownGender == expected.unknownGender);
    }
    CHECK(year->participants.at(1).total == 1); // February: Berok's walk-in
    CHECK(year->participants.at(2).total == 5); // March
    CHECK(year->participants.at(2).male == 2);
    CHECK(year->participants.at(3).total == 0); // April: nothing held yet

    // One kecamatan: Lubuk Besar held nothing, so nobody came.
    auto lubukBesar = builder.yearly(2023, QStringLiteral("19.04.06"));
    REQUIRE(lubukBesar.ok());
    int people = 0;
    for (const db::ParticipantCounts &month : lubukBesar->participants) {
        people += month.total;
    }
    CHECK(people == 0);
}

TEST_CASE("The March recap counts who came with walk-ins by gender and institution kind", "[recap]")
{
    RecapFixture fixture;
    auto &database = fixture.database.db();
    db::ActivityFilter march{QDate(2023, 3, 1), QDate(2023, 3, 31)};
    march.status = db::ActivityStatus::Done;
    auto done = db::ActivityRepository(database).list(march);
    REQUIRE(done.ok());
    REQUIRE(done->size() == 3);
    const qint64 nibungFirst = done->at(0).id;
    // Minutes and a photo for the first Nibung visit only.
    REQUIRE(db::execute(database,
                        QStringLiteral("INSERT INTO activity_minutes (activity_id, start_time, "
                                       "end_time) VALUES (?, '09:00', '11:00')"),
                        {nibungFirst})
                .ok());
    REQUIRE(db::execute(database,
                        QStringLiteral("INSERT INTO activity_photo (activity_id, stored_path, "
                                       "display_path) VALUES (?, 'foto/a.jpg', 'foto/a-k.jpg')"),
                        {nibungFirst})
                .ok());

    auto recap = db::RecapBuilder(database).monthly(db::monthScope(2023, 3));
    REQUIRE(recap.ok());
    const db::ParticipantCounts &people = recap->participants;
    CHECK(people.total == 5); // Berok's walk-in came in February
    CHECK(people.male == 2);
    CHECK(people.female == 2);
    CHECK(people.unknownGender == 1);
    CHECK(people.byInstitutionKind.value(QStringLiteral("village_office")) == 2);
    CHECK(people.byInstitutionKind.value(QStringLiteral("organisation")) == 1);
    CHECK(people.byInstitutionKind.value(QStringLiteral("police")) == 1);
    CHECK(people.byInstitutionKind.value(QStringLiteral("other")) == 1);

    QHash<qint64, const db::RecapActivity *> rows;
    for (const db::RecapActivity &row : recap->activities) {
        rows.insert(row.activity.id, &row);
    }
    REQUIRE(rows.contains(nibungFirst));
    CHECK(rows.value(nibungFirst)->participants == 3);
    CHECK(rows.value(nibungFirst)->hasMinutes);
    CHECK(rows.value(nibungFirst)->hasPhotos);
    CHECK(rows.value(done->at(1).id)->participants == 1);
    CHECK_FALSE(rows.value(done->at(1).id)->hasMinutes);
    CHECK_FALSE(rows.value(done->at(1).id)->hasPhotos);

    auto february = db::RecapBuilder(database).monthly(db::monthScope(2023, 2));
    REQUIRE(february.ok());
    CHECK(february->participants.total == 1);
    CHECK(february->participants.byInstitutionKind.value(QStringLiteral("village_office")) == 1);
}

TEST_CASE("The recap lists follow-ups still open at the end of the period", "[recap]")
{
    RecapFixture fixture;
    auto &database = fixture.database.db();
    db::ActivityFilter filter{QDate(2023, 2, 1), QDate(2023, 3, 31)};
    filter.status = db::ActivityStatus::Done;
    auto done = db::ActivityRepository(database).list(filter);
    REQUIRE(done.ok());
    const qint64 berok = done->at(0).id; // 28 February
    const qint64 kurau = done->at(2).id; // 7 March
    db::FollowUpRepository followUps(database);
    db::FollowUp banner;
    banner.activityId = berok;
    banner.description = QStringLiteral("Memasang spanduk netralitas");
    banner.assignee = QStringLiteral("Lurah Berok");
    banner.due = QDate(2023, 3, 10);
    auto bannerId = followUps.add(banner);
    REQUIRE(bannerId.ok());
    db::FollowUp youth;
    youth.activityId = kurau;
    youth.description = QStringLiteral("Daftar tokoh pemuda");
    auto youthId = followUps.add(youth);
    REQUIRE(youthId.ok());
    // Closed in April: still open at the end of March.
    REQUIRE(followUps.close(*youthId, 1, QDate(2023, 4, 4), QStringLiteral("Diterima")).ok());

    auto march = db::RecapBuilder(database).monthly(db::monthScope(2023, 3));
    REQUIRE(march.ok());
    REQUIRE(march->followUps.size() == 2);
    CHECK(march->followUps.at(0).description == QStringLiteral("Memasang spanduk netralitas"));
    CHECK(march->followUps.at(0).activityDate == QDate(2023, 2, 28));
    CHECK(march->followUps.at(0).assignee == QStringLiteral("Lurah Berok"));
    CHECK(march->followUps.at(0).due == QDate(2023, 3, 10));
    CHECK(march->followUps.at(0).regionName.contains(QStringLiteral("Berok")));
    CHECK(march->followUps.at(1).activityId == kurau);

    auto april = db::RecapBuilder(database).monthly(db::monthScope(2023, 4));
    REQUIRE(april.ok());
    REQUIRE(april->followUps.size() == 1); // Kurau's item was closed on 4 April
    CHECK(april->followUps.first().activityId == berok);
    auto february = db::RecapBuilder(database).monthly(db::monthScope(2023, 2));
    REQUIRE(february.ok());
    CHECK(february->followUps.size() == 1); // only items of activities up to February
}
