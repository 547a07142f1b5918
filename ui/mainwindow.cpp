// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "aboutdialog.h"
#include "activities/activitypage.h"
#include "agreements/agreementpage.h"
#include "appsettings.h"
#include "backup.h"
#include "common/icons.h"
#include "common/messages.h"
#include "database.h"
#include "home/homepage.h"
#include "officeprofile.h"
#include "reports/reportpage.h"
#include "schedule/schedulepage.h"
#include "settings/backuppanel.h"
#include "settings/settingspage.h"
#include "stakeholders/stakeholderpage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

namespace sisambang::ui {

namespace {

IconId pageIcon(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Home:
        return IconId::Home;
    case MainWindow::Page::Stakeholders:
        return IconId::Stakeholders;
    case MainWindow::Page::Agreements:
        return IconId::Agreements;
    case MainWindow::Page::Schedule:
        return IconId::Schedule;
    case MainWindow::Page::Activities:
        return IconId::Activities;
    case MainWindow::Page::Reports:
        return IconId::Reports;
    case MainWindow::Page::Settings:
        return IconId::Settings;
    }
    return IconId::Home;
}

} // namespace

MainWindow::MainWindow(const Context &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_databasePath(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    db::OfficeProfileStore store(m_context.database);
    auto profile = store.load();
    const QString office =
        profile && !profile->officeName.isEmpty() ? profile->officeName : QString();
    setWindowTitle(office.isEmpty() ? tr("SiSambang") : tr("%1 - SiSambang").arg(office));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(224);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.08);
    m_navigation->setFont(navigationFont);
    // The side bar reads as one panel, set apart from the page.
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);

    m_pages->setObjectName(QStringLiteral("pages"));
    createPages();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_databasePath->setObjectName(QStringLiteral("databasePath"));
    m_databasePath->setText(
        tr("Database: %1").arg(QDir::toNativeSeparators(m_context.database.path())));
    m_databasePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databasePath, 1);

    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            pageWidget(static_cast<Page>(row));
            m_pages->setCurrentIndex(row);
        }
    });
    m_navigation->setCurrentRow(0);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QString MainWindow::pageTitle(Page page)
{
    switch (page) {
    case Page::Home:
        return tr("Home");
    case Page::Stakeholders:
        return tr("Stakeholders");
    case Page::Agreements:
        return tr("MoU");
    case Page::Schedule:
        return tr("Schedule");
    case Page::Activities:
        return tr("Activities");
    case Page::Reports:
        return tr("Reports");
    case Page::Settings:
        return tr("Settings");
    }
    return {};
}

void MainWindow::createPages()
{
    for (int index = 0; index < pageCount; ++index) {
        const auto page = static_cast<Page>(index);
        m_pages->addWidget(new QWidget(m_pages)); // until the page is first needed
        auto *item = new QListWidgetItem(icon(pageIcon(page)), pageTitle(page), m_navigation);
        item->setSizeHint(QSize(0, 40));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(page)).arg(index + 1));
    }
    // Beranda is what the window opens on; every other page waits until it is
    // shown or asked for, which keeps their widgets and queries out of the start.
    m_home = static_cast<HomePage *>(pageWidget(Page::Home));
}

QWidget *MainWindow::buildPage(Page page)
{
    switch (page) {
    case Page::Home: {
        auto *home = new HomePage(m_context, m_pages);
        connect(home, &HomePage::agreementRequested, this, [this](qint64 id) {
            showPage(Page::Agreements);
            static_cast<AgreementPage *>(pageWidget(Page::Agreements))->select(id);
        });
        connect(home, &HomePage::activityRequested, this, &MainWindow::showActivity);
        return home;
    }
    case Page::Stakeholders:
        return new StakeholderPage(m_context, m_pages);
    case Page::Agreements:
        return new AgreementPage(m_context, m_pages);
    case Page::Schedule:
        return new SchedulePage(m_context, m_pages);
    case Page::Activities:
        return new ActivityPage(m_context, m_pages);
    case Page::Reports:
        return new ReportPage(m_context, m_pages);
    case Page::Settings: {
        auto *settings = new SettingsPage(m_context, m_pages);
        connect(settings, &SettingsPage::profileSaved, this, [this] {
            m_home->refresh();
            db::OfficeProfileStore store(m_context.database);
            if (auto profile = store.load(); profile && !profile->officeName.isEmpty()) {
                setWindowTitle(tr("%1 - SiSambang").arg(profile->officeName));
            }
        });
        connect(settings, &SettingsPage::languageChosen, this,
                &MainWindow::languageChangeRequested);
        connect(settings, &SettingsPage::restoreRequested, this, &MainWindow::restoreRequested);
        return settings;
    }
    }
    return nullptr;
}

QWidget *MainWindow::pageWidget(Page page)
{
    const int index = static_cast<int>(page);
    if (!m_built.at(index)) {
        QWidget *built = buildPage(page);
        QWidget *placeholder = m_pages->widget(index);
        const bool current = m_pages->currentWidget() == placeholder;
        m_pages->insertWidget(index, built);
        m_pages->removeWidget(placeholder);
        delete placeholder;
        if (current) {
            m_pages->setCurrentWidget(built);
        }
        m_built.at(index) = built;
    }
    return m_built.at(index);
}

bool MainWindow::isPageBuilt(Page page) const
{
    return m_built.at(static_cast<int>(page)) != nullptr;
}

SettingsPage *MainWindow::settingsPage()
{
    return static_cast<SettingsPage *>(pageWidget(Page::Settings));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDatabase = file->addAction(icon(IconId::DatabaseNew), tr("&New Database..."), this,
                                           &MainWindow::newDatabaseRequested);
    // Ctrl+N is kept for "new record" on the pages; a new database is rarer.
    newDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newDatabase->setObjectName(QStringLiteral("actionNewDatabase"));
    QAction *open = file->addAction(icon(IconId::DatabaseOpen), tr("&Open Database..."), this,
                                    [this] { Q_EMIT openDatabaseRequested(QString()); });
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_recentMenu = file->addMenu(icon(IconId::Database), tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    QAction *backup =
        file->addAction(icon(IconId::Database), tr("&Back Up Now"), this, &MainWindow::backUpNow);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    backup->setObjectName(QStringLiteral("actionBackupNow"));
    file->addSeparator();
    QAction *quit = file->addAction(icon(IconId::Quit), tr("&Quit"), this, &MainWindow::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int index = 0; index < pageCount; ++index) {
        const auto page = static_cast<Page>(index);
        QAction *action = go->addAction(icon(pageIcon(page)), pageTitle(page), this,
                                        [this, page] { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        action->setObjectName(QStringLiteral("actionPage%1").arg(index + 1));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about =
        help->addAction(icon(IconId::About), tr("&About SiSambang"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    about->setObjectName(QStringLiteral("actionAbout"));
    QAction *aboutQt =
        help->addAction(icon(IconId::AboutQt), tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QString current = QFileInfo(m_context.database.path()).absoluteFilePath();
    for (const QString &path : m_context.settings.recentDatabases()) {
        if (path == current) {
            continue;
        }
        QAction *action =
            m_recentMenu->addAction(icon(IconId::Database), QDir::toNativeSeparators(path), this,
                                    [this, path] { Q_EMIT openDatabaseRequested(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::backUpNow()
{
    // One way to back up by hand: Pengaturan's panel, which lists the result.
    settingsPage()->backupPanel()->backUpNow();
}

void MainWindow::backUpIfDue()
{
    const QString folder = db::BackupSchedule::folderFor(m_context.database);
    auto written = db::BackupSchedule(folder).run(m_context.database, QDateTime::currentDateTime());
    if (!written) {
        statusBar()->showMessage(tr("The daily backup failed: %1").arg(written.error().message));
    } else if (!written->isEmpty()) {
        statusBar()->showMessage(
            tr("Daily backup written: %1").arg(QDir::toNativeSeparators(*written)), 10000);
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

void MainWindow::showActivity(qint64 id)
{
    showPage(Page::Activities);
    static_cast<ActivityPage *>(pageWidget(Page::Activities))->showActivity(id);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QString MainWindow::databasePathShown() const
{
    return m_databasePath->text();
}

void MainWindow::saveWindowState()
{
    m_context.settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    m_context.settings.setValue(AppSettings::Key::WindowState, saveState());
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry =
        m_context.settings.value(AppSettings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a comfortable size that fits the screen.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(QSize(1280, 800).boundedTo(available.size()));
    }
    restoreState(m_context.settings.value(AppSettings::Key::WindowState).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace sisambang::ui
