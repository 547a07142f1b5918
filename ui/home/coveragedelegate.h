// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace sisambang::ui {

// Draws a cell's percentage (Qt::UserRole, 0-100; none: "no MoU") as a bar
// with the figure written over it.
class CoverageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~CoverageDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sisambang::ui
