// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's activities: the meetings of 20 February 2023 and the plan of
// sambang visits from 6 March 2023 with its follow-up.
#include "clashes.h"
#include "demo.h"
#include "schedulefixture.h"

using namespace sisambang;

namespace {

QStringList officerNames(const db::Activity &activity)
{
    QStringList names;
    for (const db::ActivityOfficer &officer : activity.officers) {
        names << officer.name;
    }
    return names;
}

} // namespace

TEST_CASE("Demo: the two rapat koordinasi of 20 February 2023 are done with officers", "[demo]")
{
    test::TestDatabase fixture{QString()};
    auto &database = fixture.db();
    REQUIRE(db::buildDemo(database).ok());
    db::ActivityFilter filter;
    filter.kind = db::ActivityKind::CoordinationMeeting;
    auto meetings = db::ActivityRepository(database).list(filter);
    REQUIRE(meetings.ok());
    REQUIRE(meetings->size() == 2);
    const db::Activity &lubukBesar = meetings->at(0);
    const db::Activity &koba = meetings->at(1);
    for (const db::Activity *meeting : {&lubukBesar, &koba}) {
        CHECK(meeting->date == QDate(2023, 2, 20));
        CHECK(meeting->status == db::ActivityStatus::Done);
        CHECK(meeting->agreementId > 0);
        CHECK(meeting->hostInstitutionId > 0);
    }
    CHECK(lubukBesar.venue == QStringLiteral("Gedung Serba Guna Kecamatan Lubuk Besar"));
    CHECK(lubukBesar.regionCode == QStringLiteral("19.04.06"));
    CHECK(officerNames(lubukBesar).contains(QStringLiteral("Win Iskandar")));
    CHECK(koba.venue == QStringLiteral("Homepage Cafe Padang Mulia, Koba"));
    CHECK(koba.regionCode == QStringLiteral("19.04.01"));
    CHECK(officerNames(koba) == QStringList{QStringLiteral("Wahyu Tri Buwono"),
                                            QStringLiteral("Yaumil Ikrom"),
                                            QStringLiteral("Rina Marlina")});
}

TEST_CASE("Demo: every desa of Koba and Lubuk Besar has its planned sambang visit", "[demo]")
{
    test::TestDatabase fixture{QString()};
    auto &database = fixture.db();
    REQUIRE(db::buildDemo(database).ok());
    CHECK(test::countRows(database, QStringLiteral("schedule_plan")) == 2);
    db::ActivityFilter filter;
    filter.kind = db::ActivityKind::VillageVisit;
    auto visits = db::ActivityRepository(database).list(filter);
    REQUIRE(visits.ok());
    const QStringList villages = test::villagesUnder(database, QStringLiteral("19.04.01")) +
                                 test::villagesUnder(database, QStringLiteral("19.04.06"));
    REQUIRE(visits->size() == villages.size());
    QSet<QString> visited;
    int done = 0;
    int moved = 0;
    db::ActivityRepository activities(database);
    for (const db::Activity &visit : *visits) {
        visited.insert(visit.regionCode);
        CHECK(visit.planId > 0);
        CHECK(visit.date >= QDate(2023, 3, 6));
        CHECK(visit.officers.size() == 2);
        CHECK(visit.venue.startsWith(QStringLiteral("Kantor ")));
        if (visit.status == db::ActivityStatus::Done) {
            ++done;
            CHECK(visit.date <= QDate(2023, 3, 10));
        }
        auto history = activities.history(visit.id);
        REQUIRE(history.ok());
        if (!history->isEmpty()) {
            ++moved;
            CHECK(history->first().oldDate == QDate(2023, 3, 15));
            CHECK(history->first().newDate == QDate(2023, 3, 27));
            CHECK(history->first().reason.contains(QStringLiteral("Musrenbang")));
            CHECK(visit.date == QDate(2023, 3, 27));
        }
    }
    CHECK(visited.size() == villages.size());
    CHECK(done == 10); // the first week, two a day
    CHECK(moved == 1);
    CHECK(visits->first().date == QDate(2023, 3, 6));
}

TEST_CASE("Demo: the only clash is the accepted Saturday sosialisasi", "[demo]")
{
    test::TestDatabase fixture{QString()};
    auto &database = fixture.db();
    REQUIRE(db::buildDemo(database).ok());
    auto clashes = db::ClashDetector(database).find({});
    REQUIRE(clashes.ok());
    REQUIRE(clashes->size() == 1);
    const db::Clash &clash = clashes->first();
    CHECK(clash.rule == db::ClashRule::NonWorkingDay);
    CHECK(clash.accepted);
    CHECK(clash.acceptedReason.contains(QStringLiteral("Karang Taruna")));
    auto activity = db::ActivityRepository(database).find(clash.activityId);
    REQUIRE(activity.ok());
    CHECK(activity->kind == db::ActivityKind::Socialisation);
    CHECK(activity->date == QDate(2023, 3, 18));
}
