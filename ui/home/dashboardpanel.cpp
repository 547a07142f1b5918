// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpanel.h"

#include "activities.h"
#include "activityrecords.h"
#include "agreements.h"
#include "context.h"
#include "followups.h"
#include "officeprofile.h"

#include <QColor>
#include <QGroupBox>
#include <QHeaderView>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

enum Role { KindRole = Qt::UserRole, IdRole };
enum class Target { Activity, Agreement };

QString statusText(db::ActivityStatus status)
{
    switch (status) {
    case db::ActivityStatus::Planned:
        return DashboardPanel::tr("planned");
    case db::ActivityStatus::Done:
        return DashboardPanel::tr("done");
    case db::ActivityStatus::Postponed:
        return DashboardPanel::tr("postponed");
    case db::ActivityStatus::Cancelled:
        return DashboardPanel::tr("cancelled");
    }
    return {};
}

} // namespace

DashboardPanel::DashboardPanel(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("dashboardPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_upcoming = addList(QStringLiteral("upcoming"), tr("Next 14 days"), tr("Schedule"),
                         {tr("Date"), tr("Time"), tr("Where"), tr("Status")}, 2);
    m_expiring = addList(QStringLiteral("expiring"), tr("MoUs ending within 90 days"), tr("MoU"),
                         {tr("Ends"), tr("Agreement"), tr("Second party")}, 1);
    m_incomplete = addList(QStringLiteral("incomplete"), tr("Done but records missing"),
                           tr("Activities"), {tr("Date"), tr("Where"), tr("Missing")}, 1);
    m_followUps = addList(QStringLiteral("followUps"), tr("Open follow-up items"), tr("Activities"),
                          {tr("Due"), tr("What"), tr("Who"), tr("Where")}, 1);
}

void DashboardPanel::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // The empty lists are in place and painted; reading them waits until the
    // window is on screen, so that it opens without waiting for the queries.
    if (!m_loaded && !m_loadScheduled) {
        m_loadScheduled = true;
        QTimer::singleShot(0, this, [this] {
            if (!m_loaded) {
                refresh();
            }
        });
    }
}

DashboardPanel::~DashboardPanel() = default;

QTreeWidget *DashboardPanel::addList(const QString &name, const QString &title,
                                     const QString &fullListPage, const QStringList &columns,
                                     int stretchColumn)
{
    auto *box = new QGroupBox(title, this);
    box->setObjectName(name + QStringLiteral("Box"));
    box->setProperty("baseTitle", title);
    box->setProperty("fullListPage", fullListPage);
    auto *list = new QTreeWidget(box);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(columns);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns fit the first rows rather than all (up to maxRows, measured again
    // on every change): the rows of a list are alike, and measuring all of them
    // took more than filling the lists.
    list->header()->setResizeContentsPrecision(30);
    list->header()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    list->setTextElideMode(Qt::ElideRight);
    list->setToolTip(tr("Double-click or press Enter to open."));
    // Four lists share the column: let each shrink to a header and three rows so
    // Beranda still fits a 1366x768 screen.
    list->setMinimumHeight(list->fontMetrics().height() * 5);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    connect(list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { itemActivated(item); });
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(6, 4, 6, 6);
    boxLayout->addWidget(list);
    static_cast<QVBoxLayout *>(layout())->addWidget(box, 1);
    return list;
}

QTreeWidget *DashboardPanel::list(const QString &name) const
{
    return findChild<QTreeWidget *>(name);
}

void DashboardPanel::setTitle(QTreeWidget *list, int shown, int total)
{
    auto *box = qobject_cast<QGroupBox *>(list->parentWidget());
    const QString title = box->property("baseTitle").toString();
    const QLocale locale;
    if (shown < total) {
        box->setTitle(
            tr("%1 (%2 of %3)").arg(title, locale.toString(shown), locale.toString(total)));
        box->setToolTip(tr("Only the first %1 are listed here; the %2 page shows all %3.")
                            .arg(locale.toString(shown), box->property("fullListPage").toString(),
                                 locale.toString(total)));
    } else {
        box->setTitle(QStringLiteral("%1 (%2)").arg(title, locale.toString(total)));
        box->setToolTip(QString());
    }
}

void DashboardPanel::refresh(const QDate &today)
{
    fillUpcoming(today);
    fillExpiring(today);
    fillIncomplete(today);
    fillFollowUps(today);
    m_loaded = true;
    Q_EMIT loaded();
}

void DashboardPanel::fillUpcoming(const QDate &today)
{
    m_upcoming->clear();
    db::ActivityFilter filter;
    filter.from = today;
    filter.to = today.addDays(13);
    auto activities = db::ActivityRepository(m_context.database).list(filter);
    if (!activities) {
        Q_EMIT problem(activities.error().message);
        setTitle(m_upcoming, 0, 0);
        return;
    }
    auto profile = db::OfficeProfileStore(m_context.database).load();
    const QString zone =
        profile ? db::timeZoneLabel(db::timeZoneForRegion(profile->regionCode)) : QString();
    const QLocale locale;
    int shown = 0;
    int total = 0;
    for (const db::Activity &activity : std::as_const(*activities)) {
        if (activity.status == db::ActivityStatus::Cancelled) {
            continue;
        }
        if (++total > maxRows) {
            continue;
        }
        auto *item = new QTreeWidgetItem(
            m_upcoming,
            {locale.toString(activity.date, QStringLiteral("ddd d MMM")),
             QStringLiteral("%1 %2").arg(activity.start.toString(QStringLiteral("HH.mm")), zone),
             QStringLiteral("%1 (%2)").arg(activity.regionName, activity.districtName),
             statusText(activity.status)});
        item->setToolTip(2, activity.venue);
        item->setData(0, KindRole, static_cast<int>(Target::Activity));
        item->setData(0, IdRole, activity.id);
        ++shown;
    }
    setTitle(m_upcoming, shown, total);
}

void DashboardPanel::fillExpiring(const QDate &today)
{
    m_expiring->clear();
    auto agreements = db::AgreementRepository(m_context.database).expiring(today, 90);
    if (!agreements) {
        Q_EMIT problem(agreements.error().message);
        setTitle(m_expiring, 0, 0);
        return;
    }
    const QLocale locale;
    for (const db::AgreementSummary &agreement :
         agreements->first(std::min<qsizetype>(agreements->size(), maxRows))) {
        auto *item = new QTreeWidgetItem(
            m_expiring, {locale.toString(agreement.validUntil, QLocale::ShortFormat),
                         agreement.title, agreement.secondParty});
        item->setToolTip(1, agreement.title);
        item->setData(0, KindRole, static_cast<int>(Target::Agreement));
        item->setData(0, IdRole, agreement.id);
    }
    setTitle(m_expiring, m_expiring->topLevelItemCount(), static_cast<int>(agreements->size()));
}

void DashboardPanel::fillIncomplete(const QDate &today)
{
    m_incomplete->clear();
    // The gaps as the Kegiatan page marks them; the newest first, as they are
    // the ones still easy to complete. An office with years of visits can have
    // thousands: the newest few are listed, the rest are counted.
    auto missing = db::ActivityRecords(m_context.database).newestMissing(today, maxRows);
    if (!missing) {
        Q_EMIT problem(missing.error().message);
        setTitle(m_incomplete, 0, 0);
        return;
    }
    const QLocale locale;
    for (const db::MissingRecords &record : std::as_const(missing->newest)) {
        QStringList what;
        if (record.attendance) {
            what << tr("attendance");
        }
        if (record.minutes) {
            what << tr("minutes");
        }
        if (record.photos) {
            what << tr("photos");
        }
        auto *item = new QTreeWidgetItem(
            m_incomplete, {locale.toString(record.date, QStringLiteral("d MMM yyyy")),
                           record.regionName, what.join(QStringLiteral(", "))});
        item->setToolTip(1, record.title);
        item->setData(0, KindRole, static_cast<int>(Target::Activity));
        item->setData(0, IdRole, record.activityId);
    }
    setTitle(m_incomplete, static_cast<int>(missing->newest.size()), missing->total);
}

void DashboardPanel::fillFollowUps(const QDate &today)
{
    m_followUps->clear();
    auto items = db::FollowUpRepository(m_context.database).open(today);
    if (!items) {
        Q_EMIT problem(items.error().message);
        setTitle(m_followUps, 0, 0);
        return;
    }
    const QLocale locale;
    for (const db::FollowUp &followUp : items->first(std::min<qsizetype>(items->size(), maxRows))) {
        const QString due = followUp.due.isValid()
                                ? locale.toString(followUp.due, QStringLiteral("d MMM yyyy"))
                                : tr("no date");
        auto *item = new QTreeWidgetItem(
            m_followUps, {due, followUp.description, followUp.assignee, followUp.regionName});
        item->setToolTip(1, followUp.description);
        if (followUp.due.isValid() && followUp.due < today) {
            item->setForeground(0, QColor(0xb0, 0x1c, 0x1c)); // overdue
            item->setToolTip(0, tr("Overdue"));
        }
        // Handled where it was agreed: the activity's minutes.
        item->setData(0, KindRole, static_cast<int>(Target::Activity));
        item->setData(0, IdRole, followUp.activityId);
    }
    setTitle(m_followUps, m_followUps->topLevelItemCount(), static_cast<int>(items->size()));
}

void DashboardPanel::itemActivated(QTreeWidgetItem *item)
{
    const qint64 id = item->data(0, IdRole).toLongLong();
    if (static_cast<Target>(item->data(0, KindRole).toInt()) == Target::Agreement) {
        Q_EMIT agreementRequested(id);
    } else {
        Q_EMIT activityRequested(id);
    }
}

} // namespace sisambang::ui
