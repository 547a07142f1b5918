// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholderquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace sisambang::db {
class Database;
}

namespace sisambang::ui {

// Search as you type and the filters over the register: kecamatan and desa of
// the office's kabupaten, institution kind, category, and inactive people.
class StakeholderFilterBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StakeholderFilterBar)

public:
    // Typing waits this long for the next key before searching.
    static constexpr int searchDelayMs = 200;

    StakeholderFilterBar(const db::Database &database, const QString &kabupatenCode,
                         QWidget *parent = nullptr);
    ~StakeholderFilterBar() override;

    db::StakeholderFilter filter() const;
    QLineEdit *searchField() const { return m_search; }
    QComboBox *kecamatanBox() const { return m_kecamatan; }
    QComboBox *desaBox() const { return m_desa; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *categoryBox() const { return m_category; }
    QCheckBox *inactiveBox() const { return m_inactive; }
    // Emits the filter now instead of after the typing delay (tests, Enter).
    void applyNow();

Q_SIGNALS:
    void filterChanged(const sisambang::db::StakeholderFilter &filter);

private:
    void fillDesa();

    const db::Database &m_database;
    QString m_kabupaten;
    QLineEdit *m_search;
    QComboBox *m_kecamatan;
    QComboBox *m_desa;
    QComboBox *m_kind;
    QComboBox *m_category;
    QCheckBox *m_inactive;
    QTimer *m_delay;
};

} // namespace sisambang::ui
