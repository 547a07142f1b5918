// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"

#include <QWidget>

class QFrame;
class QLabel;

namespace sisambang::ui {

struct Context;
class FollowUpList;

// The top of an opened activity: kind and place, "Senin, 20 Februari 2023",
// the time in the office's zone, venue, status and how far its records are;
// below, prominently, the open follow-up items of earlier activities in the
// same desa until they are closed.
class ActivityHeader : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityHeader)

public:
    ActivityHeader(Context &context, const QString &zone, QWidget *parent = nullptr);
    ~ActivityHeader() override;

    void setActivity(const db::Activity &activity);
    // Re-reads the record counts and follow-up items.
    void refresh();

    QString titleText() const;
    QString detailsText() const;
    QString recordsText() const;
    FollowUpList *earlierFollowUps() const { return m_followUps; }
    bool followUpsShown() const;

Q_SIGNALS:
    void followUpClosed();

private:
    Context &m_context;
    QString m_zone;
    db::Activity m_activity;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_records;
    QFrame *m_followUpFrame;
    QLabel *m_followUpTitle;
    FollowUpList *m_followUps;
};

} // namespace sisambang::ui
