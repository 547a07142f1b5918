// SPDX-License-Identifier: GPL-3.0-or-later
// Pengaturan's Backups and Audit Log tabs, and a restore from the GUI that
// reopens the database with the current one kept aside.
#include "guifixture.h"

#include "application.h"
#include "audit.h"
#include "backup.h"
#include "mainwindow.h"
#include "people.h"
#include "query.h"
#include "settings/auditlogmodel.h"
#include "settings/auditpanel.h"
#include "settings/backuppanel.h"
#include "settings/settingspage.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>

using namespace sisambang;

namespace {

int count(const db::Database &database, const char *table)
{
    db::Query query(database, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    return query.scalar()->toInt();
}

void addPerson(const db::Database &database, const QString &name)
{
    db::Person person;
    person.name = db::PersonName::parse(name);
    REQUIRE(db::PersonRepository(database).add(person).ok());
}

} // namespace

TEST_CASE("gui: the Backups tab chooses the folder and lists manual backups", "[gui][backup]")
{
    test::GuiFixture fixture;
    auto context = fixture.context();
    ui::SettingsPage page(context);
    ui::BackupPanel *panel = page.backupPanel();
    REQUIRE(panel);
    const QString folder = fixture.folder.filePath(QStringLiteral("usb"));
    REQUIRE(QDir().mkpath(folder));

    fixture.fileDialogs.answer(folder);
    REQUIRE(panel->chooseFolder());
    CHECK(QDir(panel->folder()) == QDir(folder));
    CHECK(db::BackupSchedule::folderFor(fixture.database.db()) == panel->folder());
    CHECK(panel->table()->rowCount() == 0);

    const QString written = panel->backUpNow();
    REQUIRE_FALSE(written.isEmpty());
    CHECK(QFileInfo(written).absolutePath() == QFileInfo(folder).absoluteFilePath());
    CHECK(db::Backup::verify(written).ok());
    REQUIRE(panel->table()->rowCount() == 1);
    CHECK(panel->table()->item(0, 2)->text() == QStringLiteral("Manual"));
    CHECK(panel->table()->item(0, 3)->text() == QFileInfo(written).fileName());
    // Manual backups count as the day's but are never pruned.
    CHECK(db::BackupSchedule(folder)
              .run(fixture.database.db(), QDateTime::currentDateTime())
              ->isEmpty());
    CHECK(db::BackupSchedule(folder).prune(QDate::currentDate().addYears(3)).isEmpty());

    // Cancelled folder choice: nothing changes.
    CHECK_FALSE(panel->chooseFolder());
    CHECK(QDir(panel->folder()) == QDir(folder));
}

TEST_CASE("gui: a damaged backup is refused before any confirmation", "[gui][backup]")
{
    test::GuiFixture fixture;
    auto context = fixture.context();
    ui::BackupPanel panel(context);
    const QString bad = fixture.folder.filePath(QStringLiteral("rusak.zip"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 not really a zip");
    file.close();
    bool requested = false;
    QObject::connect(&panel, &ui::BackupPanel::restoreRequested, [&] { requested = true; });

    fixture.fileDialogs.answer(bad);
    CHECK_FALSE(panel.requestRestore(QString(), true));
    CHECK_FALSE(requested);
    REQUIRE(fixture.messages.shown().size() == 1);
    CHECK(fixture.messages.shown().first().severity == ui::Messages::Severity::Critical);
    CHECK(fixture.messages.shown().first().text.contains(QStringLiteral("Nothing was changed")));
}

TEST_CASE("gui: restoring a backup reopens the database and keeps the current one aside",
          "[gui][backup][app]")
{
    test::GuiFixture fixture;
    const QString path = fixture.database.path();
    addPerson(fixture.database.db(), QStringLiteral("Warga Sebelum Cadangan"));
    fixture.database.close();
    ui::Application application(fixture.settings, fixture.messages, fixture.fileDialogs);
    REQUIRE_FALSE(application.start({QStringLiteral("sisambang"), QStringLiteral("--db"), path}));
    REQUIRE(application.mainWindow());
    auto *settings = qobject_cast<ui::SettingsPage *>(
        application.mainWindow()->pageWidget(ui::MainWindow::Page::Settings));
    REQUIRE(settings);
    const QString archive = settings->backupPanel()->backUpNow();
    REQUIRE_FALSE(archive.isEmpty());
    addPerson(*application.database(), QStringLiteral("Warga Sesudah Cadangan"));
    REQUIRE(count(*application.database(), "person") == 2);

    // Cancelled at the confirmation: nothing happens.
    fixture.messages.clear();
    fixture.messages.answer(1);
    CHECK_FALSE(settings->backupPanel()->requestRestore(archive));
    QCoreApplication::processEvents();
    CHECK(count(*application.database(), "person") == 2);

    fixture.messages.clear();
    fixture.messages.answer(0); // "Restore"
    REQUIRE(settings->backupPanel()->requestRestore(archive));
    QCoreApplication::processEvents(); // the queued restore replaces the window
    QCoreApplication::processEvents();
    REQUIRE(application.database());
    CHECK(application.database()->path() == path);
    CHECK(count(*application.database(), "person") == 1);
    REQUIRE(fixture.messages.shown().size() == 2);
    const auto &told = fixture.messages.shown().last();
    CHECK(told.severity == ui::Messages::Severity::Information);
    CHECK(told.text.contains(QStringLiteral("sebelum-restore")));
    CHECK(application.mainWindow()->currentPage() == ui::MainWindow::Page::Settings);

    // The database as it was is kept aside, whole.
    const QStringList aside =
        QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.sebelum-restore-*.db")});
    REQUIRE(aside.size() == 1);
    {
        auto previous =
            db::Database::open(QDir(QFileInfo(path).absolutePath()).filePath(aside.first()),
                               db::Database::OpenMode::ExistingOnly);
        REQUIRE(previous.ok());
        CHECK(count(**previous, "person") == 2);
    }
    db::AuditFilter restores;
    restores.entity = QStringLiteral("database");
    auto logged = db::AuditLog(*application.database()).entries(restores);
    REQUIRE(logged->size() == 1);
    CHECK(logged->first().action == db::AuditAction::Restore);
}

TEST_CASE("gui: the Audit Log tab filters loads lazily and exports the CLI's CSV", "[gui][audit]")
{
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    db::AuditLog log(database);
    REQUIRE(log.setOperatorName(QStringLiteral("Ani")).ok());
    for (int i = 0; i < 450; ++i) {
        REQUIRE(log.record(db::AuditAction::Insert, QStringLiteral("person"), i + 1,
                           QStringLiteral("Warga %1").arg(i))
                    .ok());
    }
    REQUIRE(log.setOperatorName(QStringLiteral("Budi")).ok());
    REQUIRE(log.record(db::AuditAction::Print, QStringLiteral("agreement"), 3,
                       QStringLiteral("MoU <b>Koba</b> exported"))
                .ok());

    auto context = fixture.context();
    ui::SettingsPage page(context);
    page.showTab(ui::SettingsPage::AuditTab);
    ui::AuditPanel *panel = page.auditPanel();
    ui::AuditLogModel *model = panel->model();
    // One page at first, the rest as the view asks.
    CHECK(model->rowCount() == ui::AuditLogModel::pageSize);
    REQUIRE(model->canFetchMore({}));
    model->fetchMore({});
    model->fetchMore({});
    CHECK(model->rowCount() == 452); // with the fixture's office profile
    CHECK_FALSE(model->canFetchMore({}));

    auto *operators = panel->findChild<QComboBox *>(QStringLiteral("auditOperator"));
    REQUIRE(operators);
    operators->setCurrentIndex(operators->findData(QStringLiteral("Budi")));
    panel->reload();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->data(model->index(0, ui::AuditLogModel::SummaryColumn), Qt::DisplayRole)
              .toString() == QStringLiteral("MoU <b>Koba</b> exported"));
    operators->setCurrentIndex(0);
    auto *search = panel->findChild<QLineEdit *>(QStringLiteral("auditSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("warga 44"));
    panel->reload();
    CHECK(model->rowCount() == 11); // 44 and 440-449

    const QString csv = fixture.folder.filePath(QStringLiteral("audit.csv"));
    fixture.fileDialogs.answer(csv);
    REQUIRE(panel->exportCsv() == csv);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    db::AuditFilter filter;
    filter.text = QStringLiteral("warga 44");
    CHECK(QString::fromUtf8(file.readAll()) == db::AuditLog::csv(*log.entries(filter)));
    // An existing file is never overwritten.
    fixture.fileDialogs.answer(csv);
    CHECK(panel->exportCsv().isEmpty());

    auto *name = panel->findChild<QLineEdit *>(QStringLiteral("operatorName"));
    REQUIRE(name);
    name->setText(QStringLiteral("Citra Staf"));
    REQUIRE(panel->saveOperatorName());
    CHECK(log.operatorName() == QStringLiteral("Citra Staf"));
}

// Not part of the suite: `test_gui "[.screenshots]"` with SISAMBANG_SCREENSHOTS
// set to a folder saves the two tabs as PNGs, to look at them.
TEST_CASE("gui: screenshots of the Backups and Audit Log tabs", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("SISAMBANG_SCREENSHOTS");
    REQUIRE_FALSE(out.isEmpty());
    test::GuiFixture fixture;
    auto &database = fixture.database.db();
    addPerson(database, QStringLiteral("Drs. H. Ahmad Fauzi, M.Si."));
    addPerson(database, QStringLiteral("Siti <b>Aminah</b> 🙂 مرحبا"));
    REQUIRE(db::AuditLog(database)
                .record(db::AuditAction::Print, QStringLiteral("agreement"), 1,
                        QStringLiteral("MoU exported to /home/staf/mou-koba.pdf"))
                .ok());
    auto context = fixture.context();
    ui::SettingsPage page(context);
    page.resize(1100, 680);
    page.show();
    page.backupPanel()->backUpNow();
    REQUIRE(db::BackupSchedule(page.backupPanel()->folder())
                .run(database, QDateTime::currentDateTime().addDays(-1))
                .ok());
    page.backupPanel()->reload();
    page.showTab(ui::SettingsPage::BackupTab);
    QCoreApplication::processEvents();
    REQUIRE(page.grab().save(QDir(out).filePath(QStringLiteral("backups.png"))));
    page.showTab(ui::SettingsPage::AuditTab);
    page.auditPanel()->table()->selectRow(1);
    QCoreApplication::processEvents();
    REQUIRE(page.grab().save(QDir(out).filePath(QStringLiteral("audit.png"))));
}
