// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "minutes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimeEdit;

namespace sisambang::ui {

struct Context;
class FollowUpList;

// Tab "Notulen": the minutes of the activity (times, pimpinan rapat, notulis,
// acara, pembahasan points with their speakers, kesimpulan), saved with a
// version check, and the follow-up items agreed at it.
class MinutesTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MinutesTab)

public:
    enum PointColumn { SpeakerColumn, TextColumn };

    explicit MinutesTab(Context &context, QWidget *parent = nullptr);
    ~MinutesTab() override;

    // Fills empty minutes from the activity: its times.
    void setActivity(qint64 activityId, const QTime &start, const QTime &end);
    void reload();
    bool isModified() const { return m_modified; }

    QTimeEdit *start() const { return m_start; }
    QTimeEdit *end() const { return m_end; }
    QLineEdit *chair() const { return m_chair; }
    QLineEdit *minuteTaker() const { return m_minuteTaker; }
    QLineEdit *agenda() const { return m_agenda; }
    QTableWidget *points() const { return m_points; }
    QPlainTextEdit *conclusion() const { return m_conclusion; }
    FollowUpList *followUps() const { return m_followUps; }

    void addPoint(const QString &speaker = {}, const QString &text = {});
    void removeCurrentPoint();
    void movePoint(int step);
    bool save();

Q_SIGNALS:
    void changed();

private:
    db::Minutes collect() const;
    void show(const db::Minutes &minutes);
    void setModified(bool modified);

    Context &m_context;
    qint64 m_activityId = 0;
    QTime m_activityStart;
    QTime m_activityEnd;
    int m_version = 0;
    bool m_modified = false;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLineEdit *m_chair;
    QLineEdit *m_minuteTaker;
    QLineEdit *m_agenda;
    QTableWidget *m_points;
    QPlainTextEdit *m_conclusion;
    QPushButton *m_save;
    QLabel *m_state;
    FollowUpList *m_followUps;
};

} // namespace sisambang::ui
