// SPDX-License-Identifier: GPL-3.0-or-later
// Activities: adding with officers, default venue, listing by filter,
// rescheduling history, status rules and version conflicts.
#include "activities.h"
#include "attendance.h"
#include "audit.h"
#include "query.h"
#include "registerfixture.h"

using namespace sisambang;

namespace {

db::Activity visit(const QString &desa, const QDate &date)
{
    db::Activity activity;
    activity.regionCode = desa;
    activity.date = date;
    activity.start = QTime(9, 0);
    activity.end = QTime(11, 0);
    activity.topic = QStringLiteral("Netralitas aparatur desa");
    return activity;
}

} // namespace

TEST_CASE("An activity is stored with its officers and the desa office as default venue",
          "[activities]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 officer = test::addPerson(database, QStringLiteral("Yaumil Ikrom"));
    db::ActivityRepository activities(database);
    db::Activity activity = visit(QStringLiteral("19.04.01.2003"), QDate(2023, 3, 6));
    activity.officers = {{officer, db::OfficerRole::Speaker}};
    auto id = activities.add(activity);
    REQUIRE(id.ok());

    auto stored = activities.find(*id);
    REQUIRE(stored.ok());
    CHECK(stored->venue == QStringLiteral("Kantor Desa Nibung"));
    CHECK(stored->regionName == QStringLiteral("Desa Nibung"));
    CHECK(stored->districtCode == QStringLiteral("19.04.01"));
    CHECK(stored->districtName == QStringLiteral("Koba"));
    CHECK(stored->start == QTime(9, 0));
    CHECK(stored->end == QTime(11, 0));
    REQUIRE(stored->officers.size() == 1);
    CHECK(stored->officers.first().name == QStringLiteral("Yaumil Ikrom"));
    CHECK(stored->officers.first().role == db::OfficerRole::Speaker);
    CHECK(stored->status == db::ActivityStatus::Planned);

    auto entries = db::AuditLog(database).entries({});
    REQUIRE(entries.ok());
    REQUIRE_FALSE(entries->isEmpty());
    CHECK(entries->first().entity == QStringLiteral("activity"));
    CHECK(entries->first().after.value(QStringLiteral("venue")).toString() ==
          QStringLiteral("Kantor Desa Nibung"));
}

TEST_CASE("Bad activities are refused with the field named", "[activities]")
{
    test::TestDatabase fixture;
    db::ActivityRepository activities(fixture.db());
    db::Activity activity = visit(QStringLiteral("19.04"), QDate(2023, 3, 6));
    auto problems = activities.validate(activity);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == QStringLiteral("region"));

    activity.regionCode = QStringLiteral("19.04.01.2003");
    activity.end = QTime(8, 0);
    problems = activities.validate(activity);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == QStringLiteral("time"));
    CHECK_FALSE(activities.add(activity).ok());

    activity.end = QTime(12, 0);
    activity.officers = {{424242, db::OfficerRole::Companion}};
    CHECK(activities.validate(activity).first().field == QStringLiteral("officers"));
    auto count = db::Query(fixture.db(), QStringLiteral("SELECT count(*) FROM activity")).scalar();
    CHECK(count->toInt() == 0);
}

TEST_CASE("Adding many activities is all or nothing and leaves the audit to the caller",
          "[activities]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 officer = test::addPerson(database, QStringLiteral("Yaumil Ikrom"));
    db::ActivityRepository activities(database);
    auto count = [&](const QString &table) {
        return db::Query(database, QStringLiteral("SELECT count(*) FROM %1").arg(table))
            .scalar()
            ->toInt();
    };
    const int auditBefore = count(QStringLiteral("audit_log"));

    QList<db::Activity> plan;
    plan << visit(QStringLiteral("19.04.01.2003"), QDate(2023, 3, 6));
    plan << visit(QStringLiteral("19.04.01.2005"), QDate(2023, 3, 7));
    plan.last().end = QTime(8, 0); // ends before it starts
    plan << visit(QStringLiteral("19.04.01.2003"), QDate(2023, 3, 8));
    for (db::Activity &activity : plan) {
        activity.officers = {{officer, db::OfficerRole::Companion}};
    }
    auto refused = activities.addAll(plan);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("2023-03-07")));
    CHECK(refused.error().message.contains(QStringLiteral("19.04.01.2005")));
    CHECK(count(QStringLiteral("activity")) == 0);
    CHECK(count(QStringLiteral("activity_officer")) == 0);

    plan[1].end = QTime(12, 0);
    auto ids = activities.addAll(plan);
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 3);
    CHECK(ids->at(0) < ids->at(1));
    CHECK(ids->at(1) < ids->at(2));
    auto second = activities.find(ids->at(1));
    REQUIRE(second.ok());
    CHECK(second->date == QDate(2023, 3, 7));
    CHECK(second->venue.startsWith(QStringLiteral("Kantor ")));
    REQUIRE(second->officers.size() == 1);
    CHECK(second->officers.first().personId == officer);
    CHECK(count(QStringLiteral("activity_officer")) == 3);
    CHECK(count(QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("Listing filters by window region status and officer", "[activities]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 officer = test::addPerson(database, QStringLiteral("Wahyu Tri Buwono"));
    db::ActivityRepository activities(database);
    db::Activity koba = visit(QStringLiteral("19.04.01.2003"), QDate(2023, 3, 7));
    koba.officers = {{officer, db::OfficerRole::Companion}};
    REQUIRE(activities.add(koba).ok());
    REQUIRE(activities.add(visit(QStringLiteral("19.04.06.2001"), QDate(2023, 3, 6))).ok());
    REQUIRE(activities.add(visit(QStringLiteral("19.04.01.2005"), QDate(2023, 4, 3))).ok());

    auto all = activities.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).date == QDate(2023, 3, 6)); // ordered by date
    CHECK(all->at(1).officers.size() == 1);

    db::ActivityFilter march;
    march.from = QDate(2023, 3, 1);
    march.to = QDate(2023, 3, 31);
    CHECK(activities.list(march)->size() == 2);
    march.regionCode = QStringLiteral("19.04.01");
    CHECK(activities.list(march)->size() == 1);
    db::ActivityFilter byOfficer;
    byOfficer.officerId = officer;
    REQUIRE(activities.list(byOfficer)->size() == 1);
    CHECK(activities.list(byOfficer)->first().regionCode == QStringLiteral("19.04.01.2003"));
}

TEST_CASE("Rescheduling keeps the history and needs a reason", "[activities]")
{
    test::TestDatabase fixture;
    db::ActivityRepository activities(fixture.db());
    auto id = activities.add(visit(QStringLiteral("19.04.01.2003"), QDate(2023, 3, 6)));
    REQUIRE(id.ok());
    CHECK_FALSE(
        activities
            .reschedule(*id, 1, QDate(2023, 3, 8), QTime(9, 0), QTime(11, 0), QStringLiteral("  "))
            .ok());
    REQUIRE(activities.setStatus(*id, 1, db::ActivityStatus::Postponed).ok());
    auto moved = activities.reschedule(*id, 2, QDate(2023, 3, 8), QTime(13, 30), QTime(15, 0),
                                       QStringLiteral("Kepala desa dinas luar"));
    REQUIRE(moved.ok());
    auto stored = activities.find(*id);
    CHECK(stored->date == QDate(2023, 3, 8));
    CHECK(stored->start == QTime(13, 30));
    CHECK(stored->status == db::ActivityStatus::Planned);

    // A stale version is a conflict, not an overwrite.
    auto stale = activities.reschedule(*id, 2, QDate(2023, 3, 9), QTime(9, 0), QTime(11, 0),
                                       QStringLiteral("Lagi"));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == db::Error::Code::Conflict);

    auto history = activities.history(*id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().oldDate == QDate(2023, 3, 6));
    CHECK(history->first().newDate == QDate(2023, 3, 8));
    CHECK(history->first().oldStart == QTime(9, 0));
    CHECK(history->first().reason == QStringLiteral("Kepala desa dinas luar"));

    // Date changes never slip through update().
    stored->date = QDate(2023, 3, 10);
    CHECK_FALSE(activities.update(*stored).ok());
}

TEST_CASE("Status changes follow the activity's lifecycle", "[activities]")
{
    test::TestDatabase fixture;
    db::ActivityRepository activities(fixture.db());
    auto id = activities.add(visit(QStringLiteral("19.04.01.2003"), QDate(2023, 3, 6)));
    REQUIRE(id.ok());
    REQUIRE(db::AttendanceRepository(fixture.db())
                .addWalkIn(*id, {.name = QStringLiteral("Kepala Desa Nibung")})
                .ok());
    REQUIRE(activities.setStatus(*id, 1, db::ActivityStatus::Done).ok());
    CHECK_FALSE(activities.setStatus(*id, 2, db::ActivityStatus::Postponed).ok());
    CHECK_FALSE(activities.remove(*id, 2).ok()); // done activities stay
    CHECK_FALSE(
        activities
            .reschedule(*id, 2, QDate(2023, 3, 9), QTime(9, 0), QTime(10, 0), QStringLiteral("x"))
            .ok());
    REQUIRE(activities.setStatus(*id, 2, db::ActivityStatus::Planned).ok());
    REQUIRE(activities.remove(*id, 3).ok());
    CHECK(activities.find(*id).error().code == db::Error::Code::NotFound);
}

TEST_CASE("Updating an activity checks its version and keeps officers", "[activities]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 a = test::addPerson(database, QStringLiteral("Yaumil Ikrom"));
    const qint64 b = test::addPerson(database, QStringLiteral("Wahyu Tri Buwono"));
    db::ActivityRepository activities(database);
    auto id = activities.add(visit(QStringLiteral("19.04.06.2001"), QDate(2023, 3, 6)));
    REQUIRE(id.ok());
    auto first = activities.find(*id);
    auto second = activities.find(*id);
    first->venue = QStringLiteral("Balai Desa");
    first->officers = {{b, db::OfficerRole::Speaker}, {a, db::OfficerRole::MinuteTaker}};
    REQUIRE(activities.update(*first).ok());
    CHECK(first->version == 2);
    second->notes = QStringLiteral("other copy");
    auto conflict = activities.update(*second);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == db::Error::Code::Conflict);
    auto stored = activities.find(*id);
    CHECK(stored->venue == QStringLiteral("Balai Desa"));
    REQUIRE(stored->officers.size() == 2);
    CHECK(stored->officers.at(0).personId == b);
    CHECK(stored->officers.at(1).role == db::OfficerRole::MinuteTaker);
}
