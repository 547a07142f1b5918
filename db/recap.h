// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities.h"
#include "agreements.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sisambang::db {

class Database;

// What a recap covers: a month (or a year), optionally one kecamatan or one agreement.
struct RecapScope
{
    QDate from{}; // first day
    QDate to{};   // last day, inclusive
    QString kecamatanCode{};
    qint64 agreementId = 0;
};

RecapScope monthScope(int year, int month);

struct ActivityCounts
{
    int planned = 0;   // still planned on a date in the period
    int done = 0;      // held in the period
    int postponed = 0; // postponed in the period, or moved out of it to a later date
    int cancelled = 0;
    int total() const { return planned + done + postponed + cancelled; }
};

struct ParticipantCounts
{
    int total = 0; // who came, walk-ins included
    int male = 0;
    int female = 0;
    int unknownGender = 0;
    QMap<QString, int> byInstitutionKind{}; // institution kind key -> people

    // Counts `people` of one gender and institution kind (keys as stored).
    void add(const QString &gender, const QString &institutionKind, int people);
};

// Coverage of one kecamatan: desa its signed agreements cover and desa visited
// (a sambang activity done there) since the programme began, up to the period's end.
struct KecamatanCoverage
{
    QString code{};
    QString name{};
    int villages = 0;         // all kelurahan/desa of the kecamatan
    int covered = 0;          // covered by a signed agreement
    int visited = 0;          // covered and visited at least once
    QStringList notVisited{}; // covered but not visited yet: qualified names
    double percent() const { return covered == 0 ? 0.0 : 100.0 * visited / covered; }
};

// One line of the activity table.
struct RecapActivity
{
    Activity activity{};
    int participants = 0; // who came
    bool hasMinutes = false;
    bool hasPhotos = false;
};

struct RecapAgreement
{
    AgreementSummary agreement{};
    QString
        event{}; // "signed", "ends" (valid until in the period), "expiring" (within 90 days after)
};

struct OpenFollowUp
{
    qint64 activityId = 0;
    QDate activityDate{};
    QString regionName{};
    QString description{};
    QString assignee{};
    QDate due{};
};

struct MonthlyRecap
{
    RecapScope scope{};
    ActivityCounts counts{};
    ParticipantCounts participants{};
    int villagesVisitedInPeriod = 0;
    int villagesVisitedCumulative = 0;
    QList<KecamatanCoverage> coverage{};
    QList<RecapActivity> activities{}; // every activity dated in the period, by date
    QList<RecapAgreement> agreements{};
    QList<OpenFollowUp> followUps{};
    // Activities per week of the period: week starting Monday -> count (done and planned).
    QList<QPair<QDate, int>> activitiesPerWeek{};
};

// Twelve months side by side.
struct YearlyRecap
{
    int year = 0;
    QList<ActivityCounts> months{}; // 12
    // 12: who came to the activities held each month, by gender (institution
    // kinds are counted in the monthly recap only)
    QList<ParticipantCounts> participants{};
    // kecamatan code -> cumulative visited desa at the end of each month (12)
    QList<KecamatanCoverage> coverageAtYearEnd{};
    QMap<QString, QList<int>> cumulativeVisited{};
};

// Counts the office's sosialisasi work for a recap. Read-only; one query per
// part so that a month of thousands of activities is counted quickly.
class RecapBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RecapBuilder)

public:
    explicit RecapBuilder(const Database &database)
        : m_database(database)
    {
    }

    Result<MonthlyRecap> monthly(const RecapScope &scope) const;
    Result<YearlyRecap> yearly(int year, const QString &kecamatanCode = {}) const;

    // Coverage per kecamatan of the office's kabupaten/kota (or one kecamatan)
    // as of `asOf`: what the Beranda shows.
    Result<QList<KecamatanCoverage>> coverage(const QDate &asOf, const QString &kecamatanCode = {},
                                              qint64 agreementId = 0) const;

private:
    Status countActivities(MonthlyRecap &recap) const;
    Status listActivities(MonthlyRecap &recap) const;
    Status listAgreements(MonthlyRecap &recap) const;
    // Who came (activity_attendance), per activity and in total.
    Status countParticipants(MonthlyRecap &recap) const;
    // Items of activities up to the period's end still open at its end.
    Status listFollowUps(MonthlyRecap &recap) const;
    Result<int> visitedVillages(const QDate &from, const QDate &to, const RecapScope &scope) const;

    const Database &m_database;
};

} // namespace sisambang::db
