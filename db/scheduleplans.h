// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"
#include "clashes.h"
#include "result.h"
#include "schedulegenerator.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace sisambang::db {

class Database;

// What the clerk asks of the generator for one agreement.
struct PlanOptions
{
    qint64 agreementId = 0;
    QDate from{};
    QDate to{};
    int perDay = 2;        // K: visits a day at most
    int visitsPerDesa = 1; // N
    QSet<QDate> blackouts{};
    bool includeVisited = false;
    QList<OfficerTeam> teams{}; // empty: no officers assigned
    ActivityKind kind = ActivityKind::VillageVisit;
    QString topic{};
};

// A generated plan not yet saved: the clerk sees it in full, may move or drop
// activities, then saves it in one transaction.
struct PlanDraft
{
    PlanOptions options{};
    SchedulePlan plan{};
    QList<Activity> activities{}; // one per placed visit, id 0, ready to save
    QList<ScheduleVillage> villages{};
    QList<Clash> clashes{}; // of the activities, among themselves and with stored ones
    bool draftAgreement = false;
};

class SchedulePlanner
{
    Q_DECLARE_TR_FUNCTIONS(SchedulePlanner)

public:
    explicit SchedulePlanner(const Database &database)
        : m_database(database)
    {
    }

    // Reads the agreement's desa, the holidays, the desa already visited and
    // the officers' existing activities, and runs ScheduleGenerator.
    Result<PlanDraft> draft(const PlanOptions &options) const;
    // Saves the (possibly adjusted) activities of the draft and the plan
    // record in one transaction; returns the plan id. Refused, with nothing
    // saved, while some desa did not fit, unless allowPartial.
    Result<qint64> save(const PlanDraft &draft, bool allowPartial = false);

private:
    const Database &m_database;
};

} // namespace sisambang::db
