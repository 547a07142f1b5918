// SPDX-License-Identifier: GPL-3.0-or-later
// The main window over a test database: every page reachable from the
// navigation and the Go menu, the status bar, the Beranda figures.
#include "guifixture.h"

#include "activities.h"
#include "activities/activitybrowser.h"
#include "activities/activitypage.h"
#include "agreements.h"
#include "agreements/agreementpage.h"
#include "home/dashboardpanel.h"
#include "home/homepage.h"
#include "mainwindow.h"
#include "reports/reportpage.h"
#include "schedule/schedulepage.h"
#include "settings/settingspage.h"
#include "stakeholders/stakeholderpage.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace sisambang;
using Page = ui::MainWindow::Page;

TEST_CASE("gui: the main window visits every page through the navigation", "[gui]")
{
    test::GuiFixture fixture;
    auto context = fixture.context();
    ui::MainWindow window(context);
    window.show();

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    REQUIRE(navigation);
    REQUIRE(pages);
    REQUIRE(navigation->count() == ui::MainWindow::pageCount);
    REQUIRE(pages->count() == ui::MainWindow::pageCount);

    for (int row = 0; row < navigation->count(); ++row) {
        INFO("page " << row);
        CHECK_FALSE(navigation->item(row)->icon().isNull());
        CHECK_FALSE(navigation->item(row)->text().isEmpty());
        navigation->setCurrentRow(row);
        QCoreApplication::processEvents();
        CHECK(pages->currentIndex() == row);
        CHECK(pages->currentWidget()->isVisible());
        CHECK(static_cast<int>(window.currentPage()) == row);
    }

    CHECK(qobject_cast<ui::HomePage *>(window.pageWidget(Page::Home)));
    CHECK(qobject_cast<ui::StakeholderPage *>(window.pageWidget(Page::Stakeholders)));
    CHECK(qobject_cast<ui::AgreementPage *>(window.pageWidget(Page::Agreements)));
    CHECK(qobject_cast<ui::SchedulePage *>(window.pageWidget(Page::Schedule)));
    CHECK(qobject_cast<ui::ActivityPage *>(window.pageWidget(Page::Activities)));
    CHECK(qobject_cast<ui::ReportPage *>(window.pageWidget(Page::Reports)));
    CHECK(qobject_cast<ui::SettingsPage *>(window.pageWidget(Page::Settings)));

    const QString path = QDir::toNativeSeparators(fixture.database.path());
    CHECK(window.databasePathShown().contains(path));
    auto *status = window.findChild<QLabel *>(QStringLiteral("databasePath"));
    REQUIRE(status);
    CHECK(status->isVisible());
    CHECK(status->text().contains(path));
    CHECK(window.windowTitle().contains(QStringLiteral("Bawaslu Kabupaten Bangka Tengah")));
}

TEST_CASE("gui: Go menu shortcuts open the pages", "[gui]")
{
    test::GuiFixture fixture;
    auto context = fixture.context();
    ui::MainWindow window(context);
    window.show();
    for (int index = ui::MainWindow::pageCount; index >= 1; --index) {
        auto *action = window.findChild<QAction *>(QStringLiteral("actionPage%1").arg(index));
        REQUIRE(action);
        CHECK(action->shortcut().toString() == QStringLiteral("Ctrl+%1").arg(index));
        CHECK_FALSE(action->icon().isNull());
        action->trigger();
        CHECK(static_cast<int>(window.currentPage()) == index - 1);
    }
    for (const char *name :
         {"actionNewDatabase", "actionOpenDatabase", "actionQuit", "actionAbout"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        INFO(name);
        REQUIRE(action);
        CHECK_FALSE(action->icon().isNull());
    }
    CHECK(window.findChild<QAction *>(QStringLiteral("actionOpenDatabase"))->shortcut() ==
          QKeySequence(QKeySequence::Open));
}

TEST_CASE("gui: the main window remembers its size", "[gui]")
{
    test::GuiFixture fixture;
    auto context = fixture.context();
    {
        ui::MainWindow window(context);
        window.show();
        window.resize(1000, 700);
        window.close(); // stores geometry through AppSettings
    }
    CHECK_FALSE(
        fixture.settings.value(ui::AppSettings::Key::WindowGeometry).toByteArray().isEmpty());
    ui::MainWindow again(context);
    CHECK(again.size() == QSize(1000, 700));
    // Every page fits a 1366x768 laptop once the taskbar and title bar are taken
    // (built first: a page not yet shown does not count in the window's size).
    for (int index = 0; index < ui::MainWindow::pageCount; ++index) {
        again.pageWidget(static_cast<Page>(index));
    }
    CHECK(again.minimumSizeHint().width() <= 1366);
    CHECK(again.minimumSizeHint().height() <= 680);
}

TEST_CASE("gui: Beranda shows the office and its region figures", "[gui]")
{
    test::GuiFixture fixture;
    auto context = fixture.context();
    ui::HomePage home(context);
    // Kabupaten Bangka Tengah: 6 kecamatan, 7 kelurahan, 56 desa.
    CHECK(home.districtCount() == 6);
    CHECK(home.urbanVillageCount() == 7);
    CHECK(home.villageCount() == 56);
    auto *office = home.findChild<QLabel *>(QStringLiteral("officeName"));
    REQUIRE(office);
    CHECK(office->text() == QStringLiteral("Bawaslu Kabupaten Bangka Tengah"));
    auto *details = home.findChild<QWidget *>(QStringLiteral("databaseDetails"));
    REQUIRE(details);
    QStringList shown;
    for (const QLabel *label : details->findChildren<QLabel *>()) {
        shown << label->text();
    }
    CHECK(shown.contains(QDir::toNativeSeparators(fixture.database.path())));
    CHECK(shown.contains(ui::HomePage::tr("Schema version:")));

    // Another kabupaten works the same: Kota Pangkal Pinang (19.71).
    test::GuiFixture city(QStringLiteral("19.71"));
    auto cityContext = city.context();
    ui::HomePage cityHome(cityContext);
    CHECK(cityHome.districtCount() == 7);
    CHECK(cityHome.urbanVillageCount() == 42);
    CHECK(cityHome.villageCount() == 0);
}

TEST_CASE("gui: Back Up Now writes a verified backup and says where", "[gui][backup]")
{
    test::GuiFixture fixture;
    auto context = fixture.context();
    ui::MainWindow window(context);
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("actionBackupNow"));
    REQUIRE(action);
    CHECK_FALSE(action->icon().isNull());
    action->trigger();
    REQUIRE(fixture.messages.shown().size() == 1);
    CHECK(fixture.messages.shown().first().severity == ui::Messages::Severity::Information);
    const QDir backups(
        QFileInfo(fixture.database.path()).absoluteDir().filePath(QStringLiteral("backups")));
    const QStringList archives = backups.entryList({QStringLiteral("sisambang-*.zip")});
    REQUIRE(archives.size() == 1);
    CHECK(fixture.messages.shown().first().text.contains(archives.first()));

    // The start-up backup is at most daily: one exists today, so none is added.
    window.backUpIfDue();
    CHECK(backups.entryList({QStringLiteral("sisambang-*.zip")}).size() == 1);
}

TEST_CASE("gui: an activity on the Beranda opens on the Kegiatan page", "[gui][home]")
{
    test::GuiFixture fixture;
    db::Activity activity;
    activity.regionCode = QStringLiteral("19.04.01.2005");
    activity.date = QDate::currentDate().addDays(2);
    auto id = db::ActivityRepository(fixture.database.db()).add(activity);
    REQUIRE(id.ok());

    auto context = fixture.context();
    ui::MainWindow window(context);
    window.show();
    auto *home = qobject_cast<ui::HomePage *>(window.pageWidget(Page::Home));
    REQUIRE(home);
    CHECK_FALSE(window.isPageBuilt(Page::Activities));
    REQUIRE(QTest::qWaitFor([&] { return home->dashboard()->isLoaded(); }));
    auto *upcoming = home->dashboard()->list(QStringLiteral("upcoming"));
    REQUIRE(upcoming->topLevelItemCount() == 1);
    Q_EMIT upcoming->itemActivated(upcoming->topLevelItem(0), 0);

    CHECK(window.currentPage() == Page::Activities);
    auto *activities = qobject_cast<ui::ActivityPage *>(window.pageWidget(Page::Activities));
    REQUIRE(activities);
    CHECK(activities->currentActivityId() == *id);
    CHECK(activities->browser()->currentId() == *id);

    // One far in the past, outside the list's recent period, opens too.
    activity.date = QDate(2023, 2, 20);
    auto old = db::ActivityRepository(fixture.database.db()).add(activity);
    REQUIRE(old.ok());
    window.showActivity(*old);
    CHECK(activities->currentActivityId() == *old);
    CHECK(activities->browser()->currentId() == *old);
}

TEST_CASE("gui: only Beranda is built at start; each page is built when first needed", "[gui]")
{
    test::GuiFixture fixture;
    db::Agreement agreement;
    agreement.title = QStringLiteral("Sambang Pengawasan di Kecamatan Koba");
    agreement.status = db::AgreementStatus::Signed;
    agreement.signedOn = QDate::currentDate().addYears(-1);
    agreement.validFrom = agreement.signedOn;
    agreement.validUntil = QDate::currentDate().addDays(30);
    agreement.villageCodes = {QStringLiteral("19.04.01.2003")};
    auto agreementId = db::AgreementRepository(fixture.database.db()).add(agreement);
    REQUIRE(agreementId.ok());

    auto context = fixture.context();
    ui::MainWindow window(context);
    window.show();
    QCoreApplication::processEvents();
    CHECK(window.isPageBuilt(Page::Home));
    CHECK(window.currentPage() == Page::Home);
    for (int index = 1; index < ui::MainWindow::pageCount; ++index) {
        INFO("page " << index);
        CHECK_FALSE(window.isPageBuilt(static_cast<Page>(index)));
    }
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    REQUIRE(pages);
    CHECK(pages->currentWidget() == window.pageWidget(Page::Home));

    // The navigation list builds the page it opens, and only that one.
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    navigation->setCurrentRow(static_cast<int>(Page::Stakeholders));
    CHECK(window.isPageBuilt(Page::Stakeholders));
    CHECK(pages->currentWidget() == window.pageWidget(Page::Stakeholders));
    CHECK(window.pageWidget(Page::Stakeholders)->isVisible());
    CHECK_FALSE(window.isPageBuilt(Page::Schedule));

    // So does the Go menu's shortcut.
    window.findChild<QAction *>(QStringLiteral("actionPage4"))->trigger();
    CHECK(window.currentPage() == Page::Schedule);
    CHECK(qobject_cast<ui::SchedulePage *>(pages->currentWidget()));

    // Back Up Now works through Pengaturan's panel, built for it without being shown.
    window.findChild<QAction *>(QStringLiteral("actionBackupNow"))->trigger();
    CHECK(window.isPageBuilt(Page::Settings));
    CHECK(window.currentPage() == Page::Schedule);
    REQUIRE(fixture.messages.shown().size() == 1);
    CHECK(fixture.messages.shown().first().severity == ui::Messages::Severity::Information);

    // An MoU chosen on the Beranda opens its page with the MoU selected.
    CHECK_FALSE(window.isPageBuilt(Page::Agreements));
    auto *home = qobject_cast<ui::HomePage *>(window.pageWidget(Page::Home));
    Q_EMIT home->agreementRequested(*agreementId);
    CHECK(window.currentPage() == Page::Agreements);
    auto *agreements = qobject_cast<ui::AgreementPage *>(window.pageWidget(Page::Agreements));
    REQUIRE(agreements);
    REQUIRE(agreements->list()->currentRow() >= 0);
    CHECK(agreements->list()->item(agreements->list()->currentRow(), 0)->data(Qt::UserRole) ==
          QVariant(*agreementId));

    // Every page, once built, stays where the navigation expects it.
    for (int index = 0; index < ui::MainWindow::pageCount; ++index) {
        INFO("page " << index);
        CHECK(pages->indexOf(window.pageWidget(static_cast<Page>(index))) == index);
    }
    CHECK(pages->count() == ui::MainWindow::pageCount);
}
