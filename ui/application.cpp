// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "appsettings.h"
#include "audit.h"
#include "backup.h"
#include "common/filedialogs.h"
#include "common/icons.h"
#include "common/messages.h"
#include "context.h"
#include "demo.h"
#include "firstrun/firstrunwizard.h"
#include "officeprofile.h"
#include "qtphotocodec.h"
#include "settings/settingspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QPaintEvent>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace sisambang::ui {

namespace {

// The names QSettings and QStandardPaths derive their folders from; the same
// as the command-line program's, so both find the same default database.
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SiSambang"));
    QCoreApplication::setApplicationName(QStringLiteral("sisambang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SISAMBANG_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("SiSambang"));
    QGuiApplication::setDesktopFileName(QStringLiteral("sisambang"));
}

// The application icon is linked into the program (packaging/icons); every
// window without an icon of its own shows it. Needs the QGuiApplication.
void setApplicationIcon()
{
    // Read when a window first shows it (never, on the offscreen platform).
    if (QFile::exists(QStringLiteral(":/appicon/sisambang-16.png"))) {
        QGuiApplication::setWindowIcon(
            lazyIcon(QStringLiteral(":/appicon/sisambang"), {16, 24, 32, 48, 64}));
    }
}

void printTo(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// Quits the program on the first paint of a window: for --quit-after-startup,
// which benchmarks and package tests use to time and check a real start.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, bool *seen)
        : QObject(window)
        , m_window(window)
        , m_seen(seen)
    {
        qApp->installEventFilter(this);
    }

    ~FirstPaintWatcher() override { qApp->removeEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window && !*m_seen) {
            *m_seen = true;
            // After this paint is done, not in the middle of it.
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return false;
    }

private:
    QWidget *m_window;
    bool *m_seen;
};

// The program's options. Parsed before any window exists, so that --help,
// --version and usage errors are answered on the console even without a display.
struct CommandLine
{
    CommandLine()
    {
        parser.setApplicationDescription(Application::tr(
            "SiSambang: the stakeholders, MoUs, visit schedules, attendance sheets, minutes and "
            "monthly recaps of the Sambang Pengawasan programme of a Bawaslu Kabupaten/Kota."));
        parser.addOptions({database, demo, quitAfterStartup});
    }

    // The exit code when the command line is answered without opening anything
    // (help, version, a usage error); nullopt when the program should start.
    std::optional<int> answer(const QStringList &arguments)
    {
        if (!parser.parse(arguments)) {
            printTo(stderr, QStringLiteral("sisambang: %1\n").arg(parser.errorText()));
            return 2;
        }
        if (parser.isSet(help)) {
            printTo(stdout, parser.helpText());
            return 0;
        }
        if (parser.isSet(version)) {
            printTo(stdout,
                    QStringLiteral("sisambang %1\n").arg(QCoreApplication::applicationVersion()));
            return 0;
        }
        if (!parser.positionalArguments().isEmpty()) {
            printTo(stderr, Application::tr("sisambang: unexpected argument %1; use --db FILE to "
                                            "open a database.\n")
                                .arg(parser.positionalArguments().constFirst()));
            return 2;
        }
        return std::nullopt;
    }

    QCommandLineParser parser;
    QCommandLineOption help = parser.addHelpOption();
    QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption database{
        QStringLiteral("db"),
        Application::tr("Open the database FILE (default: $SISAMBANG_DB, else the last one "
                        "opened, else %1).")
            .arg(QDir::toNativeSeparators(db::Database::defaultPath())),
        Application::tr("FILE")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            Application::tr("Open the demo database of Kabupaten Bangka Tengah "
                                            "(%1), building it first if it does not exist.")
                                .arg(QDir::toNativeSeparators(Application::demoPath()))};
    QCommandLineOption quitAfterStartup{
        QStringLiteral("quit-after-startup"),
        Application::tr("Quit as soon as the first window has been drawn (for benchmarks and "
                        "package tests); errors go to standard error instead of dialogs.")};
};

} // namespace

struct Application::OwnedServices
{
    // First member: QSettings reads the identity when it is constructed.
    struct Identity
    {
        Identity() { setIdentity(); }
    } identity;
    AppSettings settings;
    QtMessages messages;
    QtFileDialogs fileDialogs{settings};
};

Application::Application(QObject *parent)
    : QObject(parent)
    , m_owned(std::make_unique<OwnedServices>())
    , m_settings(m_owned->settings)
    , m_messages(m_owned->messages)
    , m_fileDialogs(m_owned->fileDialogs)
{
}

Application::Application(AppSettings &settings, Messages &messages, FileDialogs &fileDialogs,
                         QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_messages(messages)
    , m_fileDialogs(fileDialogs)
{
}

Application::~Application()
{
    // Windows first: their pages hold references to the databases.
    m_retiredWindow.reset();
    m_window.reset();
    m_retiredDatabase.reset();
    m_database.reset();
    m_settings.sync();
}

bool Application::answersOnConsole(int argc, char *argv[])
{
    setIdentity(); // the help text names the data folder
    QStringList arguments;
    for (int index = 0; index < argc; ++index) {
        arguments.append(QString::fromLocal8Bit(argv[index]));
    }
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    return !parser.parse(arguments) || parser.isSet(commandLine.help) ||
           parser.isSet(commandLine.version) || !parser.positionalArguments().isEmpty();
}

int Application::runOnConsole(const QStringList &arguments)
{
    setIdentity();
    AppSettings settings;
    Localization localization;
    localization.install(settings.language());
    CommandLine commandLine;
    return commandLine.answer(arguments).value_or(0);
}

QString Application::demoPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("demo.db"));
}

QString Application::databaseFileFilter()
{
    return tr("SiSambang databases (*.db *.sqlite);;All files (*)");
}

std::optional<int> Application::start(const QStringList &arguments)
{
    setIdentity();
    setApplicationIcon();
    m_settings.migrate();
    m_localization.install(m_settings.language());

    CommandLine commandLine;
    if (const auto answered = commandLine.answer(arguments)) {
        return answered;
    }
    const QCommandLineParser &parser = commandLine.parser;
    const QCommandLineOption &databaseOption = commandLine.database;
    const QCommandLineOption &demoOption = commandLine.demo;
    const QCommandLineOption &quitOption = commandLine.quitAfterStartup;
    m_quitAfterStartup = parser.isSet(quitOption);

    const bool demo = parser.isSet(demoOption);
    const QString path =
        demo ? (parser.isSet(databaseOption) ? parser.value(databaseOption) : demoPath())
             : startupPath(parser.value(databaseOption));
    auto database = openDatabase(path, db::Database::OpenMode::CreateIfMissing, nullptr,
                                 WhenRefused::QuitProgram);
    if (!database) {
        return 1;
    }
    if (demo) {
        if (auto failed = prepareDemo(*database)) {
            return failed;
        }
    }
    if (!ensureConfigured(*database, nullptr)) {
        // Cancelled by the user, or quit after the wizard's first paint.
        return m_firstPaintSeen ? 0 : 1;
    }
    showMainWindow(std::move(database), std::nullopt);
    return std::nullopt;
}

QString Application::startupPath(const QString &explicitPath) const
{
    if (!explicitPath.isEmpty() || !qEnvironmentVariableIsEmpty("SISAMBANG_DB")) {
        return db::Database::resolvePath(explicitPath);
    }
    // Reopen what the clerk worked on last, if it is still there.
    const QString last = m_settings.value(AppSettings::Key::LastDatabase).toString();
    if (!last.isEmpty() && QFileInfo(last).isFile()) {
        return last;
    }
    return db::Database::defaultPath();
}

std::optional<int> Application::prepareDemo(db::Database &database)
{
    db::OfficeProfileStore store(database);
    auto profile = store.load();
    if (profile && profile->isConfigured()) {
        return std::nullopt; // built before: just open it
    }
    const imaging::QtDemoPictures pictures;
    db::Status built = profile ? db::buildDemo(database, &pictures) : db::Status(profile.error());
    if (!built) {
        const QString message =
            tr("The demo database could not be built in %1: %2")
                .arg(QDir::toNativeSeparators(database.path()), built.error().message);
        if (m_quitAfterStartup) {
            reportToConsole(message);
        } else {
            m_messages.critical(nullptr, tr("Demo Database"), message);
        }
        return 1;
    }
    return std::nullopt;
}

std::unique_ptr<db::Database> Application::openDatabase(const QString &path,
                                                        db::Database::OpenMode mode,
                                                        QWidget *parent, WhenRefused whenRefused)
{
    QString current = path;
    auto currentMode = mode;
    for (;;) {
        auto opened = db::Database::open(current, currentMode);
        if (opened) {
            m_settings.noteDatabaseOpened(current);
            return std::move(opened).value();
        }
        if (m_quitAfterStartup) {
            reportToConsole(opened.error().message);
            return nullptr;
        }
        const bool quitting = whenRefused == WhenRefused::QuitProgram;
        const QString question = quitting ? tr("Open another database file, or quit SiSambang?")
                                          : tr("Open another database file, or keep working "
                                               "with the one that is open?");
        const int choice = m_messages.choose(
            parent, Messages::Severity::Critical, tr("Cannot Open the Database"),
            QStringLiteral("%1\n\n%2").arg(opened.error().message, question),
            {tr("Open Another File..."), quitting ? tr("Quit") : tr("Keep Current")}, 1);
        if (choice != 0) {
            return nullptr;
        }
        current = m_fileDialogs.openFile(parent, tr("Open Database"), databaseFileFilter());
        if (current.isEmpty()) {
            return nullptr;
        }
        // A file picked by hand must exist; creating one is File > New Database.
        currentMode = db::Database::OpenMode::ExistingOnly;
    }
}

bool Application::ensureConfigured(db::Database &database, QWidget *parent)
{
    db::OfficeProfileStore store(database);
    auto profile = store.load();
    if (!profile) {
        m_messages.critical(parent, tr("Cannot Open the Database"), profile.error().message);
        return false;
    }
    if (profile->isConfigured()) {
        return true;
    }
    Context context{database, m_settings, m_messages, m_fileDialogs};
    FirstRunWizard wizard(context, parent);
    if (m_quitAfterStartup) {
        watchFirstPaint(&wizard);
    }
    return wizard.exec() == QDialog::Accepted;
}

void Application::showMainWindow(std::unique_ptr<db::Database> database,
                                 std::optional<MainWindow::Page> page)
{
    if (m_window) {
        // The new window opens where the old one was.
        m_window->saveWindowState();
    }
    db::Database &open = database ? *database : *m_database;
    auto window =
        std::make_unique<MainWindow>(Context{open, m_settings, m_messages, m_fileDialogs});
    connect(window.get(), &MainWindow::newDatabaseRequested, this, &Application::newDatabase);
    connect(window.get(), &MainWindow::openDatabaseRequested, this,
            &Application::openAnotherDatabase);
    connect(window.get(), &MainWindow::languageChangeRequested, this, &Application::changeLanguage);
    // Queued: the window that asks is replaced, so control must leave it first.
    connect(window.get(), &MainWindow::restoreRequested, this, &Application::restoreBackup,
            Qt::QueuedConnection);
    if (page) {
        window->showPage(*page);
    }

    if (m_window) {
        m_window->hide();
        m_retiredWindow = std::move(m_window);
        if (database) {
            m_retiredDatabase = std::move(m_database);
        }
        QTimer::singleShot(0, this, [this] {
            m_retiredWindow.reset();
            m_retiredDatabase.reset();
        });
    }
    if (database) {
        m_database = std::move(database);
    }
    m_window = std::move(window);
    if (m_quitAfterStartup && !m_firstPaintSeen) {
        watchFirstPaint(m_window.get());
    }
    m_window->show();
    if (!m_quitAfterStartup) {
        // The daily backup runs once the window is up, not before it.
        QTimer::singleShot(2000, m_window.get(),
                           [window = m_window.get()] { window->backUpIfDue(); });
    }
}

void Application::watchFirstPaint(QWidget *window)
{
    new FirstPaintWatcher(window, &m_firstPaintSeen);
}

void Application::reportToConsole(const QString &message) const
{
    printTo(stderr, QStringLiteral("sisambang: %1\n").arg(message));
}

void Application::newDatabase()
{
    QWidget *parent = m_window.get();
    QString path = m_fileDialogs.saveFile(parent, tr("New Database"), databaseFileFilter(),
                                          QStringLiteral("sisambang.db"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".db");
    }
    if (QFileInfo::exists(path)) {
        m_messages.warning(parent, tr("New Database"),
                           tr("%1 already exists. SiSambang never overwrites a file: choose "
                              "another name, or open it with File > Open Database.")
                               .arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto database = openDatabase(path, db::Database::OpenMode::CreateIfMissing, parent,
                                 WhenRefused::KeepCurrent);
    if (!database) {
        return;
    }
    const QString created = database->path();
    if (!ensureConfigured(*database, parent)) {
        // Set-up cancelled: the file was created a moment ago and holds nothing
        // of the user's, so it goes rather than linger unconfigured.
        database.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(created + suffix);
        }
        m_settings.forgetDatabase(created);
        if (m_database) {
            m_settings.noteDatabaseOpened(m_database->path());
        }
        return;
    }
    showMainWindow(std::move(database), std::nullopt);
}

void Application::openAnotherDatabase(const QString &path)
{
    QWidget *parent = m_window.get();
    const QString chosen =
        path.isEmpty() ? m_fileDialogs.openFile(parent, tr("Open Database"), databaseFileFilter())
                       : path;
    if (chosen.isEmpty()) {
        return;
    }
    if (m_database &&
        QFileInfo(chosen).absoluteFilePath() == QFileInfo(m_database->path()).absoluteFilePath()) {
        return; // already open
    }
    auto database = openDatabase(chosen, db::Database::OpenMode::ExistingOnly, parent,
                                 WhenRefused::KeepCurrent);
    if (!database) {
        if (m_database) {
            m_settings.noteDatabaseOpened(m_database->path());
        }
        return;
    }
    if (!ensureConfigured(*database, parent)) {
        database.reset();
        if (m_database) {
            m_settings.noteDatabaseOpened(m_database->path());
        }
        return;
    }
    showMainWindow(std::move(database), std::nullopt);
}

void Application::changeLanguage(const QString &language)
{
    if (!m_localization.install(language)) {
        return;
    }
    m_settings.setLanguage(language);
    const auto page = m_window ? std::optional(m_window->currentPage()) : std::nullopt;
    // Every text is set when a widget is built, so the window is built anew in
    // the new language, on the same page.
    showMainWindow(nullptr, page);
    if (auto *settings =
            qobject_cast<SettingsPage *>(m_window->pageWidget(MainWindow::Page::Settings));
        settings && page == MainWindow::Page::Settings) {
        settings->showTab(SettingsPage::LanguageTab);
    }
}

bool Application::restoreBackup(const QString &archive)
{
    if (!m_database) {
        return false;
    }
    const QString path = m_database->path();
    // Every page holds the database: the window goes first, then the
    // connection, so that nothing has the file open while it is replaced.
    if (m_window) {
        m_window->saveWindowState();
        m_window->hide();
    }
    m_window.reset();
    m_retiredWindow.reset();
    m_retiredDatabase.reset();
    m_database.reset();

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto aside = db::Backup::restore(archive, path);
    QApplication::restoreOverrideCursor();
    auto database =
        openDatabase(path, db::Database::OpenMode::ExistingOnly, nullptr, WhenRefused::KeepCurrent);
    if (!database) {
        // Not expected after a verified restore; the files are all still there.
        QApplication::quit();
        return false;
    }
    if (aside) {
        const QString note = aside->isEmpty()
                                 ? QStringLiteral("Restored from %1").arg(archive)
                                 : QStringLiteral("Restored from %1; the previous database "
                                                  "was kept as %2")
                                       .arg(archive, *aside);
        if (auto recorded = db::AuditLog(*database).record(db::AuditAction::Restore,
                                                           QStringLiteral("database"), 0, note);
            !recorded) {
            reportToConsole(recorded.error().message);
        }
    }
    m_database = std::move(database);
    showMainWindow(nullptr, MainWindow::Page::Settings);
    if (auto *settings =
            qobject_cast<SettingsPage *>(m_window->pageWidget(MainWindow::Page::Settings))) {
        settings->showTab(SettingsPage::BackupTab);
    }
    if (!aside) {
        m_messages.critical(m_window.get(), tr("Restore failed"),
                            tr("The backup was not restored: %1\n\nThe database was left as it "
                               "was.")
                                .arg(aside.error().message));
        return false;
    }
    m_messages.information(
        m_window.get(), tr("Backup restored"),
        aside->isEmpty()
            ? tr("The backup %1 is now the open database.").arg(QDir::toNativeSeparators(archive))
            : tr("The backup %1 is now the open database. The database as it was before is "
                 "kept as %2.")
                  .arg(QDir::toNativeSeparators(archive), QDir::toNativeSeparators(*aside)));
    return true;
}

} // namespace sisambang::ui
