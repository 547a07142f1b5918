// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"

#include <QWidget>

#include <memory>

class QAction;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace sisambang::db {
class PhotoCodec;
}

namespace sisambang::ui {

struct Context;
class ActivityBrowser;
class ActivityHeader;
class ActivityPrinter;
class AttendanceTab;
class MinutesTab;
class ParticipantsTab;
class PhotosTab;

// Page "Kegiatan": where the clerk prepares a visit (whom to invite, the
// invitation and the attendance sheet) and records it afterwards (who came,
// the minutes and follow-up items, the photos, the report). The activities on
// the left, the opened one on the right: its header, four tabs and the print
// actions.
class ActivityPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)

public:
    enum class Tab { Participants, Attendance, Minutes, Photos };

    explicit ActivityPage(Context &context, QWidget *parent = nullptr);
    ~ActivityPage() override;

    // Opens the activity (from the Beranda, the Jadwal page or a test).
    bool showActivity(qint64 id);
    qint64 currentActivityId() const { return m_activity.id; }
    const db::Activity &currentActivity() const { return m_activity; }
    void showTab(Tab tab);
    Tab currentTab() const;
    // Re-reads the list and the opened activity.
    void reload();

    QAction *action(const QString &name) const;
    ActivityBrowser *browser() const { return m_browser; }
    ActivityHeader *header() const { return m_header; }
    ParticipantsTab *participants() const { return m_participants; }
    AttendanceTab *attendance() const { return m_attendance; }
    MinutesTab *minutes() const { return m_minutes; }
    PhotosTab *photos() const { return m_photos; }
    ActivityPrinter *printer() const { return m_printer.get(); }

    // Marks the opened activity done once attendance is recorded.
    bool markDone();
    bool backToPlanned();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    QToolBar *createToolbar();
    void open(qint64 id);
    void recordsChanged();
    void updateActions();

    Context &m_context;
    QString m_zone;
    std::unique_ptr<db::PhotoCodec> m_codec;
    db::Activity m_activity;
    QList<QAction *> m_actions;
    ActivityBrowser *m_browser;
    QStackedWidget *m_stack;
    ActivityHeader *m_header;
    QTabWidget *m_tabs;
    ParticipantsTab *m_participants;
    AttendanceTab *m_attendance;
    MinutesTab *m_minutes;
    PhotosTab *m_photos;
    std::unique_ptr<ActivityPrinter> m_printer;
};

} // namespace sisambang::ui
