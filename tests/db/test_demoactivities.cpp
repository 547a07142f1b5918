// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's activities: the meetings of 20 February 2023 and the plan of
// sambang visits from 6 March 2023 with its follow-up.
#include "activityrecords.h"
#include "attendance.h"
#include "check.h"
#include "clashes.h"
#include "demo.h"
#include "followups.h"
#include "minutes.h"
#include "photos.h"
#include "qtphotocodec.h"
#include "schedulefixture.h"

#include <QFileInfo>

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

TEST_CASE("Demo: the meetings have attendance minutes follow-ups and photos", "[demo]")
{
    test::TestDatabase fixture{QString()};
    auto &database = fixture.db();
    const imaging::QtDemoPictures pictures;
    REQUIRE(db::buildDemo(database, &pictures).ok());
    db::ActivityFilter filter;
    filter.kind = db::ActivityKind::CoordinationMeeting;
    auto meetings = db::ActivityRepository(database).list(filter);
    REQUIRE(meetings.ok());
    REQUIRE(meetings->size() == 2);
    const qint64 lubukBesar = meetings->at(0).id;
    const qint64 koba = meetings->at(1).id;

    const auto cameNames = [&](qint64 id) {
        auto rows = db::AttendanceRepository(database).rows(id);
        REQUIRE(rows.ok());
        QStringList names;
        for (const db::AttendanceRow &row : *rows) {
            if (row.attended) {
                names << row.name;
            }
        }
        return names;
    };
    const QStringList lubukBesarCame = cameNames(lubukBesar);
    CHECK(lubukBesarCame.contains(QStringLiteral("H. Sahabudin, S.Sos.")));
    CHECK(lubukBesarCame.contains(QStringLiteral("IPTU Ridwan Kamil Syah")));
    auto counts = db::AttendanceRepository(database).counts(lubukBesar);
    REQUIRE(counts.ok());
    CHECK(counts->byInstitutionKind.value(QStringLiteral("village_office")) >= 3); // kepala desa
    CHECK(counts->walkIns == 1);
    CHECK(counts->invited - counts->invitedCame == 1); // one kepala desa sent word
    const QStringList kobaCame = cameNames(koba);
    for (const char *name : {"Wahyu Tri Buwono", "Candra Buansyah", "Yaumil Ikrom"}) {
        CHECK(kobaCame.contains(QLatin1String(name)));
    }

    auto minutes = db::MinutesRepository(database).find(lubukBesar);
    REQUIRE(minutes.ok());
    REQUIRE(minutes->has_value());
    const QStringList said = [&] {
        QStringList texts;
        for (const db::MinutesPoint &point : (*minutes)->points) {
            texts << point.speaker + QStringLiteral(": ") + point.text;
        }
        return texts;
    }();
    CHECK(said.at(0).contains(QStringLiteral("berkomitmen")));
    CHECK(said.at(1).startsWith(QStringLiteral("Win Iskandar")));
    CHECK(said.join(u' ').contains(QStringLiteral("melaporkan dugaan pelanggaran")));
    CHECK((*db::MinutesRepository(database).find(koba))->chair ==
          QStringLiteral("Wahyu Tri Buwono"));

    db::PhotoRepository photos(database);
    for (qint64 id : {lubukBesar, koba}) {
        auto list = photos.list(id);
        REQUIRE(list.ok());
        REQUIRE(list->size() == 2);
        for (const db::Photo &photo : *list) {
            CHECK_FALSE(photo.caption.isEmpty());
            CHECK(photo.width == 1200);
            CHECK(QFileInfo::exists(*photos.absolutePath(photo.displayPath)));
        }
    }
    CHECK(photos.list(lubukBesar)->first().caption.contains(QStringLiteral("Sahabudin")));

    // The done visits have their attendance; the Lubuk Besar meeting's open item
    // waits at Desa Kulur's later sosialisasi.
    auto missing = db::ActivityRecords(database).missing();
    REQUIRE(missing.ok());
    for (const db::MissingRecords &row : *missing) {
        CHECK_FALSE(row.attendance);
    }
    auto open = db::FollowUpRepository(database).open();
    REQUIRE(open.ok());
    CHECK(open->size() == 3); // Lubuk Besar's posters, Koba's schedule, the banner of a visit
    auto kulur = db::ActivityRepository(database).list(
        {.regionCode = QStringLiteral("19.04.06.2004"), .kind = db::ActivityKind::Socialisation});
    REQUIRE(kulur.ok());
    REQUIRE(kulur->size() == 1);
    auto carried = db::FollowUpRepository(database).openFor(kulur->first().id);
    REQUIRE(carried.ok());
    REQUIRE_FALSE(carried->isEmpty());
    CHECK(carried->first().activityId == lubukBesar);
    CHECK(carried->first().description.contains(QStringLiteral("saluran pengaduan")));
    auto report = db::checkDatabase(database);
    REQUIRE(report.ok());
    CHECK(report->sound());
}
