// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduleplans.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace sisambang::ui {

class ActivityListModel;
class CalendarModel;
class CalendarView;
struct Context;

// A generated plan shown in full before it is saved: every visit as a table
// and on a calendar (clashes flagged), the desa that did not fit with the
// reason, and the clerk's adjustments: move a visit, drop a visit.
class PlanDraftView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDraftView)

public:
    PlanDraftView(Context &context, const QString &zone, QWidget *parent = nullptr);
    ~PlanDraftView() override;

    void setDraft(const db::PlanDraft &draft);
    void clear();
    bool hasDraft() const { return m_hasDraft; }
    const db::PlanDraft &draft() const { return m_draft; }
    // Visits the generator could not place plus those the clerk dropped.
    bool isComplete() const { return m_draft.plan.complete(); }

    // The visit at `index` of draft().activities to another slot, or out of the plan.
    bool moveVisit(int index, const QDate &date, const QTime &start, const QTime &end);
    bool dropVisit(int index);
    // The visit chosen in the table or the calendar, or -1.
    int selectedVisit() const;

    QTableView *table() const { return m_table; }
    CalendarView *calendar() const { return m_calendar; }
    CalendarModel *calendarModel() const { return m_calendarModel; }
    QListWidget *unplaced() const { return m_unplaced; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void draftChanged();

private:
    void refresh();
    void recheck();
    void moveSelected();
    void dropSelected();
    void showCalendarPeriod(const QDate &date);

    Context &m_context;
    QString m_zone;
    db::PlanDraft m_draft;
    bool m_hasDraft = false;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    ActivityListModel *m_model;
    QTableView *m_table;
    CalendarModel *m_calendarModel;
    CalendarView *m_calendar;
    QLabel *m_period;
    QListWidget *m_unplaced;
    QPushButton *m_move;
    QPushButton *m_drop;
};

} // namespace sisambang::ui
