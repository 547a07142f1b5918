// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "localization.h"
#include "mainwindow.h"

#include <QObject>

#include <memory>
#include <optional>

namespace sisambang::ui {

class AppSettings;
class FileDialogs;
class Messages;

// The desktop program's controller: reads the command line, opens the database
// (explaining any refusal and offering another file), runs the first-run setup
// when the office is not configured, and owns the main window. Switching the
// database or the language replaces the window; nothing else outlives it.
class Application : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    // With the real message boxes, file dialogs and the user's settings.
    explicit Application(QObject *parent = nullptr);
    // With the given services (tests pass scripted ones).
    Application(AppSettings &settings, Messages &messages, FileDialogs &fileDialogs,
                QObject *parent = nullptr);
    ~Application() override;

    // Whether the command line is answered on the console alone (--help,
    // --version, a usage error), which needs no display; then main() runs
    // runOnConsole() under a QCoreApplication instead of start().
    static bool answersOnConsole(int argc, char *argv[]);
    static int runOnConsole(const QStringList &arguments);

    // Handles the command line and opens the first window. Returns the exit code
    // when the program is done already (--help, --version, an error, setup
    // cancelled); nullopt when the event loop should run.
    std::optional<int> start(const QStringList &arguments);

    enum class WhenRefused {
        QuitProgram, // at start-up: "Open another file" or "Quit"
        KeepCurrent, // while running: "Open another file" or keep the open database
    };
    // Opens `path`. A refused file (not SQLite, another program's, damaged, too
    // new, read-only, missing folder) is explained in a dialog that offers to
    // open another file; nullptr when the user gives up. A refused file is never
    // written to.
    std::unique_ptr<db::Database> openDatabase(const QString &path, db::Database::OpenMode mode,
                                               QWidget *parent, WhenRefused whenRefused);
    // Runs the first-run wizard when the database's office is not set up yet;
    // false when the user cancelled it.
    bool ensureConfigured(db::Database &database, QWidget *parent);

    // File > New Database, File > Open Database (an empty path asks for one),
    // Pengaturan > Language.
    void newDatabase();
    void openAnotherDatabase(const QString &path);
    void changeLanguage(const QString &language);
    // Pengaturan > Backups > Restore, after the user confirmed: closes the
    // window and the database, puts the archive in place (the current database
    // kept aside; on any failure it stays as it was), opens the database again
    // on the Backups tab and says what happened. True when restored.
    bool restoreBackup(const QString &archive);

    MainWindow *mainWindow() const { return m_window.get(); }
    db::Database *database() const { return m_database.get(); }

    // Where `sisambang --demo` keeps the demo database.
    static QString demoPath();
    static QString databaseFileFilter();

private:
    struct OwnedServices;

    QString startupPath(const QString &explicitPath) const;
    std::optional<int> prepareDemo(db::Database &database);
    void showMainWindow(std::unique_ptr<db::Database> database,
                        std::optional<MainWindow::Page> page);
    void watchFirstPaint(QWidget *window);
    void reportToConsole(const QString &message) const;

    std::unique_ptr<OwnedServices> m_owned;
    AppSettings &m_settings;
    Messages &m_messages;
    FileDialogs &m_fileDialogs;
    Localization m_localization;

    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    // A replaced window (and its database) live until control is back in the
    // event loop, since the request to replace them came from inside the window.
    std::unique_ptr<MainWindow> m_retiredWindow;
    std::unique_ptr<db::Database> m_retiredDatabase;

    bool m_quitAfterStartup = false;
    bool m_firstPaintSeen = false;
};

} // namespace sisambang::ui
