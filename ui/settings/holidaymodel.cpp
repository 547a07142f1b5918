// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidaymodel.h"

#include <QColor>
#include <QLocale>

namespace sisambang::ui {

HolidayModel::HolidayModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HolidayModel::~HolidayModel() = default;

void HolidayModel::setHolidays(QList<db::Holiday> holidays)
{
    beginResetModel();
    m_holidays = std::move(holidays);
    endResetModel();
}

QString HolidayModel::kindLabel(db::HolidayKind kind)
{
    return kind == db::HolidayKind::CollectiveLeave ? tr("Collective leave (cuti bersama)")
                                                    : tr("National holiday");
}

int HolidayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_holidays.size());
}

int HolidayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HolidayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_holidays.size()) {
        return {};
    }
    const db::Holiday &holiday = m_holidays.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(holiday.date, QStringLiteral("dddd, d MMMM yyyy"));
        case DescriptionColumn:
            return holiday.description;
        case KindColumn:
            return kindLabel(holiday.kind);
        default:
            return {};
        }
    }
    if (role == Qt::UserRole) {
        return holiday.date;
    }
    // Weekend holidays cost no working day; greyed so the clerk sees it at a glance.
    if (role == Qt::ForegroundRole && holiday.date.dayOfWeek() >= 6) {
        return QColor(Qt::darkGray);
    }
    return {};
}

QVariant HolidayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case DescriptionColumn:
        return tr("Description");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

} // namespace sisambang::ui
