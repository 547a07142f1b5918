// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholderquery.h"

#include <QAbstractTableModel>

namespace sisambang::db {
class Database;
}

namespace sisambang::ui {

// The register's rows for the table, read a page at a time as the view
// scrolls (keyset paging), so 100,000 people open instantly. The total is
// counted separately for the status line.
class StakeholderModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StakeholderModel)

public:
    enum Column {
        NameColumn,
        JabatanColumn,
        InstitutionColumn,
        DesaColumn,
        KecamatanColumn,
        PhoneColumn,
        ColumnCount
    };
    static constexpr int pageSize = 200;

    explicit StakeholderModel(const db::Database &database, QObject *parent = nullptr);
    ~StakeholderModel() override;

    void setFilter(const db::StakeholderFilter &filter);
    const db::StakeholderFilter &filter() const { return m_filter; }
    db::StakeholderSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    // Every row matching the filter, fetched or not.
    int totalCount() const { return m_total; }
    // Reads everything again (after an edit, an import, a merge).
    void reload();
    const db::StakeholderRow &row(int index) const { return m_rows.at(index); }
    // The row of a person among those fetched, fetching on until found; -1 if absent.
    int rowOfPerson(qint64 personId);
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void totalChanged(int total);

private:
    const db::Database &m_database;
    db::StakeholderQuery m_query;
    db::StakeholderFilter m_filter;
    db::StakeholderSort m_sort = db::StakeholderSort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<db::StakeholderRow> m_rows;
    int m_total = 0;
    QString m_error;
};

} // namespace sisambang::ui
