// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedulesnapshot.h"

#include <QAbstractTableModel>

class QTableView;

namespace sisambang::ui {

// The schedule as a table (page "Jadwal", list view; the generator's draft):
// one row per activity in date and time order.
class ActivityListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityListModel)

public:
    enum Column {
        DateColumn,
        TimeColumn,
        KecamatanColumn,
        DesaColumn,
        KindColumn,
        VenueColumn,
        OfficersColumn,
        StatusColumn,
        ClashColumn,
        ColumnCount
    };
    enum Role { KeyRole = Qt::UserRole + 1, SortRole };

    explicit ActivityListModel(QObject *parent = nullptr);
    ~ActivityListModel() override;

    // "WIB", "WITA" or "WIT": the office's time zone, shown after the times.
    void setTimeZoneLabel(const QString &zone);
    void setSnapshot(const ScheduleSnapshot &snapshot);
    const ScheduleSnapshot &snapshot() const { return m_snapshot; }

    qint64 keyAt(int row) const { return m_snapshot.key(row); }
    int rowOf(qint64 key) const { return static_cast<int>(m_snapshot.indexOf(key)); }
    // The text of a cell as shown (also what the spreadsheet export writes).
    QString text(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString columnTitle(int column);
    // "09.00-12.00 WIB"
    static QString timeSpan(const QTime &start, const QTime &end, const QString &zone);

private:
    ScheduleSnapshot m_snapshot;
    QString m_zone = QStringLiteral("WIB");
};

// Sizes the columns to their contents, the long texts (activity, venue,
// officers) capped so that status and clash stay in sight; tooltips hold the rest.
void fitActivityColumns(QTableView *view);

} // namespace sisambang::ui
