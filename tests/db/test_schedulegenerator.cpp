// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidays.h"
#include "regions.h"
#include "schedulegenerator.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QMap>

using namespace sisambang;
using namespace sisambang::db;

namespace {

// Every desa of Koba and Lubuk Besar, and the real 2023 holidays.
ScheduleRequest bangkaTengahRequest(test::TestDatabase &fixture)
{
    ScheduleRequest request;
    RegionRepository regions(fixture.db());
    for (const char *district : {"19.04.01", "19.04.06"}) {
        auto districtRegion = regions.find(QLatin1String(district));
        REQUIRE(districtRegion.ok());
        auto villages = regions.children(QLatin1String(district));
        REQUIRE(villages.ok());
        for (const Region &village : *villages) {
            request.villages.append(
                {village.code, village.name, districtRegion->code, districtRegion->name});
        }
    }
    auto holidays = HolidayRepository(fixture.db()).between(QDate(2023, 1, 1), QDate(2023, 12, 31));
    REQUIRE(holidays.ok());
    for (const Holiday &holiday : *holidays) {
        request.holidays.insert(holiday.date);
    }
    request.from = QDate(2023, 3, 6);
    request.to = QDate(2023, 5, 31);
    request.teams = {{{1, 2}, QStringLiteral("Tim 1")}, {{3, 4}, QStringLiteral("Tim 2")}};
    request.maxVisitsPerDay = 2;
    return request;
}

} // namespace

TEST_CASE("Generated visits fall on working days only", "[schedule]")
{
    test::TestDatabase fixture;
    ScheduleRequest request = bangkaTengahRequest(fixture);
    request.maxVisitsPerDay = 1; // one a day: the plan runs over Nyepi and Idul Fitri
    request.blackouts.insert(QDate(2023, 3, 7));
    const SchedulePlan plan = ScheduleGenerator::generate(request);
    REQUIRE(plan.complete());
    REQUIRE(plan.visits.size() == request.villages.size());
    QSet<QDate> used;
    for (const PlannedVisit &visit : plan.visits) {
        CHECK(visit.date.dayOfWeek() <= 5);
        CHECK_FALSE(request.holidays.contains(visit.date));
        used.insert(visit.date);
    }
    CHECK_FALSE(used.contains(QDate(2023, 3, 7)));  // blackout
    CHECK_FALSE(used.contains(QDate(2023, 3, 22))); // Nyepi
    for (const QDate &leave : {QDate(2023, 4, 19), QDate(2023, 4, 20), QDate(2023, 4, 21),
                               QDate(2023, 4, 24), QDate(2023, 4, 25)}) {
        CHECK_FALSE(used.contains(leave)); // Idul Fitri cuti bersama
    }
    CHECK(plan.visits.first().date == QDate(2023, 3, 6));
}

TEST_CASE("Capacity per day and one visit per team per half day", "[schedule]")
{
    test::TestDatabase fixture;
    ScheduleRequest request = bangkaTengahRequest(fixture);
    request.maxVisitsPerDay = 3;
    const SchedulePlan plan = ScheduleGenerator::generate(request);
    REQUIRE(plan.complete());
    QMap<QDate, int> perDay;
    QSet<QString> teamHalves;
    QMap<int, int> perTeam;
    for (const PlannedVisit &visit : plan.visits) {
        ++perDay[visit.date];
        const QString key = QStringLiteral("%1/%2/%3")
                                .arg(visit.date.toString(Qt::ISODate))
                                .arg(static_cast<int>(visit.half))
                                .arg(visit.teamIndex);
        CHECK_FALSE(teamHalves.contains(key));
        teamHalves.insert(key);
        ++perTeam[visit.teamIndex];
        CHECK(visit.start == (visit.half == HalfDay::Morning ? QTime(9, 0) : QTime(13, 30)));
    }
    for (int count : perDay) {
        CHECK(count <= 3);
    }
    // Rotation keeps the load even.
    CHECK(std::abs(perTeam.value(0) - perTeam.value(1)) <= 1);
}

TEST_CASE("Busy officers and existing visits reduce the free slots", "[schedule]")
{
    ScheduleRequest request;
    request.villages = {
        {QStringLiteral("v1"), QStringLiteral("A"), QStringLiteral("d"), QStringLiteral("D")},
        {QStringLiteral("v2"), QStringLiteral("B"), QStringLiteral("d"), QStringLiteral("D")}};
    request.from = QDate(2023, 3, 6); // Monday
    request.to = QDate(2023, 3, 6);
    request.maxVisitsPerDay = 2;
    request.teams = {{{7}, QStringLiteral("Tim")}};
    request.busyOfficers[7].insert({QDate(2023, 3, 6), HalfDay::Morning});
    SchedulePlan plan = ScheduleGenerator::generate(request);
    REQUIRE(plan.visits.size() == 1);
    CHECK(plan.visits.first().half == HalfDay::Afternoon);
    REQUIRE(plan.unplaced.size() == 1);
    CHECK(plan.unplaced.first().villageCode == QStringLiteral("v2"));
    CHECK(plan.unplaced.first().reason.contains(QStringLiteral("1 working days")));

    request.teams.clear();
    request.busyOfficers.clear();
    request.existingVisitsPerDay.insert(QDate(2023, 3, 6), 2);
    plan = ScheduleGenerator::generate(request);
    CHECK(plan.visits.isEmpty());
    CHECK(plan.unplaced.size() == 2);
}

TEST_CASE("Desa of one kecamatan are kept on consecutive days", "[schedule]")
{
    test::TestDatabase fixture;
    ScheduleRequest request = bangkaTengahRequest(fixture);
    const SchedulePlan plan = ScheduleGenerator::generate(request);
    REQUIRE(plan.complete());
    // The kecamatan changes exactly once along the plan.
    int changes = 0;
    for (qsizetype i = 1; i < plan.visits.size(); ++i) {
        changes +=
            plan.visits.at(i).villageCode.left(8) != plan.visits.at(i - 1).villageCode.left(8) ? 1
                                                                                               : 0;
    }
    CHECK(changes == 1);
}

TEST_CASE("Repeated visits of a desa fall on different days and the plan is deterministic",
          "[schedule]")
{
    test::TestDatabase fixture;
    ScheduleRequest request = bangkaTengahRequest(fixture);
    request.visitsPerVillage = 2;
    request.maxVisitsPerDay = 4;
    const SchedulePlan first = ScheduleGenerator::generate(request);
    const SchedulePlan second = ScheduleGenerator::generate(request);
    REQUIRE(first.complete());
    REQUIRE(first.visits.size() == 2 * request.villages.size());
    QMap<QString, QSet<QDate>> days;
    for (qsizetype i = 0; i < first.visits.size(); ++i) {
        const PlannedVisit &a = first.visits.at(i);
        const PlannedVisit &b = second.visits.at(i);
        CHECK((a.villageCode == b.villageCode && a.date == b.date && a.half == b.half &&
               a.teamIndex == b.teamIndex));
        CHECK_FALSE(days[a.villageCode].contains(a.date));
        days[a.villageCode].insert(a.date);
    }
}

TEST_CASE("A window too short says which desa do not fit and why", "[schedule]")
{
    test::TestDatabase fixture;
    ScheduleRequest request = bangkaTengahRequest(fixture);
    request.from = QDate(2023, 3, 20);
    request.to = QDate(2023, 3, 24); // Nyepi Wednesday, cuti bersama Thursday: 3 working days
    request.maxVisitsPerDay = 2;
    const SchedulePlan plan = ScheduleGenerator::generate(request);
    CHECK_FALSE(plan.complete());
    CHECK(plan.workingDays ==
          QList<QDate>{QDate(2023, 3, 20), QDate(2023, 3, 21), QDate(2023, 3, 24)});
    CHECK(plan.visits.size() == 6);
    CHECK(plan.unplaced.size() == request.villages.size() - 6);
    CHECK(plan.unplaced.first().reason.contains(QStringLiteral("3 working days")));

    request.from = QDate(2023, 3, 25); // a weekend only
    request.to = QDate(2023, 3, 26);
    const SchedulePlan none = ScheduleGenerator::generate(request);
    CHECK(none.visits.isEmpty());
    CHECK(none.unplaced.first().reason.contains(QStringLiteral("no working day")));
}

TEST_CASE("Desa already visited are skipped unless asked", "[schedule]")
{
    test::TestDatabase fixture;
    ScheduleRequest request = bangkaTengahRequest(fixture);
    request.alreadyVisited = {request.villages.first().code};
    SchedulePlan plan = ScheduleGenerator::generate(request);
    CHECK(plan.skippedAsVisited == QStringList{request.villages.first().code});
    CHECK(plan.visits.size() == request.villages.size() - 1);
    request.includeVisited = true;
    plan = ScheduleGenerator::generate(request);
    CHECK(plan.visits.size() == request.villages.size());
}
