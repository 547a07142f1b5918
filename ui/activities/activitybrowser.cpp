// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitybrowser.h"

#include "activityrecords.h"
#include "common/icons.h"
#include "common/messages.h"
#include "context.h"
#include "regions.h"
#include "schedule/schedulesnapshot.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sisambang::ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;

QComboBox *filterBox(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(6);
    return box;
}

} // namespace

QString activityCaption(const db::Activity &activity)
{
    const QString what = activity.title.trimmed().isEmpty() ? activityKindText(activity.kind)
                                                            : activity.title.trimmed();
    // "Rapat Koordinasi ... Kecamatan Koba" names its place already.
    return activity.regionName.isEmpty() || what.contains(activity.regionName)
               ? what
               : QStringLiteral("%1, %2").arg(what, activity.regionName);
}

ActivityBrowser::ActivityBrowser(Context &context, const QString &regencyCode, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_status(filterBox(QStringLiteral("statusFilter"), this))
    , m_kecamatan(filterBox(QStringLiteral("kecamatanFilter"), this))
    , m_period(filterBox(QStringLiteral("periodFilter"), this))
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("activitySearch"));
    m_search->setPlaceholderText(tr("Search desa, activity, venue (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_status->setToolTip(tr("Status"));
    m_kecamatan->setToolTip(tr("Kecamatan"));
    m_period->setToolTip(tr("Period"));

    m_status->addItem(tr("All statuses"), QString());
    for (auto status : {db::ActivityStatus::Planned, db::ActivityStatus::Done,
                        db::ActivityStatus::Postponed, db::ActivityStatus::Cancelled}) {
        m_status->addItem(activityStatusText(status), db::activityStatusKey(status));
    }
    m_kecamatan->addItem(tr("All kecamatan"), QString());
    if (auto kecamatans = db::RegionRepository(m_context.database).children(regencyCode)) {
        for (const db::Region &region : *kecamatans) {
            m_kecamatan->addItem(region.name, region.code);
        }
    }
    m_period->addItem(tr("Recent and upcoming"), static_cast<int>(Period::RecentAndUpcoming));
    m_period->addItem(tr("This month"), static_cast<int>(Period::ThisMonth));
    m_period->addItem(tr("This year"), static_cast<int>(Period::ThisYear));
    m_period->addItem(tr("All periods"), static_cast<int>(Period::All));

    m_list->setObjectName(QStringLiteral("activityList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Date"), tr("Activity"), tr("Status"), QStringLiteral("!")});
    m_list->headerItem()->setToolTip(MissingColumn,
                                     tr("Done, but without attendance, minutes or photos"));
    m_list->header()->setSectionResizeMode(ActivityColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_summary->setObjectName(QStringLiteral("activityCount"));
    m_summary->setWordWrap(true);

    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_search, 0, 0, 1, 2);
    filters->addWidget(m_period, 1, 0);
    filters->addWidget(m_status, 1, 1);
    filters->addWidget(m_kecamatan, 2, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, &ActivityBrowser::reload);
    for (QComboBox *box : {m_status, m_kecamatan, m_period}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ActivityBrowser::reload);
    }
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        const qint64 id = current ? current->data(DateColumn, idRole).toLongLong() : 0;
        if (id != m_current) {
            m_current = id;
            Q_EMIT activityChosen(id);
        }
    });
    reload();
    // An office that has nothing recent (a new year, or the demo's 2023) still
    // opens on its activities rather than on an empty list.
    if (m_list->topLevelItemCount() == 0) {
        m_period->setCurrentIndex(m_period->findData(static_cast<int>(Period::All)));
    }
}

ActivityBrowser::~ActivityBrowser() = default;

qint64 ActivityBrowser::currentId() const
{
    return m_current;
}

db::ActivityFilter ActivityBrowser::filter() const
{
    db::ActivityFilter filter;
    const QDate today = QDate::currentDate();
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::RecentAndUpcoming:
        filter.from = today.addDays(-recentDays);
        break;
    case Period::ThisMonth:
        filter.from = QDate(today.year(), today.month(), 1);
        filter.to = filter.from.addMonths(1).addDays(-1);
        break;
    case Period::ThisYear:
        filter.from = QDate(today.year(), 1, 1);
        filter.to = QDate(today.year(), 12, 31);
        break;
    case Period::All:
        break;
    }
    filter.regionCode = m_kecamatan->currentData().toString();
    filter.status = db::activityStatusFromKey(m_status->currentData().toString());
    return filter;
}

bool ActivityBrowser::matchesSearch(const db::Activity &activity) const
{
    const QStringList words = m_search->text().simplified().split(u' ', Qt::SkipEmptyParts);
    const QString haystack = QStringList{activity.title,
                                         activityKindText(activity.kind),
                                         activity.regionName,
                                         activity.districtName,
                                         activity.venue,
                                         activity.topic,
                                         activity.date.toString(QStringLiteral("dd-MM-yyyy"))}
                                 .join(u' ');
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    });
}

void ActivityBrowser::readMissing(const db::ActivityFilter &filter)
{
    m_missing.clear();
    auto missing =
        db::ActivityRecords(m_context.database).missing(filter.from, filter.to, filter.regionCode);
    if (!missing) {
        m_summary->setText(missing.error().message);
        return;
    }
    for (const db::MissingRecords &each : *missing) {
        QStringList lacking;
        if (each.attendance) {
            lacking << tr("attendance");
        }
        if (each.minutes) {
            lacking << tr("minutes");
        }
        if (each.photos) {
            lacking << tr("photos");
        }
        m_missing.insert(each.activityId, lacking.join(QStringLiteral(", ")));
    }
}

void ActivityBrowser::reload()
{
    reloadKeeping(m_current);
}

void ActivityBrowser::reloadKeeping(qint64 keep)
{
    const db::ActivityFilter chosen = filter();
    auto activities = db::ActivityRepository(m_context.database).list(chosen);
    if (!activities) {
        m_list->clear();
        m_summary->setText(activities.error().message);
        return;
    }
    readMissing(chosen);
    fill(*activities, keep);
}

void ActivityBrowser::fill(const QList<db::Activity> &activities, qint64 keep)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QDate today = QDate::currentDate();
    QTreeWidgetItem *kept = nullptr;
    QTreeWidgetItem *next = nullptr; // the first from today on
    int lacking = 0;
    for (const db::Activity &activity : activities) {
        if (!matchesSearch(activity)) {
            continue;
        }
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(DateColumn, idRole, activity.id);
        item->setText(DateColumn, activity.date.toString(QStringLiteral("dd-MM-yyyy")));
        item->setText(ActivityColumn, activityCaption(activity));
        item->setToolTip(ActivityColumn,
                         QStringLiteral("%1\n%2").arg(activityCaption(activity), activity.venue));
        item->setText(StatusColumn, activityStatusText(activity.status));
        if (activity.status == db::ActivityStatus::Cancelled) {
            QFont font = item->font(ActivityColumn);
            font.setStrikeOut(true);
            item->setFont(ActivityColumn, font);
        }
        const QString missing = m_missing.value(activity.id);
        if (!missing.isEmpty()) {
            ++lacking;
            // An icon only: the activity's name needs the width; the tooltip says what.
            item->setIcon(MissingColumn, warning);
            item->setToolTip(MissingColumn, tr("Done, but still without: %1").arg(missing));
            item->setToolTip(
                ActivityColumn,
                tr("%1\nDone, but still without: %2").arg(activityCaption(activity), missing));
        }
        if (activity.id == keep) {
            kept = item;
        }
        if (!next && activity.date >= today) {
            next = item;
        }
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != ActivityColumn) {
            m_list->resizeColumnToContents(column);
        }
    }
    const int shown = m_list->topLevelItemCount();
    m_summary->setText(
        shown == 0 ? tr("No activity matches. Try \"All periods\" or another "
                        "search; new activities are planned on the Jadwal page.")
        : lacking == 0
            ? tr("%n activities", nullptr, shown)
            : tr("%n activities; %1 done without all records", nullptr, shown).arg(lacking));
    QTreeWidgetItem *current = kept ? kept : next;
    if (!current && shown > 0) {
        current = m_list->topLevelItem(shown - 1);
    }
    if (current) {
        m_list->setCurrentItem(current);
        m_list->scrollToItem(current, QAbstractItemView::PositionAtCenter);
    }
    const qint64 id = current ? current->data(DateColumn, idRole).toLongLong() : 0;
    if (id != m_current) {
        m_current = id;
        Q_EMIT activityChosen(id);
    }
}

bool ActivityBrowser::select(qint64 id)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(DateColumn, idRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return true;
        }
    }
    auto activity = db::ActivityRepository(m_context.database).find(id);
    if (!activity) {
        return false;
    }
    {
        const QSignalBlocker search(m_search);
        const QSignalBlocker status(m_status);
        const QSignalBlocker kecamatan(m_kecamatan);
        const QSignalBlocker period(m_period);
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_kecamatan->setCurrentIndex(0);
        m_period->setCurrentIndex(m_period->findData(static_cast<int>(Period::All)));
    }
    reloadKeeping(id);
    return m_current == id;
}

} // namespace sisambang::ui
