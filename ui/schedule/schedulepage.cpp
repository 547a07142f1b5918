// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulepage.h"

#include "activitycommands.h"
#include "activitydialog.h"
#include "activitylistmodel.h"
#include "calendarmodel.h"
#include "calendarview.h"
#include "common/icons.h"
#include "common/messages.h"
#include "common/pageheader.h"
#include "context.h"
#include "generatordialog.h"
#include "plandraftview.h"
#include "scheduleexport.h"
#include "scheduleexportactions.h"
#include "schedulefilterbar.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly
                                                       : Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    return button;
}

QString legend()
{
    QStringList parts;
    for (auto status : {db::ActivityStatus::Planned, db::ActivityStatus::Done,
                        db::ActivityStatus::Postponed, db::ActivityStatus::Cancelled}) {
        parts << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                     .arg(activityStatusColour(status).name(),
                          activityStatusText(status).toHtmlEscaped());
    }
    return parts.join(QStringLiteral("&nbsp;&nbsp; "));
}

} // namespace

SchedulePage::SchedulePage(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_office(ScheduleOffice::load(context.database))
    , m_anchor(QDate::currentDate())
    , m_exporter(std::make_unique<DocumentScheduleExporter>())
    , m_filters(new ScheduleFilterBar(context, m_office.regencyCode, this))
    , m_calendarModel(new CalendarModel(this))
    , m_calendar(new CalendarView(this))
    , m_listModel(new ActivityListModel(this))
    , m_list(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_period(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("schedulePage"));
    createActions();

    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setCalendar(m_calendarModel);
    m_listModel->setTimeZoneLabel(m_office.zone);
    m_list->setObjectName(QStringLiteral("activityList"));
    m_list->setModel(m_listModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    m_stack->addWidget(m_calendar);
    m_stack->addWidget(m_list);
    for (QWidget *view : {static_cast<QWidget *>(m_calendar), static_cast<QWidget *>(m_list)}) {
        view->addAction(action(QStringLiteral("delete")));
    }

    QFont periodFont = m_period->font();
    periodFont.setPointSizeF(periodFont.pointSizeF() * 1.25);
    periodFont.setBold(true);
    m_period->setFont(periodFont);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setMinimumWidth(
        m_period->fontMetrics().horizontalAdvance(QStringLiteral("September 2024")) + 16);
    m_period->setAlignment(Qt::AlignCenter);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 2);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Schedule"),
        tr("Sambang visits and other activities: calendar, list, clashes and the generator"),
        this));
    layout->addWidget(createToolbar());
    layout->addWidget(m_filters);
    layout->addWidget(m_stack, 1);
    auto *legendRow = new QHBoxLayout;
    auto *legendLabel = new QLabel(legend(), this);
    legendLabel->setTextFormat(Qt::RichText);
    legendRow->addWidget(legendLabel);
    legendRow->addWidget(m_summary, 1);
    layout->addLayout(legendRow);
    auto *selectedRow = new QHBoxLayout;
    selectedRow->addWidget(m_details, 1);
    for (const char *name : {"edit", "reschedule", "markDone"}) {
        selectedRow->addWidget(toolButton(action(QLatin1String(name)), this), 0, Qt::AlignTop);
    }
    auto *statusButton = new QToolButton(this);
    statusButton->setText(tr("Status"));
    statusButton->setPopupMode(QToolButton::InstantPopup);
    auto *statusMenu = new QMenu(statusButton);
    for (const char *name : {"postpone", "cancel", "replan"}) {
        statusMenu->addAction(action(QLatin1String(name)));
    }
    statusButton->setMenu(statusMenu);
    selectedRow->addWidget(statusButton, 0, Qt::AlignTop);
    selectedRow->addWidget(toolButton(action(QStringLiteral("acceptClash")), this), 0,
                           Qt::AlignTop);
    layout->addLayout(selectedRow);

    connect(m_filters, &ScheduleFilterBar::changed, this, &SchedulePage::refresh);
    connect(m_calendar, &CalendarView::activitySelected, this, &SchedulePage::selectActivity);
    connect(m_calendar, &CalendarView::activityActivated, this, &SchedulePage::editActivity);
    connect(m_calendar, &CalendarView::dayActivated, this, [this](const QDate &date) {
        m_calendar->setCurrentDate(date);
        newActivity();
    });
    connect(m_calendar, &CalendarView::moreRequested, this, [this](const QDate &date) {
        m_anchor = date;
        setView(View::Week);
    });
    connect(m_calendar, &CalendarView::contextMenuForActivity, this,
            &SchedulePage::showContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    selectActivity(m_listModel->keyAt(current.row()));
                }
            });
    connect(m_list, &QTableView::activated, this,
            [this](const QModelIndex &index) { editActivity(m_listModel->keyAt(index.row())); });
    connect(m_list, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_list->indexAt(at);
        if (index.isValid()) {
            showContextMenu(m_listModel->keyAt(index.row()), m_list->viewport()->mapToGlobal(at));
        }
    });
    setView(View::Month);
}

SchedulePage::~SchedulePage() = default;

void SchedulePage::createActions()
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
    make(QStringLiteral("newActivity"), tr("&New activity"), QKeySequence::New, [this] {
        newActivity();
    })->setIcon(icon(IconId::Add));
    make(QStringLiteral("generate"), tr("&Generate..."), QKeySequence(Qt::CTRL | Qt::Key_G),
         [this] { generate(); })
        ->setIcon(icon(IconId::Schedule));
    make(QStringLiteral("edit"), tr("&Open"), QKeySequence(Qt::CTRL | Qt::Key_E),
         [this] { editSelected(); });
    make(QStringLiteral("reschedule"), tr("&Reschedule..."), QKeySequence(Qt::CTRL | Qt::Key_R),
         [this] { rescheduleSelected(); });
    make(QStringLiteral("markDone"), ActivityCommands::statusActionText(S::Done),
         QKeySequence(Qt::CTRL | Qt::Key_D), [this] { setSelectedStatus(S::Done); });
    make(QStringLiteral("postpone"), ActivityCommands::statusActionText(S::Postponed), {},
         [this] { setSelectedStatus(S::Postponed); });
    make(QStringLiteral("cancel"), ActivityCommands::statusActionText(S::Cancelled), {},
         [this] { setSelectedStatus(S::Cancelled); });
    make(QStringLiteral("replan"), ActivityCommands::statusActionText(S::Planned), {},
         [this] { setSelectedStatus(S::Planned); });
    make(QStringLiteral("acceptClash"), tr("&Accept clash..."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { acceptSelectedClashes(); });
    QAction *remove = make(QStringLiteral("delete"), tr("De&lete"), QKeySequence::Delete,
                           [this] { deleteSelected(); });
    // Delete acts on the view that has the focus only.
    removeAction(remove);
    remove->setShortcutContext(Qt::WidgetShortcut);
    make(QStringLiteral("previous"), tr("Previous"), QKeySequence(Qt::Key_PageUp), [this] {
        step(-1);
    })->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));
    make(QStringLiteral("next"), tr("Next"), QKeySequence(Qt::Key_PageDown), [this] {
        step(1);
    })->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    make(QStringLiteral("today"), tr("&Today"), QKeySequence(Qt::CTRL | Qt::Key_T),
         [this] { goToday(); });
    make(QStringLiteral("monthView"), tr("&Month"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
         [this] { setView(View::Month); });
    make(QStringLiteral("weekView"), tr("&Week"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
         [this] { setView(View::Week); });
    make(QStringLiteral("listView"), tr("&List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
         [this] { setView(View::List); });
    make(QStringLiteral("exportPdf"), tr("&PDF..."), QKeySequence::Print, [this] {
        exportPdf();
    })->setIcon(icon(IconId::Reports));
    make(QStringLiteral("exportSpreadsheet"), tr("&XLSX/CSV..."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportSpreadsheet(); })
        ->setIcon(icon(IconId::Import));
    for (const char *name : {"monthView", "weekView", "listView"}) {
        action(QLatin1String(name))->setCheckable(true);
    }
}

QAction *SchedulePage::action(const QString &name) const
{
    for (QAction *each : m_actions) {
        if (each->objectName() == name) {
            return each;
        }
    }
    return nullptr;
}

QWidget *SchedulePage::createToolbar()
{
    // A tool bar folds what does not fit behind its extension arrow, so the
    // page still fits a 1000-pixel window.
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("scheduleToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    bar->addAction(action(QStringLiteral("newActivity")));
    bar->addAction(action(QStringLiteral("generate")));
    bar->addSeparator();
    auto *views = new QActionGroup(this);
    for (const char *name : {"monthView", "weekView", "listView"}) {
        views->addAction(action(QLatin1String(name)));
        bar->addAction(action(QLatin1String(name)));
    }
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("previous")));
    bar->addWidget(m_period);
    bar->addAction(action(QStringLiteral("next")));
    bar->addAction(action(QStringLiteral("today")));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(new QLabel(tr("Export:"), bar));
    bar->addAction(action(QStringLiteral("exportPdf")));
    bar->addAction(action(QStringLiteral("exportSpreadsheet")));
    // The arrows alone: their tooltips say what they do.
    for (const char *name : {"previous", "next"}) {
        if (auto *arrow =
                qobject_cast<QToolButton *>(bar->widgetForAction(action(QLatin1String(name))))) {
            arrow->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
    return bar;
}

void SchedulePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The register and the MoUs may have changed on other pages.
    m_filters->reload();
    refresh();
}

void SchedulePage::setView(View view)
{
    // The week shown is the one of the day or activity in hand.
    if (view == View::Week && m_view != View::Week) {
        if (const db::Activity *activity = selected()) {
            m_anchor = activity->date;
        } else if (const QDate day = m_calendar->currentDate();
                   day.isValid() && day.month() == m_anchor.month()) {
            m_anchor = day;
        }
    }
    m_view = view;
    action(QStringLiteral("monthView"))->setChecked(view == View::Month);
    action(QStringLiteral("weekView"))->setChecked(view == View::Week);
    action(QStringLiteral("listView"))->setChecked(view == View::List);
    m_stack->setCurrentIndex(view == View::List ? 1 : 0);
    action(QStringLiteral("previous"))
        ->setToolTip(view == View::Week ? tr("Previous week (PgUp)") : tr("Previous month (PgUp)"));
    action(QStringLiteral("next"))
        ->setToolTip(view == View::Week ? tr("Next week (PgDown)") : tr("Next month (PgDown)"));
    refresh();
}

void SchedulePage::showDate(const QDate &date)
{
    m_anchor = date;
    refresh();
}

void SchedulePage::step(int direction)
{
    m_anchor = m_calendarModel->step(direction);
    refresh();
}

void SchedulePage::goToday()
{
    m_anchor = QDate::currentDate();
    refresh();
    m_calendar->setCurrentDate(m_anchor);
}

QDate SchedulePage::periodStart() const
{
    return m_view == View::Week ? m_calendarModel->anchor()
                                : QDate(m_anchor.year(), m_anchor.month(), 1);
}

QDate SchedulePage::periodEnd() const
{
    return m_view == View::Week ? m_calendarModel->anchor().addDays(6)
                                : periodStart().addMonths(1).addDays(-1);
}

ScheduleSnapshot SchedulePage::shownSnapshot() const
{
    // The calendar also shows the edges of the neighbouring months; the list and
    // the exports keep to the period itself.
    ScheduleSnapshot shown = m_snapshot;
    shown.from = periodStart();
    shown.to = periodEnd();
    shown.activities.removeIf([&shown](const db::Activity &activity) {
        return activity.date < shown.from || activity.date > shown.to;
    });
    return shown;
}

void SchedulePage::refresh()
{
    const QDate current = m_calendar->currentDate();
    m_calendarModel->showPeriod(
        m_view == View::Week ? CalendarModel::Span::Week : CalendarModel::Span::Month, m_anchor);
    m_period->setText(m_calendarModel->periodTitle());
    auto snapshot = ScheduleSnapshot::load(m_context.database, m_filters->selection(),
                                           m_calendarModel->firstDay(), m_calendarModel->lastDay());
    if (!snapshot) {
        m_summary->setText(snapshot.error().message);
        return;
    }
    m_snapshot = *snapshot;
    m_calendarModel->setSnapshot(m_snapshot);
    const ScheduleSnapshot shown = shownSnapshot();
    m_listModel->setSnapshot(shown);
    fitActivityColumns(m_list);
    const int clashes = shown.openClashCount();
    QString summary = tr("%n activity(ies)", "", static_cast<int>(shown.activities.size()));
    if (clashes > 0) {
        summary = tr("%1, %n with open clashes", "", clashes).arg(summary);
    }
    m_summary->setText(shown.activities.isEmpty()
                           ? tr("No activities in this period. New activity: Ctrl+N; a plan "
                                "from an MoU: Ctrl+G.")
                           : summary);
    if (current.isValid() && current >= m_calendarModel->firstDay() &&
        current <= m_calendarModel->lastDay()) {
        m_calendar->setCurrentDate(current);
    }
    if (m_snapshot.indexOf(m_selectedId) < 0) {
        m_selectedId = 0;
    }
    selectActivity(m_selectedId);
}

const db::Activity *SchedulePage::selected() const
{
    return m_selectedId > 0 ? m_snapshot.find(m_selectedId) : nullptr;
}

void SchedulePage::selectActivity(qint64 id)
{
    m_selectedId = m_snapshot.indexOf(id) >= 0 ? id : 0;
    if (m_calendar->selectedKey() != m_selectedId) {
        m_calendar->selectKey(m_selectedId);
    }
    const int row = m_listModel->rowOf(m_selectedId);
    if (row >= 0 && m_list->currentIndex().row() != row) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectRow(row);
    }
    updateSelection();
}

void SchedulePage::showActivity(qint64 id)
{
    const auto activity = db::ActivityRepository(m_context.database).find(id);
    if (!activity) {
        m_context.messages.warning(this, tr("Schedule"), activity.error().message);
        return;
    }
    showDate(activity->date);
    selectActivity(id);
}

void SchedulePage::updateSelection()
{
    const db::Activity *activity = selected();
    using S = db::ActivityStatus;
    const S status = activity ? activity->status : S::Planned;
    action(QStringLiteral("edit"))->setEnabled(activity != nullptr);
    action(QStringLiteral("reschedule"))
        ->setEnabled(activity && (status == S::Planned || status == S::Postponed));
    action(QStringLiteral("markDone"))
        ->setEnabled(activity && ActivityCommands::canChange(status, S::Done));
    action(QStringLiteral("postpone"))
        ->setEnabled(activity && ActivityCommands::canChange(status, S::Postponed));
    action(QStringLiteral("cancel"))
        ->setEnabled(activity && ActivityCommands::canChange(status, S::Cancelled));
    action(QStringLiteral("replan"))
        ->setEnabled(activity && ActivityCommands::canChange(status, S::Planned));
    action(QStringLiteral("acceptClash"))
        ->setEnabled(activity && m_snapshot.openClashCount(activity->id) > 0);
    action(QStringLiteral("delete"))->setEnabled(activity && status == S::Planned);
    if (activity == nullptr) {
        m_details->setText(tr("Choose an activity in the calendar or the list to act on it."));
        return;
    }
    QStringList names;
    for (const db::ActivityOfficer &officer : activity->officers) {
        names << officer.name;
    }
    QStringList lines{
        QStringLiteral("%1  %2  %3 (%4)  %5  [%6]")
            .arg(QLocale().toString(activity->date, QStringLiteral("dddd, dd-MM-yyyy")),
                 ActivityListModel::timeSpan(activity->start, activity->end, m_office.zone),
                 activity->regionName, activity->districtName, activity->venue,
                 activityStatusText(activity->status)),
        names.isEmpty() ? tr("No officers assigned.")
                        : tr("Officers: %1").arg(names.join(QStringLiteral(", ")))};
    if (const auto clashes = m_snapshot.clashesOf(activity->id); !clashes.isEmpty()) {
        lines << clashLines(clashes);
    }
    m_details->setText(lines.join(u'\n'));
}

void SchedulePage::showContextMenu(qint64 key, const QPoint &globalPosition)
{
    selectActivity(key);
    if (selected() == nullptr) {
        return;
    }
    QMenu menu(this);
    for (const char *name : {"edit", "reschedule", "markDone", "postpone", "cancel", "replan",
                             "acceptClash", "delete"}) {
        menu.addAction(action(QLatin1String(name)));
    }
    menu.exec(globalPosition);
}

void SchedulePage::newActivity()
{
    ActivityDialog dialog(m_context, this);
    const QDate day = m_calendar->currentDate();
    dialog.newActivity(day.isValid() ? day : QDate::currentDate());
    connect(&dialog, &ActivityDialog::changed, this, [this](qint64 id) {
        m_selectedId = id;
        refresh();
    });
    dialog.exec();
}

void SchedulePage::editActivity(qint64 id)
{
    if (id <= 0) {
        return;
    }
    ActivityDialog dialog(m_context, this);
    if (!dialog.load(id)) {
        refresh();
        return;
    }
    connect(&dialog, &ActivityDialog::changed, this, [this](qint64 changed) {
        m_selectedId = changed;
        refresh();
    });
    dialog.exec();
}

void SchedulePage::editSelected()
{
    editActivity(m_selectedId);
}

void SchedulePage::rescheduleSelected()
{
    if (const db::Activity *activity = selected()) {
        ActivityCommands commands(m_context, this, m_office.zone);
        if (commands.reschedule(*activity)) {
            refresh();
        }
    }
}

void SchedulePage::setSelectedStatus(db::ActivityStatus status)
{
    const db::Activity *activity = selected();
    if (activity && ActivityCommands::canChange(activity->status, status)) {
        ActivityCommands commands(m_context, this, m_office.zone);
        if (commands.setStatus(*activity, status)) {
            refresh();
        }
    }
}

void SchedulePage::acceptSelectedClashes()
{
    if (const db::Activity *activity = selected()) {
        ActivityCommands commands(m_context, this, m_office.zone);
        if (commands.acceptClashes(*activity, m_snapshot.clashesOf(activity->id))) {
            refresh();
        }
    }
}

void SchedulePage::deleteSelected()
{
    if (const db::Activity *activity = selected()) {
        ActivityCommands commands(m_context, this, m_office.zone);
        if (commands.remove(*activity)) {
            refresh();
        }
    }
}

void SchedulePage::generate()
{
    GeneratorDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedPlanId() > 0) {
        const db::PlanDraft &draft = dialog.draftView()->draft();
        m_context.messages.information(this, tr("Plan saved"),
                                       tr("%n visit(s) were added to the schedule.", "",
                                          static_cast<int>(draft.activities.size())));
        m_anchor = draft.activities.isEmpty() ? m_anchor : draft.activities.first().date;
        m_filters->reload();
        refresh();
    }
}

void SchedulePage::setExporter(std::unique_ptr<ScheduleExporter> exporter)
{
    m_exporter = std::move(exporter);
}

QString SchedulePage::exportPdf()
{
    return ScheduleExportActions(m_context, this, *m_exporter)
        .pdf({shownSnapshot(), m_filters->printedFilters(), m_office.zone});
}

QString SchedulePage::exportSpreadsheet()
{
    return ScheduleExportActions(m_context, this, *m_exporter)
        .spreadsheet({shownSnapshot(), m_filters->printedFilters(), m_office.zone});
}

} // namespace sisambang::ui
