// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionfiltermodel.h"

namespace sisambang::ui {

RegionFilterModel::RegionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

RegionFilterModel::~RegionFilterModel() = default;

void RegionFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateFilter();
}

void RegionFilterModel::setParentCode(const QString &code)
{
    if (code == m_parentCode) {
        return;
    }
    m_parentCode = code;
    invalidateFilter();
}

bool RegionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_parentCode.isEmpty() && index.data(ParentCodeRole).toString() != m_parentCode) {
        return false;
    }
    const QString haystack = index.data(SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString &word) { return haystack.contains(word); });
}

} // namespace sisambang::ui
