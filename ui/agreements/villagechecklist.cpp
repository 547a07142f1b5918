// SPDX-License-Identifier: GPL-3.0-or-later
#include "villagechecklist.h"

#include "regions.h"

#include <QSet>

namespace sisambang::ui {

VillageChecklist::VillageChecklist(const db::Database &database, const QString &regencyCode,
                                   QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("villageChecklist"));
    setHeaderLabels({tr("Kelurahan/desa covered")});
    db::RegionRepository regions(database);
    auto kecamatans = regions.children(regencyCode);
    if (kecamatans) {
        for (const db::Region &kecamatan : *kecamatans) {
            auto *group = new QTreeWidgetItem(this, {db::RegionLabels::qualifiedName(kecamatan)});
            group->setData(0, Qt::UserRole, kecamatan.code);
            group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            auto villages = regions.children(kecamatan.code);
            if (!villages) {
                continue;
            }
            for (const db::Region &village : *villages) {
                auto *item = new QTreeWidgetItem(group, {db::RegionLabels::qualifiedName(village)});
                item->setData(0, Qt::UserRole, village.code);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(0, Qt::Unchecked);
            }
        }
    }
    connect(this, &QTreeWidget::itemChanged, this, &VillageChecklist::edited);
}

VillageChecklist::~VillageChecklist() = default;

void VillageChecklist::setChecked(const QStringList &codes)
{
    const QSignalBlocker blocker(this);
    const QSet<QString> wanted(codes.cbegin(), codes.cend());
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = topLevelItem(i);
        bool any = false;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const bool on = wanted.contains(item->data(0, Qt::UserRole).toString());
            item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
            any = any || on;
        }
        group->setExpanded(any);
    }
}

QStringList VillageChecklist::checkedCodes() const
{
    QStringList codes;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->checkState(0) == Qt::Checked) {
                codes << group->child(j)->data(0, Qt::UserRole).toString();
            }
        }
    }
    return codes;
}

} // namespace sisambang::ui
