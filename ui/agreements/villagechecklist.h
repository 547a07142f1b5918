// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTreeWidget>

namespace sisambang::db {
class Database;
}

namespace sisambang::ui {

// The kelurahan/desa an agreement covers: a checklist grouped by kecamatan of
// the office's kabupaten/kota; ticking a kecamatan ticks all its desa.
class VillageChecklist : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VillageChecklist)

public:
    VillageChecklist(const db::Database &database, const QString &regencyCode,
                     QWidget *parent = nullptr);
    ~VillageChecklist() override;

    void setChecked(const QStringList &codes);
    QStringList checkedCodes() const;

Q_SIGNALS:
    void edited();
};

} // namespace sisambang::ui
