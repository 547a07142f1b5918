// SPDX-License-Identifier: GPL-3.0-or-later
// The Beranda dashboard: coverage per kecamatan and the work lists, each item
// leading to where it is handled.
#include "guifixture.h"

#include "activities.h"
#include "agreements.h"
#include "attendance.h"
#include "followups.h"
#include "home/dashboardpanel.h"
#include "home/homepage.h"

#include <QGroupBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace sisambang;

namespace {

// The work lists are read once Beranda has painted, not when it is built.
void showAndLoad(ui::HomePage &home)
{
    CHECK_FALSE(home.dashboard()->isLoaded());
    home.show();
    REQUIRE(QTest::qWaitFor([&] { return home.dashboard()->isLoaded(); }));
}

} // namespace

TEST_CASE("gui: Beranda lists the next 14 days and MoUs ending and opens them", "[gui][home]")
{
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    const QDate today = QDate::currentDate();
    db::Agreement agreement;
    agreement.title = QStringLiteral("Sambang Pengawasan di Kecamatan Koba");
    agreement.status = db::AgreementStatus::Signed;
    agreement.signedOn = today.addYears(-2);
    agreement.validFrom = agreement.signedOn;
    agreement.validUntil = today.addDays(30);
    agreement.villageCodes = {QStringLiteral("19.04.01.2003"), QStringLiteral("19.04.01.2005")};
    auto agreementId = db::AgreementRepository(database).add(agreement);
    REQUIRE(agreementId.ok());

    db::ActivityRepository activities(database);
    const auto plan = [&](const QString &desa, const QDate &date) {
        db::Activity activity;
        activity.regionCode = desa;
        activity.date = date;
        activity.agreementId = *agreementId;
        auto id = activities.add(activity);
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 soon = plan(QStringLiteral("19.04.01.2005"), today.addDays(3));
    plan(QStringLiteral("19.04.01.2006"), today.addDays(20)); // beyond 14 days
    const qint64 visited = plan(QStringLiteral("19.04.01.2003"), today.addDays(-5));
    REQUIRE(db::AttendanceRepository(fixture.database.db())
                .addWalkIn(visited, {.name = QStringLiteral("Kepala Desa Nibung")})
                .ok());
    REQUIRE(activities.setStatus(visited, 1, db::ActivityStatus::Done).ok());

    auto context = fixture.context();
    ui::HomePage home(context);
    auto *upcoming = home.dashboard()->list(QStringLiteral("upcoming"));
    REQUIRE(upcoming);
    CHECK(upcoming->topLevelItemCount() == 0);
    showAndLoad(home);
    REQUIRE(upcoming->topLevelItemCount() == 1);
    CHECK(upcoming->topLevelItem(0)->text(2).contains(QStringLiteral("Kurau")));
    auto *expiring = home.dashboard()->list(QStringLiteral("expiring"));
    REQUIRE(expiring->topLevelItemCount() == 1);
    CHECK(expiring->topLevelItem(0)->text(1) == agreement.title);

    // Koba: two desa covered, one visited: 50%.
    QTableWidget *districts = home.districtTable();
    REQUIRE(districts->rowCount() == 6);
    CHECK(districts->item(0, 0)->text() == QStringLiteral("Koba"));
    CHECK(districts->item(0, 4)->text() == QStringLiteral("2"));
    CHECK(districts->item(0, 5)->text() == QStringLiteral("1"));
    CHECK(districts->item(0, 6)->data(Qt::UserRole).toDouble() == Approx(50.0));
    CHECK(districts->item(0, 6)->toolTip().contains(QStringLiteral("Kurau")));
    CHECK_FALSE(districts->item(1, 6)->data(Qt::UserRole).isValid()); // no MoU there

    QSignalSpy activitySpy(&home, &ui::HomePage::activityRequested);
    QSignalSpy agreementSpy(&home, &ui::HomePage::agreementRequested);
    Q_EMIT upcoming->itemActivated(upcoming->topLevelItem(0), 0);
    Q_EMIT expiring->itemActivated(expiring->topLevelItem(0), 0);
    REQUIRE(activitySpy.size() == 1);
    CHECK(activitySpy.first().first().toLongLong() == soon);
    REQUIRE(agreementSpy.size() == 1);
    CHECK(agreementSpy.first().first().toLongLong() == *agreementId);
}

TEST_CASE("gui: Beranda lists done activities missing records and open follow-ups", "[gui][home]")
{
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    const QDate today = QDate::currentDate();
    db::ActivityRepository activities(database);
    const auto held = [&](const QString &desa, const QDate &date) {
        db::Activity activity;
        activity.regionCode = desa;
        activity.date = date;
        auto id = activities.add(activity);
        REQUIRE(id.ok());
        db::WalkIn walkIn;
        walkIn.name = QStringLiteral("Sahabudin");
        REQUIRE(db::AttendanceRepository(database).addWalkIn(*id, walkIn).ok());
        auto found = activities.find(*id);
        REQUIRE(found.ok());
        REQUIRE(activities.setStatus(*id, found->version, db::ActivityStatus::Done).ok());
        return *id;
    };
    const qint64 nibung = held(QStringLiteral("19.04.01.2005"), today.addDays(-10));
    const qint64 old = held(QStringLiteral("19.04.01.2003"), today.addYears(-2));

    db::FollowUp followUp;
    followUp.activityId = nibung;
    followUp.description = QStringLiteral("Kirim surat edaran netralitas");
    followUp.assignee = QStringLiteral("Sekcam");
    followUp.due = today.addDays(-1);
    REQUIRE(db::FollowUpRepository(database).add(followUp).ok());

    auto context = fixture.context();
    ui::HomePage home(context);
    showAndLoad(home);
    auto *incomplete = home.dashboard()->list(QStringLiteral("incomplete"));
    REQUIRE(incomplete);
    // Every gap, the newest first.
    REQUIRE(incomplete->topLevelItemCount() == 2);
    CHECK(incomplete->topLevelItem(0)->text(1).contains(QStringLiteral("Kurau")));
    CHECK(incomplete->topLevelItem(0)->text(2).contains(QStringLiteral("minutes")));
    CHECK(incomplete->topLevelItem(0)->text(2).contains(QStringLiteral("photos")));
    CHECK_FALSE(incomplete->topLevelItem(0)->text(2).contains(QStringLiteral("attendance")));

    auto *followUps = home.dashboard()->list(QStringLiteral("followUps"));
    REQUIRE(followUps);
    REQUIRE(followUps->topLevelItemCount() == 1);
    CHECK(followUps->topLevelItem(0)->text(1) == followUp.description);
    CHECK(followUps->topLevelItem(0)->text(2) == followUp.assignee);
    CHECK(followUps->topLevelItem(0)->toolTip(0) == QStringLiteral("Overdue"));

    QSignalSpy activitySpy(&home, &ui::HomePage::activityRequested);
    Q_EMIT incomplete->itemActivated(incomplete->topLevelItem(0), 0);
    Q_EMIT followUps->itemActivated(followUps->topLevelItem(0), 0);
    Q_EMIT incomplete->itemActivated(incomplete->topLevelItem(1), 0);
    REQUIRE(activitySpy.size() == 3);
    CHECK(activitySpy.at(0).first().toLongLong() == nibung);
    CHECK(activitySpy.at(1).first().toLongLong() == nibung);
    CHECK(activitySpy.at(2).first().toLongLong() == old);
}

TEST_CASE("gui: Beranda lists the newest of many incomplete activities and counts them all",
          "[gui][home]")
{
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    const QDate today = QDate::currentDate();
    db::ActivityRepository activities(database);
    const int held = ui::DashboardPanel::maxRows + 5;
    QList<db::Activity> visits;
    for (int day = 0; day < held; ++day) {
        db::Activity activity;
        activity.regionCode = QStringLiteral("19.04.01.2005");
        activity.date = today.addDays(-1 - day);
        activity.status = db::ActivityStatus::Done;
        visits.append(activity);
    }
    REQUIRE(activities.addAll(visits).ok());

    auto context = fixture.context();
    ui::HomePage home(context);
    showAndLoad(home);
    auto *incomplete = home.dashboard()->list(QStringLiteral("incomplete"));
    REQUIRE(incomplete);
    REQUIRE(incomplete->topLevelItemCount() == ui::DashboardPanel::maxRows);
    // The newest first: yesterday's visit heads the list.
    const QLocale locale;
    CHECK(incomplete->topLevelItem(0)->text(0) ==
          locale.toString(today.addDays(-1), QStringLiteral("d MMM yyyy")));
    auto *box = home.findChild<QGroupBox *>(QStringLiteral("incompleteBox"));
    REQUIRE(box);
    CHECK(box->title().contains(
        QStringLiteral("%1 of %2")
            .arg(locale.toString(ui::DashboardPanel::maxRows), locale.toString(held))));
    CHECK(box->toolTip().contains(QStringLiteral("Activities")));

    // A short list names its count alone.
    auto *followUpsBox = home.findChild<QGroupBox *>(QStringLiteral("followUpsBox"));
    REQUIRE(followUpsBox);
    CHECK(followUpsBox->title().endsWith(QStringLiteral("(0)")));
    CHECK(followUpsBox->toolTip().isEmpty());
}
