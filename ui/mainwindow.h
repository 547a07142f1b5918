// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"

#include <QMainWindow>

#include <array>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace sisambang::ui {

class ActivityPage;
class HomePage;
class SettingsPage;

// The main window over one open database: a navigation list on the left and
// one page per part of the work. Switching databases or languages is the
// Application's job; the window asks for it through its signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // In navigation order; Ctrl+1 opens the first.
    enum class Page { Home, Stakeholders, Agreements, Schedule, Activities, Reports, Settings };
    static constexpr int pageCount = 7;

    explicit MainWindow(const Context &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    // Opens the activity on page "Kegiatan".
    void showActivity(qint64 id);
    Page currentPage() const;
    // The page, built now if it has not been shown yet: only Beranda is built
    // with the window, so that the window opens without waiting for the rest.
    QWidget *pageWidget(Page page);
    bool isPageBuilt(Page page) const;
    static QString pageTitle(Page page);

    // The database path as the status bar shows it.
    QString databasePathShown() const;

    // Stores geometry and state in AppSettings (also done on close).
    void saveWindowState();
    void restoreWindowState();

Q_SIGNALS:
    void newDatabaseRequested();
    // An empty path asks the user for the file.
    void openDatabaseRequested(const QString &path);
    void languageChangeRequested(const QString &language);
    // Pengaturan > Backups: a verified archive the user confirmed to restore.
    void restoreRequested(const QString &archive);

protected:
    void closeEvent(QCloseEvent *event) override;

public:
    // The daily backup at start-up: quiet unless it fails (status bar).
    void backUpIfDue();

private:
    void createPages();
    QWidget *buildPage(Page page);
    SettingsPage *settingsPage();
    void createMenus();
    void fillRecentMenu();
    void backUpNow();
    void showAbout();

    Context m_context;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_databasePath;
    QMenu *m_recentMenu = nullptr;
    HomePage *m_home = nullptr;
    // The pages built so far; the stack holds an empty placeholder for the others.
    std::array<QWidget *, pageCount> m_built{};
};

} // namespace sisambang::ui
