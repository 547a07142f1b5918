// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"
#include "clashes.h"

#include <QCoreApplication>

class QWidget;

namespace sisambang::ui {

struct Context;

// What can be done to a stored activity from the calendar, the list or its
// editor: change its status, move it, accept its clashes, remove it. Each
// asks what it must, reports failures (a change made elsewhere included) and
// returns whether the activity changed, so the caller reloads it.
class ActivityCommands
{
    Q_DECLARE_TR_FUNCTIONS(ActivityCommands)

public:
    ActivityCommands(Context &context, QWidget *parent, const QString &zone)
        : m_context(context)
        , m_parent(parent)
        , m_zone(zone)
    {
    }

    // The status changes the repository allows from `from`.
    static bool canChange(db::ActivityStatus from, db::ActivityStatus to);
    // "Mark done", "Postpone", "Cancel activity", "Back to planned".
    static QString statusActionText(db::ActivityStatus to);

    bool setStatus(const db::Activity &activity, db::ActivityStatus status);
    bool reschedule(const db::Activity &activity);
    bool acceptClashes(const db::Activity &activity, const QList<db::Clash> &clashes);
    bool remove(const db::Activity &activity);

private:
    bool report(const db::Status &status, const QString &title);

    Context &m_context;
    QWidget *m_parent;
    QString m_zone;
};

} // namespace sisambang::ui
