// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sisambang::db {

class Database;

// The schedule's rules; a clash breaks one of them and is flagged wherever the
// activity appears, until the clerk accepts it with a reason.
enum class ClashRule {
    OfficerDoubleBooked, // an officer in two places at once (overlapping times)
    SameVillageSameDay,  // two activities in one desa on one day
    NonWorkingDay,       // on a Saturday, Sunday, national holiday or cuti bersama
    OutsideAgreement,    // outside its agreement's validity
    VillageNotCovered,   // in a desa its agreement does not cover
};

QString clashRuleKey(ClashRule rule);
std::optional<ClashRule> clashRuleFromKey(QStringView key);

struct Clash
{
    ClashRule rule = ClashRule::NonWorkingDay;
    // Stored activities are named by id; candidates not yet saved by their
    // index in the list given to check() (id 0 then).
    qint64 activityId = 0;
    int candidate = -1;
    qint64 otherActivityId = 0; // the other side of a two-activity rule
    int otherCandidate = -1;
    QString message{}; // a sentence for the clerk, naming the date, desa or officer
    bool accepted = false;
    QString acceptedReason{};
};

class ClashDetector
{
    Q_DECLARE_TR_FUNCTIONS(ClashDetector)

public:
    explicit ClashDetector(const Database &database)
        : m_database(database)
    {
    }

    // Clashes of the stored, not cancelled activities the filter selects
    // (their partners may lie outside it), with acceptances filled in.
    Result<QList<Clash>> find(const ActivityFilter &filter) const;
    // Clashes the candidates would have among themselves and with the stored
    // activities, before they are saved. A candidate with an id replaces the
    // stored activity of that id (an edit).
    Result<QList<Clash>> check(const QList<Activity> &candidates) const;
    // Keeps the clerk's reason; the clash is then shown as accepted.
    Status accept(qint64 activityId, ClashRule rule, qint64 otherActivityId, const QString &reason);

private:
    const Database &m_database;
};

} // namespace sisambang::db
