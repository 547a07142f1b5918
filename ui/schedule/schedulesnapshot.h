// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"
#include "clashes.h"
#include "holidays.h"
#include "result.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

#include <optional>

namespace sisambang::db {
class Database;
struct PlanDraft;
} // namespace sisambang::db

namespace sisambang::ui {

// What the filter bar of page "Jadwal" selects, besides the period shown.
struct ScheduleSelection
{
    QString kecamatanCode{};
    qint64 officerId = 0;
    std::optional<db::ActivityStatus> status{};
    qint64 agreementId = 0;

    db::ActivityFilter filter(const QDate &from, const QDate &to) const;
};

// The activities of a span of days with their clashes and the holidays in it:
// what the calendar, the list and the exports show, read in one go. An
// activity is named by its key: its id once stored; -(index + 1) for an
// activity of a draft plan that has no id yet.
struct ScheduleSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleSnapshot)

public:
    QDate from{};
    QDate to{};
    QList<db::Activity> activities{};
    QMap<QDate, db::Holiday> holidays{};

    static qint64 keyOf(const db::Activity &activity, qsizetype index);
    qint64 key(qsizetype index) const { return keyOf(activities.at(index), index); }
    // The index of the activity with that key, or -1.
    qsizetype indexOf(qint64 key) const;
    const db::Activity *find(qint64 key) const;

    // Every clash the activity is part of, on either side of a pair.
    QList<db::Clash> clashesOf(qint64 key) const { return m_clashes.value(key); }
    // Clashes not yet accepted with a reason.
    int openClashCount(qint64 key) const;
    int openClashCount() const;
    void setClashes(const QList<db::Clash> &clashes);

    // The stored activities the selection picks between `from` and `to`.
    static db::Result<ScheduleSnapshot> load(const db::Database &database,
                                             const ScheduleSelection &selection, const QDate &from,
                                             const QDate &to);
    // The visits of a draft plan, keyed by their place in the draft.
    static db::Result<ScheduleSnapshot> fromDraft(const db::Database &database,
                                                  const db::PlanDraft &draft);

private:
    db::Status loadHolidays(const db::Database &database);
    QHash<qint64, QList<db::Clash>> m_clashes{};
};

// How the clerk reads a rule ("Officer in two places").
QString clashRuleText(db::ClashRule rule);
// One line per clash, accepted ones with their reason: a tooltip or a dialog text.
QString clashLines(const QList<db::Clash> &clashes);
// Planned, done, postponed, cancelled in the user's language.
QString activityStatusText(db::ActivityStatus status);
QString activityKindText(db::ActivityKind kind);
QString officerRoleText(db::OfficerRole role);
// The colour of a status, the same in calendar, list and legend.
QColor activityStatusColour(db::ActivityStatus status);

} // namespace sisambang::ui
