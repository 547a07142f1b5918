// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarview.h"

#include "calendardelegate.h"
#include "calendarmodel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>

namespace sisambang::ui {

CalendarView::CalendarView(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new CalendarDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setMinimumSectionSize(40);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setMinimumSectionSize(m_delegate->lineHeight(fontMetrics()) * 3);
    setMouseTracking(true);
}

CalendarView::~CalendarView() = default;

void CalendarView::setCalendar(CalendarModel *model)
{
    m_calendar = model;
    setModel(model);
}

void CalendarView::selectKey(qint64 key)
{
    setSelected(key);
    if (m_calendar == nullptr || key == 0) {
        return;
    }
    for (int row = 0; row < m_calendar->rowCount(); ++row) {
        for (int column = 0; column < 7; ++column) {
            const QModelIndex index = m_calendar->index(row, column);
            for (const CalendarEntry &entry : m_calendar->day(index).entries) {
                if (entry.key == key) {
                    setCurrentIndex(index);
                    return;
                }
            }
        }
    }
}

QDate CalendarView::currentDate() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() && m_calendar ? m_calendar->day(index).date : QDate();
}

void CalendarView::setCurrentDate(const QDate &date)
{
    if (m_calendar) {
        if (const QModelIndex index = m_calendar->indexOf(date); index.isValid()) {
            setCurrentIndex(index);
        }
    }
}

void CalendarView::setSelected(qint64 key)
{
    m_selectedKey = key;
    m_delegate->setSelectedKey(key);
    viewport()->update();
}

qint64 CalendarView::keyAt(const QPoint &position) const
{
    const QModelIndex index = indexAt(position);
    if (!index.isValid() || m_calendar == nullptr) {
        return 0;
    }
    const CalendarDay &day = m_calendar->day(index);
    const DayCellLayout layout =
        DayCellLayout::of(visualRect(index), CalendarDelegate::lineHeight(fontMetrics()),
                          static_cast<int>(day.entries.size()));
    for (qsizetype i = 0; i < layout.lines.size(); ++i) {
        if (layout.lines.at(i).contains(position)) {
            return day.entries.at(i).key;
        }
    }
    return 0;
}

bool CalendarView::isMoreAt(const QPoint &position) const
{
    const QModelIndex index = indexAt(position);
    if (!index.isValid() || m_calendar == nullptr) {
        return false;
    }
    const DayCellLayout layout =
        DayCellLayout::of(visualRect(index), CalendarDelegate::lineHeight(fontMetrics()),
                          static_cast<int>(m_calendar->day(index).entries.size()));
    return !layout.more.isEmpty() && layout.more.contains(position);
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    QTableView::mousePressEvent(event);
    const qint64 key = keyAt(event->position().toPoint());
    setSelected(key);
    if (key != 0) {
        Q_EMIT activitySelected(key);
    }
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    const QModelIndex index = indexAt(position);
    if (!index.isValid() || m_calendar == nullptr) {
        return;
    }
    if (const qint64 key = keyAt(position); key != 0) {
        Q_EMIT activityActivated(key);
    } else if (isMoreAt(position)) {
        Q_EMIT moreRequested(m_calendar->day(index).date);
    } else {
        Q_EMIT dayActivated(m_calendar->day(index).date);
    }
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    if (m_calendar && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        const QModelIndex index = currentIndex();
        if (index.isValid()) {
            const CalendarDay &day = m_calendar->day(index);
            for (const CalendarEntry &entry : day.entries) {
                if (entry.key == m_selectedKey) {
                    Q_EMIT activityActivated(entry.key);
                    return;
                }
            }
            Q_EMIT dayActivated(day.date);
        }
        return;
    }
    const QModelIndex before = currentIndex();
    QTableView::keyPressEvent(event);
    // Moving to another day selects its first activity, so the keyboard reaches them all.
    if (m_calendar && currentIndex() != before && currentIndex().isValid()) {
        const CalendarDay &day = m_calendar->day(currentIndex());
        const qint64 key = day.entries.isEmpty() ? 0 : day.entries.first().key;
        setSelected(key);
        if (key != 0) {
            Q_EMIT activitySelected(key);
        }
    } else if (m_calendar && currentIndex().isValid() && event->key() == Qt::Key_Space) {
        // Space steps through the activities of the current day.
        const CalendarDay &day = m_calendar->day(currentIndex());
        if (!day.entries.isEmpty()) {
            qsizetype next = 0;
            for (qsizetype i = 0; i < day.entries.size(); ++i) {
                if (day.entries.at(i).key == m_selectedKey) {
                    next = (i + 1) % day.entries.size();
                }
            }
            setSelected(day.entries.at(next).key);
            Q_EMIT activitySelected(m_selectedKey);
        }
    }
}

void CalendarView::contextMenuEvent(QContextMenuEvent *event)
{
    qint64 key = keyAt(event->pos());
    if (key == 0 && event->reason() == QContextMenuEvent::Keyboard) {
        key = m_selectedKey;
    }
    if (key != 0) {
        setSelected(key);
        Q_EMIT activitySelected(key);
        Q_EMIT contextMenuForActivity(key, event->globalPos());
    }
}

} // namespace sisambang::ui
