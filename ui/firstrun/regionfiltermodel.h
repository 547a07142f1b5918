// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sisambang::ui {

// Filters a list of regions as the user types: every word typed must appear in
// the name, the code or the province, in any order and ignoring case, so "bangka tengah", "tengah
// bangka" and "19.04" all find Kabupaten Bangka Tengah. Optionally keeps only the regions of one
// province.
class RegionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionFilterModel)

public:
    // Roles the source model provides on column 0.
    enum Role {
        CodeRole = Qt::UserRole + 1,
        SearchTextRole, // name, code and province, lower case
        ParentCodeRole,
    };

    explicit RegionFilterModel(QObject *parent = nullptr);
    ~RegionFilterModel() override;

    void setSearchText(const QString &text);
    // Empty: every parent.
    void setParentCode(const QString &code);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_parentCode;
};

} // namespace sisambang::ui
