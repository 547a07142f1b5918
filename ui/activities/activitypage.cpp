// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitypage.h"

#include "activitybrowser.h"
#include "activityheader.h"
#include "activityprinter.h"
#include "attendance.h"
#include "attendancetab.h"
#include "common/emptystate.h"
#include "common/icons.h"
#include "common/messages.h"
#include "common/pageheader.h"
#include "context.h"
#include "minutestab.h"
#include "participantstab.h"
#include "photostab.h"
#include "qtphotocodec.h"
#include "schedule/activitycommands.h"
#include "schedule/scheduleoffice.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sisambang::ui {

ActivityPage::ActivityPage(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_zone(ScheduleOffice::load(context.database).zone)
    , m_codec(std::make_unique<imaging::QtPhotoCodec>())
    , m_browser(
          new ActivityBrowser(context, ScheduleOffice::load(context.database).regencyCode, this))
    , m_stack(new QStackedWidget(this))
    , m_header(new ActivityHeader(context, m_zone, this))
    , m_tabs(new QTabWidget(this))
    , m_participants(new ParticipantsTab(context, this))
    , m_attendance(new AttendanceTab(context, this))
    , m_minutes(new MinutesTab(context, this))
    , m_photos(new PhotosTab(context, *m_codec, this))
    , m_printer(std::make_unique<ActivityPrinter>(context, m_zone, this))
{
    setObjectName(QStringLiteral("activityPage"));
    m_tabs->setObjectName(QStringLiteral("activityTabs"));
    // Each tab scrolls rather than forcing the window beyond a small screen.
    const auto scrolled = [this](QWidget *tab) {
        auto *area = new QScrollArea(this);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(tab);
        return area;
    };
    m_tabs->addTab(scrolled(m_participants), tr("Participants"));
    m_tabs->addTab(scrolled(m_attendance), tr("Attendance"));
    m_tabs->addTab(scrolled(m_minutes), tr("Minutes"));
    m_tabs->addTab(scrolled(m_photos), tr("Documentation"));
    m_tabs->setTabToolTip(0, tr("Whom to invite (Alt+1)"));
    m_tabs->setTabToolTip(1, tr("Who came (Alt+2)"));
    m_tabs->setTabToolTip(2, tr("Notulen and follow-up items (Alt+3)"));
    m_tabs->setTabToolTip(3, tr("Photos (Alt+4)"));
    createActions();

    auto *opened = new QWidget(this);
    auto *openedLayout = new QVBoxLayout(opened);
    openedLayout->setContentsMargins(0, 0, 0, 0);
    openedLayout->addWidget(createToolbar());
    openedLayout->addWidget(m_header);
    openedLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(new EmptyState(
        icon(IconId::Activities), tr("Choose an activity"),
        tr("Choose an activity on the left to prepare it (whom to invite, the invitation and the "
           "attendance sheet) or to record it afterwards (who came, the minutes, follow-up items "
           "and photos, the report). New activities are planned on the Jadwal page."),
        this));
    m_stack->addWidget(opened);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("activitySplitter"));
    splitter->addWidget(m_browser);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({440, 840});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Activities"), tr("Prepare a visit, record it afterwards, print its papers"), this));
    layout->addWidget(splitter, 1);

    connect(m_browser, &ActivityBrowser::activityChosen, this, &ActivityPage::open);
    connect(m_header, &ActivityHeader::followUpClosed, this, &ActivityPage::recordsChanged);
    connect(m_participants, &ParticipantsTab::changed, this, &ActivityPage::recordsChanged);
    connect(m_attendance, &AttendanceTab::changed, this, &ActivityPage::recordsChanged);
    connect(m_minutes, &MinutesTab::changed, this, &ActivityPage::recordsChanged);
    connect(m_photos, &PhotosTab::changed, this, &ActivityPage::recordsChanged);
    // The two lists share the numbers: each shows the other's changes.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (currentTab() == Tab::Attendance) {
            m_attendance->reload();
        } else if (currentTab() == Tab::Participants) {
            m_participants->reload();
        }
    });
    open(m_browser->currentId());
}

ActivityPage::~ActivityPage() = default;

void ActivityPage::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &keys,
                             auto slot) {
        auto *created = new QAction(text, this);
        created->setObjectName(name);
        if (!keys.isEmpty()) {
            created->setShortcut(keys);
            created->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(text).remove(u'&'), keys.toString(QKeySequence::NativeText)));
        }
        // Window-wide while the page shows: a hidden page's shortcuts do not fire.
        created->setShortcutContext(Qt::WindowShortcut);
        addAction(created);
        connect(created, &QAction::triggered, this, slot);
        m_actions << created;
        return created;
    };
    using S = db::ActivityStatus;
    make(QStringLiteral("markDone"), ActivityCommands::statusActionText(S::Done),
         QKeySequence(Qt::CTRL | Qt::Key_D), [this] { markDone(); });
    make(QStringLiteral("replan"), ActivityCommands::statusActionText(S::Planned), {},
         [this] { backToPlanned(); });
    make(QStringLiteral("reschedule"), tr("&Reschedule..."), QKeySequence(Qt::CTRL | Qt::Key_R),
         [this] {
             if (ActivityCommands(m_context, this, m_zone).reschedule(m_activity)) {
                 reload();
             }
         });
    make(QStringLiteral("find"), tr("Find"), QKeySequence::Find, [this] {
        m_browser->search()->setFocus();
        m_browser->search()->selectAll();
    });
    make(QStringLiteral("refresh"), tr("Refresh"), QKeySequence::Refresh, [this] { reload(); });
    const QList<Tab> tabs{Tab::Participants, Tab::Attendance, Tab::Minutes, Tab::Photos};
    for (int index = 0; index < tabs.size(); ++index) {
        make(QStringLiteral("tab%1").arg(index + 1), m_tabs->tabText(index),
             QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + index)),
             [this, tab = tabs.at(index)] { showTab(tab); });
    }
    using Kind = ActivityPrinter::DocumentKind;
    make(QStringLiteral("printInvitation"), tr("&Invitation (Surat Undangan)..."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
         [this] { m_printer->print(Kind::Invitation, m_activity.id); });
    make(QStringLiteral("printAttendance"), tr("&Attendance sheet (Daftar Hadir)..."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
         [this] { m_printer->print(Kind::AttendanceSheet, m_activity.id); });
    make(QStringLiteral("printMinutes"), tr("&Minutes (Notulen)..."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
         [this] { m_printer->print(Kind::Minutes, m_activity.id); });
    make(QStringLiteral("printReport"), tr("Activity &report (Laporan Kegiatan)..."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         [this] { m_printer->print(Kind::Report, m_activity.id); });
}

QAction *ActivityPage::action(const QString &name) const
{
    for (QAction *each : m_actions) {
        if (each->objectName() == name) {
            return each;
        }
    }
    return nullptr;
}

QToolBar *ActivityPage::createToolbar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("activityToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *printButton = new QToolButton(toolbar);
    printButton->setObjectName(QStringLiteral("printButton"));
    printButton->setText(tr("&Print"));
    printButton->setIcon(icon(IconId::Reports));
    printButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    printButton->setPopupMode(QToolButton::InstantPopup);
    auto *printMenu = new QMenu(printButton);
    for (const char *name : {"printInvitation", "printAttendance", "printMinutes", "printReport"}) {
        printMenu->addAction(action(QLatin1String(name)));
    }
    printButton->setMenu(printMenu);
    toolbar->addWidget(printButton);
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("markDone")));
    toolbar->addAction(action(QStringLiteral("replan")));
    toolbar->addAction(action(QStringLiteral("reschedule")));
    return toolbar;
}

void ActivityPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

ActivityPage::Tab ActivityPage::currentTab() const
{
    return static_cast<Tab>(m_tabs->currentIndex());
}

bool ActivityPage::showActivity(qint64 id)
{
    if (!m_browser->select(id)) {
        m_context.messages.warning(this, tr("Activities"),
                                   tr("The activity no longer exists; someone may have removed "
                                      "it."));
        return false;
    }
    if (m_activity.id != id) {
        open(id);
    }
    return m_activity.id == id;
}

void ActivityPage::open(qint64 id)
{
    if (m_activity.id != id && m_minutes->isModified() &&
        m_context.messages.confirm(this, tr("Minutes"),
                                   tr("The minutes of the activity you leave have changes that "
                                      "are not saved. Save them now?"),
                                   tr("Save"))) {
        m_minutes->save();
    }
    const qint64 previous = m_activity.id;
    m_activity = {};
    if (id != 0) {
        auto found = db::ActivityRepository(m_context.database).find(id);
        if (found) {
            m_activity = *found;
        } else {
            m_context.messages.warning(this, tr("Activities"), found.error().message);
        }
    }
    const qint64 shown = m_activity.id;
    m_stack->setCurrentIndex(shown == 0 ? 0 : 1);
    if (shown != 0) {
        m_header->setActivity(m_activity);
    }
    m_participants->setActivity(shown);
    m_attendance->setActivity(shown);
    // Unsaved minutes of the same activity stay on screen through a reload.
    if (shown != previous || !m_minutes->isModified()) {
        m_minutes->setActivity(shown, m_activity.start, m_activity.end);
    }
    m_photos->setActivity(shown, m_activity.date);
    updateActions();
}

void ActivityPage::reload()
{
    const qint64 id = m_activity.id;
    m_browser->reload();
    if (m_browser->currentId() == id) {
        open(id);
    }
}

void ActivityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Other pages change activities and the register: show them as they are.
    m_browser->reload();
    if (m_activity.id != 0) {
        m_header->refresh();
    }
}

void ActivityPage::recordsChanged()
{
    m_header->refresh();
    m_browser->reload();
    updateActions();
}

void ActivityPage::updateActions()
{
    const bool open = m_activity.id != 0;
    using S = db::ActivityStatus;
    action(QStringLiteral("markDone"))
        ->setEnabled(open && ActivityCommands::canChange(m_activity.status, S::Done));
    action(QStringLiteral("replan"))
        ->setEnabled(open && ActivityCommands::canChange(m_activity.status, S::Planned));
    action(QStringLiteral("reschedule"))
        ->setEnabled(open &&
                     (m_activity.status == S::Planned || m_activity.status == S::Postponed));
    for (const char *name : {"printInvitation", "printAttendance", "printMinutes", "printReport"}) {
        action(QLatin1String(name))->setEnabled(open);
    }
}

bool ActivityPage::markDone()
{
    if (m_activity.id == 0 ||
        !ActivityCommands::canChange(m_activity.status, db::ActivityStatus::Done)) {
        return false;
    }
    // Said before the repository refuses: where to go is part of the answer.
    auto attended = db::AttendanceRepository(m_context.database).hasAttendance(m_activity.id);
    if (attended && !*attended) {
        m_context.messages.information(
            this, tr("Mark done"),
            tr("Record who came first: tick the participants present on the Attendance tab, or "
               "add the walk-ins. An activity is done once its attendance is recorded."));
        showTab(Tab::Attendance);
        return false;
    }
    const bool changed =
        ActivityCommands(m_context, this, m_zone).setStatus(m_activity, db::ActivityStatus::Done);
    reload();
    return changed && m_activity.status == db::ActivityStatus::Done;
}

bool ActivityPage::backToPlanned()
{
    if (m_activity.id == 0) {
        return false;
    }
    const bool changed = ActivityCommands(m_context, this, m_zone)
                             .setStatus(m_activity, db::ActivityStatus::Planned);
    reload();
    return changed;
}

} // namespace sisambang::ui
