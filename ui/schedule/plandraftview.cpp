// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandraftview.h"

#include "activitylistmodel.h"
#include "calendarmodel.h"
#include "calendarview.h"
#include "common/messages.h"
#include "context.h"
#include "slotedit.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sisambang::ui {

PlanDraftView::PlanDraftView(Context &context, const QString &zone, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_zone(zone)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_model(new ActivityListModel(this))
    , m_table(new QTableView(this))
    , m_calendarModel(new CalendarModel(this))
    , m_calendar(new CalendarView(this))
    , m_period(new QLabel(this))
    , m_unplaced(new QListWidget(this))
    , m_move(new QPushButton(tr("&Move..."), this))
    , m_drop(new QPushButton(tr("D&rop visit"), this))
{
    setObjectName(QStringLiteral("planDraftView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("draftSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_model->setTimeZoneLabel(zone);
    m_table->setObjectName(QStringLiteral("draftTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(ActivityListModel::StatusColumn, true);
    m_tabs->addTab(m_table, tr("Table"));

    auto *calendarTab = new QWidget(m_tabs);
    auto *calendarLayout = new QVBoxLayout(calendarTab);
    auto *navigation = new QHBoxLayout;
    auto *previous = new QToolButton(calendarTab);
    auto *next = new QToolButton(calendarTab);
    previous->setArrowType(Qt::LeftArrow);
    next->setArrowType(Qt::RightArrow);
    previous->setToolTip(tr("Previous month"));
    next->setToolTip(tr("Next month"));
    m_period->setObjectName(QStringLiteral("draftPeriod"));
    navigation->addWidget(previous);
    navigation->addWidget(m_period, 1, Qt::AlignCenter);
    navigation->addWidget(next);
    calendarLayout->addLayout(navigation);
    m_calendar->setObjectName(QStringLiteral("draftCalendar"));
    m_calendar->setCalendar(m_calendarModel);
    calendarLayout->addWidget(m_calendar, 1);
    m_tabs->addTab(calendarTab, tr("Calendar"));

    m_unplaced->setObjectName(QStringLiteral("unplaced"));
    m_unplaced->setWordWrap(true);
    m_tabs->addTab(m_unplaced, tr("Did not fit"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    m_move->setObjectName(QStringLiteral("moveVisit"));
    m_drop->setObjectName(QStringLiteral("dropVisit"));
    m_drop->setToolTip(tr("Leave the chosen visit out of the plan (Delete)"));
    buttons->addWidget(m_move);
    buttons->addWidget(m_drop);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *dropAction = new QAction(this);
    dropAction->setShortcut(QKeySequence::Delete);
    dropAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(dropAction);

    connect(dropAction, &QAction::triggered, this, &PlanDraftView::dropSelected);
    connect(m_move, &QPushButton::clicked, this, &PlanDraftView::moveSelected);
    connect(m_drop, &QPushButton::clicked, this, &PlanDraftView::dropSelected);
    connect(m_table, &QTableView::doubleClicked, this, &PlanDraftView::moveSelected);
    connect(m_calendar, &CalendarView::activityActivated, this, &PlanDraftView::moveSelected);
    connect(previous, &QToolButton::clicked, this,
            [this] { showCalendarPeriod(m_calendarModel->step(-1)); });
    connect(next, &QToolButton::clicked, this,
            [this] { showCalendarPeriod(m_calendarModel->step(1)); });
    clear();
}

PlanDraftView::~PlanDraftView() = default;

void PlanDraftView::clear()
{
    m_draft = {};
    m_hasDraft = false;
    m_summary->setText(tr("Choose the MoU and the window, then press \"Make draft\" to see the "
                          "plan before anything is saved."));
    refresh();
}

void PlanDraftView::setDraft(const db::PlanDraft &draft)
{
    m_draft = draft;
    m_hasDraft = true;
    showCalendarPeriod(draft.options.from);
    refresh();
    Q_EMIT draftChanged();
}

void PlanDraftView::showCalendarPeriod(const QDate &date)
{
    m_calendarModel->showPeriod(CalendarModel::Span::Month, date);
    m_period->setText(m_calendarModel->periodTitle());
    if (auto snapshot = ScheduleSnapshot::fromDraft(m_context.database, m_draft)) {
        m_calendarModel->setSnapshot(*snapshot);
    }
}

void PlanDraftView::refresh()
{
    auto snapshot = ScheduleSnapshot::fromDraft(m_context.database, m_draft);
    if (!snapshot) {
        m_context.messages.warning(this, tr("Draft"), snapshot.error().message);
        return;
    }
    m_model->setSnapshot(*snapshot);
    fitActivityColumns(m_table);
    m_calendarModel->setSnapshot(*snapshot);
    m_period->setText(m_calendarModel->periodTitle());

    m_unplaced->clear();
    QHash<QString, QString> names;
    for (const db::ScheduleVillage &village : std::as_const(m_draft.villages)) {
        names.insert(village.code,
                     QStringLiteral("%1 (%2)").arg(village.name, village.districtName));
    }
    for (const db::UnplacedVillage &missing : std::as_const(m_draft.plan.unplaced)) {
        const QString name = names.value(missing.villageCode, missing.villageCode);
        m_unplaced->addItem(
            missing.visitNumber > 1
                ? tr("%1, visit %2: %3").arg(name).arg(missing.visitNumber).arg(missing.reason)
                : tr("%1: %2").arg(name, missing.reason));
    }
    for (const QString &code : std::as_const(m_draft.plan.skippedAsVisited)) {
        auto *item = new QListWidgetItem(
            tr("%1: left out, already visited under this MoU").arg(names.value(code, code)));
        item->setForeground(palette().color(QPalette::PlaceholderText));
        m_unplaced->addItem(item);
    }
    const int missing = static_cast<int>(m_draft.plan.unplaced.size());
    m_tabs->setTabText(2, missing > 0 ? tr("Did not fit (%1)").arg(missing) : tr("Did not fit"));
    m_move->setEnabled(m_hasDraft && !m_draft.activities.isEmpty());
    m_drop->setEnabled(m_hasDraft && !m_draft.activities.isEmpty());
    if (!m_hasDraft) {
        return;
    }
    QStringList summary;
    summary << tr("%n visit(s) planned on working days from %1 to %2.", "",
                  static_cast<int>(m_draft.activities.size()))
                   .arg(m_draft.options.from.toString(QStringLiteral("dd-MM-yyyy")),
                        m_draft.options.to.toString(QStringLiteral("dd-MM-yyyy")));
    if (missing > 0) {
        summary << tr("%n visit(s) did not fit: see \"Did not fit\".", "", missing);
    }
    if (const int clashes = snapshot->openClashCount(); clashes > 0) {
        summary << tr("%n visit(s) clash with the schedule.", "", clashes);
    }
    if (m_draft.draftAgreement) {
        summary << tr("The MoU is still a draft: the visits are marked as planned under a draft.");
    }
    m_summary->setText(summary.join(u' '));
}

void PlanDraftView::recheck()
{
    auto clashes = db::ClashDetector(m_context.database).check(m_draft.activities);
    m_draft.clashes = clashes ? *clashes : QList<db::Clash>{};
    refresh();
    Q_EMIT draftChanged();
}

int PlanDraftView::selectedVisit() const
{
    if (m_tabs->currentIndex() == 1) {
        const qint64 key = m_calendar->selectedKey();
        return key < 0 ? static_cast<int>(-key - 1) : -1;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool PlanDraftView::moveVisit(int index, const QDate &date, const QTime &start, const QTime &end)
{
    if (index < 0 || index >= m_draft.activities.size() || !date.isValid() || end <= start) {
        return false;
    }
    db::Activity &activity = m_draft.activities[index];
    for (db::PlannedVisit &visit : m_draft.plan.visits) {
        if (visit.villageCode == activity.regionCode && visit.visitNumber == activity.visitNumber) {
            visit.date = date;
            visit.start = start;
            visit.end = end;
        }
    }
    activity.date = date;
    activity.start = start;
    activity.end = end;
    // The list stays in date order, as the saved schedule will be.
    std::stable_sort(m_draft.activities.begin(), m_draft.activities.end(),
                     [](const db::Activity &a, const db::Activity &b) {
                         return std::tie(a.date, a.start) < std::tie(b.date, b.start);
                     });
    recheck();
    return true;
}

bool PlanDraftView::dropVisit(int index)
{
    if (index < 0 || index >= m_draft.activities.size()) {
        return false;
    }
    const db::Activity activity = m_draft.activities.takeAt(index);
    m_draft.plan.visits.removeIf([&](const db::PlannedVisit &visit) {
        return visit.villageCode == activity.regionCode &&
               visit.visitNumber == activity.visitNumber;
    });
    // A dropped visit leaves its desa unplanned: saving then needs the clerk's consent.
    m_draft.plan.unplaced.append(
        {activity.regionCode, activity.visitNumber, tr("left out of the draft by the clerk")});
    recheck();
    return true;
}

void PlanDraftView::moveSelected()
{
    const int index = selectedVisit();
    if (index < 0) {
        return;
    }
    const db::Activity &activity = m_draft.activities.at(index);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("moveVisitDialog"));
    dialog.setWindowTitle(tr("Move the visit to %1").arg(activity.regionName));
    auto *layout = new QVBoxLayout(&dialog);
    auto *slot = new SlotEdit(m_zone, &dialog);
    slot->setSlot(activity.date, activity.start, activity.end);
    layout->addWidget(slot);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted &&
        !moveVisit(index, slot->date(), slot->start(), slot->end())) {
        m_context.messages.warning(this, tr("Move"), tr("The visit must end after it starts."));
    }
}

void PlanDraftView::dropSelected()
{
    dropVisit(selectedVisit());
}

} // namespace sisambang::ui
