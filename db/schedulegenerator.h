// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>

namespace sisambang::db {

enum class HalfDay { Morning, Afternoon };

inline size_t qHash(HalfDay half, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(half), seed);
}

// One kelurahan/desa to visit.
struct ScheduleVillage
{
    QString code; // 19.04.01.2001
    QString name;
    QString districtCode;
    QString districtName;
};

// Bawaslu officers who visit together; one visit per half day at most.
struct OfficerTeam
{
    QList<qint64> officerIds;
    QString label;
};

struct ScheduleRequest
{
    QList<ScheduleVillage> villages;
    QDate from;
    QDate to;
    int visitsPerVillage = 1; // N
    int maxVisitsPerDay = 2;  // K
    QList<OfficerTeam> teams; // may be empty: then only K limits a day
    QSet<QDate> holidays;     // national holidays and cuti bersama
    QSet<QDate> blackouts;    // extra days off, e.g. election days
    // Desa visited before under the same agreement; skipped unless includeVisited.
    QSet<QString> alreadyVisited;
    bool includeVisited = false;
    // Existing activities: visits already on a day, and officers already busy.
    QHash<QDate, int> existingVisitsPerDay;
    QHash<qint64, QSet<QPair<QDate, HalfDay>>> busyOfficers;
    QTime morningStart{9, 0};
    QTime morningEnd{12, 0};
    QTime afternoonStart{13, 30};
    QTime afternoonEnd{16, 0};
};

struct PlannedVisit
{
    QString villageCode;
    int visitNumber = 1; // 1..N for this desa
    QDate date;
    HalfDay half = HalfDay::Morning;
    QTime start;
    QTime end;
    int teamIndex = -1; // index into ScheduleRequest::teams, -1 without teams
};

struct UnplacedVillage
{
    QString villageCode;
    int visitNumber = 1;
    QString reason;
};

struct SchedulePlan
{
    QList<PlannedVisit> visits;
    QList<UnplacedVillage> unplaced;
    QStringList skippedAsVisited; // codes left out because already visited
    QList<QDate> workingDays;     // the days the window offers
    bool complete() const { return unplaced.isEmpty(); }
};

// Plans sambang visits: working days only (no weekend, holiday or blackout), at
// most K visits a day and one per team per half day, teams in rotation so that
// the load is even, desa of one kecamatan on consecutive days, repeated visits
// of a desa on different days. Deterministic for the same request; linear in the
// number of desa plus the number of days. A window too short leaves the desa
// that do not fit in `unplaced`, each with the reason.
class ScheduleGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleGenerator)

public:
    static SchedulePlan generate(const ScheduleRequest &request);
    static bool isWorkingDay(const QDate &date, const ScheduleRequest &request);
};

} // namespace sisambang::db
