// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sisambang::db {

class Database;

struct MergeSummary
{
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    qint64 recordId = 0;         // the person_merge row
    int positionsMoved = 0;      // positions now the survivor's
    int positionsDropped = 0;    // exact copies of a position the survivor already had
    int phonesAdded = 0;         // numbers the survivor did not have
    QStringList fieldsFilled;    // survivor fields that were empty: "email", "gender", ...
    QStringList otherReferences; // "participant.person_id: 3 moved, 1 duplicate dropped"
};

// A past merge as recorded (until an audit log takes over).
struct MergeRecord
{
    qint64 id = 0;
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    QString mergedName;
    QString details; // JSON: the removed person as it was, and what moved
    QDateTime mergedAt;
};

// Merges two records of one person: every position, phone and reference of
// the merged person moves to the survivor, empty fields of the survivor are
// filled from the merged one, the merged person is removed and the merge is
// recorded, all in one transaction.
class PersonMerge
{
    Q_DECLARE_TR_FUNCTIONS(PersonMerge)

public:
    explicit PersonMerge(const Database &database)
        : m_database(database)
    {
    }

    // Both versions as read by the caller: Conflict when either changed since.
    Result<MergeSummary> merge(qint64 survivorId, int survivorVersion, qint64 mergedId,
                               int mergedVersion);
    Result<QList<MergeRecord>> recordsFor(qint64 survivorId) const;

private:
    const Database &m_database;
};

} // namespace sisambang::db
