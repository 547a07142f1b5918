// SPDX-License-Identifier: GPL-3.0-or-later
// The controller: refused files reported through the message wrapper and left
// untouched, the settings facade, and the real program started as a process.
#include "guifixture.h"

#include "application.h"
#include "demo.h"
#include "firstrun/firstrunwizard.h"
#include "firstrun/regionpage.h"
#include "localization.h"
#include "mainwindow.h"
#include "officeprofile.h"
#include "settings/settingspage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTimer>

using namespace sisambang;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real desktop program headless, with its settings and data folders
// in `home` so the user's own are never touched.
Run runGui(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.remove(QStringLiteral("SISAMBANG_DB"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SISAMBANG_GUI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

TEST_CASE("gui: a file that is not a database is reported and left unchanged", "[gui][app]")
{
    test::GuiFixture fixture;
    ui::Application application(fixture.settings, fixture.messages, fixture.fileDialogs);
    const QString notes = fixture.folder.filePath(QStringLiteral("notes.db"));
    writeFile(notes, "Rapat koordinasi Senin, 20 Februari 2023\n");
    const QByteArray before = fileHash(notes);

    fixture.messages.answer(1); // "Quit"
    auto opened = application.openDatabase(notes, db::Database::OpenMode::CreateIfMissing, nullptr,
                                           ui::Application::WhenRefused::QuitProgram);
    CHECK_FALSE(opened);
    REQUIRE(fixture.messages.shown().size() == 1);
    const auto &shown = fixture.messages.shown().constFirst();
    CHECK(shown.severity == ui::Messages::Severity::Critical);
    CHECK(shown.text.contains(QDir::toNativeSeparators(notes)));
    CHECK(shown.buttons.size() == 2);
    CHECK(fileHash(notes) == before);
    CHECK_FALSE(QFile::exists(notes + QStringLiteral("-wal")));

    // "Open another file" then a good database: that one opens.
    fixture.messages.clear();
    fixture.messages.answer(0);
    fixture.database.close();
    fixture.fileDialogs.answer(fixture.database.path());
    auto other = application.openDatabase(notes, db::Database::OpenMode::CreateIfMissing, nullptr,
                                          ui::Application::WhenRefused::QuitProgram);
    REQUIRE(other);
    CHECK(other->path() == fixture.database.path());
    CHECK(fixture.messages.shown().size() == 1);
    CHECK(fileHash(notes) == before);
    CHECK(fixture.settings.value(ui::AppSettings::Key::LastDatabase).toString() ==
          QFileInfo(fixture.database.path()).absoluteFilePath());
}

TEST_CASE("gui: foreign, newer and unreachable databases are refused untouched", "[gui][app]")
{
    test::GuiFixture fixture;
    ui::Application application(fixture.settings, fixture.messages, fixture.fileDialogs);

    // Another program's SQLite file.
    const QString foreign = fixture.folder.filePath(QStringLiteral("foreign.sqlite"));
    {
        auto connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        connection.setDatabaseName(foreign);
        REQUIRE(connection.open());
        QSqlQuery(QStringLiteral("CREATE TABLE notes (text TEXT)"), connection).exec();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray foreignBefore = fileHash(foreign);

    // A SiSambang database written by a newer program.
    QSqlQuery(QStringLiteral("PRAGMA user_version = 9999"), fixture.database.db().connection())
        .exec();
    fixture.database.close();
    const QByteArray newerBefore = fileHash(fixture.database.path());

    const QString missingFolder = fixture.folder.filePath(QStringLiteral("no/such/folder/x.db"));
    for (const QString &path : {foreign, fixture.database.path(), missingFolder}) {
        INFO(path.toStdString());
        fixture.messages.clear();
        auto opened = application.openDatabase(path, db::Database::OpenMode::CreateIfMissing,
                                               nullptr, ui::Application::WhenRefused::KeepCurrent);
        CHECK_FALSE(opened);
        REQUIRE(fixture.messages.shown().size() == 1);
        CHECK(fixture.messages.shown().constFirst().severity == ui::Messages::Severity::Critical);
    }
    CHECK(fileHash(foreign) == foreignBefore);
    CHECK(fileHash(fixture.database.path()) == newerBefore);
    CHECK_FALSE(QFile::exists(missingFolder));
}

TEST_CASE("gui: File > Open Database and New Database switch the database", "[gui][app]")
{
    test::GuiFixture fixture;
    test::TestDatabase city(QStringLiteral("19.71"));
    fixture.database.close();
    city.close();
    ui::Application application(fixture.settings, fixture.messages, fixture.fileDialogs);
    REQUIRE_FALSE(application.start(
        {QStringLiteral("sisambang"), QStringLiteral("--db"), fixture.database.path()}));
    REQUIRE(application.mainWindow());
    CHECK(application.mainWindow()->databasePathShown().contains(
        QDir::toNativeSeparators(fixture.database.path())));

    // Open: the window now shows the other database and its office.
    fixture.fileDialogs.answer(city.path());
    application.openAnotherDatabase(QString());
    QCoreApplication::processEvents();
    CHECK(application.database()->path() == city.path());
    CHECK(application.mainWindow()->databasePathShown().contains(
        QDir::toNativeSeparators(city.path())));
    CHECK(application.mainWindow()->windowTitle().contains(QStringLiteral("Kota Pangkal Pinang")));

    // New, onto an existing file: refused, nothing changes.
    const QByteArray before = fileHash(fixture.database.path());
    fixture.fileDialogs.answer(fixture.database.path());
    application.newDatabase();
    REQUIRE(fixture.messages.shown().size() == 1);
    CHECK(fixture.messages.shown().constLast().severity == ui::Messages::Severity::Warning);
    CHECK(fileHash(fixture.database.path()) == before);
    CHECK(application.database()->path() == city.path());

    // New, set-up cancelled: the new file goes, the open database stays.
    const QString fresh = fixture.folder.filePath(QStringLiteral("kantor.db"));
    fixture.fileDialogs.answer(fresh);
    QTimer::singleShot(0, [] {
        auto *wizard = qobject_cast<ui::FirstRunWizard *>(QApplication::activeModalWidget());
        REQUIRE(wizard);
        wizard->reject();
    });
    application.newDatabase();
    CHECK_FALSE(QFile::exists(fresh));
    CHECK(application.database()->path() == city.path());

    // New, set up through the wizard: the window switches to it.
    fixture.fileDialogs.answer(fresh);
    QTimer::singleShot(0, [] {
        auto *wizard = qobject_cast<ui::FirstRunWizard *>(QApplication::activeModalWidget());
        REQUIRE(wizard);
        wizard->next();
        REQUIRE(wizard->regionPage()->selectRegency(QStringLiteral("19.04")));
        wizard->next();
        wizard->button(QWizard::FinishButton)->click();
    });
    application.newDatabase();
    QCoreApplication::processEvents();
    REQUIRE(application.database());
    CHECK(application.database()->path() == fresh);
    CHECK(application.mainWindow()->windowTitle().contains(
        QStringLiteral("Bawaslu Kabupaten Bangka Tengah")));
    CHECK(fixture.settings.recentDatabases().constFirst() == QFileInfo(fresh).absoluteFilePath());
}

TEST_CASE("gui: the settings facade keeps typed values and a recent list", "[gui][settings]")
{
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("settings.ini"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("fr")); // never supported
        raw.setValue(QStringLiteral("database/recent"),
                     QStringList{QStringLiteral("/a/x.db"), QStringLiteral("/a/./x.db"),
                                 QStringLiteral("/b/y.db")});
    }
    ui::AppSettings settings(file);
    settings.migrate();
    CHECK(settings.language() == QStringLiteral("id"));
    CHECK(settings.value(ui::AppSettings::Key::Language).toString() == QStringLiteral("id"));
    CHECK(settings.recentDatabases() ==
          QStringList{QStringLiteral("/a/x.db"), QStringLiteral("/b/y.db")});

    settings.setLanguage(QStringLiteral("en"));
    CHECK(settings.language() == QStringLiteral("en"));
    for (int i = 0; i < 12; ++i) {
        settings.noteDatabaseOpened(QStringLiteral("/data/%1.db").arg(i));
    }
    settings.noteDatabaseOpened(QStringLiteral("/data/3.db"));
    const QStringList recent = settings.recentDatabases();
    CHECK(recent.size() == ui::AppSettings::maxRecentDatabases);
    CHECK(recent.constFirst() == QStringLiteral("/data/3.db"));
    CHECK(recent.count(QStringLiteral("/data/3.db")) == 1);
    CHECK(settings.value(ui::AppSettings::Key::LastDatabase).toString() ==
          QStringLiteral("/data/3.db"));
    settings.forgetDatabase(QStringLiteral("/data/3.db"));
    CHECK_FALSE(settings.recentDatabases().contains(QStringLiteral("/data/3.db")));
    CHECK(settings.value(ui::AppSettings::Key::LastDatabase).toString().isEmpty());
    CHECK(ui::AppSettings::defaultValue(ui::AppSettings::Key::WindowGeometry)
              .toByteArray()
              .isEmpty());
}

TEST_CASE("gui: Indonesian is built in and English can be chosen", "[gui][translations]")
{
    ui::Localization localization;
    REQUIRE(localization.install(QStringLiteral("id")));
    CHECK(ui::MainWindow::pageTitle(ui::MainWindow::Page::Home) == QStringLiteral("Beranda"));
    CHECK(ui::MainWindow::pageTitle(ui::MainWindow::Page::Settings) ==
          QStringLiteral("Pengaturan"));
    CHECK(ui::MainWindow::pageTitle(ui::MainWindow::Page::Stakeholders) ==
          QStringLiteral("Pemangku Kepentingan"));
    // Qt's own buttons come in Indonesian too.
    CHECK(QCoreApplication::translate("QWizard", "&Finish") == QStringLiteral("&Selesai"));
    REQUIRE(localization.install(QStringLiteral("en")));
    CHECK(ui::MainWindow::pageTitle(ui::MainWindow::Page::Settings) == QStringLiteral("Settings"));
    CHECK_FALSE(localization.install(QStringLiteral("xx")));
}

TEST_CASE("gui: choosing a language rebuilds the window on the page that was open",
          "[gui][app][translations]")
{
    test::GuiFixture fixture;
    fixture.settings.setLanguage(QStringLiteral("en"));
    fixture.database.close();
    ui::Application application(fixture.settings, fixture.messages, fixture.fileDialogs);
    REQUIRE_FALSE(application.start(
        {QStringLiteral("sisambang"), QStringLiteral("--db"), fixture.database.path()}));
    ui::MainWindow *window = application.mainWindow();
    REQUIRE(window);
    // Pengaturan is built when it is first shown, and its language choice still
    // reaches the application.
    CHECK_FALSE(window->isPageBuilt(ui::MainWindow::Page::Settings));
    window->showPage(ui::MainWindow::Page::Settings);
    auto *language = window->pageWidget(ui::MainWindow::Page::Settings)
                         ->findChild<QComboBox *>(QStringLiteral("language"));
    REQUIRE(language);
    const int indonesian = language->findData(QStringLiteral("id"));
    REQUIRE(indonesian >= 0);
    language->setCurrentIndex(indonesian);
    Q_EMIT language->activated(indonesian);

    ui::MainWindow *rebuilt = application.mainWindow();
    REQUIRE(rebuilt);
    CHECK(rebuilt != window);
    CHECK(rebuilt->currentPage() == ui::MainWindow::Page::Settings);
    CHECK(rebuilt->isPageBuilt(ui::MainWindow::Page::Settings));
    CHECK_FALSE(rebuilt->isPageBuilt(ui::MainWindow::Page::Stakeholders));
    auto *tabs = rebuilt->pageWidget(ui::MainWindow::Page::Settings)->findChild<QTabWidget *>();
    REQUIRE(tabs);
    CHECK(tabs->currentIndex() == ui::SettingsPage::LanguageTab);
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("Bahasa"));
    auto *navigation = rebuilt->findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK(navigation->item(0)->text() == QStringLiteral("Beranda"));
    // A page built later speaks the new language too.
    rebuilt->showPage(ui::MainWindow::Page::Stakeholders);
    auto *title = rebuilt->pageWidget(ui::MainWindow::Page::Stakeholders)
                      ->findChild<QLabel *>(QStringLiteral("pageTitle"));
    REQUIRE(title);
    CHECK(title->text() == QStringLiteral("Pemangku Kepentingan"));
}

TEST_CASE("gui: the program starts on a demo database and quits after the first paint",
          "[gui][app][process]")
{
    QTemporaryDir home;
    const QString demo = home.filePath(QStringLiteral("demo.db"));
    {
        auto database = test::openOrFail(demo);
        auto built = db::buildDemo(*database);
        INFO(built.error().message.toStdString());
        REQUIRE(built.ok());
    }
    auto started =
        runGui({QStringLiteral("--db"), demo, QStringLiteral("--quit-after-startup")}, home.path());
    INFO(started.err.toStdString());
    CHECK(started.exitCode == 0);

    auto version = runGui({QStringLiteral("--version")}, home.path());
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("sisambang ")));
    auto help = runGui({QStringLiteral("--help")}, home.path());
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--quit-after-startup")));
    CHECK(runGui({QStringLiteral("--no-such-option")}, home.path()).exitCode == 2);

    // A refused file with --quit-after-startup: a message on stderr, exit 1, file intact.
    const QString notes = home.filePath(QStringLiteral("notes.db"));
    writeFile(notes, "not a database");
    auto refused = runGui({QStringLiteral("--db"), notes, QStringLiteral("--quit-after-startup")},
                          home.path());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(notes));
    CHECK(fileHash(notes) ==
          QCryptographicHash::hash("not a database", QCryptographicHash::Sha256));
}

TEST_CASE("gui: --demo builds the demo database when absent", "[gui][app][process]")
{
    QTemporaryDir home;
    auto started =
        runGui({QStringLiteral("--demo"), QStringLiteral("--quit-after-startup")}, home.path());
    INFO(started.err.toStdString());
    CHECK(started.exitCode == 0);
    const QString demo = home.filePath(QStringLiteral("data/SiSambang/sisambang/demo.db"));
    REQUIRE(QFile::exists(demo));
    auto database = test::openOrFail(demo);
    db::OfficeProfileStore store(*database);
    CHECK(store.load()->officeName == QStringLiteral("Bawaslu Kabupaten Bangka Tengah"));
}
