// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "holidays.h"

#include <QAbstractTableModel>

namespace sisambang::ui {

// The holidays of one year as a table: date (with weekday), description, kind.
class HolidayModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HolidayModel)

public:
    enum Column { DateColumn, DescriptionColumn, KindColumn, ColumnCount };

    explicit HolidayModel(QObject *parent = nullptr);
    ~HolidayModel() override;

    void setHolidays(QList<db::Holiday> holidays);
    const db::Holiday &holiday(int row) const { return m_holidays.at(row); }

    static QString kindLabel(db::HolidayKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<db::Holiday> m_holidays;
};

} // namespace sisambang::ui
