// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragedelegate.h"

#include <QApplication>
#include <QPainter>

namespace sisambang::ui {

CoverageDelegate::~CoverageDelegate() = default;

void CoverageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);

    const QVariant value = index.data(Qt::UserRole);
    const QRectF frame = QRectF(option.rect).adjusted(4, 5, -4, -5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (value.isValid()) {
        const double percent = std::clamp(value.toDouble(), 0.0, 100.0);
        painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
        painter->setBrush(option.palette.color(QPalette::Base));
        painter->drawRoundedRect(frame, 3, 3);
        QRectF bar = frame;
        bar.setWidth(frame.width() * percent / 100.0);
        // Green once every covered desa has been visited, else the highlight colour.
        QColor fill =
            percent >= 100.0 ? QColor(0x2e, 0x7d, 0x32) : option.palette.color(QPalette::Highlight);
        fill.setAlpha(110); // the figure stays readable over the bar
        painter->setBrush(fill);
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(bar, 3, 3);
    }
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(frame, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize CoverageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 140));
    return size;
}

} // namespace sisambang::ui
