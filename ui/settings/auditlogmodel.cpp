// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogmodel.h"

#include <QDateTime>
#include <QLocale>

namespace sisambang::ui {

AuditLogModel::AuditLogModel(const db::Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
}

void AuditLogModel::setFilter(const db::AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_entries.clear();
    m_complete = false;
    m_error.clear();
    endResetModel();
    fetchMore({});
}

QString AuditLogModel::actionName(db::AuditAction action)
{
    switch (action) {
    case db::AuditAction::Insert:
        return tr("Added");
    case db::AuditAction::Update:
        return tr("Changed");
    case db::AuditAction::Deactivate:
        return tr("Deactivated");
    case db::AuditAction::Reactivate:
        return tr("Reactivated");
    case db::AuditAction::Delete:
        return tr("Removed");
    case db::AuditAction::Merge:
        return tr("Merged");
    case db::AuditAction::StatusChange:
        return tr("Status changed");
    case db::AuditAction::Print:
        return tr("Printed");
    case db::AuditAction::Import:
        return tr("Imported");
    case db::AuditAction::Restore:
        return tr("Restored");
    case db::AuditAction::Generate:
        return tr("Generated");
    }
    return {};
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const db::AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn) {
        return entry.summary;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(QDateTime::fromString(entry.at, Qt::ISODate),
                                  QStringLiteral("dd-MM-yyyy HH:mm:ss"));
    case OperatorColumn:
        return entry.operatorName;
    case ActionColumn:
        return actionName(entry.action);
    case KindColumn:
        return entry.entityId > 0 ? QStringLiteral("%1 #%2").arg(entry.entity).arg(entry.entityId)
                                  : entry.entity;
    case SummaryColumn:
        // One line in the table; the whole text is in the details below it.
        return entry.summary.simplified().left(200);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case ActionColumn:
        return tr("Action");
    case KindColumn:
        return tr("Record");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete) {
        return;
    }
    db::AuditFilter page = m_filter;
    page.limit = pageSize;
    page.beforeId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    auto entries = db::AuditLog(m_database).entries(page);
    if (!entries) {
        m_error = entries.error().message;
        m_complete = true;
        return;
    }
    m_complete = entries->size() < pageSize;
    if (entries->isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(entries->size()) - 1);
    m_entries.append(*entries);
    endInsertRows();
}

} // namespace sisambang::ui
