// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule's clash rules, one test each, over stored activities (find) and
// candidates not yet saved (check), and accepting a clash with its reason.
#include "audit.h"
#include "clashes.h"
#include "schedulefixture.h"

using namespace sisambang;
using db::ClashRule;

namespace {

const QString nibung = QStringLiteral("19.04.01.2003");
const QString guntung = QStringLiteral("19.04.01.2006");
const QString perlang = QStringLiteral("19.04.06.2001");

QList<db::Clash> ofRule(const QList<db::Clash> &clashes, ClashRule rule)
{
    QList<db::Clash> found;
    for (const db::Clash &clash : clashes) {
        if (clash.rule == rule) {
            found << clash;
        }
    }
    return found;
}

QList<db::Clash> findAll(db::Database &database)
{
    auto clashes = db::ClashDetector(database).find({});
    INFO((clashes ? QString() : clashes.error().message).toStdString());
    REQUIRE(clashes.ok());
    return *clashes;
}

} // namespace

TEST_CASE("Clash rule keys round trip", "[clashes]")
{
    for (auto rule :
         {ClashRule::OfficerDoubleBooked, ClashRule::SameVillageSameDay, ClashRule::NonWorkingDay,
          ClashRule::OutsideAgreement, ClashRule::VillageNotCovered}) {
        CHECK(db::clashRuleFromKey(db::clashRuleKey(rule)) == rule);
    }
    CHECK_FALSE(db::clashRuleFromKey(u"nonsense").has_value());
}

TEST_CASE("Clash: an officer in two places at overlapping times", "[clashes]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 wahyu = test::addPerson(database, QStringLiteral("Wahyu Tri Buwono"));
    const qint64 rina = test::addPerson(database, QStringLiteral("Rina Marlina"));
    const QDate monday(2023, 3, 6);
    db::Activity morning = test::activityAt(nibung, monday, QTime(9, 0), QTime(12, 0));
    morning.officers = {{wahyu, db::OfficerRole::Speaker}};
    db::Activity overlapping = test::activityAt(perlang, monday, QTime(11, 0), QTime(13, 0));
    overlapping.officers = {{wahyu, db::OfficerRole::Companion}, {rina}};
    db::Activity afterwards = test::activityAt(guntung, monday, QTime(13, 30), QTime(16, 0));
    afterwards.officers = {{wahyu, db::OfficerRole::Speaker}};
    const qint64 a = test::addActivity(database, morning);
    const qint64 b = test::addActivity(database, overlapping);
    test::addActivity(database, afterwards); // 13.30 touches nobody's time

    const auto clashes = ofRule(findAll(database), ClashRule::OfficerDoubleBooked);
    REQUIRE(clashes.size() == 1);
    CHECK(clashes.first().activityId == a); // a pair is listed once, smaller id first
    CHECK(clashes.first().otherActivityId == b);
    CHECK(clashes.first().candidate == -1);
    CHECK(clashes.first().message.contains(QStringLiteral("Wahyu Tri Buwono")));
    CHECK(clashes.first().message.contains(QStringLiteral("2023-03-06")));
    CHECK_FALSE(clashes.first().accepted);

    // Filtered to one side, the clash still shows with its partner outside the filter.
    db::ActivityFilter koba;
    koba.regionCode = QStringLiteral("19.04.01");
    auto filtered = db::ClashDetector(database).find(koba);
    REQUIRE(filtered.ok());
    CHECK(ofRule(*filtered, ClashRule::OfficerDoubleBooked).size() == 1);
}

TEST_CASE("Clash: two activities in one desa on one day", "[clashes]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const QDate tuesday(2023, 3, 7);
    const qint64 a = test::addActivity(database, test::activityAt(nibung, tuesday));
    const qint64 b =
        test::addActivity(database, test::activityAt(nibung, tuesday, QTime(13, 30), QTime(15, 0)));
    test::addActivity(database, test::activityAt(nibung, tuesday.addDays(1)));
    test::addActivity(database, test::activityAt(guntung, tuesday));

    const auto clashes = ofRule(findAll(database), ClashRule::SameVillageSameDay);
    REQUIRE(clashes.size() == 1);
    CHECK(clashes.first().activityId == a);
    CHECK(clashes.first().otherActivityId == b);
    CHECK(clashes.first().message.contains(QStringLiteral("Desa Nibung")));
    // Meetings held for a whole kecamatan are not a desa's clash.
    test::addActivity(database, test::activityAt(QStringLiteral("19.04.01"), tuesday));
    test::addActivity(database, test::activityAt(QStringLiteral("19.04.01"), tuesday));
    CHECK(ofRule(findAll(database), ClashRule::SameVillageSameDay).size() == 1);
}

TEST_CASE("Clash: weekends holidays and cuti bersama from the holiday table", "[clashes]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 saturday =
        test::addActivity(database, test::activityAt(nibung, QDate(2023, 3, 11)));
    const qint64 sunday =
        test::addActivity(database, test::activityAt(guntung, QDate(2023, 3, 12)));
    const qint64 nyepi = test::addActivity(database, test::activityAt(perlang, QDate(2023, 3, 22)));
    const qint64 leave = test::addActivity(database, test::activityAt(nibung, QDate(2023, 4, 21)));
    test::addActivity(database, test::activityAt(guntung, QDate(2023, 3, 21))); // a Tuesday

    const auto clashes = ofRule(findAll(database), ClashRule::NonWorkingDay);
    REQUIRE(clashes.size() == 4);
    QHash<qint64, QString> messages;
    for (const db::Clash &clash : clashes) {
        CHECK(clash.otherActivityId == 0);
        messages.insert(clash.activityId, clash.message);
    }
    CHECK(messages.value(saturday).contains(QStringLiteral("Saturday")));
    CHECK(messages.value(sunday).contains(QStringLiteral("Sunday")));
    CHECK(messages.value(nyepi).contains(QStringLiteral("Nyepi")));
    CHECK(messages.value(leave).contains(QStringLiteral("Cuti bersama Idul Fitri")));
}

TEST_CASE("Clash: an activity outside its agreement's validity", "[clashes]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 agreement = test::addAgreement(database, {nibung}, db::AgreementStatus::Signed,
                                                QDate(2023, 3, 1), QDate(2023, 3, 31));
    db::Activity before = test::activityAt(nibung, QDate(2023, 2, 27));
    before.agreementId = agreement;
    db::Activity inside = test::activityAt(nibung, QDate(2023, 3, 14));
    inside.agreementId = agreement;
    db::Activity after = test::activityAt(nibung, QDate(2023, 4, 3));
    after.agreementId = agreement;
    const qint64 early = test::addActivity(database, before);
    test::addActivity(database, inside);
    const qint64 late = test::addActivity(database, after);

    const auto clashes = ofRule(findAll(database), ClashRule::OutsideAgreement);
    REQUIRE(clashes.size() == 2);
    CHECK(clashes.at(0).activityId == early);
    CHECK(clashes.at(1).activityId == late);
    CHECK(clashes.at(1).message.contains(QStringLiteral("2023-03-31")));
}

TEST_CASE("Clash: an activity in a desa its agreement does not cover", "[clashes]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 agreement = test::addAgreement(database, {nibung, guntung});
    db::Activity covered = test::activityAt(nibung, QDate(2023, 3, 6));
    covered.agreementId = agreement;
    db::Activity elsewhere = test::activityAt(perlang, QDate(2023, 3, 7));
    elsewhere.agreementId = agreement;
    db::Activity kecamatanMeeting = test::activityAt(QStringLiteral("19.04.01"), QDate(2023, 3, 8));
    kecamatanMeeting.agreementId = agreement; // Koba: some desa of it are covered
    db::Activity otherKecamatan = test::activityAt(QStringLiteral("19.04.06"), QDate(2023, 3, 9));
    otherKecamatan.agreementId = agreement;
    test::addActivity(database, covered);
    const qint64 outside = test::addActivity(database, elsewhere);
    test::addActivity(database, kecamatanMeeting);
    const qint64 lubukBesar = test::addActivity(database, otherKecamatan);

    const auto clashes = ofRule(findAll(database), ClashRule::VillageNotCovered);
    REQUIRE(clashes.size() == 2);
    CHECK(clashes.at(0).activityId == outside);
    CHECK(clashes.at(0).message.contains(QStringLiteral("Desa Perlang")));
    CHECK(clashes.at(1).activityId == lubukBesar);
}

TEST_CASE("Clash: cancelled activities never clash", "[clashes]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 officer = test::addPerson(database, QStringLiteral("Dedi Saputra"));
    const qint64 agreement = test::addAgreement(database, {guntung});
    db::Activity sunday = test::activityAt(nibung, QDate(2023, 3, 12));
    sunday.agreementId = agreement; // Sunday, and Nibung is not covered
    sunday.officers = {{officer}};
    db::Activity sameTime = test::activityAt(nibung, QDate(2023, 3, 12));
    sameTime.officers = {{officer}};
    const qint64 a = test::addActivity(database, sunday);
    const qint64 b = test::addActivity(database, sameTime);
    CHECK(findAll(database).size() == 5); // 2 non-working days, 1 not covered, 2 pair rules ...
    db::ActivityRepository activities(database);
    REQUIRE(activities.setStatus(a, 1, db::ActivityStatus::Cancelled).ok());
    const auto left = findAll(database);
    REQUIRE(left.size() == 1); // ... only b's Sunday is left
    CHECK(left.first().activityId == b);
    CHECK(left.first().rule == ClashRule::NonWorkingDay);
    REQUIRE(activities.setStatus(b, 1, db::ActivityStatus::Cancelled).ok());
    CHECK(findAll(database).isEmpty());

    // A cancelled candidate is not checked either.
    db::Activity candidate = sunday;
    candidate.status = db::ActivityStatus::Cancelled;
    auto checked = db::ClashDetector(database).check({candidate});
    REQUIRE(checked.ok());
    CHECK(checked->isEmpty());
}

TEST_CASE("Clash check of unsaved candidates and of an edit", "[clashes]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 officer = test::addPerson(database, QStringLiteral("Nurul Fitriani, S.Pd."));
    db::Activity stored = test::activityAt(nibung, QDate(2023, 3, 6));
    stored.officers = {{officer}};
    const qint64 storedId = test::addActivity(database, stored);

    db::Activity first = test::activityAt(guntung, QDate(2023, 3, 6), QTime(10, 0), QTime(11, 0));
    first.officers = {{officer}}; // no name given: the check reads it
    db::Activity second = test::activityAt(perlang, QDate(2023, 3, 7));
    db::Activity third = test::activityAt(perlang, QDate(2023, 3, 7), QTime(13, 30), QTime(16, 0));
    db::ClashDetector clashes(database);
    auto found = clashes.check({first, second, third});
    REQUIRE(found.ok());
    REQUIRE(found->size() == 2);
    const auto officerClash = ofRule(*found, ClashRule::OfficerDoubleBooked);
    REQUIRE(officerClash.size() == 1);
    CHECK(officerClash.first().activityId == 0);
    CHECK(officerClash.first().candidate == 0);
    CHECK(officerClash.first().otherActivityId == storedId);
    CHECK(officerClash.first().otherCandidate == -1);
    CHECK(officerClash.first().message.contains(QStringLiteral("Nurul Fitriani")));
    const auto village = ofRule(*found, ClashRule::SameVillageSameDay);
    REQUIRE(village.size() == 1);
    CHECK(village.first().candidate == 1);
    CHECK(village.first().otherCandidate == 2);
    CHECK(village.first().message.contains(QStringLiteral("Desa Perlang")));
    CHECK(test::countRows(database, QStringLiteral("activity")) == 1); // nothing written

    // An edit replaces the stored activity: moved to Guntung's day it clashes
    // with the candidate there, not with its own old self.
    auto edit = db::ActivityRepository(database).find(storedId);
    REQUIRE(edit.ok());
    edit->date = QDate(2023, 3, 8);
    auto moved = clashes.check({*edit});
    REQUIRE(moved.ok());
    CHECK(moved->isEmpty());
    edit->date = QDate(2023, 3, 11); // a Saturday
    moved = clashes.check({*edit});
    REQUIRE(moved.ok());
    REQUIRE(moved->size() == 1);
    CHECK(moved->first().activityId == storedId);
    CHECK(moved->first().candidate == 0);
}

TEST_CASE("Accepting a clash keeps the reason and an audit entry", "[clashes]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const qint64 a = test::addActivity(database, test::activityAt(nibung, QDate(2023, 3, 7)));
    const qint64 b = test::addActivity(
        database, test::activityAt(nibung, QDate(2023, 3, 7), QTime(13, 30), QTime(15, 0)));
    const qint64 saturday =
        test::addActivity(database, test::activityAt(guntung, QDate(2023, 3, 11)));
    db::ClashDetector clashes(database);

    CHECK_FALSE(clashes.accept(a, ClashRule::SameVillageSameDay, b, QStringLiteral("  ")).ok());
    CHECK_FALSE(clashes.accept(a, ClashRule::SameVillageSameDay, 0, QStringLiteral("x")).ok());
    CHECK_FALSE(clashes.accept(saturday, ClashRule::NonWorkingDay, a, QStringLiteral("x")).ok());
    // Only a clash that is there can be accepted.
    auto absent = clashes.accept(a, ClashRule::NonWorkingDay, 0, QStringLiteral("x"));
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.error().code == db::Error::Code::Invalid);
    CHECK(test::countRows(database, QStringLiteral("activity_clash_acceptance")) == 0);

    // Named from either side, the pair's acceptance is the same.
    REQUIRE(clashes
                .accept(b, ClashRule::SameVillageSameDay, a,
                        QStringLiteral("Sambang pagi, sosialisasi karang taruna sore"))
                .ok());
    REQUIRE(clashes
                .accept(saturday, ClashRule::NonWorkingDay, 0,
                        QStringLiteral("Karang taruna hanya bisa hari Sabtu"))
                .ok());
    auto again = clashes.accept(a, ClashRule::SameVillageSameDay, b, QStringLiteral("lagi"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == db::Error::Code::Conflict);

    const auto all = findAll(database);
    REQUIRE(all.size() == 2);
    for (const db::Clash &clash : all) {
        CHECK(clash.accepted);
    }
    CHECK(ofRule(all, ClashRule::SameVillageSameDay).first().acceptedReason ==
          QStringLiteral("Sambang pagi, sosialisasi karang taruna sore"));
    CHECK(ofRule(all, ClashRule::NonWorkingDay).first().acceptedReason ==
          QStringLiteral("Karang taruna hanya bisa hari Sabtu"));

    db::AuditFilter filter;
    filter.entity = QStringLiteral("activity");
    filter.entityId = saturday;
    auto entries = db::AuditLog(database).entries(filter);
    REQUIRE(entries.ok());
    REQUIRE_FALSE(entries->isEmpty());
    CHECK(entries->first().summary.contains(QStringLiteral("Karang taruna hanya bisa hari Sabtu")));
    CHECK(entries->first().after.value(QStringLiteral("rule")).toString() ==
          QStringLiteral("non_working_day"));
}
