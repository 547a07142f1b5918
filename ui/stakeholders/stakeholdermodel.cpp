// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholdermodel.h"

#include <QBrush>
#include <QPalette>

namespace sisambang::ui {

StakeholderModel::StakeholderModel(const db::Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_query(database, db::StakeholderFields::Listing)
{
}

StakeholderModel::~StakeholderModel() = default;

void StakeholderModel::setFilter(const db::StakeholderFilter &filter)
{
    m_filter = filter;
    reload();
}

void StakeholderModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    auto total = m_query.count(m_filter);
    m_total = total ? *total : 0;
    if (!total) {
        m_error = total.error().message;
    }
    endResetModel();
    Q_EMIT totalChanged(m_total);
}

int StakeholderModel::rowOfPerson(qint64 personId)
{
    for (;;) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).personId == personId) {
                return i;
            }
        }
        if (!canFetchMore({})) {
            return -1;
        }
        fetchMore({});
    }
}

int StakeholderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StakeholderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StakeholderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const auto &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return row.active ? row.fullName : tr("%1 (inactive)").arg(row.fullName);
        case JabatanColumn:
            return row.jabatan;
        case InstitutionColumn:
            return row.institutionName;
        case DesaColumn:
            return row.desaName;
        case KecamatanColumn:
            return row.kecamatanName;
        case PhoneColumn:
            return row.phoneDisplay;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !row.active) {
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    }
    if (role == Qt::UserRole) {
        return row.personId;
    }
    return {};
}

QVariant StakeholderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case JabatanColumn:
        return tr("Position");
    case InstitutionColumn:
        return tr("Institution");
    case DesaColumn:
        return tr("Kelurahan/desa");
    case KecamatanColumn:
        return tr("Kecamatan");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

bool StakeholderModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void StakeholderModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    // Keyset paging from the last row read stays fast however far down the table is.
    auto page = m_rows.isEmpty()
                    ? m_query.page(m_filter, m_sort, m_order, 0, pageSize)
                    : m_query.pageAfter(m_filter, m_sort, m_order, m_rows.constLast(), pageSize);
    if (!page) {
        m_error = page.error().message;
        m_total = static_cast<int>(m_rows.size()); // stop asking
        return;
    }
    if (page->isEmpty()) {
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
}

void StakeholderModel::sort(int column, Qt::SortOrder order)
{
    if (column == PhoneColumn) {
        return; // numbers have no useful order
    }
    db::StakeholderSort key = db::StakeholderSort::Name;
    switch (column) {
    case JabatanColumn:
        key = db::StakeholderSort::Jabatan;
        break;
    case InstitutionColumn:
        key = db::StakeholderSort::Institution;
        break;
    case DesaColumn:
        key = db::StakeholderSort::Desa;
        break;
    case KecamatanColumn:
        key = db::StakeholderSort::Kecamatan;
        break;
    default:
        break;
    }
    if (key == m_sort && order == m_order && !m_rows.isEmpty()) {
        return;
    }
    m_sort = key;
    m_order = order;
    reload();
}

} // namespace sisambang::ui
