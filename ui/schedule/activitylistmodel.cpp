// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitylistmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableView>

namespace sisambang::ui {

ActivityListModel::ActivityListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ActivityListModel::~ActivityListModel() = default;

void ActivityListModel::setTimeZoneLabel(const QString &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
}

void ActivityListModel::setSnapshot(const ScheduleSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    endResetModel();
}

QString ActivityListModel::timeSpan(const QTime &start, const QTime &end, const QString &zone)
{
    return QStringLiteral("%1-%2 %3")
        .arg(start.toString(QStringLiteral("HH.mm")), end.toString(QStringLiteral("HH.mm")), zone);
}

QString ActivityListModel::columnTitle(int column)
{
    switch (column) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case KecamatanColumn:
        return tr("Kecamatan");
    case DesaColumn:
        return tr("Desa");
    case KindColumn:
        return tr("Activity");
    case VenueColumn:
        return tr("Venue");
    case OfficersColumn:
        return tr("Officers");
    case StatusColumn:
        return tr("Status");
    case ClashColumn:
        return tr("Clash");
    default:
        return {};
    }
}

QString ActivityListModel::text(int row, int column) const
{
    const db::Activity &activity = m_snapshot.activities.at(row);
    switch (column) {
    case DateColumn:
        return QLocale().toString(activity.date, QStringLiteral("ddd dd-MM-yyyy"));
    case TimeColumn:
        return timeSpan(activity.start, activity.end, m_zone);
    case KecamatanColumn:
        return activity.districtName;
    case DesaColumn:
        return activity.regionCode == activity.districtCode ? QString() : activity.regionName;
    case KindColumn: {
        QString kind = activity.title.isEmpty() ? activityKindText(activity.kind) : activity.title;
        if (activity.visitNumber > 1) {
            kind = tr("%1, visit %2").arg(kind).arg(activity.visitNumber);
        }
        return activity.draftPlan ? tr("%1 (draft MoU)").arg(kind) : kind;
    }
    case VenueColumn:
        return activity.venue;
    case OfficersColumn: {
        QStringList names;
        for (const db::ActivityOfficer &officer : activity.officers) {
            names << officer.name;
        }
        return names.join(QStringLiteral(", "));
    }
    case StatusColumn:
        return activityStatusText(activity.status);
    case ClashColumn: {
        const qint64 key = m_snapshot.key(row);
        const int open = m_snapshot.openClashCount(key);
        const qsizetype all = m_snapshot.clashesOf(key).size();
        if (open > 0) {
            return tr("%n clash(es)", "", open);
        }
        return all > 0 ? tr("accepted") : QString();
    }
    default:
        return {};
    }
}

int ActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_snapshot.activities.size());
}

int ActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_snapshot.activities.size()) {
        return {};
    }
    const db::Activity &activity = m_snapshot.activities.at(index.row());
    const qint64 key = m_snapshot.key(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case KeyRole:
        return key;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            return activityStatusColour(activity.status);
        }
        if (index.column() == ClashColumn && m_snapshot.openClashCount(key) > 0) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ClashColumn || m_snapshot.openClashCount(key) > 0) {
            const QString lines = clashLines(m_snapshot.clashesOf(key));
            return lines.isEmpty() ? QVariant() : QVariant(lines);
        }
        if (index.column() == VenueColumn || index.column() == OfficersColumn) {
            return text(index.row(), index.column());
        }
        return {};
    case Qt::ForegroundRole:
        if (activity.status == db::ActivityStatus::Cancelled) {
            return QApplication::palette().color(QPalette::PlaceholderText);
        }
        return {};
    default:
        return {};
    }
}

QVariant ActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return columnTitle(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void fitActivityColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    const int cap = view->fontMetrics().averageCharWidth() * 20;
    for (const int column : {ActivityListModel::DesaColumn, ActivityListModel::KindColumn,
                             ActivityListModel::VenueColumn, ActivityListModel::OfficersColumn}) {
        view->setColumnWidth(column, std::min(view->columnWidth(column), cap));
    }
}

} // namespace sisambang::ui
