// SPDX-License-Identifier: GPL-3.0-or-later
// activity_turnout (migration 9): the counts of who came that triggers keep,
// against the attendance rows after every kind of change.
#include "check.h"
#include "query.h"
#include "recapfixture.h"

using namespace sisambang;

using test::RecapFixture;

namespace {

struct Turnout
{
    int total = 0;
    int male = 0;
    int female = 0;
    bool operator==(const Turnout &) const = default;
};

std::ostream &operator<<(std::ostream &out, const Turnout &turnout)
{
    return out << turnout.total << " (" << turnout.male << " male, " << turnout.female
               << " female)";
}

Turnout turnoutOf(db::Database &database, qint64 activityId)
{
    db::Query query(database, QStringLiteral("SELECT total, male, female FROM activity_turnout "
                                             "WHERE activity_id = ?"));
    query.bind(activityId);
    REQUIRE(query.exec().ok());
    if (!query.next()) {
        return {};
    }
    return {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
}

QStringList problems(db::Database &database)
{
    auto report = db::checkDatabase(database);
    REQUIRE(report.ok());
    return report->problems;
}

void run(db::Database &database, const QString &sql)
{
    auto done = db::execute(database, sql);
    INFO(sql.toStdString() << ": " << (done ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());
}

qint64 idOf(db::Database &database, const QString &sql)
{
    db::Query query(database, sql);
    auto value = query.scalar();
    REQUIRE(value.ok());
    return value->toLongLong();
}

} // namespace

TEST_CASE("Who came is counted per activity as attendance is written and removed", "[turnout]")
{
    RecapFixture fixture;
    auto &database = fixture.database.db();
    CHECK(problems(database).isEmpty());
    const qint64 nibung =
        idOf(database, QStringLiteral("SELECT id FROM activity WHERE date = '2023-03-06'"));
    // Two invited (a man, a woman) and a woman who walked in.
    CHECK(turnoutOf(database, nibung) == Turnout{3, 1, 2});

    SECTION("A walk-in of unknown gender counts in the total only, and removed, not at all")
    {
        db::WalkIn walkIn;
        walkIn.name = QStringLiteral("Warga Nibung");
        auto id = db::AttendanceRepository(database).addWalkIn(nibung, walkIn);
        REQUIRE(id.ok());
        CHECK(turnoutOf(database, nibung) == Turnout{4, 1, 2});
        REQUIRE(db::AttendanceRepository(database).removeWalkIn(*id).ok());
        CHECK(turnoutOf(database, nibung) == Turnout{3, 1, 2});
    }
    SECTION("Unticking an invited man takes him off")
    {
        REQUIRE(db::AttendanceRepository(database).setAttended(nibung, 1, false).ok());
        CHECK(turnoutOf(database, nibung) == Turnout{2, 0, 2});
        REQUIRE(db::AttendanceRepository(database).setAttended(nibung, 1, true).ok());
        CHECK(turnoutOf(database, nibung) == Turnout{3, 1, 2});
    }
    SECTION("A corrected gender on the invitation or on the walk-in's row")
    {
        run(database, QStringLiteral("UPDATE activity_invitee SET gender = 'female' WHERE "
                                     "activity_id = %1 AND number = 1")
                          .arg(nibung));
        CHECK(turnoutOf(database, nibung) == Turnout{3, 0, 3});
        run(database, QStringLiteral("UPDATE activity_attendance SET gender = NULL WHERE "
                                     "activity_id = %1 AND invitee_id IS NULL")
                          .arg(nibung));
        CHECK(turnoutOf(database, nibung) == Turnout{3, 0, 2});
    }
    SECTION("A row moved to another activity counts there")
    {
        const qint64 kurau =
            idOf(database, QStringLiteral("SELECT id FROM activity WHERE date = '2023-03-07'"));
        CHECK(turnoutOf(database, kurau) == Turnout{1, 1, 0});
        run(database, QStringLiteral("UPDATE activity_attendance SET activity_id = %1, number = "
                                     "99 WHERE activity_id = %2 AND invitee_id IS NULL")
                          .arg(kurau)
                          .arg(nibung));
        CHECK(turnoutOf(database, nibung) == Turnout{2, 1, 1});
        CHECK(turnoutOf(database, kurau) == Turnout{2, 1, 1});
    }
    SECTION("A removed invitation takes its attendance and its count along")
    {
        run(database, QStringLiteral("DELETE FROM activity_invitee WHERE activity_id = %1 AND "
                                     "number = 2")
                          .arg(nibung));
        CHECK(turnoutOf(database, nibung) == Turnout{2, 1, 1});
    }
    SECTION("A removed activity leaves no count behind")
    {
        run(database, QStringLiteral("DELETE FROM activity WHERE id = %1").arg(nibung));
        CHECK(idOf(database, QStringLiteral("SELECT count(*) FROM activity_turnout WHERE "
                                            "activity_id = %1")
                                 .arg(nibung)) == 0);
    }
    CHECK(problems(database).isEmpty());
}

TEST_CASE("The check finds a count of who came that differs from the attendance", "[turnout]")
{
    RecapFixture fixture;
    auto &database = fixture.database.db();
    const qint64 nibung =
        idOf(database, QStringLiteral("SELECT id FROM activity WHERE date = '2023-03-06'"));
    run(database, QStringLiteral("UPDATE activity_turnout SET male = male + 1 WHERE activity_id "
                                 "= %1")
                      .arg(nibung));
    CHECK(problems(database) ==
          QStringList{QStringLiteral("Activity %1: the count of who came does not match its "
                                     "attendance list.")
                          .arg(nibung)});
}
