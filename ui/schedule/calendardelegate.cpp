// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendardelegate.h"

#include "calendarmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace sisambang::ui {

namespace {

const QColor weekendShade(0xef, 0xef, 0xef);
const QColor holidayShade(0xfd, 0xe8, 0xe6);
const QColor holidayText(0xb0, 0x1c, 0x1c);
const QColor leaveShade(0xfd, 0xf1, 0xdc);
const QColor leaveText(0x9a, 0x55, 0x00);
const QColor todayRing(0x1f, 0x6f, 0xb5);

} // namespace

DayCellLayout DayCellLayout::of(const QRect &cell, int lineHeight, int entryCount)
{
    DayCellLayout layout;
    const QRect inner = cell.adjusted(3, 2, -3, -2);
    layout.header = QRect(inner.left(), inner.top(), inner.width(), lineHeight);
    const int room = std::max(0, (inner.bottom() - layout.header.bottom()) / lineHeight);
    int shown = entryCount;
    if (entryCount > room) {
        shown = std::max(0, room - 1);
        layout.hidden = entryCount - shown;
    }
    int top = layout.header.bottom() + 1;
    for (int i = 0; i < shown; ++i) {
        layout.lines.append(QRect(inner.left(), top, inner.width(), lineHeight));
        top += lineHeight;
    }
    if (layout.hidden > 0 && room > 0) {
        layout.more = QRect(inner.left(), top, inner.width(), lineHeight);
    }
    return layout;
}

CalendarDelegate::CalendarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

CalendarDelegate::~CalendarDelegate() = default;

QSize CalendarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Room for the date and three activities; the view stretches rows anyway.
    return {90, lineHeight(option.fontMetrics) * 4 + 6};
}

void CalendarDelegate::paintHeader(QPainter &painter, const QStyleOptionViewItem &option,
                                   const CalendarDay &day, const QRect &rect) const
{
    QFont bold = option.font;
    bold.setBold(true);
    painter.setFont(bold);
    const QString number = QString::number(day.date.day());
    const int numberWidth = painter.fontMetrics().horizontalAdvance(number) + 8;
    const QRect numberRect(rect.left(), rect.top(), numberWidth, rect.height());
    if (day.today) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(todayRing);
        painter.drawRoundedRect(numberRect.adjusted(0, 1, 0, -1), 6, 6);
        painter.setPen(Qt::white);
    } else if (day.holiday) {
        painter.setPen(holidayText);
    } else {
        painter.setPen(day.inPeriod ? option.palette.color(QPalette::Text)
                                    : option.palette.color(QPalette::PlaceholderText));
    }
    painter.drawText(numberRect, Qt::AlignCenter, number);
    if (day.holiday) {
        painter.setFont(option.font);
        const bool leave = day.holiday->kind == db::HolidayKind::CollectiveLeave;
        painter.setPen(leave ? leaveText : holidayText);
        const QString &text = day.holiday->description;
        const QRect textRect = rect.adjusted(numberWidth + 4, 0, 0, 0);
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignRight,
                         painter.fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
    }
}

void CalendarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const auto *model = qobject_cast<const CalendarModel *>(index.model());
    if (model == nullptr) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const CalendarDay &day = model->day(index);
    painter->save();
    QColor background = option.palette.color(QPalette::Base);
    if (day.holiday) {
        background =
            day.holiday->kind == db::HolidayKind::CollectiveLeave ? leaveShade : holidayShade;
    } else if (day.weekend) {
        background = weekendShade;
    }
    if (!day.inPeriod) {
        background = background.darker(104);
    }
    painter->fillRect(option.rect, background);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }

    const int height = lineHeight(option.fontMetrics);
    const DayCellLayout layout =
        DayCellLayout::of(option.rect, height, static_cast<int>(day.entries.size()));
    paintHeader(*painter, option, day, layout.header);

    painter->setFont(option.font);
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const int iconSize = std::max(10, height - 4);
    for (qsizetype i = 0; i < layout.lines.size(); ++i) {
        const CalendarEntry &entry = day.entries.at(i);
        QRect line = layout.lines.at(i);
        if (entry.key == m_selectedKey) {
            painter->fillRect(line, option.palette.color(QPalette::Highlight).lighter(170));
        }
        painter->fillRect(QRect(line.left(), line.top() + 2, 4, line.height() - 4), entry.colour);
        line.setLeft(line.left() + 7);
        if (entry.openClashes > 0) {
            warning.paint(painter,
                          QRect(line.left(), line.center().y() - iconSize / 2, iconSize, iconSize));
            line.setLeft(line.left() + iconSize + 2);
        }
        QFont font = option.font;
        font.setStrikeOut(entry.status == db::ActivityStatus::Cancelled);
        painter->setFont(font);
        painter->setPen(entry.status == db::ActivityStatus::Cancelled
                            ? option.palette.color(QPalette::PlaceholderText)
                            : option.palette.color(QPalette::Text));
        // Narrow cells drop the time before the place: the place says more.
        const QString timed =
            QStringLiteral("%1 %2").arg(entry.start.toString(QStringLiteral("HH.mm")), entry.label);
        const QString text = painter->fontMetrics().horizontalAdvance(timed) <= line.width() ||
                                     line.width() >= painter->fontMetrics().averageCharWidth() * 18
                                 ? timed
                                 : entry.label;
        painter->drawText(line, Qt::AlignVCenter | Qt::AlignLeft,
                          painter->fontMetrics().elidedText(text, Qt::ElideRight, line.width()));
    }
    if (!layout.more.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(option.palette.color(QPalette::Link));
        painter->drawText(layout.more, Qt::AlignVCenter | Qt::AlignLeft,
                          CalendarModel::tr("+%n more", "", layout.hidden));
    }
    painter->restore();
}

} // namespace sisambang::ui
