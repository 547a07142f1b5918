// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarmodel.h"

#include <algorithm>

#include <QLocale>

namespace sisambang::ui {

namespace {

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

// "Nibung" for "Desa Nibung": a calendar cell has room for little more.
QString shortPlace(const QString &qualified)
{
    for (const QLatin1String prefix :
         {QLatin1String("Desa Adat "), QLatin1String("Desa "), QLatin1String("Kelurahan ")}) {
        if (qualified.startsWith(prefix)) {
            return qualified.mid(prefix.size());
        }
    }
    return qualified;
}

QString timeText(const QTime &time)
{
    return time.toString(QStringLiteral("HH.mm"));
}

} // namespace

CalendarModel::CalendarModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{
    showPeriod(Span::Month, m_today);
}

CalendarModel::~CalendarModel() = default;

void CalendarModel::showPeriod(Span span, const QDate &date)
{
    m_span = span;
    m_anchor = span == Span::Month ? QDate(date.year(), date.month(), 1) : mondayOf(date);
    rebuild();
}

QString CalendarModel::periodTitle() const
{
    const QLocale locale;
    if (m_span == Span::Month) {
        return QStringLiteral("%1 %2")
            .arg(locale.standaloneMonthName(m_anchor.month()))
            .arg(m_anchor.year());
    }
    const QDate last = m_anchor.addDays(6);
    return tr("%1 to %2")
        .arg(locale.toString(m_anchor, QStringLiteral("d MMM")),
             locale.toString(last, QStringLiteral("d MMM yyyy")));
}

QDate CalendarModel::step(int direction) const
{
    return m_span == Span::Month ? m_anchor.addMonths(direction) : m_anchor.addDays(7 * direction);
}

void CalendarModel::setToday(const QDate &today)
{
    m_today = today;
    rebuild();
}

void CalendarModel::setSnapshot(const ScheduleSnapshot &snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void CalendarModel::rebuild()
{
    beginResetModel();
    m_first = mondayOf(m_anchor);
    QDate last;
    if (m_span == Span::Month) {
        const QDate monthEnd = m_anchor.addMonths(1).addDays(-1);
        last = monthEnd.addDays(7 - monthEnd.dayOfWeek());
    } else {
        last = m_first.addDays(6);
    }
    m_days.clear();
    for (QDate date = m_first; date <= last; date = date.addDays(1)) {
        CalendarDay day;
        day.date = date;
        day.inPeriod = m_span == Span::Week || date.month() == m_anchor.month();
        day.weekend = date.dayOfWeek() >= 6;
        day.today = date == m_today;
        if (const auto holiday = m_snapshot.holidays.constFind(date);
            holiday != m_snapshot.holidays.constEnd()) {
            day.holiday = *holiday;
        }
        m_days.append(day);
    }
    for (qsizetype i = 0; i < m_snapshot.activities.size(); ++i) {
        const db::Activity &activity = m_snapshot.activities.at(i);
        const qint64 offset = m_first.daysTo(activity.date);
        if (offset < 0 || offset >= m_days.size()) {
            continue;
        }
        CalendarEntry entry;
        entry.key = m_snapshot.key(i);
        entry.start = activity.start;
        entry.end = activity.end;
        entry.label = activity.kind == db::ActivityKind::VillageVisit || activity.title.isEmpty()
                          ? shortPlace(activity.regionName)
                          : activity.title;
        entry.status = activity.status;
        entry.colour = activityStatusColour(activity.status);
        const QList<db::Clash> clashes = m_snapshot.clashesOf(entry.key);
        for (const db::Clash &clash : clashes) {
            (clash.accepted ? entry.acceptedClashes : entry.openClashes) += 1;
        }
        QStringList tip{QStringLiteral("%1-%2 %3")
                            .arg(timeText(activity.start), timeText(activity.end),
                                 activity.title.isEmpty()
                                     ? activity.regionName
                                     : activity.title + QStringLiteral(", ") + activity.regionName),
                        activity.venue, activityStatusText(activity.status)};
        if (!clashes.isEmpty()) {
            tip << clashLines(clashes);
        }
        entry.toolTip = tip.join(u'\n');
        QList<CalendarEntry> &entries = m_days[offset].entries;
        // Stable: the snapshot is in date and time order already.
        auto at = std::upper_bound(
            entries.begin(), entries.end(), entry,
            [](const CalendarEntry &a, const CalendarEntry &b) { return a.start < b.start; });
        entries.insert(at, entry);
    }
    endResetModel();
}

const CalendarDay &CalendarModel::day(const QModelIndex &index) const
{
    return m_days.at(index.row() * 7 + index.column());
}

const CalendarDay *CalendarModel::dayOf(const QDate &date) const
{
    const qint64 offset = m_first.daysTo(date);
    return offset >= 0 && offset < m_days.size() ? &m_days.at(offset) : nullptr;
}

QModelIndex CalendarModel::indexOf(const QDate &date) const
{
    const qint64 offset = m_first.daysTo(date);
    if (offset < 0 || offset >= m_days.size()) {
        return {};
    }
    return index(static_cast<int>(offset / 7), static_cast<int>(offset % 7));
}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_days.size() / 7);
}

int CalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const CalendarDay &shown = day(index);
    switch (role) {
    case Qt::DisplayRole:
        return shown.date.day();
    case DateRole:
        return shown.date;
    case EntryCountRole:
        return static_cast<int>(shown.entries.size());
    case OpenClashRole: {
        int open = 0;
        for (const CalendarEntry &entry : shown.entries) {
            open += entry.openClashes;
        }
        return open;
    }
    case Qt::ToolTipRole: {
        QStringList lines{QLocale().toString(shown.date, QLocale::LongFormat)};
        if (shown.holiday) {
            lines << QStringLiteral("%1 (%2)").arg(
                shown.holiday->description, shown.holiday->kind == db::HolidayKind::CollectiveLeave
                                                ? tr("cuti bersama")
                                                : tr("national holiday"));
        }
        for (const CalendarEntry &entry : shown.entries) {
            lines << entry.toolTip;
        }
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        return QLocale().toString(shown.date, QLocale::LongFormat);
    default:
        return {};
    }
}

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > 6) {
        return {};
    }
    // Monday first, as Indonesian office calendars are printed.
    return QLocale().standaloneDayName(section + 1, QLocale::LongFormat);
}

} // namespace sisambang::ui
