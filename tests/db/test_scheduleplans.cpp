// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule planner over a real database: the agreement's desa, the 2023
// holiday table, officers already busy, drafts and saving in one transaction.
#include "audit.h"
#include "holidays.h"
#include "schedulefixture.h"
#include "scheduleplans.h"

#include <QMap>

using namespace sisambang;

namespace {

struct Office
{
    qint64 agreement = 0;
    QList<db::OfficerTeam> teams;
    QStringList villages; // Koba and Lubuk Besar: 20 kelurahan/desa
};

Office kobaAndLubukBesar(db::Database &database,
                         db::AgreementStatus status = db::AgreementStatus::Signed)
{
    Office office;
    office.villages = test::villagesUnder(database, QStringLiteral("19.04.01")) +
                      test::villagesUnder(database, QStringLiteral("19.04.06"));
    office.agreement = test::addAgreement(database, office.villages, status);
    const qint64 wahyu = test::addPerson(database, QStringLiteral("Wahyu Tri Buwono"));
    const qint64 dedi = test::addPerson(database, QStringLiteral("Dedi Saputra, S.H."));
    const qint64 nurul = test::addPerson(database, QStringLiteral("Nurul Fitriani, S.Pd."));
    const qint64 rina = test::addPerson(database, QStringLiteral("Rina Marlina"));
    office.teams = {{{wahyu, dedi}, QStringLiteral("Tim 1")},
                    {{nurul, rina}, QStringLiteral("Tim 2")}};
    return office;
}

db::PlanOptions march(const Office &office)
{
    db::PlanOptions options;
    options.agreementId = office.agreement;
    options.from = QDate(2023, 3, 6);
    options.to = QDate(2023, 5, 31);
    options.perDay = 2;
    options.teams = office.teams;
    options.topic = QStringLiteral("Netralitas aparatur desa");
    return options;
}

db::PlanDraft draftOrFail(db::Database &database, const db::PlanOptions &options)
{
    auto draft = db::SchedulePlanner(database).draft(options);
    INFO((draft ? QString() : draft.error().message).toStdString());
    REQUIRE(draft.ok());
    return *draft;
}

} // namespace

TEST_CASE("Plan: every covered desa once on working days of the 2023 holiday table", "[plans]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const Office office = kobaAndLubukBesar(database);
    db::PlanOptions options = march(office);
    options.perDay = 1; // one a day: the plan runs over Nyepi, 20 working days
    options.from = QDate(2023, 3, 13);
    options.blackouts = {QDate(2023, 3, 14)};
    const db::PlanDraft draft = draftOrFail(database, options);
    REQUIRE(draft.plan.complete());
    REQUIRE(draft.activities.size() == 20);
    CHECK(draft.villages.size() == 20);
    CHECK_FALSE(draft.draftAgreement);
    CHECK(draft.clashes.isEmpty());

    QSet<QString> visited;
    QSet<QDate> days;
    auto holidays = db::HolidayRepository(database).between(options.from, options.to);
    REQUIRE(holidays.ok());
    QSet<QDate> holidayDates;
    for (const db::Holiday &holiday : *holidays) {
        holidayDates.insert(holiday.date);
    }
    REQUIRE(holidayDates.contains(QDate(2023, 3, 22))); // Nyepi
    REQUIRE(holidayDates.contains(QDate(2023, 4, 21))); // cuti bersama Idul Fitri
    for (const db::Activity &activity : draft.activities) {
        CHECK(activity.date.dayOfWeek() <= 5);
        CHECK_FALSE(holidayDates.contains(activity.date));
        CHECK(activity.date != QDate(2023, 3, 14)); // blackout
        CHECK(activity.id == 0);
        CHECK(activity.agreementId == office.agreement);
        CHECK(activity.kind == db::ActivityKind::VillageVisit);
        CHECK(activity.topic == QStringLiteral("Netralitas aparatur desa"));
        CHECK(activity.status == db::ActivityStatus::Planned);
        CHECK_FALSE(activity.draftPlan);
        REQUIRE(activity.officers.size() == 2);
        CHECK(activity.officers.at(0).role == db::OfficerRole::Speaker);
        CHECK(activity.officers.at(1).role == db::OfficerRole::Companion);
        CHECK_FALSE(activity.officers.at(0).name.isEmpty());
        visited.insert(activity.regionCode);
        days.insert(activity.date);
    }
    CHECK(visited.size() == 20);
    CHECK(days.size() == 20);
    CHECK_FALSE(days.contains(QDate(2023, 3, 22)));
    CHECK_FALSE(days.contains(QDate(2023, 3, 23))); // cuti bersama Nyepi

    // Kelurahan and desa get their own office as the venue; kecamatan names come along.
    QHash<QString, db::Activity> byDesa;
    for (const db::Activity &activity : draft.activities) {
        byDesa.insert(activity.regionCode, activity);
    }
    CHECK(byDesa.value(QStringLiteral("19.04.01.2003")).venue ==
          QStringLiteral("Kantor Desa Nibung"));
    CHECK(byDesa.value(QStringLiteral("19.04.01.1017")).venue ==
          QStringLiteral("Kantor Kelurahan Berok"));
    CHECK(byDesa.value(QStringLiteral("19.04.01.1017")).regionName ==
          QStringLiteral("Kelurahan Berok"));
    CHECK(byDesa.value(QStringLiteral("19.04.06.2004")).districtName ==
          QStringLiteral("Lubuk Besar"));
    // Kecamatan kept together: Koba's eleven first, on consecutive working days.
    for (int i = 0; i < 11; ++i) {
        CHECK(draft.activities.at(i).districtCode == QStringLiteral("19.04.01"));
    }
}

TEST_CASE("Plan: the Idul Fitri cuti bersama of April 2023 is skipped", "[plans]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const Office office = kobaAndLubukBesar(database);
    db::PlanOptions options = march(office);
    options.from = QDate(2023, 4, 17);
    options.perDay = 2;
    options.teams.clear();
    const db::PlanDraft draft = draftOrFail(database, options);
    REQUIRE(draft.plan.complete());
    QSet<QDate> days;
    for (const db::Activity &activity : draft.activities) {
        days.insert(activity.date);
        CHECK(activity.officers.isEmpty()); // no teams, no officers
    }
    for (const QDate &day : {QDate(2023, 4, 19), QDate(2023, 4, 20), QDate(2023, 4, 21),
                             QDate(2023, 4, 24), QDate(2023, 4, 25)}) {
        CHECK_FALSE(days.contains(day));
    }
    CHECK(days.contains(QDate(2023, 4, 17)));
    CHECK(days.contains(QDate(2023, 4, 18)));
    CHECK(days.contains(QDate(2023, 4, 26)));
}

TEST_CASE("Plan: capacity counts stored visits and busy officers are not sent", "[plans]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const Office office = kobaAndLubukBesar(database);
    const qint64 wahyu = office.teams.at(0).officerIds.at(0);
    // Monday 6 March: one visit already planned (outside the agreement) and
    // Wahyu busy at a meeting all morning.
    test::addActivity(database,
                      test::activityAt(QStringLiteral("19.04.02.2004"), QDate(2023, 3, 6)));
    db::Activity meeting =
        test::activityAt(QStringLiteral("19.04.01"), QDate(2023, 3, 6), QTime(8, 0), QTime(11, 0));
    meeting.kind = db::ActivityKind::CoordinationMeeting;
    meeting.officers = {{wahyu, db::OfficerRole::Speaker}};
    test::addActivity(database, meeting);

    db::PlanOptions options = march(office);
    options.perDay = 3;
    const db::PlanDraft draft = draftOrFail(database, options);
    REQUIRE(draft.plan.complete());
    QMap<QDate, int> perDay;
    QSet<QString> teamHalves;
    QMap<qint64, int> load;
    for (const db::Activity &activity : draft.activities) {
        ++perDay[activity.date];
        const QString half =
            activity.start < QTime(12, 0) ? QStringLiteral("am") : QStringLiteral("pm");
        const QString key = QStringLiteral("%1 %2 %3")
                                .arg(activity.date.toString(Qt::ISODate), half)
                                .arg(activity.officers.first().personId);
        CHECK_FALSE(teamHalves.contains(key)); // one visit per team per half day
        teamHalves.insert(key);
        ++load[activity.officers.first().personId];
        if (activity.date == QDate(2023, 3, 6) && half == QLatin1String("am")) {
            CHECK(activity.officers.first().personId != wahyu);
        }
    }
    for (auto day = perDay.cbegin(); day != perDay.cend(); ++day) {
        CHECK(day.value() <= 3);
    }
    CHECK(perDay.value(QDate(2023, 3, 6)) == 2); // the stored visit takes one of three
    // Rotation keeps the teams' load even.
    CHECK(std::abs(load.first() - load.last()) <= 1);
    CHECK(draft.clashes.isEmpty());
}

TEST_CASE("Plan: the same input gives the same plan", "[plans]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const Office office = kobaAndLubukBesar(database);
    const db::PlanOptions options = march(office);
    const db::PlanDraft first = draftOrFail(database, options);
    const db::PlanDraft second = draftOrFail(database, options);
    REQUIRE(first.activities.size() == second.activities.size());
    for (qsizetype i = 0; i < first.activities.size(); ++i) {
        const db::Activity &a = first.activities.at(i);
        const db::Activity &b = second.activities.at(i);
        CHECK(a.regionCode == b.regionCode);
        CHECK(a.date == b.date);
        CHECK(a.start == b.start);
        CHECK(a.officers.first().personId == b.officers.first().personId);
    }
}

TEST_CASE("Plan: desa that do not fit are named and nothing is saved", "[plans]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const Office office = kobaAndLubukBesar(database);
    db::PlanOptions options = march(office);
    options.from = QDate(2023, 3, 6);
    options.to = QDate(2023, 3, 10); // five working days, two a day: ten fit
    const db::PlanDraft draft = draftOrFail(database, options);
    CHECK_FALSE(draft.plan.complete());
    CHECK(draft.activities.size() == 10);
    REQUIRE(draft.plan.unplaced.size() == 10);
    CHECK(draft.plan.unplaced.first().reason.contains(QStringLiteral("2023-03-10")));

    db::SchedulePlanner planner(database);
    auto refused = planner.save(draft);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == db::Error::Code::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("Perlang")));
    CHECK(test::countRows(database, QStringLiteral("activity")) == 0);
    CHECK(test::countRows(database, QStringLiteral("schedule_plan")) == 0);

    auto partial = planner.save(draft, true);
    REQUIRE(partial.ok());
    CHECK(test::countRows(database, QStringLiteral("activity")) == 10);
}

TEST_CASE("Plan: a failure while saving leaves nothing behind", "[plans]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const Office office = kobaAndLubukBesar(database);
    db::PlanDraft draft = draftOrFail(database, march(office));
    REQUIRE(draft.plan.complete());
    // The clerk's last adjustment is wrong: the end before the start.
    draft.activities.last().end = QTime(8, 0);
    const int audits = test::countRows(database, QStringLiteral("audit_log"));
    auto saved = db::SchedulePlanner(database).save(draft);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(draft.activities.last().regionName));
    CHECK(test::countRows(database, QStringLiteral("activity")) == 0);
    CHECK(test::countRows(database, QStringLiteral("activity_officer")) == 0);
    CHECK(test::countRows(database, QStringLiteral("schedule_plan")) == 0);
    CHECK(test::countRows(database, QStringLiteral("audit_log")) == audits);
}

TEST_CASE("Plan: saving writes the plan and its visits and skips visited desa next time", "[plans]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const Office office = kobaAndLubukBesar(database);
    db::PlanOptions options = march(office);
    options.blackouts = {QDate(2023, 3, 8), QDate(2023, 3, 7)};
    db::PlanDraft draft = draftOrFail(database, options);
    // The clerk drops one visit before saving; the plan is then partial.
    draft.activities.removeLast();
    db::SchedulePlanner planner(database);
    auto planId = planner.save(draft);
    REQUIRE(planId.ok());

    db::Query plan(database, QStringLiteral("SELECT agreement_id, date_from, date_to, per_day, "
                                            "visits_per_desa, blackouts, draft_agreement "
                                            "FROM schedule_plan WHERE id = ?"));
    REQUIRE(plan.bind(*planId).exec().ok());
    REQUIRE(plan.next());
    CHECK(plan.value(0).toLongLong() == office.agreement);
    CHECK(plan.value(1).toString() == QStringLiteral("2023-03-06"));
    CHECK(plan.value(2).toString() == QStringLiteral("2023-05-31"));
    CHECK(plan.value(3).toInt() == 2);
    CHECK(plan.value(4).toInt() == 1);
    CHECK(plan.value(5).toString() == QStringLiteral("2023-03-07 2023-03-08"));
    CHECK(plan.value(6).toInt() == 0);
    plan.finish();

    db::ActivityFilter filter;
    filter.agreementId = office.agreement;
    auto stored = db::ActivityRepository(database).list(filter);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 19);
    for (const db::Activity &activity : *stored) {
        CHECK(activity.planId == *planId);
        CHECK(activity.officers.size() == 2);
        CHECK(activity.venue.startsWith(QStringLiteral("Kantor ")));
    }
    db::AuditFilter audit;
    audit.entity = QStringLiteral("schedule_plan");
    auto entries = db::AuditLog(database).entries(audit);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().action == db::AuditAction::Generate);
    CHECK(entries->first().after.value(QStringLiteral("activities")).toInt() == 19);

    // Planned again: only the dropped desa is left, in the slot it left free.
    const db::PlanDraft next = draftOrFail(database, options);
    CHECK(next.plan.skippedAsVisited.size() == 19);
    REQUIRE(next.activities.size() == 1);
    CHECK(next.activities.first().regionCode == draft.plan.visits.last().villageCode);
    CHECK(next.clashes.isEmpty());
    // Unless asked to include them: then every desa is planned again.
    options.includeVisited = true;
    const db::PlanDraft all = draftOrFail(database, options);
    CHECK(all.activities.size() == 20);
}

TEST_CASE("Plan: a draft agreement's plan is marked and nothing lands outside the validity",
          "[plans]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    Office office = kobaAndLubukBesar(database, db::AgreementStatus::Draft);
    // Valid only from 15 March: the days before are not offered.
    office.agreement = test::addAgreement(database, office.villages, db::AgreementStatus::Draft,
                                          QDate(2023, 3, 15), QDate(2023, 12, 31));
    db::PlanOptions options = march(office);
    options.visitsPerDesa = 2;
    const db::PlanDraft draft = draftOrFail(database, options);
    REQUIRE(draft.plan.complete());
    CHECK(draft.draftAgreement);
    REQUIRE(draft.activities.size() == 40);
    QHash<QString, QDate> firstVisit;
    for (const db::Activity &activity : draft.activities) {
        CHECK(activity.draftPlan);
        CHECK(activity.date >= QDate(2023, 3, 15));
        if (activity.visitNumber == 1) {
            firstVisit.insert(activity.regionCode, activity.date);
        } else {
            CHECK(activity.visitNumber == 2);
            CHECK(activity.date > firstVisit.value(activity.regionCode));
        }
    }
    auto planId = db::SchedulePlanner(database).save(draft);
    REQUIRE(planId.ok());
    auto flag = db::Query(database, QStringLiteral("SELECT count(*) FROM activity WHERE "
                                                   "draft_plan = 1"))
                    .scalar();
    CHECK(flag->toInt() == 40);
}

TEST_CASE("Plan: refusals for bad options ended agreements and unknown officers", "[plans]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    const Office office = kobaAndLubukBesar(database);
    db::SchedulePlanner planner(database);
    db::PlanOptions options = march(office);
    options.to = QDate(2023, 3, 1);
    CHECK_FALSE(planner.draft(options).ok());
    options = march(office);
    options.perDay = 0;
    CHECK_FALSE(planner.draft(options).ok());
    options = march(office);
    options.teams.append({{987654}, QStringLiteral("Tim hantu")});
    auto unknown = planner.draft(options);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("987654")));
    options = march(office);
    options.agreementId = 424242;
    CHECK(planner.draft(options).error().code == db::Error::Code::NotFound);
    const qint64 ended = test::addAgreement(database, office.villages, db::AgreementStatus::Ended);
    options.agreementId = ended;
    CHECK(planner.draft(options).error().code == db::Error::Code::Invalid);
}

TEST_CASE("Plan: a whole province of desa is planned in full", "[plans]")
{
    test::TestDatabase fixture;
    auto &database = fixture.db();
    // Kepulauan Bangka Belitung: every kelurahan/desa of the province.
    const QStringList villages = test::villagesUnder(database, QStringLiteral("19"));
    REQUIRE(villages.size() > 300);
    db::PlanOptions options;
    options.agreementId = test::addAgreement(database, villages);
    options.from = QDate(2023, 3, 1);
    options.to = QDate(2023, 12, 29);
    options.perDay = 4;
    const db::PlanDraft draft = draftOrFail(database, options);
    REQUIRE(draft.plan.complete());
    REQUIRE(draft.activities.size() == villages.size());
    CHECK(draft.clashes.isEmpty());
    auto planId = db::SchedulePlanner(database).save(draft);
    REQUIRE(planId.ok());
    CHECK(test::countRows(database, QStringLiteral("activity")) == villages.size());
}
