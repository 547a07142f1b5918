// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitycommands.h"

#include "clashacceptdialog.h"
#include "common/messages.h"
#include "context.h"
#include "rescheduledialog.h"

namespace sisambang::ui {

bool ActivityCommands::canChange(db::ActivityStatus from, db::ActivityStatus to)
{
    using S = db::ActivityStatus;
    switch (to) {
    case S::Done:
    case S::Postponed:
        return from == S::Planned;
    case S::Cancelled:
        return from == S::Planned || from == S::Postponed;
    case S::Planned:
        return from != S::Planned;
    }
    return false;
}

QString ActivityCommands::statusActionText(db::ActivityStatus to)
{
    switch (to) {
    case db::ActivityStatus::Done:
        return tr("Mark &done");
    case db::ActivityStatus::Postponed:
        return tr("&Postpone");
    case db::ActivityStatus::Cancelled:
        return tr("Ca&ncel activity");
    case db::ActivityStatus::Planned:
        return tr("Back to p&lanned");
    }
    return {};
}

bool ActivityCommands::report(const db::Status &status, const QString &title)
{
    if (status) {
        return true;
    }
    if (status.error().code == db::Error::Code::Conflict) {
        m_context.messages.warning(m_parent, tr("Changed elsewhere"),
                                   tr("Someone else changed this activity in the meantime. The "
                                      "schedule shows it as it is now; try again if still "
                                      "needed."));
        return true; // changed: the caller reloads
    }
    m_context.messages.warning(m_parent, title, status.error().message);
    return false;
}

bool ActivityCommands::setStatus(const db::Activity &activity, db::ActivityStatus status)
{
    if (status == db::ActivityStatus::Cancelled &&
        !m_context.messages.confirm(
            m_parent, tr("Cancel activity"),
            tr("Cancel the activity in %1 on %2? It stays in the schedule, struck through.")
                .arg(activity.regionName, activity.date.toString(QStringLiteral("dd-MM-yyyy"))),
            tr("Cancel activity"))) {
        return false;
    }
    return report(
        db::ActivityRepository(m_context.database).setStatus(activity.id, activity.version, status),
        tr("Status"));
}

bool ActivityCommands::reschedule(const db::Activity &activity)
{
    if (activity.status == db::ActivityStatus::Done ||
        activity.status == db::ActivityStatus::Cancelled) {
        m_context.messages.information(m_parent, tr("Reschedule"),
                                       tr("A done or cancelled activity keeps its date. Set it "
                                          "back to planned first."));
        return false;
    }
    RescheduleDialog dialog(m_context, activity, m_zone, m_parent);
    return dialog.exec() == QDialog::Accepted || dialog.conflicted();
}

bool ActivityCommands::acceptClashes(const db::Activity &activity, const QList<db::Clash> &clashes)
{
    const bool open = std::any_of(clashes.cbegin(), clashes.cend(),
                                  [](const db::Clash &clash) { return !clash.accepted; });
    if (!open) {
        m_context.messages.information(m_parent, tr("Accept clash"),
                                       tr("This activity has no clash waiting to be accepted."));
        return false;
    }
    ClashAcceptDialog dialog(m_context, activity.id, clashes, m_parent);
    return dialog.exec() == QDialog::Accepted;
}

bool ActivityCommands::remove(const db::Activity &activity)
{
    if (activity.status != db::ActivityStatus::Planned) {
        m_context.messages.information(m_parent, tr("Delete"),
                                       tr("Only a planned activity can be deleted; cancel it "
                                          "instead, so that the record stays."));
        return false;
    }
    if (!m_context.messages.confirm(
            m_parent, tr("Delete"),
            tr("Delete the activity in %1 on %2? Use this only for an activity entered by "
               "mistake.")
                .arg(activity.regionName, activity.date.toString(QStringLiteral("dd-MM-yyyy"))),
            tr("Delete"))) {
        return false;
    }
    return report(db::ActivityRepository(m_context.database).remove(activity.id, activity.version),
                  tr("Delete"));
}

} // namespace sisambang::ui
