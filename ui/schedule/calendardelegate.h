// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRect>
#include <QStyledItemDelegate>

namespace sisambang::ui {

struct CalendarDay;

// Where the parts of one day's cell go: the date line, one line per activity
// shown, and "+n more" when the cell is too small for all of them.
struct DayCellLayout
{
    QRect header{};
    QList<QRect> lines{}; // one per activity shown, in the day's order
    QRect more{};         // empty when every activity fits
    int hidden = 0;

    static DayCellLayout of(const QRect &cell, int lineHeight, int entryCount);
};

// Paints a day of CalendarModel: shading for weekends, holidays and the days of
// other months, today ringed, each activity a compact line with its status
// colour and a warning sign for an open clash.
class CalendarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarDelegate)

public:
    explicit CalendarDelegate(QObject *parent = nullptr);
    ~CalendarDelegate() override;

    void setSelectedKey(qint64 key) { m_selectedKey = key; }
    static int lineHeight(const QFontMetrics &metrics) { return metrics.height() + 3; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintHeader(QPainter &painter, const QStyleOptionViewItem &option, const CalendarDay &day,
                     const QRect &rect) const;

    qint64 m_selectedKey = 0;
};

} // namespace sisambang::ui
