// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"
#include "scheduleoffice.h"
#include "schedulesnapshot.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace sisambang::ui {

class ActivityListModel;
class CalendarModel;
class CalendarView;
class ScheduleExporter;
class ScheduleFilterBar;
struct Context;

// Page "Jadwal": the schedule as a month calendar, a week or a list, filtered
// by kecamatan, officer, status and MoU, clashes flagged everywhere; new
// activities, the editor, status changes, rescheduling, accepting clashes, the
// generator, and the exports (PDF, XLSX/CSV) of what is shown.
class SchedulePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePage)

public:
    enum class View { Month, Week, List };

    explicit SchedulePage(Context &context, QWidget *parent = nullptr);
    ~SchedulePage() override;

    void setView(View view);
    View view() const { return m_view; }
    // Shows the month (or week) holding `date`.
    void showDate(const QDate &date);
    void step(int direction);
    void goToday();
    void refresh();
    // First and last day the current view covers (the exports write this span).
    QDate periodStart() const;
    QDate periodEnd() const;

    void selectActivity(qint64 id);
    // Shows the period holding the activity and selects it (from the Beranda).
    void showActivity(qint64 id);
    qint64 selectedActivityId() const { return m_selectedId; }

    void newActivity();
    void editActivity(qint64 id);
    void editSelected();
    void rescheduleSelected();
    void setSelectedStatus(db::ActivityStatus status);
    void acceptSelectedClashes();
    void deleteSelected();
    void generate();
    QString exportPdf();
    QString exportSpreadsheet();
    void setExporter(std::unique_ptr<ScheduleExporter> exporter);

    CalendarModel *calendarModel() const { return m_calendarModel; }
    CalendarView *calendarView() const { return m_calendar; }
    ActivityListModel *listModel() const { return m_listModel; }
    QTableView *listView() const { return m_list; }
    ScheduleFilterBar *filterBar() const { return m_filters; }
    QLabel *periodLabel() const { return m_period; }
    QLabel *details() const { return m_details; }
    // The page's actions by object name ("newActivity", "reschedule", ...).
    QAction *action(const QString &name) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    QWidget *createToolbar();
    void updateSelection();
    void showContextMenu(qint64 key, const QPoint &globalPosition);
    const db::Activity *selected() const;
    ScheduleSnapshot shownSnapshot() const;

    Context &m_context;
    ScheduleOffice m_office;
    View m_view = View::Month;
    QDate m_anchor;
    qint64 m_selectedId = 0;
    ScheduleSnapshot m_snapshot;
    std::unique_ptr<ScheduleExporter> m_exporter;
    ScheduleFilterBar *m_filters;
    CalendarModel *m_calendarModel;
    CalendarView *m_calendar;
    ActivityListModel *m_listModel;
    QTableView *m_list;
    QStackedWidget *m_stack;
    QLabel *m_period;
    QLabel *m_summary;
    QLabel *m_details;
    QList<QAction *> m_actions;
};

} // namespace sisambang::ui
