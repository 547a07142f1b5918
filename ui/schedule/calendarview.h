// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTableView>

namespace sisambang::ui {

class CalendarDelegate;
class CalendarModel;

// The month or week grid: a day per cell listing its activities. A click
// selects an activity, a double click (or Enter) opens it; a double click on
// the free part of a day asks for a new activity on that date; "+n more"
// asks for the day's week.
class CalendarView : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarView)

public:
    explicit CalendarView(QWidget *parent = nullptr);
    ~CalendarView() override;

    void setCalendar(CalendarModel *model);
    CalendarModel *calendar() const { return m_calendar; }

    qint64 selectedKey() const { return m_selectedKey; }
    void selectKey(qint64 key);
    QDate currentDate() const;
    void setCurrentDate(const QDate &date);

    // The activity drawn at `position` (viewport coordinates), or 0.
    qint64 keyAt(const QPoint &position) const;
    // Whether `position` is on the "+n more" line of a day.
    bool isMoreAt(const QPoint &position) const;

Q_SIGNALS:
    void activitySelected(qint64 key);
    void activityActivated(qint64 key);
    void dayActivated(const QDate &date);
    void moreRequested(const QDate &date);
    void contextMenuForActivity(qint64 key, const QPoint &globalPosition);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void setSelected(qint64 key);

    CalendarModel *m_calendar = nullptr;
    CalendarDelegate *m_delegate;
    qint64 m_selectedKey = 0;
};

} // namespace sisambang::ui
