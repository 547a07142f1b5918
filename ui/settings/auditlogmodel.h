// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit.h"

#include <QAbstractTableModel>

namespace sisambang::db {
class Database;
}

namespace sisambang::ui {

// The audit log as a table, newest first, loaded a page at a time as the view
// scrolls (canFetchMore/fetchMore), so a log of years opens at once.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column {
        TimeColumn,
        OperatorColumn,
        ActionColumn,
        KindColumn,
        SummaryColumn,
        ColumnCount
    };
    static constexpr int pageSize = 200;

    explicit AuditLogModel(const db::Database &database, QObject *parent = nullptr);

    // Starts over with `filter` (its limit and beforeId are the model's).
    void setFilter(const db::AuditFilter &filter);
    const db::AuditFilter &filter() const { return m_filter; }
    const db::AuditEntry &entry(int row) const { return m_entries.at(row); }
    QString lastError() const { return m_error; }

    static QString actionName(db::AuditAction action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const db::Database &m_database;
    db::AuditFilter m_filter;
    QList<db::AuditEntry> m_entries;
    bool m_complete = false;
    QString m_error;
};

} // namespace sisambang::ui
