// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLineEdit;
class QListView;
class QStandardItemModel;
class QTreeView;
class QLabel;

namespace sisambang::db {
class Database;
}

namespace sisambang::ui {

class RegionFilterModel;

// First-run step 1: the kabupaten/kota the office serves. The province list
// narrows the kabupaten/kota list; both filter as the user types.
class RegionPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionPage)

public:
    explicit RegionPage(const db::Database &database, QWidget *parent = nullptr);
    ~RegionPage() override;

    // The chosen kabupaten/kota code, empty while none is chosen.
    QString regencyCode() const;
    QString regencyName() const;
    // Selects a kabupaten/kota by code (clearing filters that would hide it).
    bool selectRegency(const QString &code);

    void initializePage() override;
    bool isComplete() const override;

private:
    void loadRegions(const db::Database &database);
    void provinceChanged();
    void regencySearchChanged(const QString &text);
    void updateSelectionLabel();

    QStandardItemModel *m_provinces;
    QStandardItemModel *m_regencies;
    RegionFilterModel *m_provinceFilter;
    RegionFilterModel *m_regencyFilter;
    QLineEdit *m_provinceSearch;
    QLineEdit *m_regencySearch;
    QListView *m_provinceView;
    QTreeView *m_regencyView;
    QLabel *m_selection;
};

} // namespace sisambang::ui
